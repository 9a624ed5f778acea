"""What compiled templates call at render time: name resolution, value conversion,
escaping, sections that are not plain data (lambdas and helpers), partials and
parents.

Values and text
---------------
* ``None`` and a missing name render as the empty string (unless ``strict``).
* ``True``/``False`` render as ``true``/``false`` (the spelling of XML booleans).
* A list or tuple renders as its items joined with ``,``.
* Callables follow the mustache lambda rules: in ``{{x}}`` they are called with no
  argument and what they return is rendered as a template; as a section they get the
  section's raw text and what they return is rendered in its place.
* Every interpolated value loses the characters XML 1.0 forbids (C0 controls other than
  tab, LF and CR; lone surrogates; U+FFFE and U+FFFF). ``{{x}}`` then escapes
  ``& < > " '`` as ``&amp; &lt; &gt; &quot; &#39;``; ``{{{x}}}`` and ``{{& x}}`` do not.

Name resolution
---------------
The context stack is a tuple of values, innermost last. The first part of a name is
looked up from the innermost frame outwards; the remaining parts are looked up in the
value found (never again on the stack). Names are read from data, never by running the
data's code:

* mappings by key (a callable found there is a lambda, see above);
* lists and tuples by index (``{{Dest.0}}``), named tuples also by field name;
* other objects by *plain* attribute only: a value stored on the instance (its
  ``__dict__`` or ``__slots__``) or on its class, that is neither callable nor a
  descriptor. Methods, properties, names starting with ``_`` and anything a
  ``__getattr__`` would compute are not found, so ``{{user.delete}}`` renders nothing
  and calls nothing;
* strings, numbers and other scalars have no names.

Limits
------
A render stops with :class:`RenderLimitError` when its work exceeds ``max_size``
(:data:`MAX_SIZE` by default): the characters it outputs, plus
:data:`ITEM_COST` for every section iteration and :data:`NESTED_COST` for every
partial, parent, lambda result or deep section body it renders. So a template that
fans out through partials, or loops inside loops over a long list, ends with a clear
error instead of running for hours. Partials, lambdas and deep section bodies nest at
most :data:`MAX_DEPTH` levels.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import islice
from types import MappingProxyType, MemberDescriptorType
from typing import TYPE_CHECKING, Any, Final, NoReturn, Protocol

from laml.diagnostics import Diagnostic
from laml.errors import RenderError

if TYPE_CHECKING:
    from laml.template.nodes import Block, Parent, Partial, Section, Variable

__all__ = [
    "MISSING",
    "Env",
    "MissingVariableError",
    "RenderLimitError",
    "SectionHelper",
    "escape",
    "escape_joined",
    "getter",
    "resolve",
    "sanitize",
    "to_text",
]

#: How deep partials, parents, lambda results and deep section bodies may nest.
MAX_DEPTH: Final = 100
#: The default limit of a render's work: about the characters it may output.
MAX_SIZE: Final = 8 * 1024 * 1024
#: What one section iteration costs (so loops that output nothing are bounded too).
ITEM_COST: Final = 16
#: What rendering a partial, a parent, a lambda's result or a deep section body costs.
NESTED_COST: Final = 256

Stack = tuple[Any, ...]
Getter = Callable[[str, Any], Any]


class _Missing:
    """The value of a name that is not found anywhere: falsy, renders as ``""``."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


class SectionHelper:
    """A section value that renders its body first, then transforms the result.

    ``{{#e164}}{{To}}{{/e164}}`` with ``{"e164": SectionHelper(to_e164)}`` in the data
    renders ``{{To}}`` (escaped as usual) and inserts ``to_e164(rendered)`` as is. Used
    as ``{{e164}}`` it renders nothing.
    """

    __slots__ = ("function",)

    def __init__(self, function: Callable[[str], str]) -> None:
        self.function: Callable[[str], str] = function

    def __repr__(self) -> str:
        return f"SectionHelper({self.function!r})"


class MissingVariableError(RenderError):
    """A name used by ``{{name}}`` (or a partial) is absent from the data in strict mode."""

    def __init__(self, name: str, line: int, column: int, what: str = "variable") -> None:
        message = f"{what} {name!r} is not defined (line {line}, column {column})"
        super().__init__(
            message,
            [
                Diagnostic(
                    code="template-missing-" + what,
                    severity="error",
                    message=f"{what} {name!r} is not defined",
                    line=line,
                    column=column,
                )
            ],
        )
        self.name = name
        self.line = line
        self.column = column


class RenderLimitError(RenderError):
    """A render whose output or work exceeds its limit (see ``max_size``)."""

    def __init__(self, limit: int) -> None:
        message = (
            f"the template renders more than {limit:,} characters (counting"
            f" {ITEM_COST} per section iteration and {NESTED_COST} per partial, lambda"
            " or nested body); pass max_size= to allow more"
        )
        super().__init__(
            message,
            [Diagnostic(code="template-too-large", severity="error", message=message)],
        )
        self.limit = limit


