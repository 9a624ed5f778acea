"""``laml call``: simulate a call (or a text message) through an app, a folder or a server.

TARGET is an ``http(s)`` URL (only that origin is requested), a file or folder of documents and
bin templates, or ``module:attr`` naming a WSGI or ASGI app (``--path`` is then the first
request's path). The caller's inputs are given in order with ``--press``, ``--speech``,
``--silence`` and ``--hang-up``. Prints the call as a log (``--format text``) or one JSON
object ``{"events": [...], "requests": [...], "end": {...}}``.

Exit status: 0 when the call ended normally, 1 when it ended on an error (the platform's error
code is in the log), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from laml.simulate import Input

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

def _press(value: str) -> Input:
    from laml.simulate import Press

    try:
        return Press(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _speech(value: str) -> Input:
    from laml.simulate import Speak

    if not value.strip():
        raise argparse.ArgumentTypeError("give the words the caller says")
    return Speak(value)


def _silence() -> Input:
    from laml.simulate import Silence

    return Silence()


def _hang_up() -> Input:
    from laml.simulate import HangUp

    return HangUp()


class _Append(argparse.Action):
    """Append an input made by ``const`` (a function), keeping the command line's order."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        items = getattr(namespace, self.dest) or []
        items.append(self.const())
        setattr(namespace, self.dest, items)


def _param(value: str) -> tuple[str, str]:
    key, sep, item = value.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{value!r} is not KEY=VALUE")
    return key, item


def add_parser(subparsers: Any) -> None:
    """Register ``laml call``."""
    from laml.cli import examples
    from laml.cli._target import add_simulator_options

    parser = subparsers.add_parser(
        "call",
        help="simulate a call through an app, a folder of documents or a server",
        description="Run a call as the platform would: fetch each document (the platform's "
        "parameters, signed), lint it, run its verbs on a virtual clock with the caller's "
        "scripted input, and follow actions and redirects until the call ends. TARGET is an "
        "http(s) URL (only that origin is requested), a file or folder of documents and bin "
        "templates, or module:attr naming a WSGI or ASGI app. Prints the call as a log, or as "
        "one JSON object.\n\n"
        "Exit status: 0 the call ended normally, 1 it ended on an error (a platform error code, "
        "a loop, a budget), 2 usage or an internal error.",
        epilog=examples(
            ("a caller who presses 2, through a Flask app",
             "laml call examples/flask_app.py:app --path /voice --press 2"),
            ("a folder of bins: say 'sales', the line is busy, print JSON",
             "laml call bins/ --path /menu --speech sales --dial-outcome busy --format json"),
            ("a bin of the local bins server: 1, then silence, then 9",
             "laml call http://127.0.0.1:8080/laml-bins/SID --press 1 --silence --press 9"),
        ),
    )
    parser.add_argument("target", metavar="TARGET",
                        help="http(s) URL, file or folder of documents, or module:attr of an app")
    parser.add_argument("--path", metavar="PATH",
                        help="the first request's path (default: the TARGET URL, or / ; a file "
                        "TARGET is its own first document)")
    parser.add_argument("--from", dest="from_", metavar="NUMBER", default="+15550001111",
                        help="the caller's number (default: +15550001111)")
    parser.add_argument("--to", metavar="NUMBER", default="+15550002222",
                        help="the number called (default: +15550002222)")
    parser.add_argument("--press", dest="inputs", action="append", type=_press,
                        metavar="DIGITS", help="the caller presses keys (repeatable; inputs "
                        "are used in the order given)")
    parser.add_argument("--speech", dest="inputs", action="append", type=_speech,
                        metavar="TEXT", help="the caller says TEXT (repeatable)")
    parser.add_argument("--silence", dest="inputs", action=_Append, nargs=0, const=_silence,
                        help="the caller does nothing: the waiting verb times out")
    parser.add_argument("--hang-up", dest="inputs", action=_Append, nargs=0, const=_hang_up,
                        help="the caller hangs up")
    parser.add_argument("--dial-outcome", action="append", default=[],
                        metavar="[TARGET=]OUTCOME",
                        help="how a dialed party behaves: answered[:SECONDS], busy, no-answer, "
                        "failed; for one TARGET (a number, SIP URI, conference or queue name), "
                        "or else for the parties dialed, in order (default: answered, 30 s)")
    parser.add_argument("--message", metavar="TEXT",
                        help="send an incoming text message with this body instead of a call")
    parser.add_argument("-p", "--param", action="append", default=[], type=_param,
                        metavar="KEY=VALUE", help="another parameter sent with every request")
    parser.add_argument("--method", choices=("POST", "GET"), default="POST",
                        help="method of the first request (default: POST)")
    add_simulator_options(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="output format (default: text)")
    parser.set_defaults(run=run)


def _dial_plan(values: list[str]) -> Any:
    from laml.simulate import DialPlan

    plan = DialPlan()
    for value in values:
        target, sep, outcome = value.rpartition("=")
        if sep and not target.strip():
            raise ValueError(f"--dial-outcome {value!r}: the target before = is empty")
        plan.add(outcome, target.strip() if sep else None)
    return plan


def run(args: argparse.Namespace) -> int:
    """Simulate the call and print it."""
    from laml.cli._target import signing_key_for_app

    with signing_key_for_app(args):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from laml.cli._target import (
        TargetError,
        make_simulator,
        request_path,
        start_of_folder,
        write_json,
    )

    try:
        plan = _dial_plan(args.dial_outcome)
        simulator = make_simulator(args)
    except (TargetError, ValueError) as exc:
        print(f"laml call: {exc}", file=sys.stderr)
        return EXIT_USAGE
    path = None if args.path is None else request_path(args.path)
    why = start_of_folder(simulator) if path is None else None
    if why is not None:
        simulator.close()
        print(f"laml call: {why}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.message is not None:
            call = simulator.message(path, body=args.message, from_=args.from_, to=args.to,
                                     params=args.param, method=args.method)
        else:
            call = simulator.call(path, from_=args.from_, to=args.to,
                                  inputs=args.inputs or [], dial=plan, params=args.param,
                                  method=args.method)
    except ValueError as exc:
        print(f"laml call: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        simulator.close()
    if args.format == "json":
        write_json(call.to_dict())
    else:
        sys.stdout.write(call.transcript() + "\n")
    assert call.ended is not None
    return EXIT_OK if call.ended.ok else EXIT_ERROR
