"""Code actions: the fixes lint rules offer, and "ignore this rule here".

For each finding in the requested range:

* its fix, when its rule offers one (a quick fix; the safe ones are preferred);
* ``<!-- laml: ignore=CODE -->`` for the element it is about: on its own line above the
  finding when the finding starts its line, else just before the element's start tag on the
  same line (a code is added to a comment that is already there);
* ``<!-- laml: ignore-file=CODE -->`` for the whole document, after the XML declaration.

And, for the document as a whole, ``source.fixAll.laml``: every safe fix at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lsprotocol import types

from laml.diagnostics import Diagnostic
from laml.lsp._diagnostics import Checked
from laml.lsp._positions import Lines, Span

__all__ = ["FIX_ALL", "code_actions", "ignore_edit"]

#: The kind of the action that applies every safe fix.
FIX_ALL = "source.fixAll.laml"

_LINE_COMMENT = re.compile(r"(<!--\s*laml:\s*ignore\s*=\s*)([A-Za-z0-9_,\s-]*?)(\s*-->)")
_FILE_COMMENT = re.compile(r"(<!--\s*laml:\s*ignore-file\s*=\s*)([A-Za-z0-9_,\s-]*?)(\s*-->)")
_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]{0,400}?\?>")


def _range(lines: Lines, start: int, end: int) -> types.Range:
    return types.Range(types.Position(*lines.position(start)), types.Position(*lines.position(end)))


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return p.line, p.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def _workspace_edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> (
    types.WorkspaceEdit
):
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(document_changes=[
        types.TextDocumentEdit(text_document=document, edits=list(edits))
    ])


def code_actions(
    uri: str,
    version: int | None,
    lines: Lines,
    checked: Checked,
    requested: types.Range,
    published: Sequence[types.Diagnostic],
    only: Sequence[str] | None = None,
) -> list[types.CodeAction]:
    """The code actions for the findings of ``checked`` in range ``requested``.

    ``published`` are the diagnostics as published (attached to each action about them);
    ``only`` restricts the kinds (``quickfix``, ``source.fixAll``) as the client asks.
    """
    def wanted(kind: str) -> bool:
        return not only or any(kind == k or kind.startswith(k + ".") for k in only)

    out: list[types.CodeAction] = []
    if wanted(types.CodeActionKind.QuickFix):
        for (d, span), diagnostic in zip(checked.findings, published, strict=False):
            if not _overlaps(diagnostic.range, requested):
                continue
            fix = _fix_action(uri, version, lines, checked, d, diagnostic)
            if fix is not None:
                out.append(fix)
            out.extend(_ignore_actions(uri, version, lines, d, span, diagnostic))
    if wanted(FIX_ALL):
        every = _fix_all(uri, version, lines, checked)
        if every is not None:
            out.append(every)
    return out


# ---------------------------------------------------------------------------------- fixes


def _edits(lines: Lines, checked: Checked, d: Diagnostic) -> list[types.TextEdit] | None:
    """The text edits of ``d``'s fix in this text's positions, or ``None`` without a fix."""
    fix = getattr(d, "fix", None)
    if fix is None or not fix.edits:
        return None
    edits = []
    for edit in fix.edits:
        start = 0 if edit.start < 0 else checked.editor_offset(edit.start)
        end = checked.editor_offset(edit.end) if edit.start >= 0 else 1
        edits.append(types.TextEdit(range=_range(lines, start, end), new_text=edit.text))
    return edits


def _fix_action(
    uri: str, version: int | None, lines: Lines, checked: Checked, d: Diagnostic,
    diagnostic: types.Diagnostic,
) -> types.CodeAction | None:
    edits = _edits(lines, checked, d)
    fix = getattr(d, "fix", None)
    if edits is None or fix is None:
        return None
    title = fix.description + ("" if fix.safe else " (check it: this may change the meaning)")
    return types.CodeAction(
        title=f"{title} ({d.code})",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=_workspace_edit(uri, version, edits),
        is_preferred=bool(fix.safe),
    )


def _fix_all(
    uri: str, version: int | None, lines: Lines, checked: Checked
) -> types.CodeAction | None:
    taken: list[tuple[int, int]] = []
    edits: list[types.TextEdit] = []
    for d, _ in checked.findings:
        fix = getattr(d, "fix", None)
        if fix is None or not fix.safe:
            continue
        spans = [(e.start, e.end) for e in fix.edits]
        if any((a < y and x < b) or (a, b) == (x, y) for a, b in spans for x, y in taken):
            continue  # overlaps a fix already taken: the next round would take it
        found = _edits(lines, checked, d)
        if found:
            taken.extend(spans)
            edits.extend(found)
    if not edits:
        return None
    return types.CodeAction(
        title="Fix every safe finding (laml)",
        kind=FIX_ALL,
        edit=_workspace_edit(uri, version, edits),
    )


# --------------------------------------------------------------------------------- ignore


def _ignore_actions(
    uri: str, version: int | None, lines: Lines, d: Diagnostic, span: Span,
    diagnostic: types.Diagnostic,
) -> Iterable[types.CodeAction]:
    here = ignore_edit(lines, d.code, span.start)
    if here is not None:
        yield types.CodeAction(
            title=f"Ignore {d.code} here",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=_workspace_edit(uri, version, [here]),
        )
    yield types.CodeAction(
        title=f"Ignore {d.code} in this file",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=_workspace_edit(uri, version, [_ignore_file_edit(lines, d.code)]),
    )


def _added(match: re.Match[str], code: str, lines: Lines, base: int) -> types.TextEdit:
    codes = [c.strip() for c in match.group(2).split(",") if c.strip()]
    start, end = base + match.start(2), base + match.end(2)
    return types.TextEdit(range=_range(lines, start, end), new_text=",".join([*codes, code]))


def ignore_edit(lines: Lines, code: str, offset: int) -> types.TextEdit | None:
    """The edit that silences ``code`` for the finding at ``offset``: a comment the
    suppression reads as being about the finding's line, or ``None`` where none can go (the
    finding is inside a start tag that began on an earlier line)."""
    text = lines.text
    line = lines.line_of(offset)
    line_start = lines.starts[line]
    before = text[line_start:offset]
    if line > 0:  # a comment on the line above already?
        above = text[lines.starts[line - 1] : lines.line_end(line - 1)]
        found = _LINE_COMMENT.fullmatch(above.strip())
        if found is not None:
            base = lines.starts[line - 1] + above.index(found.group(0)[0])
            return _added(found, code, lines, base)
    tag = len(before) if not before.strip() else _tag_start(before)
    if tag is None:
        return None
    if line > 0 and not before[:tag].strip():  # the element starts its line: a line above
        comment = f"{before[:tag]}<!-- laml: ignore={code} -->\n"
        return types.TextEdit(range=_range(lines, line_start, line_start), new_text=comment)
    at = line_start + tag
    return types.TextEdit(range=_range(lines, at, at), new_text=f"<!-- laml: ignore={code} -->")


def _tag_start(before: str) -> int | None:
    """The offset in ``before`` of the ``<`` of the start tag it ends inside, if it does."""
    at = before.rfind("<")
    while at >= 0 and before[at + 1 : at + 2] in ("/", "!", "?"):
        at = before.rfind("<", 0, at)
    if at < 0 or ">" in _outside_quotes(before[at:]):
        return None
    return at


def _outside_quotes(text: str) -> str:
    return re.sub(r'"[^"]*"|\'[^\']*\'', "", text)


def _ignore_file_edit(lines: Lines, code: str) -> types.TextEdit:
    text = lines.text
    found = _FILE_COMMENT.search(text)
    if found is not None:
        return _added(found, code, lines, 0)
    declaration = _DECLARATION.match(text)
    if declaration is not None:
        at = declaration.end()
        return types.TextEdit(range=_range(lines, at, at),
                              new_text=f"\n<!-- laml: ignore-file={code} -->")
    return types.TextEdit(range=_range(lines, 0, 0),
                          new_text=f"<!-- laml: ignore-file={code} -->\n")
