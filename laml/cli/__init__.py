"""The ``laml`` command line.

One module per command under :mod:`laml.cli`; each defines ``add_parser(subparsers)`` and
``run(args) -> int``. Command modules import nothing heavy at module level, so that
``laml lint`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["main"]

#: command name -> module that implements it, in the order ``laml --help`` lists them.
COMMANDS: dict[str, str] = {
    "lint": "laml.cli.lint",
    "fmt": "laml.cli.fmt",
    "schema": "laml.cli.schema",
    "render": "laml.cli.render",
    "bins": "laml.cli.bins",
    "serve": "laml.cli.serve",
    "call": "laml.cli.call",
    "graph": "laml.cli.graph",
}

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command, or of command ``only`` (cheaper to import)."""
    from laml import __version__

    parser = argparse.ArgumentParser(
        prog="laml", description="Build, lint and template Compatibility XML (LaML / TwiML)."
    )
    parser.add_argument("--version", action="version", version=f"laml {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMANDS.items():
        if only is None or name == only:
            importlib.import_module(module_name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 clean, 1 findings, 2 usage or I/O)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else None)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    return status
