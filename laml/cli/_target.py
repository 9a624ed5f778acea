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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from laml.simulate import Simulator

__all__ = [
    "TargetError",
    "add_simulator_options",
    "load_target",
    "make_simulator",
    "request_path",
    "signing_key_for_app",
    "start_of_folder",
    "write_json",
]

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


def _names_an_app(spec: str) -> bool:
    """Whether ``spec`` names an app (``module:attr``) rather than a URL, file or folder."""
    return not spec.startswith(("http://", "https://")) and not Path(spec).exists() \
        and _APP.match(spec) is not None


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
                        "$TWILIO_AUTH_TOKEN with --dialect twilio; an app run by laml with "
                        "neither set gets a test key in its environment; prefer the variable, "
                        "a command line is visible to other users)")
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


@contextmanager
def signing_key_for_app(args: argparse.Namespace) -> Iterator[None]:
    """With no key given and an app as the target, the app is run with
    :data:`laml.simulate.TEST_SIGNING_KEY` in this process's environment (where the checks of
    ``laml.webhooks`` look for their key), and :func:`make_simulator` signs with it."""
    if _signing_key(args) is not None or not _names_an_app(args.target):
        yield
        return
    from laml.simulate import TEST_SIGNING_KEY

    name = "TWILIO_AUTH_TOKEN" if args.dialect == "twilio" else "SIGNALWIRE_SIGNING_KEY"
    os.environ[name] = TEST_SIGNING_KEY
    try:
        yield
    finally:
        os.environ.pop(name, None)


def make_simulator(args: argparse.Namespace) -> Simulator:
    """The simulator for ``args.target``; raises :class:`TargetError` for a usage problem."""
    from laml.simulate import SimulationError, Simulator

    target = load_target(args.target)
    try:
        return Simulator(target, base_url=args.base_url, signing_key=_signing_key(args),
                         dialect=args.dialect)
    except (ValueError, TypeError, SimulationError) as exc:
        raise TargetError(str(exc)) from None


def request_path(path: str) -> str:
    """``path`` as a URL path: white space and other characters a URL cannot hold are
    percent-encoded (``/Main IVR.xml`` -> ``/Main%20IVR.xml``); ``%`` escapes are kept."""
    return quote(path, safe="/:?#[]@!$&'()*+,;=%~")


def start_of_folder(simulator: Simulator) -> str | None:
    """Why a call into a folder target cannot start at its root (no index document), naming
    the documents it could start at; None when it can."""
    from laml.simulate import Folder

    folder = next((f for f in simulator.fetcher.fetchers if isinstance(f, Folder)), None)
    if folder is None or folder.file_for(simulator.entry) is not None:
        return None
    names = [folder.url_of(p)[len(folder.base_url):] for p in folder.documents()]
    listed = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
    return (f"{folder.root} has no index.xml: say which document the call starts at with "
            f"--path ({listed or 'the folder holds no document'})")


def write_json(data: Any) -> None:
    """``data`` as indented JSON on standard output."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
