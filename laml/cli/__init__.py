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

__all__ = ["HelpFormatter", "Parser", "examples", "main"]

#: command name -> module that implements it, in the order ``laml --help`` lists them.
COMMANDS: dict[str, str] = {
    "lint": "laml.cli.lint",
    "rule": "laml.cli.rule",
    "fmt": "laml.cli.fmt",
    "schema": "laml.cli.schema",
    "render": "laml.cli.render",
    "bins": "laml.cli.bins",
    "serve": "laml.cli.serve",
    "lsp": "laml.cli.lsp",
    "call": "laml.cli.call",
    "graph": "laml.cli.graph",
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


class HelpFormatter(argparse.HelpFormatter):
    """Paragraphs of a description are wrapped to the terminal; indented lines and the
    ``examples:`` section are kept as written."""

    def __init__(self, prog: str) -> None:
        # (the width shutil.get_terminal_size gives, without importing shutil)
        super().__init__(prog, max_help_position=32, width=_columns() - 2)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        paragraphs = []
        for paragraph in text.split("\n\n"):
            if paragraph.startswith(("examples:", " ")) or "\n " in paragraph:
                paragraphs.append(textwrap.indent(paragraph, indent))
            else:
                paragraphs.append(textwrap.fill(" ".join(paragraph.split()), width,
                                                initial_indent=indent, subsequent_indent=indent))
        return "\n\n".join(paragraphs)


class Parser(argparse.ArgumentParser):
    """The parser of ``laml`` and of every command and subcommand under it (subparsers inherit
    the class, so every level formats its help the same way)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def examples(*items: tuple[str, str]) -> str:
    """The closing ``examples:`` section of a command's help: ``(what it does, command)``."""
    lines = ["examples:"]
    for what, command in items:
        lines += [f"  # {what}", f"  {command}"]
    return "\n".join(lines)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command, or of command ``only`` (cheaper to import)."""
    from laml import __version__

    parser = Parser(
        prog="laml",
        description="Build, lint, format and template Compatibility XML (LaML / TwiML), and "
        "manage hosted LaML Bins.",
        epilog=examples(
            ("check every document below this folder", "laml lint ."),
            ("show the options of one command", "laml lint --help"),
        ),
    )
    parser.add_argument("--version", action="version", version=f"laml {__version__}",
                        help="print laml's version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True,
                                parser_class=Parser, title="commands",
                                help="what to do ('laml COMMAND --help' tells more)")
    for name, module_name in COMMANDS.items():
        if only is None or name == only:
            importlib.import_module(module_name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 clean, 1 findings, 2 usage, I/O or
    internal error)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(args_list)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug: never mistaken for findings (exit 1)
        return _internal_error(exc)


def _run(args_list: list[str]) -> int:
    command = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else None)
    if not args_list:  # a bare ``laml``: what it can do
        parser.print_help()
        return EXIT_USAGE
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    status: int = args.run(args)
    return status


def _internal_error(exc: Exception) -> int:
    """Report a bug: one line (the traceback with ``LAML_DEBUG=1``), exit status 2."""
    import os
    import traceback

    from laml.cli._files import printable

    if os.environ.get("LAML_DEBUG"):
        traceback.print_exception(exc)
    what = printable(f"{type(exc).__name__}: {exc}")
    print(f"laml: internal error ({what}); please report it with the command that caused it"
          " (LAML_DEBUG=1 shows the traceback)", file=sys.stderr)
    return EXIT_USAGE
