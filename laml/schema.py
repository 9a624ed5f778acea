"""Where the bundled XSD schemas are.

The schemas are generated from :mod:`laml.vocabulary` (see ``schemas/README.md``). An installed
laml keeps them in the package (``laml/schemas/``); a source checkout has them at the top of
the repository (``schemas/``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal, get_args

from laml.vocabulary import CHANNELS, DIALECTS, Dialect

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["SchemaName", "schema_dir", "schema_file", "schema_path"]

#: What :func:`schema_path` can locate: a channel, or the SSML used inside ``<Say>``.
SchemaName = Literal["voice", "messaging", "fax", "ssml"]

_HERE = os.path.dirname(os.path.realpath(__file__))


def _folder() -> str:
    for candidate in (os.path.join(_HERE, "schemas"), os.path.join(_HERE, "..", "schemas")):
        if os.path.isfile(os.path.join(candidate, "common.xsd")):
            return os.path.normpath(candidate)
    raise FileNotFoundError(
        "laml's schemas are missing: neither laml/schemas/ nor schemas/ holds common.xsd"
    )


def schema_dir() -> Path:
    """The folder holding ``common.xsd`` and one folder per dialect."""
    from pathlib import Path

    return Path(_folder())


def schema_file(channel: SchemaName = "voice", dialect: Dialect = "signalwire") -> str:
    """:func:`schema_path` as a string (for callers that need no :class:`~pathlib.Path`)."""
    if channel not in get_args(SchemaName):
        raise ValueError(f"unknown channel {channel!r}; use one of {', '.join(CHANNELS)} or ssml")
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
    return os.path.join(_folder(), dialect, f"{channel}.xsd")


def schema_path(channel: SchemaName = "voice", dialect: Dialect = "signalwire") -> Path:
    """The XSD file of ``channel`` (or ``"ssml"``) in ``dialect`` (``signalwire`` or ``twilio``).

    >>> schema_path("messaging", "twilio").name
    'messaging.xsd'
    """
    from pathlib import Path

    return Path(schema_file(channel, dialect))
