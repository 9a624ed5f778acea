"""Validation against the bundled XSD schemas, with diagnostics written for people.

:func:`validate` checks a document (an element tree, text, bytes, a path, or a loaded
:class:`~laml.document.Document`) against the schema of its channel in one dialect
(``signalwire``, the default, or ``twilio``). The schemas are compiled by libxml2 (through
lxml) once per process, on first use. A valid document costs one parse and one schema pass;
libxml2's error reports are turned into :class:`~laml.diagnostics.Diagnostic` values only when
there are some. A document that is not well-formed yields exactly one diagnostic; bad input
never raises.

libxml2 stops checking an element's children at the first one it does not expect. To report
every misplaced element at once, validation sets such elements aside and checks the rest
again (a few rounds at most, only when there are errors), then puts them back.

Codes (stable; lint rules use ``LAML100`` and up):

=========  ============================================================  =================
code       problem                                                       platform code
=========  ============================================================  =================
LAML001    not well-formed XML, or unreadable input                      12100
LAML002    unknown element (a did-you-mean when one is close)            12200
LAML003    element not allowed where it is (wrong parent, wrong root,    12200
           cannot be combined with its siblings)
LAML004    unknown attribute (a did-you-mean when one is close)          12200
LAML005    attribute value not allowed (type, range, enumeration,        12200, 13221 (method),
           pattern)                                                      13222 (sendDigits),
                                                                         13621, 13699, 16002
LAML006    required attribute missing                                    12200
LAML007    text where the element takes none                             12200
LAML008    required content missing (a child element, or the text)       12200
LAML009    element text not allowed (type, length, enumeration)          12200
LAML010    too many children of one kind (``<Number>`` in ``<Dial>``)    12200
LAML011    element of another channel (``<Message>`` in a voice
           document)                                                     12200
LAML012    element or attribute of the other dialect only                12200
LAML013    document too large (over 64 kB)                               11750
LAML014    more problems than are reported (severity info)               —
LAML099    any other schema violation                                    12200
=========  ============================================================  =================

Every diagnostic has a 1-based line and column and the XPath of the element
(``/Response/Gather[1]/Dial[1]``); attribute diagnostics add the attribute
(``/Response/Dial[1]/@callerid``).
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, Literal, cast

from lxml import etree

from laml._element import _lx, plain
from laml.diagnostics import Diagnostic
from laml.document import (
    MAX_DOCUMENT_BYTES,
    PLATFORM_MAX_BYTES,
    Document,
    Source,
    _plain_parser,
    display_name,
    load,
    parsed,
    utf8_size,
)
from laml.errors import ParseError
from laml.parsing import _parse_bytes, detect_channel, read_source
from laml.schema import schema_file
from laml.vocabulary import (
    CHANNELS,
    DIALECTS,
    Attr,
    Channel,
    Child,
    Dialect,
    ElementSpec,
    Type,
    channel_elements,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "CODES",
    "MAX_DOCUMENT_BYTES",
    "PLATFORM_MAX_BYTES",
    "compiled_schema",
    "validate",
    "validate_document",
]

#: At most this many problems are reported for one document.
MAX_DIAGNOSTICS: Final = 100
_ROUNDS: Final = 32

#: What each code means, for documentation and command-line help.
CODES: Final[dict[str, str]] = {
    "LAML001": "not well-formed XML",
    "LAML002": "unknown element",
    "LAML003": "element not allowed here",
    "LAML004": "unknown attribute",
    "LAML005": "attribute value not allowed",
    "LAML006": "required attribute missing",
    "LAML007": "text not allowed here",
    "LAML008": "required content missing",
    "LAML009": "element text not allowed",
    "LAML010": "too many children of one kind",
    "LAML011": "element of another channel",
    "LAML012": "vocabulary of the other dialect",
    "LAML013": "document too large",
    "LAML014": "more problems than reported",
    "LAML099": "other schema violation",
}

_SCHEMA_ERROR: Final = 12200
_DIALECT_LABEL: Final[dict[str, str]] = {"signalwire": "LaML", "twilio": "TwiML"}
_DIALECT_ONLY: Final[dict[str, str]] = {"signalwire": "SignalWire-only", "twilio": "Twilio-only"}
_XML_NS: Final = "{http://www.w3.org/XML/1998/namespace}"


# --------------------------------------------------------------------------- schemas

_compile_lock = threading.Lock()
#: (channel, dialect) -> the compiled schema, and the lock every use of it takes (lxml keeps one
#: error log per schema object, cleared by each validation). Filled on first use.
_COMPILED: dict[tuple[str, str], tuple[etree.XMLSchema, threading.Lock]] = {}


def compiled_schema(channel: Channel, dialect: Dialect) -> etree.XMLSchema:
    """The compiled schema of ``channel`` in ``dialect`` (compiled on first use, then kept)."""
    return _schema(channel, dialect)[0]


def _schema(channel: str, dialect: str) -> tuple[etree.XMLSchema, threading.Lock]:
    found = _COMPILED.get((channel, dialect))
    if found is not None:
        return found
    with _compile_lock:
        found = _COMPILED.get((channel, dialect))
        if found is None:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
            tree = etree.parse(schema_file(channel, dialect), parser)  # type: ignore[arg-type]
            found = _COMPILED[(channel, dialect)] = (etree.XMLSchema(tree), threading.Lock())
        return found


# --------------------------------------------------------------------------- entry points


def validate(
    source: Source | Document,
    *,
    dialect: Dialect = "signalwire",
    channel: Channel | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> list[Diagnostic]:
    """Check ``source`` against the schema of its channel in ``dialect``; ``[]`` when valid.

    ``source`` is an element tree (a laml element or any lxml element), text (a ``str`` is
    never a file name), bytes, a path (``os.PathLike``), or a loaded
    :class:`~laml.document.Document`. ``channel`` (``voice``, ``messaging``, ``fax``) is
    detected from the verbs when not given. Input larger than ``max_bytes`` is not parsed,
    only reported as too large. Never raises for bad documents; raises
    :class:`ValueError` for an unknown dialect or channel.
    """
    if dialect not in DIALECTS or (channel is not None and channel not in CHANNELS):
        _check_names(dialect, channel)
    if source.__class__ is bytes and len(source) <= max_bytes:
        data: bytes = source
    elif isinstance(source, Document):
        return validate_document(source, dialect=dialect, channel=channel, max_bytes=max_bytes)
    elif isinstance(source, etree._Element):
        return _validate_tree(source, dialect, channel, max_bytes)
    else:
        try:
            data = read_source(cast("str | bytes | os.PathLike[str]", source), max_bytes)
        except ParseError as exc:
            if exc.platform_code == 11750:
                return _not_checked(_size(source), "", max_bytes)
            return [_unreadable(exc)]
    # text, bytes or a path: parsed here, and made a Document only when something is wrong
    try:
        root = _parse_bytes(data, _plain_parser())
    except ParseError as exc:
        return [_unreadable(exc)]
    # A document the voice schema accepts is a voice document: channel detection could only
    # say otherwise for a verb of another channel, which the voice schema refuses. So voice is
    # tried first, and the channel detected only for documents it refuses.
    log = _check(root, channel or "voice", dialect)
    if log is not None and channel is None:
        channel = detect_channel(plain(root))
        if channel != "voice":
            log = _check(root, channel, dialect)
    if log is None and len(data) <= PLATFORM_MAX_BYTES:
        return []
    if channel is None:
        channel = detect_channel(plain(root))
    name = os.fspath(source) if isinstance(source, os.PathLike) else None
    return _report(parsed(data, plain(root), channel, name), channel, dialect, log)


def validate_document(
    doc: Document,
    *,
    dialect: Dialect = "signalwire",
    channel: Channel | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> list[Diagnostic]:
    """Check a document already loaded with :func:`laml.document.load` (see :func:`validate`).

    The channel is ``channel`` if given, else the document's own (``doc.channel``).
    """
    _check_names(dialect, channel)
    if doc.too_large:
        return _not_checked(doc.size or None, "", max_bytes)
    if doc.root is None:
        assert doc.error is not None
        return [_unreadable(doc.error)]
    if doc.size > max_bytes:
        return _not_checked(doc.size, "/" + display_name(doc.root), max_bytes)
    channel = channel or doc.channel
    return _report(doc, channel, dialect, _check(_lx(doc.root), channel, dialect))


def _name(el: etree._Element) -> str:
    return display_name(plain(el))


def _check(root: etree._Element, channel: Channel, dialect: Dialect) -> etree._ListErrorLog | None:
    """One schema pass over ``root``: ``None`` when it is valid, else libxml2's error log."""
    schema, lock = _schema(channel, dialect)
    with lock:
        return None if schema.validate(root) else schema.error_log


