"""The one element type of laml, and how it turns into XML.

Every element class (``VoiceResponse``, ``Say``, ``Dial`` ...) is an lxml element: the tree the
builder grows *is* the lxml tree that gets serialized, so building costs little more than bare
lxml calls. Each channel (voice, messaging, fax) has its own element-class lookup, so a tree
parsed back from text gets the same typed classes the builder makes.

Output is byte-for-byte what twilio 9.13 writes for the same calls (``<Hangup />``, attributes
sorted by name, ``true``/``false``, raw UTF-8, ``&#09;`` for a tab in an attribute), with these
deliberate differences, where twilio writes something wrong:

* characters that XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
  U+FFFE, U+FFFF, lone surrogates) are removed instead of written raw (which makes a document
  no parser accepts); surrogate pairs are joined into the character they encode;
* a carriage return in text is written ``&#13;``, so it survives parsing;
* a list or tuple given for an attribute is joined with spaces (commas for comma-separated
  attributes such as ``hints``), not written as a Python list;
* a body of ``0`` or ``False`` is written (``<Say>0</Say>``), not dropped;
* ``append("text")`` adds the text after what is already there instead of replacing it;
* a child that cannot nest in its parent raises :class:`TypeError`, and an element that already
  has a parent raises :class:`ValueError` instead of being moved or written twice.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from lxml import etree

from laml._names import python_to_xml, xml_to_python
from laml.errors import LamlWarning

if TYPE_CHECKING:
    import os
    import xml.etree.ElementTree as ET
    from collections.abc import Iterator, MutableMapping, Sequence
    from typing import TypeAlias, TypedDict, overload

    from laml.diagnostics import Diagnostic
    from laml.settings import RuleOptions, Settings
    from laml.vocabulary import Dialect

    # lxml ships no type information, so a user's type checker would see every element as
    # ``Any``. For type checkers, laml's elements therefore derive from the classes below,
    # which declare the part of lxml's element API laml offers; at run time they are lxml's.

    class _Node:
        """What every node of a tree has: elements, comments, processing instructions."""

        text: str | None
        tail: str | None

        @property
        def sourceline(self) -> int | None:
            """The line the node starts on in the parsed document (``None`` when built)."""

        def getparent(self) -> PlainElement | None: ...
        def getnext(self) -> PlainNode | None: ...
        def getprevious(self) -> PlainNode | None: ...
        # (the iter methods yield elements only when every tag they are given is a name)
        @overload
        def itersiblings(
            self, tag: str, *tags: str, preceding: bool = False
        ) -> Iterator[PlainElement]: ...
        @overload
        def itersiblings(
            self, *tags: TagFilter, tag: TagFilter | None = None, preceding: bool = False
        ) -> Iterator[PlainNode]: ...
        def itersiblings(
            self, *tags: TagFilter, tag: TagFilter | None = None, preceding: bool = False
        ) -> Iterator[PlainNode]: ...
        def iterancestors(
            self, *tags: TagFilter, tag: TagFilter | None = None
        ) -> Iterator[PlainElement]: ...

    class _Leaf(_Node):
        def addnext(self, node: Node) -> None: ...
        def addprevious(self, node: Node) -> None: ...

    class Comment(_Leaf):
        """An XML comment (``<!-- ... -->``) in a tree: lxml's comment class."""

    class ProcessingInstruction(_Leaf):
        """A processing instruction (``<?target text?>``) in a tree: lxml's class."""

        target: str

    class PlainElement(_Node):
        """An element of a plain tree: what :class:`laml.document.Document` holds and lint
        rules read (lxml's element class, without laml's classes or builder API).

        Its children are elements, :class:`Comment` and :class:`ProcessingInstruction` nodes;
        ``isinstance(node, PlainElement)`` is true of elements only (laml's typed elements
        included: each :class:`Element` is a plain element too).
        """

        tag: str

        @property
        def prefix(self) -> str | None:
            """The namespace prefix of the element's name, if it has one."""

        @property
        def attrib(self) -> MutableMapping[str, str]:
            """The attributes, by lxml name (``xml:lang`` is ``{...namespace}lang``)."""

        @overload
        def get(self, key: str) -> str | None: ...
        @overload
        def get(self, key: str, default: str) -> str: ...
        def get(self, key: str, default: str | None = None) -> str | None: ...
        def set(self, key: str, value: str) -> None: ...
        def keys(self) -> list[str]: ...
        def values(self) -> list[str]: ...
        def items(self) -> list[tuple[str, str]]: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[PlainNode]: ...
        def __reversed__(self) -> Iterator[PlainNode]: ...
        @overload
        def __getitem__(self, index: int) -> PlainNode: ...
        @overload
        def __getitem__(self, index: slice) -> list[PlainNode]: ...
        def __getitem__(self, index: int | slice) -> PlainNode | list[PlainNode]: ...
        def __contains__(self, node: object) -> bool: ...
        @overload
        def iter(self, tag: str, *tags: str) -> Iterator[PlainElement]: ...
        @overload
        def iter(self, *tags: TagFilter, tag: TagFilter | None = None) -> Iterator[PlainNode]: ...
        def iter(self, *tags: TagFilter, tag: TagFilter | None = None) -> Iterator[PlainNode]: ...
        @overload
        def iterchildren(
            self, tag: str, *tags: str, reversed: bool = False
        ) -> Iterator[PlainElement]: ...
        @overload
        def iterchildren(
            self, *tags: TagFilter, tag: TagFilter | None = None, reversed: bool = False
        ) -> Iterator[PlainNode]: ...
        def iterchildren(
            self, *tags: TagFilter, tag: TagFilter | None = None, reversed: bool = False
        ) -> Iterator[PlainNode]: ...
        @overload
        def iterdescendants(self, tag: str, *tags: str) -> Iterator[PlainElement]: ...
        @overload
        def iterdescendants(
            self, *tags: TagFilter, tag: TagFilter | None = None
        ) -> Iterator[PlainNode]: ...
        def iterdescendants(
            self, *tags: TagFilter, tag: TagFilter | None = None
        ) -> Iterator[PlainNode]: ...
        def itertext(
            self, *tags: TagFilter, tag: TagFilter | None = None, with_tail: bool = True
        ) -> Iterator[str]: ...
        def find(
            self, path: str, namespaces: Mapping[str, str] | None = None
        ) -> PlainElement | None: ...
        def findall(
            self, path: str, namespaces: Mapping[str, str] | None = None
        ) -> list[PlainElement]: ...
        def iterfind(
            self, path: str, namespaces: Mapping[str, str] | None = None
        ) -> Iterator[PlainElement]: ...
        @overload
        def findtext(self, path: str) -> str | None: ...
        @overload
        def findtext(self, path: str, default: str) -> str: ...
        def findtext(self, path: str, default: str | None = None) -> str | None: ...
        def xpath(self, path: str, **variables: object) -> PlainXPathResult: ...

    #: Anything a laml element can contain.
    Node: TypeAlias = "Element | Comment | ProcessingInstruction"
    #: Anything a plain element can contain (laml's typed nodes included).
    PlainNode: TypeAlias = "PlainElement | Comment | ProcessingInstruction"
    #: What :meth:`_ElementAPI.xpath` returns, depending on the expression.
    XPathResult: TypeAlias = "bool | float | str | list[Node | str]"
    #: What :meth:`PlainElement.xpath` returns, depending on the expression.
    PlainXPathResult: TypeAlias = "bool | float | str | list[PlainNode | str]"

    #: An attribute value as the builder takes it (see :func:`attr_value`).
    AttrValue: TypeAlias = (
        "str | int | float | bool | Sequence[str | int | float] | Mapping[str, object] | None"
    )
    #: A tag filter of the ``iter`` methods: a tag, or ``etree.Element``/``etree.Comment``.
    TagFilter: TypeAlias = "str | Callable[..., object]"

    class NoExtraKeywords(TypedDict):
        """No keyword beyond the declared ones (for type checkers; see ``set_attributes``)."""

    class _ElementAPI(PlainElement):
        """lxml's element API as laml elements offer it: children and parents are laml's."""

        def getparent(self) -> Element | None: ...
        def getnext(self) -> Node | None: ...
        def getprevious(self) -> Node | None: ...
        @overload
        def itersiblings(
            self, tag: str, *tags: str, preceding: bool = False
        ) -> Iterator[Element]: ...
        @overload
        def itersiblings(
            self, *tags: TagFilter, tag: TagFilter | None = None, preceding: bool = False
        ) -> Iterator[Node]: ...
        def itersiblings(
            self, *tags: TagFilter, tag: TagFilter | None = None, preceding: bool = False
        ) -> Iterator[Node]: ...
        def iterancestors(
            self, *tags: TagFilter, tag: TagFilter | None = None
        ) -> Iterator[Element]: ...
        def addnext(self, node: Node) -> None: ...
        def addprevious(self, node: Node) -> None: ...
        def __iter__(self) -> Iterator[Node]: ...
        def __reversed__(self) -> Iterator[Node]: ...
        @overload  # type: ignore[override]
        def __getitem__(self, index: int) -> Node: ...
        @overload
        def __getitem__(self, index: slice) -> list[Node]: ...
        def __getitem__(self, index: int | slice) -> Node | list[Node]: ...
        def __delitem__(self, index: int | slice) -> None: ...
        def index(self, child: Node, start: int | None = None, stop: int | None = None) -> int: ...
        def remove(self, child: Node) -> None: ...
        def replace(self, old: Node, new: Node) -> None: ...
        def clear(self, keep_tail: bool = False) -> None: ...
        @overload
        def iter(self, tag: str, *tags: str) -> Iterator[Element]: ...
        @overload
        def iter(self, *tags: TagFilter, tag: TagFilter | None = None) -> Iterator[Node]: ...
        def iter(self, *tags: TagFilter, tag: TagFilter | None = None) -> Iterator[Node]: ...
        @overload
        def iterchildren(
            self, tag: str, *tags: str, reversed: bool = False
        ) -> Iterator[Element]: ...
        @overload
        def iterchildren(
            self, *tags: TagFilter, tag: TagFilter | None = None, reversed: bool = False
        ) -> Iterator[Node]: ...
        def iterchildren(
            self, *tags: TagFilter, tag: TagFilter | None = None, reversed: bool = False
        ) -> Iterator[Node]: ...
        @overload
        def iterdescendants(self, tag: str, *tags: str) -> Iterator[Element]: ...
        @overload
        def iterdescendants(
            self, *tags: TagFilter, tag: TagFilter | None = None
        ) -> Iterator[Node]: ...
        def iterdescendants(
            self, *tags: TagFilter, tag: TagFilter | None = None
        ) -> Iterator[Node]: ...
        def find(
            self, path: str, namespaces: Mapping[str, str] | None = None
        ) -> Element | None: ...
        def findall(  # type: ignore[override]
            self, path: str, namespaces: Mapping[str, str] | None = None
        ) -> list[Element]: ...
        def iterfind(
            self, path: str, namespaces: Mapping[str, str] | None = None
        ) -> Iterator[Element]: ...
        def xpath(self, path: str, **variables: object) -> XPathResult: ...  # type: ignore[override]

    _ElementBase = _ElementAPI
