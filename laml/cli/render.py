"""``laml render``: render a bin template with request parameters, as the platform would."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from laml.cli import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

#: Largest parameters file read (bytes).
MAX_PARAMS_BYTES = 1024 * 1024


def add_parser(sub: Any) -> None:
    """Register ``laml render``."""
    from laml.cli import examples

    parser = sub.add_parser(
        "render",
        help="render a LaML Bin template with request parameters",
        description=(
            "Render a bin's mustache template with request parameters, exactly as the platform "
            "does (values XML-escaped, {{#e164}} helper), then lint the result. Prints the "
            "document, or the diagnostics and exits 1 when it is not valid.\n\n"
            "Exit status: 0 rendered, 1 a syntax error or an invalid result, 2 usage, an "
            "unreadable file or an internal error."
        ),
        epilog=examples(
            ("render for a call from +15550100, with two numbers to dial",
             "laml render menu.xml -p From=+15550100 -p Dest[]=+15550101 -p Dest[]=+15550102"),
            ("parameters from a file; a variable they lack is an error",
             "laml render menu.xml --params-file call.json --strict"),
        ),
    )
    parser.add_argument("template", metavar="TEMPLATE",
                        help="template file, or - for standard input")
    parser.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a request parameter; repeat a key (or use Key[]) for a list",
    )
    parser.add_argument(
        "--params-file",
        metavar="FILE.json",
        help="parameters from JSON: an object (values: text, numbers or lists of them) or a "
        "list of [key, value] pairs; -p options are added after them",
    )
    parser.add_argument(
        "--strict", action="store_true", help="a variable missing from the parameters is an error"
    )
    parser.add_argument("--dialect", choices=("signalwire", "twilio"), default="signalwire",
                        help="platform dialect the result is checked for (default: signalwire)")
    parser.add_argument("--channel", choices=("voice", "messaging", "fax"),
                        help="check the result as this channel (default: detected)")
    parser.set_defaults(run=run)


class _UsageError(Exception):
    """Input that cannot be used, in the words of the command line."""


_SCALARS = (str, int, float, bool, type(None))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _read_params_file(name: str) -> list[tuple[str, str]]:
    from laml.cli._files import printable, read_limited

    shown = printable(name)
    try:
        raw = read_limited(name, MAX_PARAMS_BYTES, stdin=False)
    except ValueError as exc:
        raise _UsageError(f"--params-file {shown}: {exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _UsageError(f"--params-file {shown}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _UsageError(f"--params-file {shown}: not JSON: {exc.msg} (line {exc.lineno}, "
                          f"column {exc.colno})") from None
    except RecursionError:
        raise _UsageError(f"--params-file {shown}: nested too deeply") from None
    wrong = (f"--params-file {shown}: expected an object of parameters (values: text, numbers "
             "or lists of them) or a list of [key, value] pairs")
    items: list[tuple[object, object]] = []
    if isinstance(data, dict):
        items = list(data.items())
    elif isinstance(data, list):
        for pair in data:
            if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
                raise _UsageError(wrong)
            items.append((pair[0], pair[1]))
    else:
        raise _UsageError(wrong)
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(v, _SCALARS) for v in values):
            raise _UsageError(f"{wrong}; {printable(str(key))!r} holds an object or nested list")
        pairs.extend((str(key), _text(v)) for v in values)
    return pairs


def _params(args: argparse.Namespace) -> list[tuple[str, str]]:
    pairs = _read_params_file(args.params_file) if args.params_file else []
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise _UsageError(f"-p/--param {item!r} is not KEY=VALUE")
        pairs.append((key, value))
    return pairs


def _read_template(name: str) -> str:
    from laml.cli._files import printable, read_limited
    from laml.parsing import DEFAULT_MAX_BYTES

    shown = "standard input" if name == "-" else printable(name)
    try:
        data = read_limited(name, DEFAULT_MAX_BYTES)
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _UsageError(f"{shown}: not UTF-8 text (byte {exc.start})") from None
    except ValueError as exc:
        raise _UsageError(f"{shown}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Render the template and print the result, or why it cannot be served."""
    from laml.cli._files import printable
    from laml.errors import RenderError, TemplateSyntaxError
    from laml.render import render_bin

    try:
        source = _read_template(args.template)
        params = _params(args)
    except _UsageError as exc:
        print(f"laml render: {exc}", file=sys.stderr)
        return EXIT_USAGE
    name = "<stdin>" if args.template == "-" else printable(args.template)
    try:
        text = render_bin(
            source, params, strict=args.strict, dialect=args.dialect, channel=args.channel
        )
    except TemplateSyntaxError as exc:
        print(
            f"{name}:{exc.line}:{exc.column}: LAML201 mustache syntax error: "
            f"{printable(exc.message)}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    except RenderError as exc:
        for d in exc.diagnostics:
            hint = f" ({d.hint})" if d.hint else ""
            print(
                f"{name} (rendered):{d.line}:{d.column}: {d.code} {printable(d.message + hint)}",
                file=sys.stderr,
            )
        if not exc.diagnostics:
            print(f"{name}: {printable(str(exc))}", file=sys.stderr)
        return EXIT_FINDINGS
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK
