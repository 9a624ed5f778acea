"""What ``laml call`` and ``laml graph`` run against, from the command line's TARGET.

``http://...`` / ``https://...`` is a URL; an existing file or folder is documents;
``module:attr`` (or ``path/to/app.py:attr``, or ``module:factory()``) names a WSGI or ASGI app,
imported with the current folder on ``sys.path`` as ``flask`` and ``uvicorn`` do.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from laml.simulate import Simulator

__all__ = ["TargetError", "add_simulator_options", "load_target", "make_simulator",
           "write_json"]

_APP = re.compile(r"^(?P<module>[^:]+):(?P<attr>[A-Za-z_][A-Za-z0-9_.]*)(?P<call>\(\))?$")


class TargetError(Exception):
    """A TARGET that names nothing usable (a usage error)."""


def _import(module: str) -> Any:
    if module.endswith(".py") or "/" in module or "\\" in module:
        path = Path(module if module.endswith(".py") else module + ".py")
        if not path.is_file():
            raise TargetError(f"no such file: {path}")
        name = "laml_app_" + re.sub(r"\W", "_", path.stem)
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise TargetError(f"cannot import {path}")
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[name] = loaded
        sys.path.insert(0, str(path.resolve().parent))
        spec.loader.exec_module(loaded)
        return loaded
    if "" not in sys.path and str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))
    return importlib.import_module(module)


def load_target(spec: str) -> Any:
    """The target named by ``spec``: a URL (str), a path (Path) or an app object."""
    if spec.startswith(("http://", "https://")):
        return spec
    path = Path(spec)
    if path.exists():
        return path
    match = _APP.match(spec)
    if match is None:
        raise TargetError(f"{spec!r} is not a URL, an existing file or folder, or module:attr")
    try:
        module = _import(match["module"])
    except TargetError:
        raise
    except Exception as exc:  # whatever the user's module raises while importing
        raise TargetError(f"cannot import {match['module']}: {type(exc).__name__}: {exc}"
                          ) from None
    target: Any = module
    for part in match["attr"].split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise TargetError(f"{match['module']} has no attribute {match['attr']!r}") from None
    if match["call"]:
        try:
            target = target()
        except Exception as exc:
            raise TargetError(f"{match['attr']}() raised {type(exc).__name__}: {exc}") from None
    if not callable(target):
        raise TargetError(f"{spec} is not an app (a WSGI or ASGI callable)")
    return target


def add_simulator_options(parser: argparse.ArgumentParser) -> None:
    """The options of how requests are made: the signing key, the dialect, the base URL."""
    parser.add_argument("--signing-key", metavar="KEY",
                        help="sign requests with KEY (default: $SIGNALWIRE_SIGNING_KEY, or "
                        "$TWILIO_AUTH_TOKEN with --dialect twilio; prefer the variable, a "
                        "command line is visible to other users)")
    parser.add_argument("--dialect", choices=("signalwire", "twilio"), default="signalwire",
                        help="platform: its signature header and lint dialect "
                        "(default: signalwire)")
    parser.add_argument("--base-url", metavar="URL",
                        help="where an app or folder is served (default: http://localhost)")


def _signing_key(args: argparse.Namespace) -> str | None:
    if args.signing_key:
        key: str = args.signing_key
        return key
    names = ("TWILIO_AUTH_TOKEN", "SIGNALWIRE_SIGNING_KEY") if args.dialect == "twilio" \
        else ("SIGNALWIRE_SIGNING_KEY", "TWILIO_AUTH_TOKEN")
    return next((os.environ[n] for n in names if os.environ.get(n)), None)


def make_simulator(args: argparse.Namespace) -> Simulator:
    """The simulator for ``args.target``; raises :class:`TargetError` for a usage problem."""
    from laml.simulate import SimulationError, Simulator

    target = load_target(args.target)
    try:
        return Simulator(target, base_url=args.base_url, signing_key=_signing_key(args),
                         dialect=args.dialect)
    except (ValueError, TypeError, SimulationError) as exc:
        raise TargetError(str(exc)) from None


def write_json(data: Any) -> None:
    """``data`` as indented JSON on standard output."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
