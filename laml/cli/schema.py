"""``laml schema``: print a bundled XSD, or where it is.

The schemas validate a document of one channel in one dialect; editors and other validators
(``xmllint --schema``) can use them directly. A schema may include its neighbours (the
shared types, SSML), which is why ``--path`` points into the folder that holds them all.

Exit status: 0, or 2 when the schema cannot be found or read.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser", "run"]


def add_parser(subparsers: Any) -> None:
    """Register ``laml schema``."""
    from laml.cli import examples
    from laml.cli._config import CHANNELS, DIALECTS

    parser = subparsers.add_parser(
        "schema",
        help="print a bundled XSD schema",
        description="Print the XSD schema laml validates documents with, or its path (the "
        "folder also holds the schemas it includes), for editors and other validators.",
        epilog=examples(
            ("validate with xmllint", 'xmllint --noout --schema "$(laml schema --path)" a.xml'),
            ("the messaging schema of the Twilio dialect",
             "laml schema --dialect twilio --channel messaging"),
        ),
    )
    parser.add_argument("--dialect", choices=DIALECTS, default="signalwire",
                        help="platform dialect (default: signalwire)")
    parser.add_argument("--channel", choices=(*CHANNELS, "ssml"), default="voice",
                        help="channel, or the SSML used inside <Say> (default: voice)")
    parser.add_argument("--path", action="store_true",
                        help="print the file's path instead of its contents")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema or its path."""
    from laml.schema import schema_path

    try:
        path = schema_path(args.channel, args.dialect)
        if args.path:
            if not path.is_file():
                raise FileNotFoundError(f"{path} is missing")
            print(path)
            return 0
        data = path.read_bytes()
    except OSError as exc:
        print(f"laml schema: {exc.strerror or exc}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return 0
