"""A document as the checkers see it: bytes, text, a plain lxml tree, and positions.

:func:`load` reads untrusted input once, with the same safe parser options as
:func:`laml.parse` (no entities, no DTD, no network, bounded depth and size), and never raises
for bad input: a document that cannot be read comes back with ``root=None`` and the reason in
``error``. Validation and lint rules work on the plain tree (no typed classes: cheaper, and
unknown vocabulary is just another element) and ask the document where an element starts.
"""

from __future__ import annotations

import os
import re
import threading
from typing import TYPE_CHECKING, Literal, cast

from lxml import etree

from laml._element import safe_parser
from laml._records import record
from laml.errors import ParseError
from laml.parsing import DEFAULT_MAX_BYTES, detect_channel, parse_bytes, read_source

__all__ = ["Document", "Source", "load", "parsed"]

if TYPE_CHECKING:
    from typing import TypeAlias

    from laml._element import Element

    #: A document: its text, its bytes, a path, or a tree laml built or parsed.
    Source: TypeAlias = str | bytes | os.PathLike[str] | Element
else:
    Source = str | bytes | os.PathLike[str] | etree._Element
ChannelName = Literal["voice", "messaging", "fax"]

#: Start tags, and the constructs whose text may contain "<" (comments, CDATA, PIs, DOCTYPE).
_MARKUP = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>|</[^>]*>|<([^\s/>!?]+)",
    re.DOTALL,
)

_local = threading.local()


def plain_parser() -> etree.XMLParser:
    """This thread's safe parser of plain trees (the one :func:`load` uses)."""
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = safe_parser()
    return parser


@record(eq=False)
class Document:
    """One document, read. ``root`` is ``None`` when it is not well-formed (see ``error``)."""

    data: bytes
    text: str
    root: etree._Element | None
    channel: ChannelName
    error: ParseError | None = None
    name: str | None = None
    _starts: list[int] | None = None
    _index: dict[int, int] | None = None
    #: the element proxies, kept alive so that lxml hands out the same objects (and ids)
    _elements: list[etree._Element] | None = None
    _line_starts: list[int] | None = None

    @property
    def size(self) -> int:
        """Size in bytes, as the platform counts it (UTF-8)."""
        return len(self.data)

    def elements(self) -> list[etree._Element]:
        """Every element of the tree in document order (empty when not well-formed)."""
        if self.root is None:
            return []
        if self._elements is None:
            self._elements = list(self.root.iter(tag=etree.Element))
        return self._elements

    def offset(self, el: etree._Element) -> int:
        """Character offset of the ``<`` that starts ``el`` in :attr:`text`."""
        if self._starts is None:
            self._starts = [m.start() for m in _MARKUP.finditer(self.text) if m.group(1)]
            self._index = {id(e): i for i, e in enumerate(self.elements())}
        assert self._index is not None
        i = self._index.get(id(el))
        if i is None or i >= len(self._starts):
            line: int = el.sourceline or 1  # type: ignore[assignment]
            return self._line_offset(line)
        return self._starts[i]

    def position(self, el: etree._Element) -> tuple[int, int]:
        """1-based line and column where ``el`` starts."""
        return self.line_column(self.offset(el))

    def attribute_position(self, el: etree._Element, name: str) -> tuple[int, int]:
        """1-based line and column of attribute ``name`` of ``el`` (of ``el`` if not found)."""
        start = self.offset(el)
        end = self.text.find(">", start)
        found = re.compile(rf"\s{re.escape(name)}\s*=").search(self.text, start, end + 1)
        return self.line_column(found.start() + 1 if found else start)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in :attr:`text`."""
        starts = self._lines()
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - starts[lo] + 1

    def _line_offset(self, line: int) -> int:
        starts = self._lines()
        return starts[min(max(line, 1), len(starts)) - 1]

    def _lines(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return self._line_starts

    @staticmethod
    def path(el: etree._Element) -> str:
        """Where ``el`` is, XPath style: ``/Response/Gather[1]/Say[2]``."""
        parts: list[str] = []
        node: etree._Element | None = el
        while node is not None:
            parent = node.getparent()
            tag = str(node.tag)
            if parent is None:
                parts.append(tag)
            else:
                index = 1 + sum(1 for s in node.itersiblings(preceding=True) if s.tag == tag)
                parts.append(f"{tag}[{index}]")
            node = parent
        return "/" + "/".join(reversed(parts))


def _decode(data: bytes, encoding: str | None) -> str:
    for candidate in (encoding, "utf-8"):
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
) -> Document:
    """Read ``source`` (text, bytes, a path, or an element tree) into a :class:`Document`."""
    if isinstance(source, etree._Element):
        text = etree.tostring(source, encoding="unicode")
        source = text
    if name is None and isinstance(source, os.PathLike):
        name = os.fspath(source)
    try:
        data = read_source(cast("str | bytes | os.PathLike[str]", source), max_bytes)
    except ParseError as exc:
        return Document(b"", "", None, channel or "voice", exc, name)
    try:
        root = parse_bytes(data, plain_parser())
    except ParseError as exc:
        return Document(data, _decode(data, None), None, channel or "voice", exc, name)
    return parsed(data, root, channel or detect_channel(root), name)


def parsed(
    data: bytes, root: etree._Element, channel: ChannelName, name: str | None = None
) -> Document:
    """The :class:`Document` of ``data``, already parsed into ``root`` as :func:`load` does."""
    encoding = root.getroottree().docinfo.encoding
    text = _decode(data, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return Document(data, text, root, channel, None, name)
