"""The one result type of validation and linting, and the fixes a finding may carry.

A :class:`Diagnostic` is a plain, frozen value: where a problem is, what it is, and what
would fix it. A :class:`Fix` is a set of text :class:`Edit`\\ s a lint rule offers with its
finding (``safe`` ones keep the document's meaning; applying them is :mod:`laml.fixing`'s job).
Nothing here knows how diagnostics are printed; formatters live in :mod:`laml.cli`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["SEVERITIES", "Diagnostic", "Edit", "Fix", "Severity"]

Severity = Literal["error", "warning", "info"]

#: Severities from the most to the least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters ``start``..``end`` of the document's text with ``text``.

    Offsets count characters of the decoded text (a byte-order mark excluded); ``start ==
    end`` inserts, an empty ``text`` deletes. ``start`` may be -1 to remove a byte-order mark.
    """

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """What would correct a finding: edits that are applied together, or not at all.

    ``safe`` fixes never change what the document does (``post`` → ``POST``, a list separator,
    a number written in E.164 form); unsafe ones are a likely intent that a person should
    confirm (a voice name's near miss, a URL given a scheme). No fix changes spoken or sent text.
    """

    edits: tuple[Edit, ...]
    description: str
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about a document.

    ``line`` and ``column`` are 1-based. ``path`` locates the element the way XPath does,
    e.g. ``/Response/Gather[1]/Dial[1]``. ``platform_code`` is the error code the platform
    reports for the same problem (12100 not well-formed, 12200 schema, 13221 bad method ...),
    or ``None`` where the platform has none. ``fix`` is the correction a lint rule offers, if
    any.
    """

    code: str
    severity: Severity
    message: str
    line: int = 1
    column: int = 1
    path: str = ""
    hint: str | None = None
    platform_code: int | None = None
    fix: Fix | None = None

    def __str__(self) -> str:
        """``line:column: severity: CODE message (hint) at /Response/Element[1]``."""
        text = f"{self.line}:{self.column}: {self.severity}: {self.code} {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return f"{text} at {self.path}" if self.path else text
