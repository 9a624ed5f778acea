"""The one result type of validation and linting.

A :class:`Diagnostic` is a plain, frozen value: where a problem is, what it is, and what
would fix it. Nothing here knows how diagnostics are printed; formatters live in
:mod:`laml.cli`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["SEVERITIES", "Diagnostic", "Severity"]

Severity = Literal["error", "warning", "info"]

#: Severities from the most to the least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about a document.

    ``line`` and ``column`` are 1-based. ``path`` locates the element the way XPath does,
    e.g. ``/Response/Gather[1]/Dial[1]``. ``platform_code`` is the error code the platform
    reports for the same problem (12100 not well-formed, 12200 schema, 13221 bad method ...),
    or ``None`` where the platform has none.
    """

    code: str
    severity: Severity
    message: str
    line: int = 1
    column: int = 1
    path: str = ""
    hint: str | None = None
    platform_code: int | None = None

    def __str__(self) -> str:
        text = f"{self.line}:{self.column}: {self.code} {self.message}"
        return f"{text} ({self.hint})" if self.hint else text