else:
    _ElementBase = etree.ElementBase
    Comment = etree._Comment
    ProcessingInstruction = etree._ProcessingInstruction
    #: (at run time, any node of an lxml tree)
    PlainNode = etree._Element

    class _PlainElementType(type):
        """``isinstance(x, PlainElement)``: an lxml element, not a comment or instruction."""

        def __instancecheck__(cls, obj: object) -> bool:
            return isinstance(obj, etree._Element) and not isinstance(obj, _NOT_ELEMENTS)

        def __subclasscheck__(cls, sub: type) -> bool:
            return issubclass(sub, etree._Element) and not issubclass(sub, _NOT_ELEMENTS)

    class PlainElement(metaclass=_PlainElementType):
        """An element of a plain tree: what :class:`laml.document.Document` holds and lint
        rules read (lxml's element class, without laml's classes or builder API)."""

    _NOT_ELEMENTS = (etree._Comment, etree._ProcessingInstruction, etree._Entity)

#: What an element body may be: text, a number, or a mapping (written as JSON).
BodyValue = str | int | float | Mapping[str, object]

__all__ = [
    "DECLARATION",
    "BodyValue",
    "ChannelClasses",
    "Comment",
    "Element",
    "GenericNode",
    "PlainElement",
    "PlainNode",
    "ProcessingInstruction",
    "clean_text",
]