# -- escaping ---------------------------------------------------------------------

_ILLEGAL_BUT_NUL = "\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_ILLEGAL = "\x00" + _ILLEGAL_BUT_NUL
_ILLEGAL_TABLE: dict[int, str | None] = dict.fromkeys(
    [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]
)
_ESCAPE_TABLE: dict[int, str | None] = {
    **_ILLEGAL_TABLE,
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord('"'): "&quot;",
    ord("'"): "&#39;",
}

#: ``needs_escape(s)`` is truthy when ``escape(s) != s``.
needs_escape: Final = re.compile(f"[&<>\"'{_ILLEGAL}]").search
#: ``needs_sanitize(s)`` is truthy when ``sanitize(s) != s``.
needs_sanitize: Final = re.compile(f"[{_ILLEGAL}]").search


def escape(text: str) -> str:
    """XML-escape ``text`` and drop the characters XML 1.0 forbids."""
    if needs_sanitize(text):  # rare: a mapping translation is slow but complete
        return text.translate(_ESCAPE_TABLE)
    return _escape_markup(text)


def sanitize(text: str) -> str:
    """Drop the characters XML 1.0 forbids from ``text``; escape nothing."""
    return text.translate(_ILLEGAL_TABLE) if needs_sanitize(text) else text


def to_text(value: object) -> str:
    """The text of a value before escaping (see the module docstring)."""
    if value is None or value is MISSING or isinstance(value, SectionHelper):
        return ""
    if isinstance(value, str):
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list | tuple):
        return ",".join(_item_texts(value))
    return str(value)


def _item_texts(items: list[Any] | tuple[Any, ...]) -> list[str]:
    """The texts of a sequence's items, nested sequences flattened (without recursion; a
    sequence holding itself is not entered again)."""
    texts: list[str] = []
    pending: list[Iterator[Any]] = [iter(items)]
    inside = {id(items)}
    path = [id(items)]
    while pending:
        item = next(pending[-1], _END)
        if item is _END:
            pending.pop()
            inside.discard(path.pop())
        elif isinstance(item, list | tuple):
            if id(item) not in inside:
                pending.append(iter(item))
                inside.add(id(item))
                path.append(id(item))
        else:
            texts.append(to_text(item))
    return texts


_END: Final = object()


# -- name resolution ----------------------------------------------------------------


_NO_NAMES: dict[str, Any] = {}
#: ``get`` of frames that hold no names (strings, numbers, lists): always the default.
_no_names: Final[Getter] = _NO_NAMES.get


def _attribute(frame: object, name: str, default: Any) -> Any:
    """A plain data attribute of ``frame``, read without running any of its code."""
    if name.startswith("_"):
        return default
    try:
        value = inspect.getattr_static(frame, name)
    except AttributeError:
        return default
    if type(value) is MemberDescriptorType:  # a __slots__ member: stored data
        value = getattr(frame, name, default)
    elif hasattr(type(value), "__get__"):  # a method, property or other descriptor
        return default
    return default if callable(value) else value


def _item(frame: Sequence[Any], name: str, default: Any) -> Any:
    """``{{list.0}}``: an item by index; a named tuple's field by name."""
    if name.isdigit() and name.isascii():
        index = int(name)
        return frame[index] if index < len(frame) else default
    fields = getattr(type(frame), "_fields", None)
    if isinstance(fields, tuple) and name in fields:
        return frame[fields.index(name)]
    return default


_SCALARS = (str, bytes, int, float, complex, set, frozenset, SectionHelper, _Missing)


#: Frame types without names, checked by identity first (the common frames).
_NAMELESS: Final = frozenset({str, bool, int, float, type(None)})


def getter(frame: object) -> Getter:
    """A ``get(name, default)`` function reading names from ``frame``."""
    kind = type(frame)
    if kind is dict:
        return frame.get  # type: ignore[attr-defined, no-any-return]
    if kind in _NAMELESS:
        return _no_names
    if isinstance(frame, Mapping):
        return frame.get
    if frame is None or isinstance(frame, _SCALARS):
        return _no_names
    if isinstance(frame, list | tuple):
        return partial(_item, frame)
    return partial(_attribute, frame)


def lookup_outer(stack: Stack, name: str) -> Any:
    """Find ``name`` in every frame of ``stack`` but the last (innermost first)."""
    for index in range(len(stack) - 2, -1, -1):
        frame = stack[index]
        kind = type(frame)
        if kind is dict:
            value = frame.get(name, MISSING)
        elif kind in _NAMELESS:
            continue
        else:
            value = getter(frame)(name, MISSING)
        if value is not MISSING:
            return value
    return MISSING


