"""Applying the fixes lint rules offer with their findings.

:func:`apply_fixes` edits a document's text with the fixes of a list of diagnostics (safe ones,
and unsafe ones when asked), skipping any fix whose edits overlap one already taken;
:func:`fix` lints, applies and lints again until nothing more can be fixed, and returns the
fixed document with what was fixed and what remains::

    result = laml.fix('<Response><Redirect method="post">https://example.com/a</Redirect></Response>')
    result.text       # '<Response><Redirect method="POST">https://example.com/a</Redirect></Response>'
    result.fixed      # the LAML111 finding
    result.remaining  # []

Templates are not fixed: their findings come from rendered documents, whose text is not the
template's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from laml.diagnostics import Diagnostic, Edit, Fix

if TYPE_CHECKING:
    from laml.document import Source
    from laml.settings import RuleOptions, Settings
    from laml.vocabulary import Dialect

__all__ = ["FixResult", "apply_fixes", "fix", "fix_bytes", "fixable"]

#: Lint-and-fix rounds at most (a fix may make another one possible).
MAX_ROUNDS = 10

_BOM = b"\xef\xbb\xbf"
_ENCODING = re.compile(
    rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']"""
)


def fixable(d: Diagnostic, unsafe: bool = False) -> bool:
    """Whether ``d`` carries a fix that would be applied (safe, or any with ``unsafe``)."""
    return d.fix is not None and (unsafe or d.fix.safe)


def apply_fixes(
    text: str, diagnostics: Iterable[Diagnostic], *, unsafe: bool = False
) -> tuple[str, list[Diagnostic], bool]:
    """``text`` with the fixes of ``diagnostics`` applied.

    Returns the new text, the diagnostics whose fixes were applied, and whether the byte-order
    mark is to be removed. Fixes are taken in the order of their first edit; one that overlaps
    a fix already taken waits for the next round.
    """
    taken: list[tuple[Fix, Diagnostic]] = []
    used: list[tuple[int, int]] = []
    candidates = sorted(
        (d for d in diagnostics if d.fix is not None and fixable(d, unsafe)),
        key=lambda d: min(e.start for e in d.fix.edits) if d.fix and d.fix.edits else 0,
    )
    seen: set[Fix] = set()
    for d in candidates:
        assert d.fix is not None
        if d.fix in seen or not d.fix.edits:
            continue
        spans = [(e.start, e.end) for e in d.fix.edits]
        if any(_overlap(a, b) for a in spans for b in used):
            continue
        seen.add(d.fix)
        used.extend(spans)
        taken.append((d.fix, d))
    edits: list[Edit] = sorted(
        (e for f, _ in taken for e in f.edits), key=lambda e: (e.start, e.end), reverse=True
    )
    drop_bom = False
    for edit in edits:
        if edit.start < 0:
            drop_bom = True
            continue
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text, [d for _, d in taken], drop_bom


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a == b:
        return True
    return a[0] < b[1] and b[0] < a[1]


def _encoding(data: bytes) -> str:
    found = _ENCODING.match(data[:200])
    return found.group(1).decode("ascii") if found else "utf-8"


@dataclass(frozen=True)
class FixResult:
    """A document after fixing: its text (and ``data``, bytes in its own encoding), the
    diagnostics whose fixes were applied, and the diagnostics that remain."""

    text: str
    data: bytes
    fixed: tuple[Diagnostic, ...]
    remaining: tuple[Diagnostic, ...]

    @property
    def changed(self) -> bool:
        """Whether any fix was applied."""
        return bool(self.fixed)


def fix_bytes(
    data: bytes,
    lint: Callable[[bytes], Iterable[Diagnostic]],
    *,
    unsafe: bool = False,
    found: list[Diagnostic] | None = None,
) -> FixResult:
    """Fix document ``data`` with the diagnostics that ``lint(data)`` returns.

    ``lint`` is a function from bytes to diagnostics (the caller's settings applied);
    ``found`` is its result for ``data`` when already known. Documents in UTF-16 or UTF-32,
    templates, and documents that are not well-formed (for fixes other than their text rules')
    are returned as they are when no fix applies.
    """
    from laml.document import load

    diagnostics = list(found) if found is not None else list(lint(data))
    fixed: list[Diagnostic] = []
    text: str | None = None
    for _ in range(MAX_ROUNDS):
        if not any(fixable(d, unsafe) for d in diagnostics):
            break
        if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
            break  # wide encodings are left alone
        doc = load(data)
        new_text, applied, drop_bom = apply_fixes(doc.text, diagnostics, unsafe=unsafe)
        if not applied:
            break
        if drop_bom or new_text.startswith("\ufeff"):
            new_text = new_text.removeprefix("\ufeff") if drop_bom else new_text
        encoding = _encoding(data)
        try:
            body = new_text.encode(encoding, "xmlcharrefreplace")
        except LookupError:
            break
        bom = data.startswith(_BOM) and not drop_bom and not new_text.startswith("\ufeff")
        new_data = (_BOM if bom else b"") + body
        if new_data == data:
            break
        fixed.extend(applied)
        data = new_data
        text = new_text
        diagnostics = list(lint(data))
    if text is None:
        text = load(data).text if fixed else ""
    return FixResult(text, data, tuple(fixed), tuple(diagnostics))


def fix(
    source: Source,
    *,
    unsafe: bool = False,
    dialect: Dialect | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    options: Mapping[str, RuleOptions] | None = None,
    settings: Settings | Mapping[str, object] | None = None,
) -> FixResult:
    """Lint ``source`` (text, bytes or a path) and apply the safe fixes of the findings (and
    the unsafe ones with ``unsafe=True``) until none is left; see :func:`laml.lint` for the
    other arguments. The source itself is never written to: the result holds the new text."""
    import os

    from laml.document import load
    from laml.linting import lint
    from laml.parsing import read_source

    name = os.fspath(source) if isinstance(source, os.PathLike) else None
    data = source if isinstance(source, bytes) else read_source(source)  # type: ignore[arg-type]

    def check(data: bytes) -> list[Diagnostic]:
        return lint(data, dialect=dialect, select=select, ignore=ignore, options=options,
                    settings=settings, name=name)

    result = fix_bytes(data, check, unsafe=unsafe)
    text = result.text if result.fixed else load(data).text
    if isinstance(source, str) and "<" in source:
        text = _declared_encoding_back(source, text)
        return FixResult(text, text.encode("utf-8"), result.fixed, result.remaining)
    return FixResult(text, result.data, result.fixed, result.remaining)


def _declared_encoding_back(source: str, text: str) -> str:
    """Text given as ``str`` is checked without the encoding its declaration names (it is
    decoded already); put that back where it was."""
    from laml.parsing import encoding_declaration

    found = encoding_declaration(source)
    if found is None:
        return text
    head = source[: found.start()].lstrip("\ufeff").lstrip()
    at = text.find(head)
    if at < 0:
        return text
    at += len(head)
    declared = source[found.start() : found.end()]
    if text.startswith(declared, at):  # kept: an encoding the checks refuse is never dropped
        return text
    return text[:at] + declared + text[at:]