#: The XML declaration laml (like twilio) writes in front of a document.
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

# (patterns compiled on first use, through re's cache: most programs never need them)
_ILLEGAL = "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]"
_SURROGATE = "[\ud800-\udfff]"
_CHILD = TypeVar("_CHILD", bound="Node | str")

#: Options of every parser laml makes: nothing is fetched, expanded or loaded.
SAFE_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_blank_text": False,
    "remove_comments": False,
    "remove_pis": False,
    "strip_cdata": True,
    "collect_ids": False,
}


class _RefuseExternal(etree.Resolver):
    """Answers every request for an external resource (a DTD, an entity) with nothing.

    libxml2 opens a local external DTD subset even when DTD loading is off; this resolver
    stands before its file loader, so no document can make laml read another file.
    """

    def resolve(self, url: str, pubid: str, context: Any) -> Any:  # type: ignore[override]
        return cast(Any, self).resolve_string("", context)


_REFUSE_EXTERNAL = _RefuseExternal()


def safe_parser() -> etree.XMLParser:
    """A new parser with :data:`SAFE_PARSER_OPTIONS` that reads no external resource at all."""
    parser = etree.XMLParser(**SAFE_PARSER_OPTIONS)
    parser.resolvers.add(_REFUSE_EXTERNAL)
    return parser


