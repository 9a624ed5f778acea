"""Request bodies and forms as ``(name, value)`` pairs.

A body reaches the webhook helpers as raw bytes (or text), or as a form a framework already
parsed: a mapping (values a string or a list of strings), a multidict (werkzeug's ``MultiDict``,
Django's ``QueryDict``, Starlette's ``FormData``) or ``(name, value)`` pairs. Everything here turns
those into one list of pairs, keeping every value and the posting order of each name's values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeAlias
from urllib.parse import parse_qsl

__all__ = ["Body", "Form", "Pairs", "form_pairs", "is_raw", "parse_form"]

Pairs: TypeAlias = list[tuple[str, str]]
#: A parsed form: a mapping, a multidict, or ``(name, value)`` pairs.
Form: TypeAlias = Mapping[str, Any] | Iterable[tuple[str, str]]
#: A request body: the raw bytes (or text) as received, or the parsed form.
Body: TypeAlias = bytes | bytearray | memoryview | str | Form

#: the most parameters read from one form (the platform sends a few dozen)
MAX_FIELDS = 10_000


def is_raw(body: object) -> bool:
    """Whether ``body`` is a raw body (bytes or text) rather than a parsed form."""
    return isinstance(body, (bytes, bytearray, memoryview, str))


def raw_bytes(body: bytes | bytearray | memoryview | str) -> bytes:
    """The bytes of a raw body (text is encoded as UTF-8)."""
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def parse_form(body: bytes | bytearray | memoryview | str) -> Pairs:
    """Parse an ``application/x-www-form-urlencoded`` body into pairs (blank values kept).

    Raises :class:`UnicodeDecodeError` for bytes that are not UTF-8, and :class:`ValueError`
    past :data:`MAX_FIELDS` fields.
    """
    text = body if isinstance(body, str) else bytes(body).decode("utf-8")
    if not text:
        return []
    return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)


def _value(name: str, value: object) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(
        f"form value of {name!r} must be a string, got {type(value).__name__} "
        "(the platform sends text only; convert numbers with str())"
    )


def form_pairs(form: Form) -> Pairs:
    """The ``(name, value)`` pairs of a parsed form, each name's values in posting order."""
    multi_items = getattr(form, "multi_items", None)
    if callable(multi_items):  # Starlette FormData / QueryParams
        return [(str(k), _value(k, v)) for k, v in multi_items()]
    lists = getattr(form, "lists", None)
    if callable(lists):  # werkzeug MultiDict, Django QueryDict
        return [(str(k), _value(k, v)) for k, values in lists() for v in values]
    if isinstance(form, Mapping):
        pairs: Pairs = []
        for name, value in form.items():
            if isinstance(value, str):
                pairs.append((name, value))
            elif isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
                pairs.extend((name, _value(name, v)) for v in value)
            else:
                pairs.append((name, _value(name, value)))
        return pairs
    if isinstance(form, (str, bytes, bytearray, memoryview)):
        raise TypeError("a raw body is not a form: parse it with parse_form() first")
    pairs = []
    for item in form:
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError(f"form items must be (name, value) pairs, got {item!r:.60}")
        name, value = item
        pairs.append((_value("name", name), _value(name, value)))
    return pairs