def _report(
    doc: Document, channel: Channel, dialect: Dialect, log: etree._ListErrorLog | None
) -> list[Diagnostic]:
    """The diagnostics of a parsed document, given what its schema pass logged."""
    assert doc.root is not None
    out: list[Diagnostic] = []
    if doc.size > PLATFORM_MAX_BYTES:
        out.append(_too_large(doc.size, "/" + display_name(doc.root)))
    if log is not None:
        schema, lock = _schema(channel, dialect)
        out.extend(_Explainer(doc, channel, dialect, schema, lock).run(log))
    return out


def _validate_tree(
    el: etree._Element, dialect: Dialect, channel: Channel | None, max_bytes: int
) -> list[Diagnostic]:
    """A tree: checked as it is; parsed back from text (for positions) only when it is wrong."""
    if channel is None:
        known = getattr(el, "_CHANNEL", "")
        channel = known if known in CHANNELS else detect_channel(plain(el))
    assert channel is not None
    data = etree.tostring(el, encoding="utf-8", with_tail=False)
    if len(data) > max_bytes:
        return _not_checked(len(data), "/" + _name(el), max_bytes)
    schema, lock = _schema(channel, dialect)
    with lock:
        valid = schema.validate(el)
    if valid and len(data) <= PLATFORM_MAX_BYTES:
        return []
    doc = load(data, channel=channel, max_bytes=max_bytes, max_tree_bytes=max_bytes)
    return validate_document(doc, dialect=dialect, channel=channel, max_bytes=max_bytes)


def _size(source: object) -> int | None:
    """The size in bytes of a source too large to read, when it is cheap to know."""
    if isinstance(source, bytes | bytearray):
        return len(source)
    if isinstance(source, str):
        return utf8_size(source)
    if isinstance(source, os.PathLike):
        try:
            return os.stat(source).st_size
        except OSError:
            return None
    return None


def _check_names(dialect: str, channel: str | None) -> None:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
    if channel is not None and channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; use one of {', '.join(CHANNELS)}")


# --------------------------------------------------------------------------- unreadable input