XML_NAMESPACE = "{http://www.w3.org/XML/1998/namespace}"


def lxml_name(name: str) -> str:
    """The name lxml wants for attribute ``name``: ``xml:lang`` becomes its namespaced form."""
    return XML_NAMESPACE + name[4:] if name.startswith("xml:") else name


def xml_name(name: str) -> str:
    """The written name of an lxml attribute name (``xml:lang`` for the namespaced form)."""
    return "xml:" + name[len(XML_NAMESPACE) :] if name.startswith(XML_NAMESPACE) else name


def clean_text(text: str) -> str:
    """Remove the characters XML 1.0 forbids; join surrogate pairs into their character."""
    if re.search(_SURROGATE, text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return re.sub(_ILLEGAL, "", text)


def attr_value(value: object, sep: str = " ") -> str:
    """The text of an attribute value: ``true``/``false``, numbers, joined lists, JSON objects."""
    cls = value.__class__
    if cls is str:
        return value  # type: ignore[return-value]
    if cls is int or cls is float:
        return str(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (list, tuple)):
        return sep.join(attr_value(v, sep) for v in value)
    if isinstance(value, (set, frozenset)):
        return sep.join(sorted(attr_value(v, sep) for v in value))
    if isinstance(value, Mapping):
        import json

        return json.dumps(value)
    return str(value)


def body_text(value: object) -> str | None:
    """The text of an element body; ``None`` for an empty body.

    Numbers and booleans become text, a mapping becomes JSON (as twilio does for ``<Task>``);
    bytes and collections are refused rather than written as Python literals.
    """
    if isinstance(value, str):
        return value or None
    if value is None:
        return None
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, Mapping):
        import json

        return json.dumps(value)
    if isinstance(value, bytes | bytearray | list | tuple | set | frozenset):
        raise TypeError(f"an element body must be text or a number, not {type(value).__name__}")
    return str(value)


class Clean:
    """Stands in for an element while its attributes and text are set again, cleaned.

    Setting a value that contains characters XML forbids makes lxml raise ``ValueError``; the
    fill functions then run once more through this wrapper, which removes those characters.
    Valid input never pays for the check.
    """

    __slots__ = ("element",)

    def __init__(self, element: Element) -> None:
        self.element = element

    def set(self, key: str, value: str) -> None:
        self.element.set(key, clean_text(value))

    @property
    def text(self) -> str | None:
        return self.element.text

    @text.setter
    def text(self, value: str | None) -> None:
        self.element.text = None if value is None else clean_text(value)


def set_extra(el: Element | Clean, kwargs: Mapping[str, object], warn: bool = True) -> None:
    """Add keyword arguments that are not named parameters as attributes, keeping the order sorted.

    A name that maps to no known attribute still renders, with a :class:`LamlWarning` naming the
    closest known one.
    """
    target = el.element if isinstance(el, Clean) else el
    merged: dict[str, str] = {xml_name(k): v for k, v in attributes(_lx(target)).items()}
    for key, value in kwargs.items():
        if value is None:
            continue
        name = python_to_xml(key)
        if warn and name not in target._KNOWN:
            _warn_unknown(target, key, name)
        merged[name] = value if value.__class__ is str else attr_value(value)
    target.attrib.clear()
    for name in sorted(merged):  # twilio's order: by the written name
        value = merged[name]
        try:
            target.set(lxml_name(name), value)
        except ValueError:
            target.set(lxml_name(name), clean_text(value))


_INTEGER = r"\s*[+-]?[0-9]+\s*\Z"
_DECIMAL = r"\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)\s*\Z"


def read_attribute(el: Element, name: str, reader: tuple[Any, ...], what: str) -> Any:
    """The value of attribute ``name`` of ``el`` as the type its read accessor declares.

    ``reader`` lists the alternatives to try in order: ``"b"`` (``true``/``false`` as a bool),
    ``"i"`` (an integer), ``"f"`` (a number), ``"s"`` (any text) or a tuple of fixed choices;
    ``("l", sep, alternatives)`` reads a ``sep``-separated list. ``None`` when the attribute
    is absent; a value of another type raises :class:`ValueError` naming ``what`` was expected.
    """
    value = el.get(name)
    if value is None:
        return None
    if reader[0] == "l":
        sep, alternatives = reader[1], reader[2]
        parts = value.split() if sep == " " else [p.strip() for p in value.split(sep)]
        return [_read_one(el, name, value, part, alternatives, what) for part in parts]
    return _read_one(el, name, value, value, reader, what)


