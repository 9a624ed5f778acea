"""Modules that can be called like the function they are named after.

``laml.parse`` and ``laml.validate`` are functions offered by the package, and also the names of
the modules that define them. Importing such a module binds the *module* to the package
attribute of that name (the import system does so), which would make ``laml.validate(...)``
fail once any code has run ``import laml.validate``. A module marked here passes calls on to
its function, so the package attribute works whichever of the two it holds.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


def make_callable(module_name: str, function: Callable[..., Any]) -> None:
    """Let the module ``module_name`` be called as ``function``."""

    class CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return function(*args, **kwargs)

    CallableModule.__name__ = CallableModule.__qualname__ = f"CallableModule[{function.__name__}]"
    sys.modules[module_name].__class__ = CallableModule