_PARSE_MESSAGES: Final[list[tuple[str, str, str | None]]] = [
    (
        r"EntityRef: expecting ';'|xmlParseEntityRef: no name",
        "a bare `&`: XML needs `&amp;` for a literal &",
        "write & as &amp; (in URLs too: a=1&amp;b=2)",
    ),
    (
        r"Entity '(.+)' not defined",
        "undefined entity `&{0};`: XML knows only &amp; &lt; &gt; &quot; &apos;",
        "write the character itself (UTF-8), or a numeric reference like &#233;",
    ),
    (
        r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)",
        "`</{2}>` does not close `<{0}>` (opened on line {1})",
        "close every element in the reverse order it was opened",
    ),
    (
        r"Premature end of data in tag (\S+) line (\d+)",
        "the document ends before `<{0}>` (line {1}) is closed",
        None,
    ),
    (
        r"XML declaration allowed only at the start of the document",
        "the XML declaration `<?xml …?>` must come first, with nothing before it",
        "remove white space, a byte order mark in the wrong encoding, or output before it",
    ),
    (
        r"Start tag expected, '<' not found|Document is empty",
        "this is not XML: a document starts with `<Response>` (or an XML declaration)",
        "the response body must be the XML document and nothing else",
    ),
    (
        r"Extra content at the end of the document",
        "there is more after the root element ends; a document has exactly one `<Response>`",
        None,
    ),
    (
        r"amplification factor|Detected an entity reference loop|entity.*loop",
        "entity declarations that would expand enormously (a DOCTYPE is never processed)",
        "remove the DOCTYPE: documents cannot declare entities",
    ),
    (
        r"Input is not proper UTF-8|Invalid bytes in character encoding",
        "bytes that are not valid in the document's encoding (UTF-8 unless declared)",
        "send UTF-8, or declare the encoding the bytes are in",
    ),
    (
        r"(?i)Excessive depth in document: (\d+)",
        "elements nested more than {0} deep",
        "no document needs that many levels: laml reads at most {0}",
    ),
    (
        r"(?:declares the encoding '|the document is in )([^';]*)",
        "the document is in `{0}`: only UTF-8 and UTF-16 are allowed",
        "save the document as UTF-8 and declare encoding=\"UTF-8\", or no encoding",
    ),
    (
        r"Unescaped '<' not allowed in attributes values",
        "an attribute value is not closed, or holds `<` (write `&lt;`)",
        None,
    ),
]


def _unreadable(error: ParseError) -> Diagnostic:
    message = error.message
    hint: str | None = None
    for pattern, text, tip in _PARSE_MESSAGES:
        found = re.search(pattern, message)
        if found:
            message = text.format(*found.groups())
            hint = tip.format(*found.groups()) if tip else None
            break
    else:
        if message[1:2].islower():
            message = message[:1].lower() + message[1:]
    return Diagnostic(
        "LAML001",
        "error",
        f"not well-formed XML: {message}",
        error.line,
        error.column,
        "",
        hint,
        12100,
    )


def _not_checked(size: int | None, path: str, max_bytes: int) -> list[Diagnostic]:
    """What is said of a document too large to be checked: that, and that nothing else was."""
    return [
        _too_large(size, path),
        Diagnostic(
            "LAML014",
            "info",
            f"there may be more problems: documents over {max_bytes:,} bytes are not parsed",
            1,
            1,
            path,
        ),
    ]


def _too_large(size: int | None, path: str) -> Diagnostic:
    got = f"is {size:,} bytes" if size is not None else "is too large to read"
    return Diagnostic(
        "LAML013",
        "error",
        f"the document {got}; the platform refuses responses over 64 kB "
        f"({PLATFORM_MAX_BYTES:,} bytes)",
        1,
        1,
        path,
        "move long text or data out of the document (fetch it with <Play> or a redirect)",
        11750,
    )


# --------------------------------------------------------------------------- the vocabulary


# (The classes of the error paths are plain classes: a dataclass costs its generated methods at
# import, which every ``laml lint`` would pay for documents that need none of them.)


class _Grammar:
    """The vocabulary of one channel, indexed for explaining errors."""

    def __init__(
        self,
        channel: Channel,
        specs: dict[str, ElementSpec],
        root: ElementSpec,
        by_tag: dict[str, ElementSpec],
    ) -> None:
        self.channel = channel
        self.specs = specs
        self.root = root
        self.by_tag = by_tag

    def child(self, parent: ElementSpec, tag: str) -> tuple[Child, ElementSpec] | None:
        """The relation ``parent`` → ``tag`` (in any dialect), if the vocabulary has one."""
        for c in parent.children:
            spec = self.specs[c.cls]
            if spec.tag == tag:
                return c, spec
        return None

    def allowed(self, parent: ElementSpec, dialect: Dialect) -> list[tuple[Child, ElementSpec]]:
        """The children ``parent`` may have in ``dialect``."""
        return [
            (c, self.specs[c.cls])
            for c in parent.children_in(dialect)
            if dialect in self.specs[c.cls].dialects
        ]

    def tags(self, dialect: Dialect) -> set[str]:
        return {s.tag for s in self.specs.values() if dialect in s.dialects}

    def parents_of(self, tag: str, dialect: Dialect) -> list[str]:
        """Tags of the elements that may hold ``tag`` in ``dialect``."""
        found: list[str] = []
        for spec in self.specs.values():
            if dialect not in spec.dialects:
                continue
            if any(s.tag == tag for _, s in self.allowed(spec, dialect)) and spec.tag not in found:
                found.append(spec.tag)
        return found


@functools.cache
def _grammar(channel: Channel) -> _Grammar:
    specs = channel_elements(channel)
    by_tag: dict[str, ElementSpec] = {}
    for spec in specs[1:]:
        if spec.tag not in by_tag or spec.cls == spec.tag:
            by_tag[spec.tag] = spec
    return _Grammar(channel, {s.cls: s for s in specs}, specs[0], by_tag)


def _channel_of_tag(tag: str) -> Channel | None:
    from laml.parsing import _exclusive_tags

    return _exclusive_tags().get(tag)


# --------------------------------------------------------------------------- explaining errors

# Patterns of the error paths are compiled on first use (through re's cache), so that checking
# a valid document, which needs none of them, does not pay for them.
_ENTRY: Final = r"(?s)Element '(?P<el>[^']+)'(?:, attribute '(?P<attr>[^']+)')?: (?P<rest>.*)"
_REQUIRED: Final = r"The attribute '([^']+)' is required"
_EXPECTED: Final = r"Expected is(?: one of)? \( ([^)]*) \)"
_PATH_STEP: Final = r"(?P<name>[^\[\]]+)(?:\[(?P<index>\d+)\])?"

