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
#: How many characters before a finding are searched for an ignore comment to extend.
_NEAR = 400
_COMMENT_BEFORE = re.compile(
    r"(<!--\s*laml:\s*ignore\s*=\s*)([A-Za-z0-9_,\s-]*?)(\s*-->)\s*\Z"
)
_FILE_COMMENT = re.compile(r"<!--\s{0,40}laml:\s{0,40}ignore-file\s{0,40}=")
_CODES = re.compile(r"[A-Za-z0-9_,\s-]*")
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
    fix = d.fix
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
    fix = d.fix
    if edits is None or fix is None:
        return None
    title = fix.description + ("" if fix.safe else " (check it: this may change the meaning)")
    return types.CodeAction(
        title=f"{title} ({d.code})",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=_workspace_edit(uri, version, edits),
        is_preferred=fix.safe,
    )


def _fix_all(
    uri: str, version: int | None, lines: Lines, checked: Checked
) -> types.CodeAction | None:
    taken: list[tuple[int, int]] = []
    edits: list[types.TextEdit] = []
    for d, _ in checked.findings:
        fix = d.fix
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
    suppression reads as being about the finding's line (a code added to such a comment when
    there is one), or ``None`` where none can go (inside a start tag begun on an earlier line,
    or in the middle of a text)."""
    text = lines.text
    line = lines.line_of(offset)
    line_start = lines.starts[line]
    if line > 0:  # a comment on the line above already?
        above = text[lines.starts[line - 1] : lines.line_end(line - 1)]
        found = _LINE_COMMENT.fullmatch(above.strip()) if len(above) < _NEAR else None
        if found is not None:
            return _added(found, code, lines, lines.starts[line - 1] + above.index("<"))
    tag = _enclosing_tag(text, offset)
    if tag is None:
        if text[line_start:offset].strip():
            return None  # in a text, after something else on its line
        tag = offset
    if tag < line_start:
        return None
    before = text[line_start:tag]
    near = max(len(before) - _NEAR, 0)  # (the patterns are read on a bounded text)
    found = _COMMENT_BEFORE.search(before[near:])
    if found is not None:
        return _added(found, code, lines, line_start + near)
    if line > 0 and not before.strip():  # the element starts its line: a line above
        comment = f"{before}<!-- laml: ignore={code} -->\n"
        return types.TextEdit(range=_range(lines, line_start, line_start), new_text=comment)
    return types.TextEdit(range=_range(lines, tag, tag), new_text=f"<!-- laml: ignore={code} -->")


def _enclosing_tag(text: str, offset: int) -> int | None:
    """The offset of the ``<`` of the start tag ``offset`` is in (or starts), if any."""
    if text.startswith("<", offset) and not text.startswith(("</", "<!", "<?"), offset):
        return offset
    at = text.rfind("<", 0, offset)
    while at >= 0 and text[at + 1 : at + 2] in ("/", "!", "?"):
        at = text.rfind("<", 0, at)
    if at < 0 or ">" in _outside_quotes(text[at:offset]):
        return None
    return at


def _outside_quotes(text: str) -> str:
    return re.sub(r'"[^"]*"|\'[^\']*\'', "", text)


def _ignore_file_edit(lines: Lines, code: str) -> types.TextEdit:
    text = lines.text
    for found in _FILE_COMMENT.finditer(text):  # (the codes are read without a pattern)
        close = text.find("-->", found.end())
        if close >= 0 and _CODES.fullmatch(text, found.end(), close):
            codes = text[found.end() : close]
            start = found.end() + len(codes) - len(codes.lstrip())
            end = found.end() + len(codes.rstrip())
            listed = [c.strip() for c in codes.split(",") if c.strip()]
            return types.TextEdit(range=_range(lines, start, max(start, end)),
                                  new_text=",".join([*listed, code]))
    declaration = _DECLARATION.match(text)
    if declaration is not None:
        at = declaration.end()
        return types.TextEdit(range=_range(lines, at, at),
                              new_text=f"\n<!-- laml: ignore-file={code} -->")
    return types.TextEdit(range=_range(lines, 0, 0),
                          new_text=f"<!-- laml: ignore-file={code} -->\n")
