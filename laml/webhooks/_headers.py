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
    for name, value in items:
        if not isinstance(name, str):
            name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        lowered = name.lower()
        if lowered in names:
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            found[lowered] = f"{found[lowered]}, {value}" if lowered in found else str(value)
    return found
