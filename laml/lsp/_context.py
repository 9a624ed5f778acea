"""What the cursor is in: a tag name, an attribute, a value, text, a ``{{ }}`` tag, a comment.

:func:`scan` reads the text before the cursor once, left to right (linear in its length, no
regular expression that can backtrack), keeping the stack of open elements, and describes
the unfinished piece of markup the cursor is in. It works on documents that are not
well-formed, which is what a document being typed mostly is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Cursor", "Kind", "Word", "attributes_after", "scan", "word_at"]

Kind = Literal["text", "element", "close", "attribute", "value", "template", "comment", "other"]

_SPACE = " \t\r\n"
_NAME_END = " \t\r\n/>=\"'<"
_SIGILS = "#^/&{!>"


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the cursor is.

    ``stack`` holds the tags of the open elements around the cursor, outermost first (for a
    tag being written, those around that tag). ``prefix`` is what was typed so far of the name,
    value or variable, starting at offset ``start``. ``tag`` is the element whose attributes
    are being written, ``attribute`` the attribute whose value is, ``present`` the attributes
    the tag already has. ``siblings`` counts the children of the innermost open element that
    come before the cursor, by tag. ``section`` is the sigil of a template tag (``#``, ``^``,
    ``/``, ``&``, ``{``) or empty; ``quote`` the quote around a value being written (empty
    when none was typed yet).
    """

    kind: Kind
    stack: tuple[str, ...] = ()
    prefix: str = ""
    start: int = 0
    tag: str | None = None
    attribute: str | None = None
    present: frozenset[str] = frozenset()
    siblings: dict[str, int] = field(default_factory=dict)
    section: str = ""
    quote: str = ""


@dataclass
class _Frame:
    tag: str
    counts: dict[str, int] = field(default_factory=dict)


def _skip_space(text: str, j: int, end: int) -> int:
    while j < end and text[j] in _SPACE:
        j += 1
    return j


def _name_end(text: str, j: int, end: int) -> int:
    while j < end and text[j] not in _NAME_END:
        j += 1
    return j


def _template(segment: str, base: int) -> tuple[str, str, int] | None:
    """(section sigil, typed name, its start) when ``segment`` ends inside ``{{ ...``."""
    opened = segment.rfind("{{")
    if opened < 0 or "}}" in segment[opened:]:
        return None
    j = opened + 2
    sigil = ""
    while j < len(segment) and (segment[j] in _SIGILS or segment[j] in _SPACE):
        if segment[j] in _SIGILS and not sigil:
            sigil = segment[j]
        j += 1
    name = segment[j:]
    if any(c in _SPACE or c == "}" for c in name):
        return None
    return sigil, name, base + j


def _stack(frames: list[_Frame]) -> tuple[str, ...]:
    return tuple(f.tag for f in frames)


def _siblings(frames: list[_Frame]) -> dict[str, int]:
    return dict(frames[-1].counts) if frames else {}


def _count(frames: list[_Frame], tag: str) -> None:
    if frames:
        counts = frames[-1].counts
        counts[tag] = counts.get(tag, 0) + 1


def scan(text: str, offset: int) -> Cursor:
    """Describe the position ``offset`` of ``text`` (see :class:`Cursor`)."""
    end = min(max(offset, 0), len(text))
    frames: list[_Frame] = []
    pos = 0
    while True:
        lt = text.find("<", pos, end)
        if lt < 0:
            return _in_text(text, pos, end, frames)
        if text.startswith("<!--", lt):
            close = text.find("-->", lt + 4, end)
            if close < 0 or close + 3 > end:
                return Cursor("comment", _stack(frames), text[lt + 4 : end], lt + 4)
            pos = close + 3
            continue
        if text.startswith(("<![CDATA[", "<?", "<!"), lt):
            closing = "]]>" if text.startswith("<![CDATA[", lt) else "?>" if text[lt + 1] == "?" \
                else ">"
            close = text.find(closing, lt + 2, end)
            if close < 0:
                return Cursor("other", _stack(frames))
            pos = close + len(closing)
            continue
        if text.startswith("</", lt):
            close = text.find(">", lt + 2, end)
            if close < 0:
                typed = text[lt + 2 : end]
                if _name_end(typed, 0, len(typed)) == len(typed):
                    return Cursor("close", _stack(frames), typed, lt + 2)
                return Cursor("other", _stack(frames))
            name = text[lt + 2 : close].strip()
            tags = _stack(frames)
            if name in tags:
                while frames and frames.pop().tag != name:
                    pass
            pos = close + 1
            continue
        found = _start_tag(text, lt, end, frames)
        if isinstance(found, Cursor):
            return found
        pos = found