Kind = Literal[
    "unexpected",
    "missing-child",
    "root",
    "unknown-attribute",
    "missing-attribute",
    "text",
    "value",
    "text-value",
    "other",
]


class _Finding:
    __slots__ = ("attribute", "detail", "element", "kind")

    def __init__(
        self, kind: Kind, element: etree._Element, attribute: str | None = None, detail: str = ""
    ) -> None:
        self.kind = kind
        self.element = element
        self.attribute = attribute
        self.detail = detail


class _Explainer:
    """Turns libxml2's error log for one document into diagnostics."""

    def __init__(
        self,
        doc: Document,
        channel: Channel,
        dialect: Dialect,
        schema: etree.XMLSchema,
        lock: threading.Lock,
    ) -> None:
        self.doc = doc
        self.channel = channel
        self.dialect = dialect
        self.schema = schema
        self.lock = lock
        self.grammar = _grammar(channel)
        self._specs: dict[int, ElementSpec | None] = {}
        self._emptied: set[int] = set()
        #: per parent: its children by (step name, rank), as libxml2 writes paths
        self._steps: dict[int, dict[tuple[str, int], etree._Element]] = {}
        #: the first element of each (line, tag)
        self._by_line: dict[tuple[int | None, object], etree._Element] | None = None

    # ------------------------------------------------------------------ rounds

    def run(self, log: etree._ListErrorLog) -> list[Diagnostic]:
        assert self.doc.root is not None
        self.doc.elements()
        self.doc.offset(self.doc.root)  # index every position and path before anything moves
        self.doc.sibling_index(self.doc.root)
        root = _lx(self.doc.root)
        findings: list[_Finding] = []
        seen: set[tuple[str, int, str | None]] = set()
        removed: list[tuple[etree._Element, int, etree._Element, int]] = []
        truncated = False
        try:
            for _ in range(_ROUNDS):
                set_aside: list[etree._Element] = []
                for finding in self._read(log, root):
                    key = (finding.kind, id(finding.element), finding.attribute)
                    if key in seen:
                        continue
                    if finding.kind == "missing-child" and id(finding.element) in self._emptied:
                        continue  # a consequence of setting children aside
                    if len(findings) == MAX_DIAGNOSTICS:
                        truncated = True
                        break
                    seen.add(key)
                    findings.append(finding)
                    if finding.kind == "unexpected" and finding.element is not root:
                        set_aside.append(finding.element)
                if not set_aside or truncated:
                    break
                for el in set_aside:
                    parent = el.getparent()
                    if parent is not None:
                        # the text after the element stays where it was: it may be wrong too
                        moved = _keep_tail(parent, el)
                        removed.append((parent, parent.index(el), el, moved))
                        self._emptied.add(id(parent))
                        self._steps.pop(id(parent), None)  # its children's ranks change
                        parent.remove(el)
                with self.lock:
                    if self.schema.validate(root):
                        break
                    log = self.schema.error_log
        finally:
            for parent, index, el, moved in reversed(removed):
                _unkeep_tail(parent, index, moved)
                parent.insert(index, el)
        out = [self._diagnostic(f) for f in findings]
        out.sort(key=lambda d: (d.line, d.column))
        if truncated:
            out.append(
                Diagnostic(
                    "LAML014",
                    "info",
                    f"there are more problems; only the first {MAX_DIAGNOSTICS} are shown",
                    out[-1].line,
                    out[-1].column,
                    out[-1].path,
                )
            )
        return out

    def _read(self, log: etree._ListErrorLog, root: etree._Element) -> Iterator[_Finding]:
        for entry in log:
            match = re.match(_ENTRY, entry.message or "")
            if match is None:
                yield _Finding("other", root, None, entry.message or "")
                continue
            el = self._element(entry, match.group("el"), root)
            attr = match.group("attr")
            rest = match.group("rest")
            kind = entry.type_name
            if kind == "SCHEMAV_ELEMENT_CONTENT":
                if "not expected" in rest:
                    yield _Finding("unexpected", el, None, rest)
                else:
                    yield _Finding("missing-child", el, None, rest)
            elif kind == "SCHEMAV_CVC_ELT_1":
                yield _Finding("root", el)
            elif kind.startswith("SCHEMAV_CVC_COMPLEX_TYPE_3_2"):
                yield _Finding("unknown-attribute", el, _attribute_name(el, attr or ""))
            elif kind == "SCHEMAV_CVC_COMPLEX_TYPE_4":
                required = re.search(_REQUIRED, rest)
                name = required.group(1) if required else ""
                yield _Finding("missing-attribute", el, _attribute_name(el, name))
            elif kind in ("SCHEMAV_CVC_COMPLEX_TYPE_2_3", "SCHEMAV_CVC_COMPLEX_TYPE_2_1"):
                yield _Finding("text", el)
            elif kind == "SCHEMAV_CVC_COMPLEX_TYPE_2_2":
                for child in el.iterchildren(tag=etree.Element):
                    yield _Finding("unexpected", child, None, "in-text")
            elif attr is not None:
                yield _Finding("value", el, _attribute_name(el, attr), rest)
            else:
                spec = self._spec(el)
                takes_text = spec is not None and spec.takes_text and not self._children(spec)
                yield _Finding("text-value" if takes_text else "text", el, None, rest)

    def _element(self, entry: etree._LogEntry, name: str, root: etree._Element) -> etree._Element:
        """The element an error is about: from the entry's path, else by line and name."""
        path = entry.path or ""
        node: etree._Element | None = root if path else None
        steps = path.strip("/").split("/") if path else []
        for depth, step in enumerate(steps):
            found = re.fullmatch(_PATH_STEP, step)
            if node is None or found is None:
                node = None
                break
            if depth == 0:
                continue  # the root itself
            node = self._child(node, found.group("name"), int(found.group("index") or 1))
        if node is not None and node.tag == name:  # libxml2 writes names as {namespace}local
            return node
        if self._by_line is None:
            self._by_line = {}
            for el in self.doc.elements():
                self._by_line.setdefault((el.sourceline, el.tag), el)  # type: ignore[arg-type]
        return self._by_line.get((entry.line, name), root)

    def _child(self, node: etree._Element, name: str, index: int) -> etree._Element | None:
        """The ``index``-th child of ``node`` called ``name`` (``prefix:local``, a plain tag, or
        ``*`` for any); each parent's children are indexed once."""
        table = self._steps.get(id(node))
        if table is None:
            table = self._steps[id(node)] = {}
            counts: dict[str, int] = {}
            for child in node.iterchildren(tag=etree.Element):
                tag = str(child.tag)
                names = ["*", _name(child) if tag.startswith("{") and child.prefix else tag]
                for step in names:
                    counts[step] = rank = counts.get(step, 0) + 1
                    table[(step, rank)] = child
        return table.get((name, index))

    # ------------------------------------------------------------------ vocabulary lookups

    def _spec(self, el: etree._Element) -> ElementSpec | None:
        """The element class of ``el`` in context (``<Sip>`` in ``<Refer>`` is a ReferSip)."""
        key = id(el)
        if key in self._specs:
            return self._specs[key]
        parent = el.getparent()
        spec: ElementSpec | None
        if parent is None:
            spec = self.grammar.root if el.tag == self.grammar.root.tag else None
        else:
            parent_spec = self._spec(parent)
            relation = self.grammar.child(parent_spec, str(el.tag)) if parent_spec else None
            spec = relation[1] if relation else self.grammar.by_tag.get(str(el.tag))
        self._specs[key] = spec
        return spec

    def _children(self, spec: ElementSpec) -> list[tuple[Child, ElementSpec]]:
        return self.grammar.allowed(spec, self.dialect)

    # ------------------------------------------------------------------ diagnostics

    def _diagnostic(self, f: _Finding) -> Diagnostic:
        el = f.element
        explain = {
            "unexpected": self._unexpected,
            "missing-child": self._missing_child,
            "root": self._root,
            "unknown-attribute": self._unknown_attribute,
            "missing-attribute": self._missing_attribute,
            "text": self._text,
            "value": self._value,
            "text-value": self._text_value,
            "other": self._other,
        }[f.kind]
        code, message, hint, platform = explain(f)
        path = self.doc.path(plain(el))
        stray = _stray_text_offset(self.doc, el) if f.kind == "text" else None
        if f.attribute is not None and f.kind != "missing-attribute":
            line, column = self.doc.attribute_position(plain(el), f.attribute)
            path += f"/@{f.attribute}"
        elif stray is not None:
            line, column = self.doc.line_column(stray)
        else:
            line, column = self.doc.position(plain(el))
        return Diagnostic(code, "error", message, line, column, path, hint, platform)

    def _unexpected(self, f: _Finding) -> _Result:
        el = f.element
        parent = el.getparent()
        assert parent is not None
        tag = _name(el)
        where = _name(parent)
        parent_spec = self._spec(parent)
        if parent_spec is None:
            return ("LAML003", f"`<{tag}>` is not allowed inside `<{where}>`", None, _SCHEMA_ERROR)
        if etree.QName(el).namespace:
            ns = etree.QName(el).namespace
            return (
                "LAML002",
                f"`<{tag}>` is not part of {_DIALECT_LABEL[self.dialect]}: elements in a "
                f"namespace ({ns}) are not allowed",
                "remove it; documents use plain element names without namespaces",
                _SCHEMA_ERROR,
            )
        allowed = self._children(parent_spec)
        names = [s.tag for _, s in allowed]
        relation = next(((c, s) for c, s in allowed if s.tag == el.tag), None)
        if relation is not None:
            return self._misplaced_sibling(el, parent, parent_spec, relation)
        other = _other_dialect(self.dialect)
        other_relation = self.grammar.child(parent_spec, str(el.tag))
        if other_relation is not None and (
            other in other_relation[0].dialects
            and not other_relation[0].builder_only
            and other in other_relation[1].dialects
            and other in parent_spec.dialects
        ):
            return (
                "LAML012",
                f"`<{tag}>` inside `<{where}>` is {_DIALECT_ONLY[other]}; "
                f"{_DIALECT_LABEL[self.dialect]} does not have it",
                f"validate with dialect={other!r} if this document is for "
                f"{'Twilio' if other == 'twilio' else 'SignalWire'}",
                _SCHEMA_ERROR,
            )
        if el.tag in self.grammar.tags(self.dialect):
            parents = self.grammar.parents_of(str(el.tag), self.dialect)
            hint = (
                f"`<{tag}>` goes inside " + " or ".join(f"`<{p}>`" for p in parents)
                if parents
                else None
            )
            if f.detail == "in-text" or not names:
                takes = (
                    "holds text only" if parent_spec.takes_text else "takes no child elements"
                )
                message = f"`<{tag}>` is not allowed inside `<{where}>`: `<{where}>` {takes}"
            else:
                message = (
                    f"`<{tag}>` is not allowed inside `<{where}>`; allowed there: "
                    + ", ".join(names)
                )
            return ("LAML003", message, hint, _SCHEMA_ERROR)
        owner = _channel_of_tag(str(el.tag))
        if owner is not None and owner != self.channel:
            kind = "verb" if _is_verb(owner, str(el.tag)) else "element"
            hint = None
            if el.tag == "Message" and self.channel == "voice":
                hint = "to text the caller during a call, use <Sms>"
            elif names:
                hint = f"a {self.channel} document uses: " + ", ".join(names)
            return (
                "LAML011",
                f"`<{tag}>` is a {owner} {kind}; this is a {self.channel} document",
                hint,
                _SCHEMA_ERROR,
            )
        if el.tag in self.grammar.tags(other):
            return (
                "LAML012",
                f"`<{tag}>` is {_DIALECT_ONLY[other]}; {_DIALECT_LABEL[self.dialect]} "
                f"does not have it",
                f"validate with dialect={other!r} if this document is for "
                f"{'Twilio' if other == 'twilio' else 'SignalWire'}",
                _SCHEMA_ERROR,
            )
        guess = _guess(tag, names, sorted(self.grammar.tags(self.dialect)))
        if guess is not None:
            hint = (
                f"element names are case-sensitive: write <{guess}>"
                if guess.lower() == tag.lower()
                else None
            )
            return (
                "LAML002",
                f"unknown element `<{tag}>`; did you mean `<{guess}>`?",
                hint,
                _SCHEMA_ERROR,
            )
        where_allowed = (
            f"allowed inside `<{where}>`: " + ", ".join(names)
            if names
            else f"`<{where}>` takes no child elements"
        )
        return ("LAML002", f"unknown element `<{tag}>`", where_allowed, _SCHEMA_ERROR)

    def _misplaced_sibling(
        self,
        el: etree._Element,
        parent: etree._Element,
        parent_spec: ElementSpec,
        relation: tuple[Child, ElementSpec],
    ) -> _Result:
        """``el`` may be in ``parent``, but not here: too many, or not with its siblings."""
        child, spec = relation
        tag, where = spec.tag, parent_spec.tag
        siblings = [s for s in parent.iterchildren(tag=etree.Element) if s is not el]
        most = child.max_in(self.dialect)
        same = 1 + sum(1 for s in siblings if s.tag == el.tag)
        if most is not None and same > most:
            return (
                "LAML010",
                f"`<{where}>` can hold at most {most} `<{tag}>`; this one is number "
                f"{self.doc.sibling_index(plain(el))}",
                None,
                _SCHEMA_ERROR,
            )
        if self.dialect in child.alone:
            return (
                "LAML003",
                f"`<{tag}>` cannot be combined with other elements in one `<{where}>`",
                f"use a separate <{where}> for the other elements",
                _SCHEMA_ERROR,
            )
        for s in siblings:
            other = self.grammar.child(parent_spec, str(s.tag))
            if other is not None and self.dialect in other[0].alone:
                return (
                    "LAML003",
                    f"`<{tag}>` cannot be combined with `<{s.tag}>` in one `<{where}>`",
                    f"use a separate <{where}> for the <{s.tag}> elements",
                    _SCHEMA_ERROR,
                )
        return ("LAML003", f"`<{tag}>` is not expected here in `<{where}>`", None, _SCHEMA_ERROR)

    def _missing_child(self, f: _Finding) -> _Result:
        spec = self._spec(f.element)
        tag = _name(f.element)
        needed: list[str] = []
        if spec is not None:
            needed = [s.tag for c, s in self._children(spec) if c.min > 0]
        if not needed:
            found = re.search(_EXPECTED, f.detail)
            needed = [n.strip() for n in found.group(1).split(",")] if found else []
        what = " and ".join(f"`<{n}>`" for n in needed) or "a child element"
        return ("LAML008", f"`<{tag}>` needs {what} inside it", None, _SCHEMA_ERROR)

    def _root(self, f: _Finding) -> _Result:
        el = f.element
        tag = _name(el)
        root = self.grammar.root.tag
        qname = etree.QName(el)
        if qname.localname == root and qname.namespace:
            return (
                "LAML003",
                f"`<{root}>` must not be in a namespace (xmlns=\"{qname.namespace}\")",
                "remove the xmlns attribute",
                _SCHEMA_ERROR,
            )
        hint = f"wrap the verbs in <{root}>…</{root}>"
        if tag.lower() == root.lower():
            hint = f"element names are case-sensitive: write <{root}>"
        return (
            "LAML003",
            f"the root element must be `<{root}>`, not `<{tag}>`",
            hint,
            _SCHEMA_ERROR,
        )

    def _unknown_attribute(self, f: _Finding) -> _Result:
        el, name = f.element, f.attribute or ""
        tag = _name(el)
        spec = self._spec(el)
        if spec is None:
            return ("LAML004", f"unknown attribute `{name}` on `<{tag}>`", None, _SCHEMA_ERROR)
        known = [a.xml for a in spec.attrs_in(self.dialect)]
        other = _other_dialect(self.dialect)
        attr = spec.attr(name)
        if attr is not None and other in attr.dialects and self.dialect not in attr.dialects:
            return (
                "LAML012",
                f"`{name}` on `<{tag}>` is {_DIALECT_ONLY[other]}; "
                f"{_DIALECT_LABEL[self.dialect]} does not have it",
                f"remove it, or validate with dialect={other!r}",
                _SCHEMA_ERROR,
            )
        if ":" in name and not name.startswith("xml:"):
            return (
                "LAML004",
                f"attribute `{name}` on `<{tag}>` is not part of {_DIALECT_LABEL[self.dialect]}",
                "remove it; attributes have plain names without namespaces",
                _SCHEMA_ERROR,
            )
        homes = self._homes(el, spec, name)
        if homes is not None:
            return ("LAML004", f"`{name}` is not an attribute of `<{tag}>`; {homes[0]}",
                    homes[1], _SCHEMA_ERROR)
        guess = _guess(name, known, [], python_names=True)
        if guess is not None:
            hint = (
                f"attribute names are case-sensitive: write {guess}"
                if guess.lower() == name.lower()
                else None
            )
            return (
                "LAML004",
                f"unknown attribute `{name}` on `<{tag}>`; did you mean `{guess}`?",
                hint,
                _SCHEMA_ERROR,
            )
        if known:
            shown = ", ".join(known[:12]) + (", …" if len(known) > 12 else "")
            hint = f"`<{tag}>` has: {shown}"
        else:
            hint = f"`<{tag}>` takes no attributes"
        return ("LAML004", f"unknown attribute `{name}` on `<{tag}>`", hint, _SCHEMA_ERROR)

    def _homes(
        self, el: etree._Element, spec: ElementSpec, name: str
    ) -> tuple[str, str] | None:
        """Where attribute ``name`` belongs when an element next to ``el`` has it: one of the
        children ``el`` may hold (``statusCallback`` on ``<Number>`` in ``<Dial>``), or the
        parent. (message, hint), or None."""
        children = [s.tag for _, s in self._children(spec)
                    if any(a.xml == name for a in s.attrs_in(self.dialect))]
        tag = _name(el)
        if children:
            present = [str(c.tag) for c in el.iterchildren(tag=etree.Element)
                       if c.tag in children]
            shown = list(dict.fromkeys(present or children))
            where = _either([f"`<{c}>`" for c in shown])
            target = _either([f"<{c}>" for c in shown])
            return (f"it belongs on {where} inside it",
                    f"move it to each {target} of this <{tag}>")
        parent = el.getparent()
        parent_spec = self._spec(parent) if parent is not None else None
        if parent_spec is not None and parent_spec.kind != "root" and any(
            a.xml == name for a in parent_spec.attrs_in(self.dialect)
        ):
            return (f"it belongs on the enclosing `<{parent_spec.tag}>`",
                    f"move it to the <{parent_spec.tag}>")
        return None

    def _missing_attribute(self, f: _Finding) -> _Result:
        el, name = f.element, f.attribute or ""
        spec = self._spec(el)
        attr = spec.attr(name) if spec is not None else None
        doc = (spec.notes.get(name) or attr.doc) if spec is not None and attr is not None else ""
        what = f" ({doc})" if doc else ""
        return (
            "LAML006",
            f"`<{_name(el)}>` needs a `{name}` attribute{what}",
            None,
            _SCHEMA_ERROR,
        )

    def _text(self, f: _Finding) -> _Result:
        el = f.element
        tag = _name(el)
        text = _first_text(el)
        spec = self._spec(el)
        hint = None
        if spec is not None and any(s.tag == "Say" for _, s in self._children(spec)):
            hint = "to speak it, put it in a <Say>"
        elif spec is not None and not self._children(spec):
            hint = f"`<{tag}>` takes no content"
        return (
            "LAML007",
            f"text is not allowed directly inside `<{tag}>`, got `{_short(text)}`",
            hint,
            _SCHEMA_ERROR,
        )

    def _text_value(self, f: _Finding) -> _Result:
        el = f.element
        tag = _name(el)
        spec = self._spec(el)
        assert spec is not None
        t = spec.text_type_in(self.dialect)
        text = el.text or ""
        if not text.strip() and _requires_content(t):
            return (
                "LAML008",
                f"`<{tag}>` is empty; it needs {_body_words(spec.body)}",
                None,
                _SCHEMA_ERROR,
            )
        got = (
            f"it has {len(' '.join(text.split()))} characters"
            if t.max_length is not None and len(text.strip()) > t.max_length
            else f"got `{_short(text.strip())}`"
        )
        return (
            "LAML009",
            f"the text of `<{tag}>` must be {t.name}, {got}",
            _value_hint(t, text.strip()),
            _SCHEMA_ERROR,
        )

    def _value(self, f: _Finding) -> _Result:
        el, name = f.element, f.attribute or ""
        value = el.get(_lxml_attribute(name)) or ""
        spec = self._spec(el)
        attr = spec.attr(name) if spec is not None else None
        if attr is None or self.dialect not in attr.dialects:
            return (
                "LAML005",
                f"`{name}` has a value that is not allowed: `{_short(value)}`",
                None,
                _SCHEMA_ERROR,
            )
        t = attr.type_in(self.dialect)
        message = f"`{name}` must be {t.name}, got `{_short(value)}`"
        if not value.strip():
            message = f"`{name}` is empty; it must be {t.name}"
        if t.item is not None:
            bad = [v for v in value.split() if not _accepts(t.item, v)]
            if bad:
                which = ", ".join(f"`{_short(b)}`" for b in bad)
                verb = "is" if len(bad) == 1 else "are"
                message = f"`{name}` must be {t.name}; {which} {verb} not"
            hint = _value_hint(t.item, bad[0]) if bad else None
        else:
            hint = _value_hint(t, value)
        assert spec is not None
        return ("LAML005", message, hint, _platform_code(spec, attr, t))

    def _other(self, f: _Finding) -> _Result:
        text = f.detail.strip().rstrip(".")
        return ("LAML099", f"schema violation: {text}", None, _SCHEMA_ERROR)


