"""A document as the checkers see it: bytes, text, a plain lxml tree, and positions.

:func:`load` reads untrusted input once, with the same safe parser options as
:func:`laml.parse` (no entities, no DTD, no network, bounded depth and size), and never raises
for bad input: a document that cannot be read comes back with ``root=None`` and the reason in
``error``. Validation and lint rules work on the plain tree (no typed classes: cheaper, and
unknown vocabulary is just another element) and ask the document where an element starts.

Every question a checker asks costs time linear in the document at most once: element
positions, element paths, attribute values and attribute positions are indexed in one pass
the first time they are needed. A document larger than :data:`MAX_DOCUMENT_BYTES` (twice what
the platform accepts) is read and decoded but not parsed, so that memory stays a small multiple
of its size; ``error`` then says it is too large.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Final, Literal, cast

from lxml import etree

from laml._element import (
    PlainElement,
    PlainNode,
    _lx,
    attributes,
    child_elements,
    plain,
    safe_parser,
)
from laml._records import field, record
from laml.errors import ParseError
from laml.parsing import (
    DEFAULT_MAX_BYTES,
    _parse_bytes,
    check_encoding,
    detect_channel,
    read_source,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "PLATFORM_MAX_BYTES",
    "ChannelName",
    "Document",
    "PlainElement",
    "PlainNode",
    "Source",
    "StartTag",
    "comment_spans",
    "display_name",
    "load",
    "parsed",
    "utf8_size",
]

if TYPE_CHECKING:
    from typing import TypeAlias

    #: A document: its text, its bytes, a path, or a tree laml built or parsed.
    Source: TypeAlias = str | bytes | os.PathLike[str] | PlainElement
else:
    Source = str | bytes | os.PathLike[str] | etree._Element
ChannelName = Literal["voice", "messaging", "fax"]

#: The largest response the platform accepts (error 11750 above it).
PLATFORM_MAX_BYTES: Final = 64 * 1024
#: The largest document that is parsed and checked in full. A larger one is only reported as
#: too large (what the platform does with anything over :data:`PLATFORM_MAX_BYTES`).
MAX_DOCUMENT_BYTES: Final = 2 * PLATFORM_MAX_BYTES

#: Start tags, and the constructs whose text may contain "<" (comments, CDATA, PIs; a parsed
#: document has no DOCTYPE).
_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|</[^>]*>|<([^\s/>!?]+)", re.DOTALL)
#: The name of a start tag, and then each attribute after it (unambiguous: linear).
_TAG_NAME = re.compile(r"<[^\s/>]+")
_ATTRIBUTE = re.compile(r"""\s+([^\s=/>"']+)\s*=\s*("[^"]*"|'[^']*')""")
_TAG_CLOSE = re.compile(r"\s*(/?)>")
#: What can follow the start of the last element inside another: text aside, end tags and the
#: constructs whose text may hold "</".
_AFTER_LAST = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|</[^>]*>", re.DOTALL)
#: Line numbers are indexed once every this many characters (a few bytes per block).
_BLOCK = 4096

_local = threading.local()


def _plain_parser() -> etree.XMLParser:
    """This thread's safe parser of plain trees (the one :func:`load` uses)."""
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = safe_parser()
    return parser


def display_name(el: PlainElement) -> str:
    """The element's name as written: ``prefix:local`` or ``local``."""
    tag = el.tag
    if isinstance(tag, str) and not tag.startswith("{"):
        return tag
    qname = etree.QName(_lx(el))
    if qname.namespace:
        prefix = el.prefix
        return f"{prefix}:{qname.localname}" if prefix else qname.localname
    return qname.localname


def utf8_size(text: str) -> int:
    """How many bytes ``text`` takes in UTF-8, counted a slice at a time (no copy of it all)."""
    step = 1 << 20
    return sum(
        len(text[i : i + step].encode("utf-8", "surrogatepass"))
        for i in range(0, len(text), step)
    )


def comment_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each ``<!-- … -->`` in ``text``, in order, in one pass; a comment
    that is never closed runs to the end of the text."""
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            return
        end = text.find("-->", start + 4)
        if end < 0:
            yield start, len(text)
            return
        yield start, end + 3
        position = end + 3


@record(frozen=True)
class StartTag:
    """Where the parts of an element's start tag are in :attr:`Document.text`: its name (as
    written), where each attribute is (by name as written: ``(start of the white space before
    it, start and end of its name, start and end of its quoted value)``, the first of a name),
    where the tag ends (after ``>``; ``None`` when the text does not show it) and whether it is
    self-closing (``/>``)."""

    name: str
    name_end: int
    attributes: dict[str, tuple[int, int, int, int, int]]
    end: int | None
    empty: bool


@record(eq=False)
class Document:
    """One document, read. ``root`` is ``None`` when it is not well-formed or too large to be
    parsed (see ``error``)."""

    data: bytes
    text: str
    root: PlainElement | None
    channel: ChannelName
    error: ParseError | None = None
    name: str | None = None
    _starts: list[int] | None = None
    _index: dict[int, int] | None = None
    #: the element proxies, kept alive so that lxml hands out the same objects (and ids)
    _elements: list[PlainElement] | None = None
    #: per block of text: lines before it, and where the line it starts in begins
    _blocks: tuple[list[int], list[int]] | None = None
    _siblings: dict[int, int] | None = None
    _paths: dict[int, str] = field(default_factory=dict)
    _by_tag: dict[object, list[PlainElement]] | None = None
    _attributes: dict[int, dict[str, str]] = field(default_factory=dict)
    _start_tags: dict[int, StartTag] = field(default_factory=dict)
    _ends: dict[int, int | None] = field(default_factory=dict)
    _by_path: dict[str, PlainElement] | None = None

    @property
    def size(self) -> int:
        """Size in bytes, as the platform counts it (UTF-8)."""
        return len(self.data)

    @property
    def too_large(self) -> bool:
        """Whether the document was not read, or not parsed, for its size."""
        return self.root is None and self.error is not None and self.error.platform_code == 11750

    def elements(self) -> list[PlainElement]:
        """Every element of the tree in document order (empty when not well-formed)."""
        if self.root is None:
            return []
        if self._elements is None:
            self._elements = cast("list[PlainElement]", list(self.root.iter(tag=etree.Element)))
        return self._elements

    def elements_named(self, tag: str) -> list[PlainElement]:
        """The elements with tag ``tag``, in document order (all tags indexed in one pass)."""
        if self._by_tag is None:
            index: dict[object, list[PlainElement]] = {}
            for el in self.elements():
                index.setdefault(el.tag, []).append(el)
            self._by_tag = index
        return self._by_tag.get(tag, [])

    def attributes(self, el: PlainElement) -> Mapping[str, str]:
        """The attributes of ``el`` (lxml names, document order); read once per element."""
        found = self._attributes.get(id(el))
        if found is None:
            self.elements()  # keeps the proxies (and so their ids) alive
            found = self._attributes[id(el)] = attributes(el)
        return found

    def offset(self, el: PlainElement) -> int:
        """Character offset of the ``<`` that starts ``el`` in :attr:`text`."""
        if self._starts is None:
            self._starts = [m.start() for m in _MARKUP.finditer(self.text) if m.group(1)]
            self._index = {id(e): i for i, e in enumerate(self.elements())}
        assert self._index is not None
        i = self._index.get(id(el))
        if i is None or i >= len(self._starts):
            line = el.sourceline or 1
            return self._line_offset(line)
        return self._starts[i]

    def position(self, el: PlainElement) -> tuple[int, int]:
        """1-based line and column where ``el`` starts."""
        return self.line_column(self.offset(el))

    def attribute_position(self, el: PlainElement, name: str) -> tuple[int, int]:
        """1-based line and column of attribute ``name`` (as written: ``xml:lang``) of ``el``
        (of ``el`` itself if it has none by that name)."""
        found = self.start_tag(el).attributes.get(name)
        return self.line_column(found[1] if found is not None else self.offset(el))

    def start_tag(self, el: PlainElement) -> StartTag:
        """Where the parts of the start tag of ``el`` are (one pass over it, once per
        element)."""
        found = self._start_tags.get(id(el))
        if found is None:
            text = self.text
            start = self.offset(el)
            tag = _TAG_NAME.match(text, start)
            parts: dict[str, tuple[int, int, int, int, int]] = {}
            position = tag.end() if tag is not None else len(text)
            while (attribute := _ATTRIBUTE.match(text, position)) is not None:
                parts.setdefault(
                    attribute.group(1),
                    (attribute.start(), attribute.start(1), attribute.end(1),
                     attribute.start(2), attribute.end(2)),
                )
                position = attribute.end()
            close = _TAG_CLOSE.match(text, position) if tag is not None else None
            found = self._start_tags[id(el)] = StartTag(
                tag.group()[1:] if tag is not None else "",
                tag.end() if tag is not None else start,
                parts,
                close.end() if close is not None else None,
                close is not None and close.group(1) == "/",
            )
        return found

    def end_offset(self, el: PlainElement) -> int | None:
        """Where the end tag of ``el`` starts in :attr:`text` (where its start tag starts, when
        it is self-closing); ``None`` when the text does not show it.

        No element starts after the last one inside ``el``, so from there on every end tag
        (comments, CDATA and instructions aside) closes one more enclosing element. Each
        element is worked out once.
        """
        if id(el) in self._ends:
            return self._ends[id(el)]
        last, levels = el, 0
        while (child := _last_child(last)) is not None:
            last, levels = child, levels + 1
        found: int | None = None
        tag = self.start_tag(last)
        if tag.end is not None:
            levels += 0 if tag.empty else 1
            if levels == 0:
                found = self.offset(last)
            else:
                for match in _AFTER_LAST.finditer(self.text, tag.end):
                    if match.group().startswith("</"):
                        levels -= 1
                        if levels == 0:
                            found = match.start()
                            break
        self._ends[id(el)] = found
        return found

    def element_at(self, path: str) -> PlainElement | None:
        """The element whose :meth:`path` is ``path``, if any (all paths indexed once)."""
        if self._by_path is None:
            self._by_path = {self.path(el): el for el in self.elements()}
        return self._by_path.get(path)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in :attr:`text`."""
        text = self.text
        offset = min(max(offset, 0), len(text))
        lines, starts = self._line_blocks()
        block = offset // _BLOCK
        base = block * _BLOCK
        line = lines[block] + text.count("\n", base, offset)
        last = text.rfind("\n", base, offset)
        start = last + 1 if last >= 0 else starts[block]
        return line + 1, offset - start + 1

    def _line_offset(self, line: int) -> int:
        """Where 1-based ``line`` starts (the last line's start for a line past the end)."""
        text = self.text
        lines, _ = self._line_blocks()
        wanted = max(line, 1) - 1  # newlines before the line
        block = max(bisect.bisect_left(lines, wanted) - 1, 0)
        position = block * _BLOCK
        newlines = lines[block]
        while newlines < wanted:
            found = text.find("\n", position)
            if found < 0:
                break
            position = found + 1
            newlines += 1
        if newlines < wanted:  # past the end: the start of the last line
            return text.rfind("\n") + 1
        return position if wanted else 0

    def _line_blocks(self) -> tuple[list[int], list[int]]:
        if self._blocks is None:
            text = self.text
            lines, starts = [0], [0]
            count = start = 0
            for end in range(_BLOCK, len(text) + 1, _BLOCK):
                newlines = text.count("\n", end - _BLOCK, end)
                if newlines:
                    count += newlines
                    start = text.rfind("\n", end - _BLOCK, end) + 1
                lines.append(count)
                starts.append(start)
            self._blocks = (lines, starts)
        return self._blocks

    def sibling_index(self, el: PlainElement) -> int:
        """1-based rank of ``el`` among the children of its parent with the same tag."""
        if self._siblings is None:
            index: dict[int, int] = {}
            for parent in self.elements():
                counts: dict[object, int] = {}
                for child in child_elements(parent):
                    counts[child.tag] = rank = counts.get(child.tag, 0) + 1
                    index[id(child)] = rank
            self._siblings = index
        found = self._siblings.get(id(el))
        if found is None:  # not an element of this document
            return 1 + sum(1 for _ in el.itersiblings(el.tag, preceding=True))
        return found

    def path(self, el: PlainElement) -> str:
        """Where ``el`` is, XPath style: ``/Response/Gather[1]/Say[2]`` (each element's path
        is worked out once, from its parent's)."""
        paths = self._paths
        chain: list[PlainElement] = []
        node: PlainElement | None = el
        while node is not None and id(node) not in paths:
            chain.append(node)
            node = node.getparent()
        path = paths[id(node)] if node is not None else ""
        for item in reversed(chain):
            name = display_name(item)
            if item.getparent() is None:
                path = f"{path}/{name}"
                owned = item is self.root
            else:
                path = f"{path}/{name}[{self.sibling_index(item)}]"
                owned = id(item) in (self._siblings or ())
            if owned:  # an element of this document (kept alive, so its id is its own)
                paths[id(item)] = path
        return path


def _last_child(el: PlainElement) -> PlainElement | None:
    return next(child_elements(el, reverse=True), None)


def _text_encoding(data: bytes) -> str:
    """The codec that decodes ``data``: UTF-16 when its first bytes say so, else UTF-8."""
    if data.startswith((b"\xff\xfe", b"<\x00")):
        return "utf-16-le" if not data.startswith(b"\xff\xfe") else "utf-16"
    if data.startswith((b"\xfe\xff", b"\x00<")):
        return "utf-16-be" if not data.startswith(b"\xfe\xff") else "utf-16"
    return "utf-8"


def _decode(data: bytes, encoding: str | None) -> str:
    sniffed = _text_encoding(data)  # the first bytes win over a declaration (as in libxml2)
    first = sniffed if sniffed != "utf-8" else encoding
    for candidate in (first, sniffed, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def load(
    source: Source,
    *,
    channel: ChannelName | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
    max_tree_bytes: int | None = MAX_DOCUMENT_BYTES,
    any_encoding: bool = False,
) -> Document:
    """Read ``source`` (text, bytes, a path, or an element tree) into a :class:`Document`.

    A ``str`` is the document's text, never a file name: pass a :class:`pathlib.Path` to read
    a file. Input over ``max_bytes`` is not kept at all; input over ``max_tree_bytes`` (unless
    ``None``) is kept and decoded but not parsed: ``root`` is ``None`` and ``error`` says it is
    too large. A declared encoding other than UTF-8 or UTF-16 is an ``error`` too, unless
    ``any_encoding`` (for tools that re-encode documents).
    """
    if isinstance(source, PlainElement):
        source = etree.tostring(_lx(source), encoding="unicode")
    if name is None and isinstance(source, os.PathLike):
        name = os.fspath(source)
    try:
        data = read_source(source, max_bytes, any_encoding=any_encoding)
    except ParseError as exc:
        return Document(b"", "", None, channel or "voice", exc, name)
    if max_tree_bytes is not None and len(data) > max_tree_bytes:
        error = ParseError(
            f"the document is {len(data):,} bytes; documents over {max_tree_bytes:,} bytes "
            "are not parsed",
            platform_code=11750,
        )
        try:
            if not any_encoding:
                check_encoding(data)
        except ParseError as exc:
            error = exc
        return Document(data, _decode(data, None), None, channel or "voice", error, name)
    try:
        root = _parse_bytes(data, _plain_parser(), any_encoding=any_encoding)
    except ParseError as exc:
        return Document(data, _decode(data, None), None, channel or "voice", exc, name)
    return parsed(data, plain(root), channel or detect_channel(plain(root)), name)


def parsed(
    data: bytes, root: PlainElement, channel: ChannelName, name: str | None = None
) -> Document:
    """The :class:`Document` of ``data``, already parsed into ``root`` as :func:`load` does."""
    encoding = _lx(root).getroottree().docinfo.encoding
    text = _decode(data, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return Document(data, text, root, channel, None, name)