def _start_tag(text: str, lt: int, end: int, frames: list[_Frame]) -> Cursor | int:
    """Read the start tag at ``lt``: the offset after it, or the cursor when it lies inside."""
    j = _name_end(text, lt + 1, end)
    if j == end:
        return Cursor("element", _stack(frames), text[lt + 1 : end], lt + 1,
                      siblings=_siblings(frames))
    tag = text[lt + 1 : j]
    present: set[str] = set()

    def cursor(kind: Kind, prefix: str, start: int, **more: str) -> Cursor:
        return Cursor(kind, _stack(frames), prefix, start, tag=tag,
                      present=frozenset(present), siblings=_siblings(frames), **more)

    while True:
        j = _skip_space(text, j, end)
        if j == end:
            return cursor("attribute", "", end)
        c = text[j]
        if c == ">":
            _count(frames, tag)
            frames.append(_Frame(tag))
            return j + 1
        if c == "/":
            if j + 1 < end and text[j + 1] == ">":
                _count(frames, tag)
                return j + 2
            j += 1
            continue
        if c == "<":  # a tag never closed: the next one starts here
            _count(frames, tag)
            frames.append(_Frame(tag))
            return j
        k = _name_end(text, j, end)
        if k == end:
            return cursor("attribute", text[j:end], j)
        if k == j:  # a stray quote or "="
            j += 1
            continue
        name = text[j:k]
        present.add(name)
        j = _skip_space(text, k, end)
        if j == end:
            return cursor("attribute", "", end)
        if text[j] != "=":
            continue
        j = _skip_space(text, j + 1, end)
        if j == end:
            return cursor("value", "", end, attribute=name)
        quote = text[j]
        if quote in "\"'":
            close = text.find(quote, j + 1, end)
            if close < 0:
                typed = text[j + 1 : end]
                inside = _template(typed, j + 1)
                if inside is not None:
                    sigil, prefix, start = inside
                    return cursor("template", prefix, start, section=sigil, attribute=name)
                return cursor("value", typed, j + 1, attribute=name, quote=quote)
            j = close + 1
        else:
            j = _name_end(text, j, end)


def _in_text(text: str, pos: int, end: int, frames: list[_Frame]) -> Cursor:
    inside = _template(text[pos:end], pos)
    if inside is not None:
        sigil, prefix, start = inside
        return Cursor("template", _stack(frames), prefix, start, siblings=_siblings(frames),
                      section=sigil)
    return Cursor("text", _stack(frames), "", end, siblings=_siblings(frames))


@dataclass(frozen=True, slots=True)
class Word:
    """The name under the cursor: its text and span."""

    text: str
    start: int
    end: int


def word_at(text: str, offset: int) -> Word | None:
    """The tag, attribute, value or variable name around ``offset``, if any."""
    def part(c: str) -> bool:
        return c.isalnum() or c in "_:.-@+"

    start = end = min(max(offset, 0), len(text))
    while start > 0 and part(text[start - 1]):
        start -= 1
    while end < len(text) and part(text[end]):
        end += 1
    if start == end:
        return None
    return Word(text[start:end], start, end)


def attributes_after(
    text: str, offset: int, *, typing: bool = False, limit: int = 1 << 16
) -> frozenset[str]:
    """The attribute names between ``offset`` (inside a start tag, between attributes) and
    the end of that tag; with ``typing``, the cursor is inside a name, which is left out."""
    end = min(len(text), offset + limit)
    j = _name_end(text, offset, end) if typing else offset
    names: set[str] = set()
    while True:
        j = _skip_space(text, j, end)
        if j >= end or text[j] in "<>" or text.startswith("/>", j):
            return frozenset(names)
        k = _name_end(text, j, end)
        if k == j:
            j += 1
            continue
        names.add(text[j:k])
        j = _skip_space(text, k, end)
        if j < end and text[j] == "=":
            j = _skip_space(text, j + 1, end)
            if j < end and text[j] in "\"'":
                close = text.find(text[j], j + 1, end)
                if close < 0:
                    return frozenset(names)
                j = close + 1
            else:
                j = _name_end(text, j, end)
