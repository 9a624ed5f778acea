"""Where the bundled XSD schemas are.

The schemas are generated from :mod:`laml.vocabulary` (see ``schemas/README.md``). An installed
laml keeps them in the package (``laml/schemas/``); a source checkout has them at the top of
the repository (``schemas/``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from laml.vocabulary import CHANNELS, DIALECTS, Dialect

__all__ = ["SchemaName", "schema_dir", "schema_path"]

#: What :func:`schema_path` can locate: a channel, or the SSML used inside ``<Say>``.
SchemaName = Literal["voice", "messaging", "fax", "ssml"]

_HERE = Path(__file__).resolve().parent


def schema_dir() -> Path:
    """The folder holding ``common.xsd`` and one folder per dialect."""
    for candidate in (_HERE / "schemas", _HERE.parent / "schemas"):
        if (candidate / "common.xsd").is_file():
            return candidate
    raise FileNotFoundError(
        "laml's schemas are missing: neither laml/schemas/ nor schemas/ holds common.xsd"
    )


def schema_path(channel: SchemaName = "voice", dialect: Dialect = "signalwire") -> Path:
    """The XSD file of ``channel`` (or ``"ssml"``) in ``dialect`` (``signalwire`` or ``twilio``).

    >>> schema_path("messaging", "twilio").name
    'messaging.xsd'
    """
    if channel not in get_args(SchemaName):
        raise ValueError(f"unknown channel {channel!r}; use one of {', '.join(CHANNELS)} or ssml")
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
    return schema_dir() / dialect / f"{channel}.xsd"

