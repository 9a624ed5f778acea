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

import difflib
import json
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from lxml import etree

from laml.errors import LamlWarning
from laml.vocabulary import Dialect, python_to_xml

if TYPE_CHECKING:
    import os
    from collections.abc import Sequence

    from laml.diagnostics import Diagnostic
    from laml.settings import Settings

#: What an element body may be: text, a number, or a mapping (written as JSON).
BodyValue = str | int | float | Mapping[str, Any]

__all__ = [
    "DECLARATION",
    "BodyValue",
    "ChannelClasses",
    "Element",
    "GenericNode",
    "clean_text",
]

#: The XML declaration laml (like twilio) writes in front of a document.
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CHILD = TypeVar("_CHILD", bound="Element | str")

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
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return _ILLEGAL.sub("", text)


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
    merged: dict[str, str] = {xml_name(k): v for k, v in attributes(target).items()}
    for key, value in kwargs.items():
        if value is None:
            continue
        name = python_to_xml(key)
        if warn and name not in target._KNOWN:
            _warn_unknown(target, name)
        merged[name] = value if value.__class__ is str else attr_value(value)
    target.attrib.clear()
    for name in sorted(merged):  # twilio's order: by the written name
        value = merged[name]
        try:
            target.set(lxml_name(name), value)
        except ValueError:
            target.set(lxml_name(name), clean_text(value))


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


def _warn_unknown(el: Element, name: str) -> None:
    known = sorted(el._KNOWN)
    lowered = {k.lower(): k for k in known}
    guess = lowered.get(name.lower()) or next(
        iter(difflib.get_close_matches(name, known, n=1, cutoff=0.6)), None
    )
    if guess:
        hint = f"; did you mean {guess!r}?"
    elif known:
        shown = ", ".join(known[:12]) + (", …" if len(known) > 12 else "")
        hint = f"; known attributes: {shown}"
    else:
        hint = "; it takes no attributes"
    warnings.warn(f"unknown attribute {name!r} on <{el.tag}>{hint}", LamlWarning, stacklevel=5)


class ElementType(type):
    """Metaclass of the element classes: ``Say(...)`` makes its node the fastest way lxml allows.

    A class that its channel's lookup maps its tag to is created with the parser's
    ``makeelement``; any other (a class whose tag depends on the parent, a subclass of a laml
    class) through ``ElementBase``. ``__init__`` then only sets attributes and text.
    """

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        el: Any
        if cls._FAST is cls:  # type: ignore[attr-defined]
            el = cls._MAKE(cls.TAG)
        else:
            el = cls.__new__(cls)  # type: ignore[call-overload]
            etree.ElementBase.__init__(el)
        if args or kwargs or cls._INIT_WITHOUT_ARGUMENTS:  # type: ignore[attr-defined]
            el.__init__(*args, **kwargs)
        return el


class Element(etree.ElementBase, metaclass=ElementType):
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

    __hash__ = None  # type: ignore[assignment]  # structural equality: unhashable, like a list

    # ------------------------------------------------------------------ builder API

    def append(self, child: Element | str) -> Self:  # type: ignore[override]
        """Add a child element or text at the end; returns this element (for chaining).

        Text goes after what is already there (after the last child, or into the element's own
        text when it has no children yet).
        """
        if isinstance(child, str):
            self._append_text(child)
        else:
            self._check_child(child)
            etree.ElementBase.append(self, child)
        return self

    def nest(self, child: _CHILD) -> _CHILD:
        """Add a child element or text at the end; returns the child."""
        self.append(child)
        return child

    def insert(self, index: int, child: Element) -> None:  # type: ignore[override]
        """Insert a child element at ``index``, with the same checks as :meth:`append`."""
        self._check_child(child)
        etree.ElementBase.insert(self, index, child)

    def extend(self, children: Iterable[Element]) -> None:  # type: ignore[override]
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
            el = cast(Element, etree.SubElement(self, name))
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
                etree.tostring(self.getroottree(), encoding="unicode", with_tail=False)
            )
        else:
            text = etree.tostring(self, encoding="unicode", with_tail=False)
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
        attrs = " ".join(f"{xml_name(k)}={v!r}" for k, v in attributes(self).items())
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
        return _same(self, other)

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
        return {xml_name(k): v for k, v in attributes(self).items()}

    @property
    def verbs(self) -> list[Element]:
        """The child elements (twilio's ``TwiML.verbs``, without the text parts)."""
        return [c for c in self if isinstance(c, Element)]

    def xml(self) -> ET.Element:
        """The tree as a standard-library ``xml.etree.ElementTree.Element`` (twilio's ``xml()``)."""
        return ET.fromstring(self.to_xml(xml_declaration=False))

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
        options: Mapping[str, Mapping[str, Any]] | None = None,
        settings: Settings | Mapping[str, Any] | os.PathLike[str] | None = None,
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

    PARSER = safe_parser()

    def __init__(self, name: str, value: object = None, **kwargs: object) -> None:
        self.tag = name
        set_extra(self, kwargs, warn=False)
        text = body_text(value)
        if text is not None:
            self.text = clean_text(text)


_EMPTY_TAG_END = re.compile("/>")
_TAB_REF = re.compile("&#9;")
_FIXUPS = re.compile(r"/>|&#9;|<!--.*?-->|<\?.*?\?>", re.DOTALL)


def _fixup(match: re.Match[str]) -> str:
    """Turn one token of lxml's output into twilio's form: ``<a />`` and ``&#09;``."""
    token = match.group()
    if token == "/>":
        return " />"
    if token == "&#9;":
        return "&#09;"
    return token  # comments and processing instructions stay as they are


def attributes(el: etree._Element) -> dict[str, str]:
    """The attributes of ``el`` as a plain dict, in document order."""
    return cast(dict[str, str], dict(el.attrib))


def fixup_serialization(text: str) -> str:
    """Turn lxml's output into twilio's form, leaving comments and instructions as they are."""
    return _FIXUPS.sub(_fixup, text)


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

GenericNode.PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(element=GenericNode))