def walk(value: Any, rest: tuple[str, ...]) -> Any:
    """Follow the parts of a dotted name after the first inside ``value``."""
    for part in rest:
        value = getter(value)(part, MISSING)
        if value is MISSING:
            return MISSING
    return value


def resolve(stack: Stack, path: tuple[str, ...]) -> Any:
    """Resolve a split name against the whole stack (``()`` is the innermost frame)."""
    if not path:
        return stack[-1]
    first = path[0]
    for index in range(len(stack) - 1, -1, -1):
        frame = stack[index]
        value = getter(frame)(first, MISSING)
        if value is not MISSING:
            return walk(value, path[1:])
    return MISSING


# -- render-time environment ----------------------------------------------------------


class Program(Protocol):
    """What the runtime needs of a compiled template (see :mod:`laml.template.compiler`)."""

    refs: list[Any]

    def run(self, stack: Stack, env: Env) -> str:
        """Render against ``stack``."""
        ...

    def body(self, index: int) -> Program:
        """The compiled body of the section or block ``refs[index]``."""
        ...

    def load(self, source: str, delimiters: tuple[str, str], indent: str = "") -> Program:
        """Compile (or fetch from the cache) another template."""
        ...


_NO_BLOCKS: Final[Mapping[str, tuple[str, tuple[str, str]]]] = MappingProxyType({})


class Env:
    """Per-render settings and state: partials, strictness, active block overrides, and
    what is left of the render's work limit (``left``; see :class:`RenderLimitError`).

    One render, one ``Env``: the generated code spends from ``left`` as it writes.
    """

    __slots__ = ("blocks", "depth", "left", "limit", "partials", "strict")

    def __init__(
        self,
        partials: Mapping[str, str] | None = None,
        strict: bool = False,
        max_size: int = MAX_SIZE,
    ) -> None:
        self.partials: Mapping[str, str] | None = partials
        self.strict: bool = strict
        #: Block replacements in force: name -> (template text, delimiters); replaced,
        #: never changed in place.
        self.blocks: Mapping[str, tuple[str, tuple[str, str]]] = _NO_BLOCKS
        self.depth: int = 0
        self.limit: int = max_size
        self.left: int = max_size


def over(env: Env) -> NoReturn:
    """Raise the error of a render that went over its limit."""
    raise RenderLimitError(env.limit)


def _deeper(env: Env, where: str) -> None:
    if env.depth >= MAX_DEPTH:
        raise RenderError(
            f"partials, lambdas and sections nest deeper than {MAX_DEPTH} levels{where}"
        )


def nested(env: Env, program: Program, stack: Stack, where: str) -> str:
    """Run ``program`` one level deeper (a partial, a parent, a lambda's result ...)."""
    _deeper(env, where)
    env.left -= NESTED_COST
    if env.left < 0:
        over(env)
    env.depth += 1
    try:
        return program.run(stack, env)
    finally:
        env.depth -= 1


def loop(env: Env, body: Program, stack: Stack, items: Iterable[Any], where: str) -> str:
    """Render ``body`` once per item, one level deeper (items already paid for)."""
    _deeper(env, where)
    env.depth += 1
    try:
        return "".join([body.run((*stack, item), env) for item in items])
    finally:
        env.depth -= 1