def _read_one(
    el: Element, name: str, whole: str, value: str, alternatives: tuple[Any, ...], what: str
) -> object:
    for alternative in alternatives:
        if alternative == "s":
            return value
        if alternative == "i":
            if re.match(_INTEGER, value):
                return int(value)
        elif alternative == "f":
            if re.match(_DECIMAL, value):
                return float(value)
        elif alternative == "b":
            if value.strip() in ("true", "false"):
                return value.strip() == "true"
        elif value in alternative:
            return value
    raise ValueError(f"{name}={whole!r} on <{el.tag}> is not {what}")


def recover(el: Element | Clean, exc: Exception, fill: Callable[..., None], *args: object) -> None:
    """Error path of the generated fill functions.

    A ``ValueError`` from lxml means a value holds characters XML forbids: fill again through
    :class:`Clean`. Any other failure detaches the half-built element from its parent, so a
    failed builder call leaves the tree as it was, and re-raises.
    """
    if isinstance(exc, ValueError) and not isinstance(el, Clean):
        fill(Clean(el), *args)
        return
    target = el.element if isinstance(el, Clean) else el
    parent = target.getparent()
    if parent is not None:
        parent.remove(target)
    raise exc


def _warn_unknown(el: Element, key: str, name: str) -> None:
    """Warn about keyword ``key`` (attribute ``name``), suggesting the keyword that was meant."""
    import difflib

    keywords = _keywords(el)
    known = sorted(keywords.get(k, xml_to_python(k)) for k in el._KNOWN)
    lowered = {python_to_xml(k).lower(): k for k in known}
    guess = lowered.get(name.lower()) or next(
        iter(difflib.get_close_matches(key, known, n=1, cutoff=0.6)), None
    )
    if guess:
        hint = f"; did you mean {guess}=?"
    elif known:
        shown = ", ".join(f"{k}=" for k in known[:12]) + (", …" if len(known) > 12 else "")
        hint = f"; its keywords: {shown}"
    else:
        hint = "; it takes no attributes"
    where = f"keyword {key!r}" if key == name else f"keyword {key!r} (attribute {name!r})"
    warnings.warn(
        f"unknown {where} on <{el.tag}>{hint}", LamlWarning, stacklevel=_caller_level()
    )


def _keywords(el: Element) -> dict[str, str]:
    """XML attribute name → builder keyword, for the element class of ``el``."""
    from laml.vocabulary import CHANNELS as CHANNEL_NAMES
    from laml.vocabulary import element

    channel = el._CHANNEL
    if channel in CHANNEL_NAMES:
        for klass in type(el).__mro__:
            try:
                spec = element(channel, klass.__name__)
            except KeyError:
                continue
            return {a.xml: a.python for a in spec.attrs}
    return {}


_PACKAGE = __name__.partition(".")[0]


