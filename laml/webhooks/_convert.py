"""Converters between the text the platform sends and typed values, both ways."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, Final

__all__ = [
    "BOOL",
    "DATETIME",
    "DATETIME_ISO",
    "FLOAT",
    "INT",
    "TEXT",
    "Converter",
    "FormParams",
    "choice",
]

_INT = re.compile(r"[+-]?[0-9]{1,18}")
_FLOAT = re.compile(r"[+-]?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})(?:[eE][+-]?[0-9]{1,3})?")


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:39] + "…")


class Converter:
    """Reads one parameter's text into a value (``parse``) and writes it back (``format``)."""

    __slots__ = ("_format", "_parse", "expected")

    def __init__(
        self,
        expected: str,
        parse: Callable[[str], Any],
        format: Callable[[Any], str] = str,
    ) -> None:
        self.expected = expected
        self._parse = parse
        self._format = format

    def __repr__(self) -> str:
        return f"<Converter {self.expected}>"

    def parse(self, text: str) -> Any:
        """The value of ``text``; :class:`ValueError` saying what was expected otherwise."""
        try:
            return self._parse(text)
        except (ValueError, OverflowError, TypeError, IndexError):
            raise ValueError(f"expected {self.expected}, got {_short(text)}") from None

    def format(self, value: Any) -> str:
        """The text the platform sends for ``value``."""
        return self._format(value)


def _text(text: str) -> str:
    return text


def _int(text: str) -> int:
    if not _INT.fullmatch(text.strip()):
        raise ValueError(text)
    return int(text)


def _float(text: str) -> float:
    if not _FLOAT.fullmatch(text.strip()):
        raise ValueError(text)
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise ValueError(text)


def _datetime(text: str) -> datetime:
    text = text.strip()
    if len(text) > 64:
        raise ValueError(text)
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _rfc2822(value: datetime) -> str:
    return format_datetime(value)


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


TEXT: Final = Converter("text", _text)
INT: Final = Converter("an integer", _int)
FLOAT: Final = Converter("a number", _float, repr)
BOOL: Final = Converter("true or false", _bool, lambda value: "true" if value else "false")
#: RFC 2822 dates (``Tue, 08 Apr 2025 17:25:03 +0000``), as voice callbacks send them
#: (ISO 8601 is read too)
DATETIME: Final = Converter("an RFC 2822 or ISO 8601 date", _datetime, _rfc2822)
#: ISO 8601 dates (``2025-04-08T17:25:03Z``), as stream and fax callbacks send them
DATETIME_ISO: Final = Converter("an ISO 8601 or RFC 2822 date", _datetime, _iso)


def choice(*values: str) -> Converter:
    """A converter accepting exactly ``values`` (a ``Literal`` type's choices)."""
    allowed = frozenset(values)

    def parse(text: str) -> str:
        if text not in allowed:
            raise ValueError(text)
        return text

    return Converter("one of " + ", ".join(values), parse)


class FormParams(Mapping[str, str]):
    """Read-only form parameters: a mapping to each name's first value, every value kept.

    >>> extra = FormParams([("X-Tag", "a"), ("X-Tag", "b")])
    >>> extra["X-Tag"], extra.getlist("X-Tag")
    ('a', ['a', 'b'])
    """

    __slots__ = ("_first", "pairs")

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self.pairs: tuple[tuple[str, str], ...] = tuple(pairs)
        first: dict[str, str] = {}
        for name, value in self.pairs:
            first.setdefault(name, value)
        self._first = first

    def __getitem__(self, name: str) -> str:
        return self._first[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._first)

    def __len__(self) -> int:
        return len(self._first)

    def getlist(self, name: str) -> list[str]:
        """Every value of ``name``, in posting order (an empty list when absent)."""
        return [value for key, value in self.pairs if key == name]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FormParams):
            return self.pairs == other.pairs
        if isinstance(other, Mapping):
            return dict(self._first) == dict(other) and len(self.pairs) == len(self._first)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.pairs)

    def __repr__(self) -> str:
        return f"FormParams({list(self.pairs)!r})"