def bounded(value: Iterable[Any], env: Env) -> list[Any]:
    """The items of an iterable section value, no more than the render can afford."""
    items = list(islice(value, env.left // ITEM_COST + 1))
    if len(items) * ITEM_COST > env.left:
        over(env)
    return items


# -- slow paths called by generated code --------------------------------------------------


def interpolate(program: Program, index: int, value: Any, env: Env, stack: Stack) -> str:
    """Text for an interpolation tag whose value is not a plain clean string."""
    node: Variable = program.refs[index]
    if value is MISSING:
        if env.strict:
            raise MissingVariableError(node.name, node.line, node.column)
        return ""
    if callable(value) and not isinstance(value, SectionHelper):
        text = to_text(value())
        if text:
            text = nested(env, program.load(text, ("{{", "}}")), stack, _at(node))
    else:
        text = to_text(value)
    return escape(text) if node.escape else sanitize(text)


def _escape_markup(text: str) -> str:
    """Escape ``& < > " '`` only (the caller knows ``text`` holds no illegal character)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    return text


#: Every ASCII character that needs neither escaping nor removal (NUL needs removal, but
#: separates the strings given to :func:`escape_joined`).
_PLAIN_ASCII: Final = bytes(
    c for c in range(128) if chr(c) not in "&<>\"'" and (c >= 0x20 or chr(c) in "\t\n\r")
)
_MARKUP_OR_NUL: Final = b"&<>\"'\0"
#: Like :data:`needs_escape` and :data:`needs_sanitize`, NUL excepted.
_needs_escape_but_nul: Final = re.compile(f"[&<>\"'{_ILLEGAL_BUT_NUL}]").search
_needs_sanitize_but_nul: Final = re.compile(f"[{_ILLEGAL_BUT_NUL}]").search


def escape_joined(joined: str, count: int) -> list[str] | None:
    """Escape ``count`` strings joined with NUL, all at once.

    Returns ``None`` when none needs escaping, the escaped strings when some hold only
    markup to escape, or an empty list when one holds a character to remove (NUL
    included): the caller then escapes them one by one.
    """
    separators = count - 1
    if joined.isascii():
        # What is left once the plain characters are gone: separators, markup, and
        # characters to remove, in a few bytes.
        rest = joined.encode("ascii").translate(None, _PLAIN_ASCII)
        if len(rest) == separators:
            return None
        if rest.translate(None, _MARKUP_OR_NUL) or rest.count(0) != separators:
            return []
    elif _needs_sanitize_but_nul(joined) or joined.count("\0") != separators:
        return []
    elif not _needs_escape_but_nul(joined):
        return None
    else:
        return _escape_markup(joined).split("\0")
    # ASCII: ``rest`` says which characters are there to escape.
    if 38 in rest:
        joined = joined.replace("&", "&amp;")
    if 60 in rest:
        joined = joined.replace("<", "&lt;")
    if 62 in rest:
        joined = joined.replace(">", "&gt;")
    if 34 in rest:
        joined = joined.replace('"', "&quot;")
    if 39 in rest:
        joined = joined.replace("'", "&#39;")
    return joined.split("\0")


def frames(value: Any) -> Sequence[Any] | None:
    """The frames a truthy section value pushes, or ``None`` when the section is special:
    a lambda, a helper, or an iterable that is no list or tuple (read by
    :func:`special_section`, within the render's limit)."""
    kind = type(value)
    if kind is list or kind is tuple:
        return value  # type: ignore[no-any-return]
    if kind is dict or kind is str:
        return (value,)
    if isinstance(value, SectionHelper):
        return None
    if isinstance(value, Mapping | str | bytes):
        return (value,)
    if callable(value) or isinstance(value, Iterable):
        return None
    return (value,)


def special_section(program: Program, index: int, value: Any, env: Env, stack: Stack) -> str:
    """Render a section whose value is a :class:`SectionHelper`, a lambda or an iterable."""
    node: Section = program.refs[index]
    if isinstance(value, SectionHelper):
        return value.function(program.body(index).run(stack, env))
    if not callable(value):
        return loop(env, program.body(index), stack, bounded(value, env), _at(node))
    text = to_text(value(node.raw))
    if not text:
        return ""
    return nested(env, program.load(text, node.delimiters), stack, _at(node))


def render_block(
    program: Program,
    index: int,
    replacement: tuple[str, tuple[str, str]],
    env: Env,
    stack: Stack,
) -> str:
    """A block whose content is replaced: the replacement, re-indented, rendered here."""
    node: Block = program.refs[index]
    text, delimiters = replacement
    indent = node.indent
    if indent is not None:
        text = textwrap.indent(text, indent)
    return nested(env, program.load(text, delimiters), stack, _at(node))


def _at(node: Variable | Section | Partial | Parent | Block) -> str:
    return f" at {node.name!r} (line {node.line}, column {node.column})"


def _partial_source(node: Partial | Parent, env: Env, stack: Stack) -> str | None:
    name: Any = node.name
    if node.dynamic:
        name = resolve(stack, tuple(node.name.split(".")))
        if not isinstance(name, str):
            return None
    source = None if env.partials is None else env.partials.get(name)
    if source is None and env.strict:
        raise MissingVariableError(name, node.line, node.column, "partial")
    return source


def render_partial(program: Program, index: int, env: Env, stack: Stack) -> str:
    """``{{>name}}``: render the named partial, re-indented, against the same stack."""
    node: Partial = program.refs[index]
    source = _partial_source(node, env, stack)
    if not source:
        return ""
    return nested(env, program.load(source, ("{{", "}}"), node.indent), stack, _at(node))


def render_parent(program: Program, index: int, env: Env, stack: Stack) -> str:
    """``{{<name}}...{{/name}}``: render a partial with some of its blocks replaced.

    Replacements given further out win over those given here, so the outermost
    template decides what every block of the chain shows.
    """
    node: Parent = program.refs[index]
    source = _partial_source(node, env, stack)
    if not source:
        return ""
    loaded = program.load(source, ("{{", "}}"), node.indent)
    saved = env.blocks
    arguments = {block.name: (block.text, block.delimiters) for block in node.blocks}
    arguments.update(saved)
    env.blocks = arguments
    try:
        return nested(env, loaded, stack, _at(node))
    finally:
        env.blocks = saved
