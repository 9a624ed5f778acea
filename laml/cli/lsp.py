"""``laml lsp``: run the language server on standard input and output (see :mod:`laml.lsp`).

Editors start it themselves; ``docs/editors.md`` shows how for VS Code, Neovim, Helix and
Emacs. Needs ``pip install "laml-tools[lsp]"``.

Exit status: 0 when the client ends the session, 2 when the ``lsp`` extra is missing.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(subparsers: Any) -> None:
    """Register ``laml lsp``."""
    from laml.cli import examples

    parser = subparsers.add_parser(
        "lsp",
        help="run the language server for editors",
        description="Speak the Language Server Protocol on standard input and output: "
        "diagnostics from laml lint as you type (with the [tool.laml] settings of the "
        "document's project), completion of elements, attributes, values and request "
        "parameters, hover documentation, quick fixes, 'ignore this rule here', and "
        "formatting as laml fmt does it. Editors start it; see docs/editors.md. Needs "
        "pip install \"laml-tools[lsp]\".\n\n"
        "Options an editor may send in initializationOptions: dialect and channel (where "
        "[tool.laml] sets none), debounce (milliseconds between the last change and the "
        "check, default 200) and docsUrl (where the rules' documentation is).",
        epilog=examples(
            ("what an editor runs (it speaks to the server over stdin/stdout)", "laml lsp"),
            ("log what the server does, for a bug report",
             "laml lsp --log-file /tmp/laml-lsp.log --log-level debug"),
        ),
    )
    parser.add_argument("--stdio", action="store_true",
                        help="use standard input and output (the default and only transport; "
                        "accepted because some editors pass it)")
    parser.add_argument("--log-file", metavar="FILE",
                        help="append the server's log to FILE (default: no log)")
    parser.add_argument("--log-level", default="warning",
                        choices=("error", "warning", "info", "debug"),
                        help="least severe messages logged (default: warning)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Serve one editor session."""
    import importlib.util

    missing = [name for name in ("pygls", "lsprotocol") if importlib.util.find_spec(name) is None]
    if missing:
        print(f"laml lsp: {' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not "
              "installed; install the language server with: pip install \"laml-tools[lsp]\"",
              file=sys.stderr)
        return EXIT_USAGE
    if args.log_file:
        import logging

        try:
            handler = logging.FileHandler(args.log_file, encoding="utf-8")
        except OSError as exc:
            print(f"laml lsp: cannot write {args.log_file}: {exc.strerror or exc}",
                  file=sys.stderr)
            return EXIT_USAGE
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logging.basicConfig(level=args.log_level.upper(), handlers=[handler])
    from laml.lsp import serve

    serve()
    return EXIT_OK