def _caller_level() -> int:
    """The ``stacklevel`` that makes a warning point at the first frame outside laml."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module != _PACKAGE and not module.startswith(_PACKAGE + "."):
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return 1


class ElementType(type):
    """Metaclass of the element classes: ``Say(...)`` makes its node the fastest way lxml allows.

    A class that its channel's lookup maps its tag to is created with the parser's
    ``makeelement``; any other (a class whose tag depends on the parent, a subclass of a laml
    class) through ``ElementBase``. ``__init__`` then only sets attributes and text.
    """

    if not TYPE_CHECKING:  # type checkers read the signature of each class's __init__

        def __call__(cls, *args, **kwargs):
            if cls._FAST is cls:
                el = cls._MAKE(cls.TAG)
            else:
                el = cls.__new__(cls)
                etree.ElementBase.__init__(el)
            if args or kwargs or cls._INIT_WITHOUT_ARGUMENTS:
                el.__init__(*args, **kwargs)
            return el


_lxml_append: Any = etree.ElementBase.append
_lxml_insert: Any = etree.ElementBase.insert


def _lx(el: object) -> etree._Element:
    """``el`` as the lxml element it is at run time (for lxml's own functions)."""
    return cast("etree._Element", el)


def child_elements(el: PlainElement, *, reverse: bool = False) -> Iterator[PlainElement]:
    """The child elements of ``el`` in order (last first when ``reverse``), without its
    comments and processing instructions."""
    return cast("Iterator[PlainElement]", el.iterchildren(tag=etree.Element, reversed=reverse))


def plain(el: object) -> PlainElement:
    """``el`` (an lxml element at run time) as the plain element of laml's typed view."""
    return cast("PlainElement", el)


class Element(_ElementBase, metaclass=ElementType):
    """Base of every laml element: an lxml element with the twilio builder API.

    Class attributes set by each element class: ``TAG`` (its tag), ``PARSER`` (the parser of
    its channel), ``_KNOWN`` (the XML names of its attributes in any dialect), ``_CHILDREN``
    (the tags it may contain; ``None`` for anything) and ``_TEXT`` (whether it takes text).
    """

    TAG: ClassVar[str]
    _CHANNEL: ClassVar[str] = ""
    #: the class itself when its channel's lookup maps TAG to it (then _MAKE creates its nodes)
    _FAST: ClassVar[type | None] = None
    _MAKE: ClassVar[Any] = None
    #: whether __init__ must run even without arguments (to reject a missing required body)
    _INIT_WITHOUT_ARGUMENTS: ClassVar[bool] = True
    _KNOWN: ClassVar[frozenset[str]] = frozenset()
    _CHILDREN: ClassVar[frozenset[str] | None] = None
    _TEXT: ClassVar[bool] = True

    # structural equality: unhashable, like a list
    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    # ------------------------------------------------------------------ builder API

    def append(self, child: Node | str) -> Self:
        """Add a child element or text at the end; returns this element (for chaining).

        Text goes after what is already there (after the last child, or into the element's own
        text when it has no children yet).
        """
        if isinstance(child, str):
            self._append_text(child)
        else:
            self._check_child(child)
            _lxml_append(self, child)
        return self

    def nest(self, child: _CHILD) -> _CHILD:
        """Add a child element or text at the end; returns the child."""
        self.append(child)
        return child

    def insert(self, index: int, child: Node) -> None:
        """Insert a child element at ``index``, with the same checks as :meth:`append`."""
        self._check_child(child)
        _lxml_insert(self, index, child)

    def extend(self, children: Iterable[Node]) -> None:
        """Append several child elements, with the same checks as :meth:`append`."""
        for child in children:
            self.append(child)

    def add_child(self, name: str, value: object = None, **kwargs: object) -> Element:
        """Add an element of any name (for vocabulary laml does not know); returns it."""
        allowed = self._CHILDREN
        lookup = CHANNELS.get(self._CHANNEL)
        if (
            allowed is not None
            and lookup is not None
            and name in lookup.tags
            and name not in allowed
        ):
            raise TypeError(self._nesting_message(name))
        try:
            el = cast(Element, etree.SubElement(_lx(self), name))
        except ValueError:
            raise ValueError(f"{name!r} is not a valid element name") from None
        set_extra(el, kwargs, warn=False)
        text = body_text(value)
        if text is not None:
            try:
                el.text = text
            except ValueError:
                el.text = clean_text(text)
        return el

    def set_attributes(self, **attributes: AttrValue) -> Self:
        """Set attributes by builder keyword, known to laml or not; returns this element.

        The way to write an attribute laml does not know yet (the type checker refuses an
        unknown keyword in a builder call; at run time it is still written, with a
        :class:`LamlWarning`): ``dial.set_attributes(new_option="x")`` writes ``newOption="x"``
        with the same conversions and attribute order as the builder, and no warning.
        ``None`` leaves an attribute out.
        """
        set_extra(self, attributes, warn=False)
        return self

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def _append_text(self, text: str) -> None:
        if not text:
            return
        text = clean_text(text)
        if len(self):
            last = self[-1]
            last.tail = (last.tail or "") + text
        else:
            self.text = (self.text or "") + text

    def _check_child(self, child: object) -> None:
        if not isinstance(child, etree._Element):
            raise TypeError(
                f"only elements and strings can be nested in <{self.tag}>, "
                f"not {type(child).__name__}"
            )
        if child.getparent() is not None:
            raise ValueError(
                f"<{child.tag}> already belongs to <{child.getparent().tag}>; "  # type: ignore[union-attr]
                "append a copy (copy.deepcopy) to use it twice"
            )
        if not isinstance(child, Element) or isinstance(child, GenericNode):
            return  # comments, processing instructions and unknown elements nest anywhere
        if child._CHANNEL and self._CHANNEL and child._CHANNEL != self._CHANNEL:
            raise TypeError(
                f"<{child.tag}> is a {child._CHANNEL} element and cannot go into a "
                f"{self._CHANNEL} document"
            )
        allowed = self._CHILDREN
        if allowed is not None and child.tag not in allowed:
            raise TypeError(self._nesting_message(str(child.tag)))

    def _nesting_message(self, tag: str) -> str:
        allowed = sorted(self._CHILDREN or ())
        where = ", ".join(allowed) if allowed else "nothing"
        return f"<{tag}> is not allowed inside <{self.tag}>; allowed there: {where}"

    # ------------------------------------------------------------------ serialization

    def to_xml(self, xml_declaration: bool = True, *, pretty: bool = False) -> str:
        """Serialize; byte-identical to twilio's ``to_xml`` for the same builder calls.

        ``pretty=True`` indents nested elements (never inside text) for people to read.
        """
        if pretty:
            from laml.format import pretty_xml

            text = pretty_xml(self)
            return f"{DECLARATION}\n{text}" if xml_declaration else text
        if self.getparent() is None and (
            self.getprevious() is not None or self.getnext() is not None
        ):
            text = fixup_serialization(
                etree.tostring(_lx(self).getroottree(), encoding="unicode", with_tail=False)
            )
        else:
            text = etree.tostring(_lx(self), encoding="unicode", with_tail=False)
            if next(self.iter(etree.Comment, etree.ProcessingInstruction), None) is None:
                # (a compiled literal pattern searches faster than str.replace here)
                text = _EMPTY_TAG_END.sub(" />", text)
                if _TAB_REF.search(text):
                    text = _TAB_REF.sub("&#09;", text)
            else:
                text = fixup_serialization(text)
        return DECLARATION + text if xml_declaration else text

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        attrs = " ".join(f"{xml_name(k)}={v!r}" for k, v in attributes(_lx(self)).items())
        parts = [type(self).__name__]
        if type(self).__name__ != self.tag:
            parts.append(f"<{self.tag!s}>")
        if attrs:
            parts.append(attrs)
        if self.text and self.text.strip():
            text = self.text if len(self.text) <= 40 else self.text[:39] + "…"
            parts.append(f"text={text!r}")
        if len(self):
            parts.append(f"children={len(self)}")
        return "<" + " ".join(parts) + ">"

    def __bool__(self) -> bool:
        return True

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, etree._Element):
            return NotImplemented
        return _same(_lx(self), other)

    # ------------------------------------------------------------------ twilio compatibility

    @property
    def name(self) -> str:
        """The tag (twilio's ``TwiML.name``)."""
        return str(self.tag)

    @property
    def value(self) -> str | None:
        """The element's own text (twilio's ``TwiML.value``)."""
        return self.text

    @value.setter
    def value(self, value: object) -> None:
        text = body_text(value)
        self.text = None if text is None else clean_text(text)

    @property
    def attrs(self) -> dict[str, str]:
        """A copy of the attributes, by XML name (twilio's ``TwiML.attrs``)."""
        return {xml_name(k): v for k, v in attributes(_lx(self)).items()}

    @property
    def verbs(self) -> Sequence[Element]:
        """The child elements (twilio's ``TwiML.verbs``, without the text parts), a new list."""
        return [c for c in self if isinstance(c, Element)]

    def xml(self) -> ET.Element:
        """The tree as a standard-library ``xml.etree.ElementTree.Element`` (twilio's ``xml()``)."""
        import xml.etree.ElementTree

        return xml.etree.ElementTree.fromstring(self.to_xml(xml_declaration=False))

    def validate(self, dialect: Dialect = "signalwire") -> list[Diagnostic]:
        """Check this document against the schema of ``dialect``; ``[]`` when it is valid.

        Same as :func:`laml.validate` on this element (see there for the diagnostics).
        """
        from laml.validation import validate

        channel = self._CHANNEL if self._CHANNEL in ("voice", "messaging", "fax") else None
        return validate(self, dialect=dialect, channel=channel)  # type: ignore[arg-type]

    def lint(
        self,
        dialect: Dialect | None = None,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        options: Mapping[str, RuleOptions] | None = None,
        settings: Settings | Mapping[str, object] | os.PathLike[str] | None = None,
    ) -> list[Diagnostic]:
        """Validate and lint this document as ``laml lint`` does (schema and rules).

        Same as :func:`laml.lint` on this element: ``settings`` are those the command reads
        (a :class:`laml.Settings`, a ``[tool.laml]``-shaped mapping, or a ``pyproject.toml``
        path); ``[]`` when nothing is found.
        """
        from laml.linting import lint

        channel = self._CHANNEL if self._CHANNEL in ("voice", "messaging", "fax") else None
        return lint(self, dialect=dialect, channel=channel, select=select,  # type: ignore[arg-type]
                    ignore=ignore, options=options, settings=settings, template=False)

    @classmethod
    def from_xml(cls, source: str | bytes) -> Self:
        """Parse ``source`` and return its root, which must be of this class."""
        from laml.parsing import parse

        root = parse(source, channel=cls._CHANNEL or None)  # type: ignore[arg-type]
        if not isinstance(root, cls):
            raise TypeError(f"the document's root is <{root.tag}>, not a {cls.__name__}")
        return root