_Result = tuple[str, str, str | None, int | None]


# --------------------------------------------------------------------------- helpers


def _either(items: list[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _keep_tail(parent: etree._Element, el: etree._Element) -> int:
    """Copy the text after ``el`` to where it stays when ``el`` is set aside; its length."""
    tail = el.tail or ""
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    return len(tail)


def _unkeep_tail(parent: etree._Element, index: int, length: int) -> None:
    """Undo :func:`_keep_tail` for the element that goes back to ``index`` in ``parent``."""
    if not length:
        return
    previous = parent[index - 1] if index > 0 else None
    if previous is not None:
        previous.tail = (previous.tail or "")[:-length] or None
    else:
        parent.text = (parent.text or "")[:-length] or None


#: markup in the content of an element: comments, CDATA (its text), PIs, end tags, start tags
_CONTENT: Final = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(.*?)\]\]>|<\?.*?\?>|</[^>]*>"
    r"""|<[^!?/](?:[^>"']|"[^"]*"|'[^']*')*?(/?)>""",
    re.DOTALL,
)


def _stray_text_offset(doc: Document, el: etree._Element) -> int | None:
    """Where the first text directly inside ``el`` that is not white space starts."""
    text = doc.text
    start = doc.offset(plain(el))
    head = _CONTENT.match(text, start)
    if head is None or head.group(2):
        return None
    depth, position = 1, head.end()
    for token in _CONTENT.finditer(text, position):
        if depth == 1:
            between = text[position : token.start()]
            if between.strip():
                return position + len(between) - len(between.lstrip())
            if token.group(1) is not None and token.group(1).strip():
                return token.start(1) + len(token.group(1)) - len(token.group(1).lstrip())
        matched = token.group()
        if matched.startswith("</"):
            depth -= 1
            if depth == 0:
                return None
        elif not matched.startswith(("<!", "<?")) and not token.group(2):
            depth += 1
        position = token.end()
    return None


