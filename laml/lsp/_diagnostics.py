"""Linting an editor's text, and laml's findings as LSP diagnostics.

The text is linted as ``laml lint`` lints the file (the same checks, settings and suppression
comments); each finding becomes a diagnostic with its code, severity, the range it is about,
the hint, and a link to the documentation of its code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from lsprotocol import types

from laml.diagnostics import Diagnostic
from laml.lsp._positions import Lines, Span, finding_span
from laml.lsp._settings import LintSettings
from laml.lsp._specs import detect_channel
from laml.vocabulary import Channel

__all__ = ["SOURCE", "Checked", "check", "docs_link", "to_lsp"]

#: The ``source`` of every diagnostic the server publishes.
SOURCE = "laml"

_DECLARED = re.compile(r"""\A(\ufeff?\s*<\?xml\b[^>]*?)(\s+encoding\s*=\s*(["'])([^"']*)\3)""")
#: How far into the text an XML declaration is looked for.
_HEAD = 512
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


@dataclass(frozen=True, slots=True)
class Checked:
    """The findings in one version of a document, each with the span of text it is about, and
    the channel the document was checked as."""

    findings: tuple[tuple[Diagnostic, Span], ...]
    channel: Channel
    #: the checked text lacks a byte-order mark (1) and ``removed`` characters at
    #: ``removed_at`` (an encoding declaration) that the editor's text has
    bom: int = 0
    removed_at: int = 0
    removed: int = 0

    def editor_offset(self, offset: int) -> int:
        """The offset in the editor's text of ``offset`` in the checked text."""
        moved = offset + self.bom
        return moved + self.removed if self.removed and offset >= self.removed_at else moved


def check(text: str, path: str | None, settings: LintSettings) -> Checked:
    """Lint ``text`` (a document or a template) with ``settings``."""
    from laml.document import load
    from laml.linting import lint_document

    if settings.excluded:
        return Checked((), settings.channel or "voice")
    declared = _DECLARED.match(text[:_HEAD])  # bounded: the pattern can backtrack
    bom = 1 if text.startswith("\ufeff") else 0
    if declared is None or declared.group(4).replace("-", "").lower() == "utf8" or "<" not in text:
        # as bytes: the positions are those of this text (a str loses its declared encoding)
        doc = load(text.encode("utf-8", "surrogatepass"), channel=settings.channel, name=path)
        removed_at, removed = 0, 0
    else:
        doc = load(text, channel=settings.channel, name=path)
        removed_at, removed = declared.end(1) - bom, max(len(text) - bom - len(doc.text), 0)
    found = lint_document(
        doc,
        dialect=settings.dialect,
        channel=settings.channel,
        select=list(settings.select) if settings.select is not None else None,
        ignore=list(settings.ignore) or None,
        options=settings.options or None,
    )
    lines = Lines(text)
    findings = []
    for d in found:
        here = d
        if d.line == 1 and (bom or removed):
            # line 1 of the checked text lacks the byte-order mark and the declared encoding
            column = d.column + bom + (removed if d.column - 1 >= removed_at else 0)
            here = replace(d, column=column)
        findings.append((here, finding_span(lines, here)))
    channel = doc.channel if doc.root is not None or settings.channel else detect_channel(text)
    return Checked(tuple(findings), channel, bom, removed_at, removed)


@cache
def _shipped_docs() -> str | None:
    here = Path(__file__).resolve().parent.parent
    for folder in (here / "docs", here.parent / "docs"):
        if (folder / "rules.md").is_file():
            return folder.as_uri() + "/"
    return None


def docs_link(code: str, base: str | None = None) -> str | None:
    """Where code ``code`` is documented: its section of ``rules.md`` for a rule, the table of
    codes in ``validation.md`` for schema validation, the template checks of ``rules.md``.
    ``base`` is the folder (URL) holding those pages; by default the ones laml ships."""
    from laml.rules import names

    folder = base or _shipped_docs()
    if folder is None:
        return None
    folder = folder if folder.endswith("/") else folder + "/"
    name = names().get(code)
    if name is not None:
        return f"{folder}rules.md#{code.lower()}-{name}"
    if code.startswith("LAML0"):
        return f"{folder}validation.md#codes"
    if code.startswith("LAML2"):
        return f"{folder}rules.md#template-checks"
    return None


def to_lsp(d: Diagnostic, span: Span, lines: Lines, docs: str | None = None) -> types.Diagnostic:
    """The LSP form of finding ``d`` about ``span``."""
    start = lines.position(span.start)
    end = lines.position(span.end)
    href = docs_link(d.code, docs)
    message = d.message + (f" ({d.hint})" if d.hint else "")
    tags = [types.DiagnosticTag.Deprecated] if d.code in _DEPRECATION else None
    return types.Diagnostic(
        range=types.Range(types.Position(*start), types.Position(*end)),
        message=message,
        severity=_SEVERITY[d.severity],
        code=d.code,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        tags=tags,
    )


#: Findings about deprecated vocabulary (editors strike them through).
_DEPRECATION = frozenset({"LAML119", "LAML120"})