class GenericNode(Element):
    """An element laml has no class for: made by :meth:`Element.add_child` or by the parser."""

    PARSER: ClassVar[object] = safe_parser()

    def __init__(self, name: str, value: object = None, **kwargs: object) -> None:
        self.tag = name
        set_extra(self, kwargs, warn=False)
        text = body_text(value)
        if text is not None:
            self._append_text(text)


_EMPTY_TAG_END = re.compile("/>")
_TAB_REF = re.compile("&#9;")
_FIXUPS = r"(?s)/>|&#9;|<!--.*?-->|<\?.*?\?>"


def _fixup(match: re.Match[str]) -> str:
    """Turn one token of lxml's output into twilio's form: ``<a />`` and ``&#09;``."""
    token = match.group()
    if token == "/>":
        return " />"
    if token == "&#9;":
        return "&#09;"
    return token  # comments and processing instructions stay as they are


def attributes(el: PlainElement | etree._Element) -> dict[str, str]:
    """The attributes of ``el`` as a plain dict, in document order, in time linear in their
    number (lxml looks each value up by name, so ``dict(el.attrib)`` takes quadratic time)."""
    names = cast(list[str], el.keys())
    if len(names) <= _FEW_ATTRIBUTES:
        return {name: cast(str, el.get(name)) for name in names}
    values = cast(list[str], el.xpath("@*", smart_strings=False))  # in the same order
    return dict(zip(names, values, strict=True))