def _other_dialect(dialect: Dialect) -> Dialect:
    return "twilio" if dialect == "signalwire" else "signalwire"


def _attribute_name(el: etree._Element, name: str) -> str:
    """``{ns}local`` as written: ``xml:lang``, ``prefix:local``."""
    if name.startswith(_XML_NS):
        return "xml:" + name[len(_XML_NS) :]
    if name.startswith("{"):
        ns, local = name[1:].split("}", 1)
        prefix = next((p for p, uri in el.nsmap.items() if uri == ns and p), None)
        return f"{prefix}:{local}" if prefix else local
    return name


def _lxml_attribute(name: str) -> str:
    return _XML_NS + name[4:] if name.startswith("xml:") else name


def _guess(
    name: str, nearby: Sequence[str], everywhere: Sequence[str], python_names: bool = False
) -> str | None:
    """The name ``name`` was probably meant to be: same letters in another case first."""
    for pool in (nearby, everywhere):
        for candidate in pool:
            if candidate.lower() == name.lower():
                return candidate
    if python_names:
        from laml.vocabulary import python_to_xml

        camel = python_to_xml(name)
        if camel in nearby:
            return camel
    letters = sorted(name.lower())
    for pool in (nearby, everywhere):
        for candidate in pool:
            if sorted(candidate.lower()) == letters:  # two letters swapped, and the like
                return candidate
        import difflib

        close = difflib.get_close_matches(name, pool, n=1, cutoff=0.7)
        if close:
            return close[0]
    return None


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split()) if "\n" in text else text
    return text if len(text) <= width else text[: width - 1] + "…"


