"""Positions in a document's text: character offsets, LSP positions, the span of a finding.

An LSP position is a line and a *character* counted in the code units of the negotiated
encoding (UTF-16 by default, UTF-8 or UTF-32 when the client offers them); laml counts code
points. :class:`Lines` converts between the two, line by line, in time linear in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laml.diagnostics import Diagnostic

__all__ = ["Lines", "Span", "finding_span"]

_NAME = re.compile(r"[^\s<>/=\"'{}]+")
_ATTRIBUTE = re.compile(r"""[^\s<>/="']+\s*=\s*(?:"[^"]*"?|'[^']*'?)""")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start``..``end`` of a text (code point offsets)."""

    start: int
    end: int


def _units(text: str, encoding: str) -> int:
    """The length of ``text`` in code units of ``encoding``."""
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


class Lines:
    """The line starts of a text, and conversions between offsets and LSP positions."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def line_end(self, line: int) -> int:
        """Offset of the end of 0-based ``line``, before its line break."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            while end > self.starts[line] and self.text[end - 1] in "\r\n":
                end -= 1
            return end
        return len(self.text)

    def line_of(self, offset: int) -> int:
        """The 0-based line that holds ``offset``."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def offset(self, line: int, character: int) -> int:
        """The offset of an LSP position (clamped to the text, and to the line's end)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.line_end(line)
        segment = self.text[start:end]
        if self.encoding == "utf-32" or segment.isascii():
            return start + min(max(character, 0), len(segment))
        units = 0
        for i, c in enumerate(segment):
            if units >= character:
                return start + i
            units += _units(c, self.encoding)
        return end

    def position(self, offset: int) -> tuple[int, int]:
        """The LSP position (0-based line, character in code units) of ``offset``."""
        offset = min(max(offset, 0), len(self.text))
        line = self.line_of(offset)
        return line, _units(self.text[self.starts[line] : offset], self.encoding)

    def from_line_column(self, line: int, column: int) -> int:
        """The offset of laml's 1-based ``line`` and ``column`` (code points), clamped."""
        index = min(max(line, 1), len(self.starts)) - 1
        start = self.starts[index]
        return min(start + max(column, 1) - 1, self.line_end(index))


def finding_span(lines: Lines, d: Diagnostic) -> Span:
    """What a finding underlines: the attribute (name to closing quote) for an attribute, the
    tag name for an element, the word at its position otherwise, and the line's text when the
    finding gives a line only (a template's rendered documents are reported that way)."""
    text = lines.text
    start = lines.from_line_column(d.line, d.column)
    line = lines.line_of(start)
    end_of_line = lines.line_end(line)
    if "/@" in d.path:
        found = _ATTRIBUTE.match(text, start, end_of_line)
        if found:
            return Span(start, found.end())
    if start < len(text) and text[start] == "<":
        found = _NAME.match(text, start + 1, end_of_line)
        if found:
            return Span(found.start(), found.end())
    if start == end_of_line:  # at the end of a line: the character before it
        return Span(max(start - 1, lines.starts[line]), start)
    if d.column <= 1 and text[start].isspace():
        segment = text[lines.starts[line] : end_of_line]
        stripped = segment.strip()
        if stripped:
            first = lines.starts[line] + segment.index(stripped[0])
            return Span(first, first + len(stripped))
    found = _NAME.match(text, start, end_of_line)
    if found:
        return Span(start, found.end())
    return Span(start, min(start + 1, end_of_line))
