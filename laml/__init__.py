"""laml: build, parse, lint and template Compatibility XML (LaML / TwiML)."""

from __future__ import annotations

from laml.diagnostics import Diagnostic
from laml.errors import LamlError, LamlWarning, ParseError, RenderError, TemplateSyntaxError

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "LamlError",
    "LamlWarning",
    "ParseError",
    "RenderError",
    "TemplateSyntaxError",
    "__version__",
]