def _first_text(el: etree._Element) -> str:
    if el.text and el.text.strip():
        return el.text.strip()
    for child in el:
        if child.tail and child.tail.strip():
            return child.tail.strip()
    return ""


def _requires_content(t: Type) -> bool:
    return bool(t.min_length) or bool(t.values) or t.pattern is not None


_BODY_WORDS: Final[dict[str, str]] = {
    "url": "a URL",
    "sip_url": "a SIP URI",
    "phone_number": "a phone number",
    "name": "a name",
    "message": "text",
    "resource": "an endpoint",
    "state": "on or off",
}


def _body_words(body: str | None) -> str:
    if body is None:
        return "text"
    return _BODY_WORDS.get(body, body.replace("_", " "))


def _is_verb(channel: Channel, tag: str) -> bool:
    root = channel_elements(channel)[0]
    grammar = _grammar(channel)
    return any(grammar.specs[c.cls].tag == tag for c in root.children)


_INTEGER: Final = r"[+-]?[0-9]+"
_DECIMAL: Final = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"


def _accepts(t: Type, value: str) -> bool:
    """Whether ``value`` is in ``t`` (close to what XSD says; used to word messages only)."""
    if t.union:
        return any(_accepts(m, value) for m in t.union)
    if t.item is not None:
        items = value.split()
        return bool(items) and all(_accepts(t.item, v) for v in items)
    if t.base in ("integer", "decimal") or t.base == "token":
        value = " ".join(value.split())
    if t.base == "integer":
        if not re.fullmatch(_INTEGER, value):
            return False
        number: float = int(value)
    elif t.base == "decimal":
        if not re.fullmatch(_DECIMAL, value):
            return False
        number = float(value)
    else:
        number = 0
    if t.min is not None and number < t.min:
        return False
    if t.max is not None and number > t.max:
        return False
    if t.values and value not in t.values:
        return False
    if t.min_length is not None and len(value) < t.min_length:
        return False
    if t.max_length is not None and len(value) > t.max_length:
        return False
    return not (t.pattern is not None and not re.fullmatch(t.pattern, value))


