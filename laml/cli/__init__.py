"""The ``laml`` command line.

One module per command under :mod:`laml.cli`; each defines ``add_parser(subparsers)`` and
``run(args) -> int``. Command modules import nothing heavy at module level, so that
``laml lint`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["main"]

#: command name -> module that implements it, in the order ``laml --help`` lists them.
COMMANDS: dict[str, str] = {
    "lint": "laml.cli.lint",
    "fmt": "laml.cli.fmt",
    "schema": "laml.cli.schema",
    "render": "laml.cli.render",
    "bins": "laml.cli.bins",
    "serve": "laml.cli.serve",
}

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _columns() -> int:
    """The terminal's width, as ``shutil.get_terminal_size`` tells it (without importing
    shutil, which brings the compression modules: every ``laml lint`` would pay for them)."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
        width: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            prog, indent_increment, max_help_position, _columns() - 2 if width is None else width
        )


class _ArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command, or of command ``only`` (cheaper to import)."""
    from laml import __version__

    parser = _ArgumentParser(
        prog="laml", description="Build, lint and template Compatibility XML (LaML / TwiML)."
    )
    parser.add_argument("--version", action="version", version=f"laml {__version__}")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_ArgumentParser
    )
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
