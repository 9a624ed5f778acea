"""Reading a few headers from any header collection, names compared without case."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeAlias

__all__ = ["Headers", "pick"]

#: A header collection: a mapping (a framework's case-insensitive one or a plain dict) or
#: ``(name, value)`` pairs.
Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]


def pick(headers: Headers, names: frozenset[str]) -> dict[str, str]:
    """The headers of ``names`` (lower case) present in ``headers``, keyed by lower-case name.

    A header given several times has its values joined with ``", "``, as HTTP reads them.
    """
    items: Iterable[tuple[str, str]]
    items = headers.items() if isinstance(headers, Mapping) else headers
    found: dict[str, str] = {}
    for raw_name, raw_value in items:
        name = raw_name.decode("latin-1") if isinstance(raw_name, bytes) else str(raw_name)
        lowered = name.lower()
        if lowered in names:
            value = raw_value.decode("latin-1") if isinstance(raw_value, bytes) else str(raw_value)
            found[lowered] = f"{found[lowered]}, {value}" if lowered in found else value
    return found
