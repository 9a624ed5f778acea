"""Exception and warning types raised by laml.

Every error laml raises on purpose derives from :class:`LamlError`, so callers can catch
them all at once. Errors that carry a position give a 1-based ``line`` and ``column``.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (not typing's: importing typing costs a cold start)
if TYPE_CHECKING:
    from collections.abc import Sequence

    from laml.diagnostics import Diagnostic

__all__ = [
    "LamlError",
    "LamlWarning",
    "ParseError",
    "RenderError",
    "TemplateSyntaxError",
]


class LamlError(Exception):
    """Base class of every error raised by laml."""


class LamlWarning(UserWarning):
    """A builder call that still renders but is probably a mistake (an unknown attribute, say)."""


class ParseError(LamlError, ValueError):
    """A document that is not well-formed XML, or that laml refuses to read.

    laml refuses DTDs, entity declarations and oversized documents.
    """

    def __init__(self, message: str, line: int = 1, column: int = 1, platform_code: int = 12100):
        super().__init__(f"{message} (line {line}, column {column})")
        self.message = message
        self.line = line
        self.column = column
        self.platform_code = platform_code


class TemplateSyntaxError(LamlError, ValueError):
    """A mustache template that cannot be parsed (unclosed section, bad delimiter tag, ...)."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(f"{message} (line {line}, column {column})")
        self.message = message
        self.line = line
        self.column = column


class RenderError(LamlError):
    """A rendered template that is not a valid document; ``diagnostics`` says why.

    ``document`` is the rendered text when rendering got that far (what the platform would
    serve), else None.
    """

    def __init__(
        self, message: str, diagnostics: Sequence[Diagnostic] = (), document: str | None = None
    ):
        super().__init__(message)
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        self.document = document
