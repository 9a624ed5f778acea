"""laml: build, parse, lint and template Compatibility XML (LaML / TwiML).

The names below are imported on first use, so ``import laml`` stays cheap. ``laml.parse`` and
``laml.validate`` are modules that can be called as their main function.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from laml.diagnostics import Diagnostic
from laml.errors import LamlError, LamlWarning, ParseError, RenderError, TemplateSyntaxError

if TYPE_CHECKING:
    from laml._element import Element, GenericNode
    from laml.fax import FaxResponse
    from laml.messaging import MessagingResponse
    from laml.parse import parse
    from laml.schema import schema_path
    from laml.validate import validate
    from laml.voice import VoiceResponse

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "Element",
    "FaxResponse",
    "GenericNode",
    "LamlError",
    "LamlWarning",
    "MessagingResponse",
    "ParseError",
    "RenderError",
    "TemplateSyntaxError",
    "VoiceResponse",
    "__version__",
    "parse",
    "schema_path",
    "validate",
]

_LAZY = {
    "Element": "laml._element",
    "GenericNode": "laml._element",
    "VoiceResponse": "laml.voice",
    "MessagingResponse": "laml.messaging",
    "FaxResponse": "laml.fax",
    "parse": "laml.parse",
    "schema_path": "laml.schema",
    "validate": "laml.validate",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'laml' has no attribute {name!r}")
    value = importlib.import_module(module)
    if module != f"{__name__}.{name}":
        value = getattr(value, name)
    # ``parse`` and ``validate`` are their (callable) modules: importing a submodule binds the
    # module to the package anyway, so the name means one object whatever was imported first.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
