"""laml: build, parse, lint and template Compatibility XML (LaML / TwiML).

Importing the package costs next to nothing: the errors are defined here, everything else
(the builder classes, ``parse``, ``validate``, ``lint``, ``render_bin`` ...) is imported on
first use, so a webhook that only builds responses never loads the linter or the validator.
"""

from __future__ import annotations

from laml.errors import LamlError, LamlWarning, ParseError, RenderError, TemplateSyntaxError

TYPE_CHECKING = False  # (not typing's: importing typing costs a cold start)
if TYPE_CHECKING:
    from laml._element import Comment, Element, GenericNode, ProcessingInstruction
    from laml.diagnostics import Diagnostic
    from laml.fax import FaxResponse
    from laml.linting import lint
    from laml.messaging import MessagingResponse
    from laml.parsing import parse
    from laml.render import render_bin
    from laml.schema import schema_path
    from laml.validation import validate
    from laml.voice import VoiceResponse

__version__ = "0.1.0"

__all__ = [
    "Comment",
    "Diagnostic",
    "Element",
    "FaxResponse",
    "GenericNode",
    "LamlError",
    "LamlWarning",
    "MessagingResponse",
    "ParseError",
    "ProcessingInstruction",
    "RenderError",
    "TemplateSyntaxError",
    "VoiceResponse",
    "__version__",
    "lint",
    "parse",
    "render_bin",
    "schema_path",
    "validate",
]

_LAZY = {
    "Comment": "laml._element",
    "Diagnostic": "laml.diagnostics",
    "Element": "laml._element",
    "GenericNode": "laml._element",
    "ProcessingInstruction": "laml._element",
    "VoiceResponse": "laml.voice",
    "MessagingResponse": "laml.messaging",
    "FaxResponse": "laml.fax",
    "lint": "laml.linting",
    "parse": "laml.parsing",
    "render_bin": "laml.render",
    "schema_path": "laml.schema",
    "validate": "laml.validation",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'laml' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