def _value_hint(t: Type, value: str) -> str | None:
    choices = t.choices()
    if choices:
        for choice in choices:
            if choice.lower() == value.strip().lower():
                return f"use {choice}"
        if "true" in choices and value.strip().lower() in ("1", "yes", "on", "0", "no", "off"):
            return "use true or false"
        import difflib

        close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
        if close:
            return f"did you mean {close[0]}?"
    for member in t.members():
        if member.base not in ("integer", "decimal"):
            continue
        number = value.strip()
        if (member.base == "integer" and re.fullmatch(_INTEGER, number)) or (
            member.base == "decimal" and re.fullmatch(_DECIMAL, number)
        ):
            lo, hi = member.min, member.max
            if lo is not None and hi is not None:
                return f"use a value from {_num(lo)} to {_num(hi)}"
            if lo is not None:
                return f"use a value of at least {_num(lo)}"
        elif member.base == "integer" and re.fullmatch(_DECIMAL, number):
            return "use a whole number"
    return None


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else str(value)


def _platform_code(spec: ElementSpec, attr: Attr, t: Type) -> int:
    """The platform's own error code for a bad value of ``attr``."""
    if t.xsd_name in ("Method", "StorageMethod"):
        return 13221
    if attr.xml == "sendDigits":
        return 13222
    if attr.xml == "recordingStatusCallbackEvent":
        return 13621
    if attr.xml == "trim":
        return 13699
    if spec.cls == "Conference":
        return 16002
    return _SCHEMA_ERROR