#: Up to this many attributes, looking each one up by name costs less than an XPath query.
_FEW_ATTRIBUTES = 32


def fixup_serialization(text: str) -> str:
    """Turn lxml's output into twilio's form, leaving comments and instructions as they are."""
    return re.sub(_FIXUPS, _fixup, text)


def _same(a: etree._Element, b: etree._Element) -> bool:
    """Structural equality: tag, attributes, text, children and the text between them."""
    if a.tag != b.tag or (a.text or "") != (b.text or ""):
        return False
    if isinstance(a.tag, str) and attributes(a) != attributes(b):
        return False
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if (x.tail or "") != (y.tail or "") or not _same(x, y):
            return False
    return True


class _ContextLookup(etree.PythonElementClassLookup):  # type: ignore[misc]
    """Picks the class of tags whose class depends on the parent (``<Sip>`` in ``<Refer>``)."""

    def __init__(self, channel: ChannelClasses) -> None:
        super().__init__()
        self.channel = channel

    def lookup(self, document: object, element: Any) -> type[Element] | None:
        tag = element.tag
        if not isinstance(tag, str):
            return None  # comments and processing instructions keep lxml's own classes
        by_parent = self.channel.by_parent.get(tag)
        if by_parent is None:
            return GenericNode
        parent = element.getparent()
        return by_parent.get(parent.tag if parent is not None else None, by_parent[None])


class ChannelClasses:
    """The element classes of one channel, and the lxml parser that produces them."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tags: set[str] = set()
        self.by_parent: dict[str, dict[str | None, type[Element]]] = {}
        self.lookup = etree.ElementNamespaceClassLookup(_ContextLookup(self))
        self.parser = safe_parser()
        self.parser.set_element_class_lookup(self.lookup)
        CHANNELS[name] = self

    def register(
        self, classes: Iterable[type[Element]], by_parent: Mapping[str, Mapping[str | None, str]]
    ) -> None:
        """Register the classes; ``by_parent`` maps a shared tag to {parent tag: class name}."""
        namespace = self.lookup.get_namespace(None)
        named = {cls.__name__: cls for cls in classes}
        for cls in named.values():
            self.tags.add(cls.TAG)
            if cls.TAG not in by_parent:
                namespace[cls.TAG] = cls
                cls._FAST = cls  # this class only: a subclass sees a different class
                cls._MAKE = self.parser.makeelement
        for tag, table in by_parent.items():
            self.by_parent[tag] = {parent: named[name] for parent, name in table.items()}

    def new_parser(self) -> etree.XMLParser:
        """A fresh parser with the same options and classes (parsers are not thread-safe)."""
        parser = safe_parser()
        parser.set_element_class_lookup(self.lookup)
        return parser


#: channel name -> its classes; filled as the channel modules are imported.
CHANNELS: dict[str, ChannelClasses] = {}

_GENERIC_PARSER = cast(etree.XMLParser, GenericNode.PARSER)
_GENERIC_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(element=GenericNode))
