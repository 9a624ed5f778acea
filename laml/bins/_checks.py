"""The one place where bins code asks the linter about contents."""

from __future__ import annotations

from laml.diagnostics import Diagnostic

__all__ = ["lint_errors", "summarize"]


def lint_errors(contents: str) -> list[Diagnostic]:
    """The error-severity findings of :func:`laml.lint` on ``contents`` (a bin template)."""
    from laml.linting import lint

    found: list[Diagnostic] = list(lint(contents))
    return [d for d in found if d.severity == "error"]


def summarize(diagnostics: list[Diagnostic], limit: int = 3) -> str:
    """A one-line account of the first few diagnostics."""
    shown = "; ".join(str(d) for d in diagnostics[:limit])
    more = len(diagnostics) - limit
    return f"{shown}; and {more} more" if more > 0 else shown
