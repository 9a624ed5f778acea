"""Formatting: the layout ``laml fmt`` writes, as the few edits that turn the text into it."""

from __future__ import annotations

from lsprotocol import types

from laml.lsp._positions import Lines

__all__ = ["format_edits"]


def format_edits(lines: Lines) -> list[types.TextEdit]:
    """The edits that give the text the canonical layout (none when it has it already).

    Raises :class:`laml.ParseError` when the text is not a well-formed document. The edit
    replaces only the lines between the first and the last that change, so that the editor
    keeps its place in the rest.
    """
    from laml.format import format_document

    text = lines.text
    source: str | bytes = text if "<" in text else text.encode("utf-8", "surrogatepass")
    formatted = format_document(source)
    if formatted == text:
        return []
    old = text.splitlines(keepends=True)
    new = formatted.splitlines(keepends=True)
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while (tail < min(len(old), len(new)) - head
           and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]):
        tail += 1
    start = sum(len(s) for s in old[:head])
    end = len(text) - sum(len(s) for s in old[len(old) - tail :])
    replacement = "".join(new[head : len(new) - tail])
    where = types.Range(types.Position(*lines.position(start)),
                        types.Position(*lines.position(end)))
    return [types.TextEdit(range=where, new_text=replacement)]
