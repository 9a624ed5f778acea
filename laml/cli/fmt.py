"""``laml fmt``: rewrite documents in their canonical layout (see :mod:`laml.format`).

Files are rewritten in place, atomically; ``--check`` only lists the files that would change
and ``--diff`` shows how. ``-`` reads standard input and writes the result to standard
output. A document that is not well-formed is reported and left alone.

Exit status: 0 nothing to do (or everything rewritten), 1 with ``--check``/``--diff`` when
a file would change, 2 when a file could not be read, parsed or written (2 wins over 1).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Literal

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2


def add_parser(subparsers: Any) -> None:
    """Register ``laml fmt``."""
    from laml.cli import examples

    parser = subparsers.add_parser(
        "fmt",
        help="lay documents out canonically",
        description="Rewrite documents in laml's canonical layout: XML declaration, "
        "two-space indentation of element-only content, text and mixed content (<Say>, "
        "SSML) kept exactly, one trailing newline. Files are found as 'laml lint' finds "
        "them and replaced atomically, keeping their mode, owner and group; read-only and "
        "hard-linked files, and files changed while laml runs, are reported and left alone."
        "\n\nExit status: 0 done, 1 files would change (--check, --diff), 2 a file could "
        "not be read, parsed or written, or an internal error.",
        epilog=examples(
            ("rewrite every document below this folder", "laml fmt ."),
            ("in CI: fail when a document is not formatted, and show how",
             "laml fmt --diff calls/"),
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories (default: .); '-' reads standard input")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list the files that would change (exit 1)")
    parser.add_argument("--diff", action="store_true",
                        help="change nothing; print a unified diff of what would change")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only errors")
    parser.add_argument("--only-laml", action="store_true",
                        help="skip named files too when they are not LaML documents (an .xml "
                        "file whose root is not <Response>): for pre-commit and editors")
    parser.add_argument("--config", metavar="FILE",
                        help="read [tool.laml] from FILE instead of the nearest pyproject.toml")
    parser.add_argument("--no-config", action="store_true",
                        help="ignore every pyproject.toml")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Format the documents named on the command line."""
    from laml.cli._config import ConfigError, resolve
    from laml.cli._files import collect, display_path, printable, report_skipped

    paths: list[str] = args.paths or ["."]
    try:
        config = resolve(paths, args.config, args.no_config)
    except ConfigError as exc:
        print(f"laml fmt: {printable(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    collected = collect(paths, config.extra_extensions, config.is_excluded,
                        only_laml=args.only_laml)
    report_skipped(collected)
    status = EXIT_OK
    for path, reason in collected.errors:
        print(f"{printable(display_path(path))}: error: {reason}", file=sys.stderr)
        status = EXIT_ERROR
    if not collected.files and not collected.errors:
        print(f"laml fmt: no documents found in {printable(' '.join(paths))}", file=sys.stderr)
    dry = args.check or args.diff
    changed = unchanged = 0
    for path in collected.files:
        outcome = _format_one(path, printable(display_path(path)), dry=dry, diff=args.diff,
                              unsure=path in collected.unsure)
        if outcome is None:
            status = EXIT_ERROR
        elif outcome == "skipped":
            continue
        elif outcome:
            changed += 1
            if dry and status == EXIT_OK:
                status = EXIT_CHANGES
        else:
            unchanged += 1
    if not args.quiet and collected.files != ["-"]:
        verb = "would be reformatted" if dry else "reformatted"
        print(f"{changed} {'file' if changed == 1 else 'files'} {verb}, {unchanged} unchanged",
              file=sys.stderr)
    return status


def _format_one(
    path: str, shown: str, *, dry: bool, diff: bool, unsure: bool = False
) -> bool | Literal["skipped"] | None:
    """Format one file; whether it changes, ``"skipped"`` when it is not a LaML document
    (``unsure``: found in a directory without a LaML ending), or ``None`` when it could not
    be done."""
    from laml._fileio import FileState, UnsafeWriteError, read_file, write_atomic
    from laml.cli._files import is_laml_document, read_bytes
    from laml.errors import ParseError
    from laml.format import format_document
    from laml.parsing import DEFAULT_MAX_BYTES

    state: FileState | None = None
    try:
        if path == "-":
            data = read_bytes(path, DEFAULT_MAX_BYTES)
        else:
            data, state = read_file(path, DEFAULT_MAX_BYTES)
    except OSError as exc:
        print(f"{shown}: error: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return None
    if unsure and not is_laml_document(data):
        return "skipped"
    if len(data) > DEFAULT_MAX_BYTES:
        print(f"{shown}: error: larger than {DEFAULT_MAX_BYTES // (1024 * 1024)} MiB "
              "(left unformatted)", file=sys.stderr)
        return None
    try:
        text = format_document(data)
    except ParseError as exc:
        print(f"{shown}:{_not_well_formed(data, exc)} (left unformatted)", file=sys.stderr)
        return None
    new = text.encode("utf-8")
    changed = new != data
    if path == "-":
        if diff and changed:
            _print_diff(data, text, shown)
        elif not dry:
            sys.stdout.buffer.write(new)
            sys.stdout.flush()
        return changed
    if not changed:
        return False
    if diff:
        _print_diff(data, text, shown)
    elif dry:
        print(f"would reformat {shown}")
    else:
        try:
            write_atomic(path, new, expect=state)
        except UnsafeWriteError as exc:
            print(f"{shown}: error: {exc.reason}", file=sys.stderr)
            return None
        except OSError as exc:
            print(f"{shown}: error: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return None
    return True


def _not_well_formed(data: bytes, exc: Exception) -> str:
    """``line:column: LAML001 message``, in the words ``laml lint`` uses."""
    from laml.errors import ParseError
    from laml.validation import validate

    for d in validate(data):
        if d.code == "LAML001":
            return f"{d}"
    assert isinstance(exc, ParseError)
    return f"{exc.line}:{exc.column}: LAML001 {exc.message}"


def _print_diff(old: bytes, new: str, shown: str) -> None:
    import difflib

    before = old.decode("utf-8", "replace").splitlines(keepends=True)
    after = new.splitlines(keepends=True)
    for line in difflib.unified_diff(before, after, f"{shown} (original)", f"{shown} (formatted)"):
        sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
