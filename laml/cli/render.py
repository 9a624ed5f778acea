"""``laml render``: render a bin template with request parameters, as the platform would."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from laml.cli import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "render",
        help="render a LaML Bin template with request parameters",
        description=(
            "Render a bin's mustache template with request parameters, exactly as the platform "
            "does (values XML-escaped, {{#e164}} helper), then lint the result. Prints the "
            "document (its warnings and infos go to standard error), or the diagnostics and "
            "exits 1 when it is not valid."
        ),
        epilog=(
            "examples:\n"
            "  laml render bin.xml -p From=+14155550100 -p Digits=1\n"
            "  laml render bin.xml -p Dest[]=+12025550101 -p Dest[]=+17035550102\n"
            "  laml render bin.xml --params-file request.json --strict\n"
            "  laml render -q bin.xml -p From=+14155550100 > rendered.xml"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("template", help="template file, or - for standard input")
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
        help="parameters from JSON: an object (values: text or lists) or a list of [key, value]",
    )
    parser.add_argument(
        "--strict", action="store_true", help="a variable missing from the parameters is an error"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="do not print the warnings and infos of the rendered document, "
        "e.g. laml render -q bin.xml -p From=+14155550100",
    )
    parser.add_argument("--dialect", choices=("signalwire", "twilio"), default="signalwire")
    parser.add_argument("--channel", choices=("voice", "messaging", "fax"))
    parser.set_defaults(run=run)


def _params(args: argparse.Namespace) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    if args.params_file:
        data = json.loads(Path(args.params_file).read_text(encoding="utf-8"))
        items = data.items() if isinstance(data, dict) else data
        for key, value in items:
            values = value if isinstance(value, list) else [value]
            pairs.extend((str(key), "" if v is None else str(v)) for v in values)
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValueError(f"parameter {item!r} is not KEY=VALUE")
        pairs.append((key, value))
    return pairs


def run(args: argparse.Namespace) -> int:
    from laml.errors import RenderError, TemplateSyntaxError
    from laml.render import render_bin_checked

    try:
        if args.template == "-":
            source = sys.stdin.read()
        else:
            source = Path(args.template).read_text(encoding="utf-8")
        params = _params(args)
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        print(f"laml render: {exc}", file=sys.stderr)
        return EXIT_USAGE
    name = "<stdin>" if args.template == "-" else args.template
    try:
        rendered = render_bin_checked(
            source, params, strict=args.strict, dialect=args.dialect, channel=args.channel
        )
    except TemplateSyntaxError as exc:
        print(
            f"{name}:{exc.line}:{exc.column}: LAML201 mustache syntax error: {exc.message}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    except RenderError as exc:
        for d in exc.diagnostics:
            print(f"{name} (rendered):{d}", file=sys.stderr)
        if not exc.diagnostics:
            print(f"{name}: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    if not args.quiet:
        for d in rendered.diagnostics:
            print(f"{name} (rendered):{d}", file=sys.stderr)
    text = rendered.text
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK
