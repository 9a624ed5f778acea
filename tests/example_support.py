"""The example apps of examples/, loaded as modules for the tests that run them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: the signing key the example apps are run with (SIGNALWIRE_SIGNING_KEY)
KEY = "PSK_example_signing_key"


def load_example(name: str, prefix: str) -> ModuleType:
    """A fresh module of ``examples/<name>.py``, registered as ``<prefix><name>``."""
    spec = importlib.util.spec_from_file_location(f"{prefix}{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
