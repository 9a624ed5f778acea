"""laml: build, parse, lint and template Compatibility XML (LaML / TwiML).

``parse``, ``validate``, ``lint`` and ``render_bin`` are imported here, together with the modules
of the same name (so the package attribute is the function, whatever is imported later); the
builder classes, ``schema_path``, ``fix`` and ``Settings`` are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from laml.diagnostics import Diagnostic
from laml.errors import LamlError, LamlWarning, ParseError, RenderError, TemplateSyntaxError
from laml.linting import lint
from laml.parsing import parse
from laml.render import render_bin
from laml.validation import validate

if TYPE_CHECKING:
    from laml._element import Element, GenericNode
    from laml.fax import FaxResponse
    from laml.fixing import FixResult, fix
    from laml.messaging import MessagingResponse
    from laml.schema import schema_path
    from laml.settings import Settings, SettingsError
    from laml.voice import VoiceResponse

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "Element",
    "FaxResponse",
    "FixResult",
    "GenericNode",
    "LamlError",
    "LamlWarning",
    "MessagingResponse",
    "ParseError",
    "RenderError",
    "Settings",
    "SettingsError",
    "TemplateSyntaxError",
    "VoiceResponse",
    "__version__",
    "fix",
    "lint",
    "parse",
    "render_bin",
    "schema_path",
    "validate",
]

_LAZY = {
    "Element": "laml._element",
    "GenericNode": "laml._element",
    "VoiceResponse": "laml.voice",
    "MessagingResponse": "laml.messaging",
    "FaxResponse": "laml.fax",
    "schema_path": "laml.schema",
    "fix": "laml.fixing",
    "FixResult": "laml.fixing",
    "Settings": "laml.settings",
    "SettingsError": "laml.settings",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'laml' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
