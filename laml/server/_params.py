"""Request parameters of the local bins server: the body read under a cap, then parsed.

:func:`read_body` reads a request body as it arrives and stops at the cap (a larger declared
``Content-Length`` is refused before anything is read) or at the deadline. :func:`parse_params`
turns the query string and the body into (name, value) pairs, refusing more than the cap; it is
plain CPU work, which the application runs in a worker thread.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl

import anyio

__all__ = ["ParamsError", "body_too_large", "parse_params", "read_body"]


class ParamsError(Exception):
    """A request the server refuses to read: ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def body_too_large(limit: int) -> ParamsError:
    """The refusal of a body larger than ``limit`` bytes."""
    return ParamsError(413, f"the request body is larger than the limit of {limit} bytes")


def _too_many(limit: int) -> ParamsError:
    return ParamsError(413, f"the request has more than the limit of {limit} parameters")


async def read_body(
    chunks: AsyncIterator[bytes], declared: str | None, *, limit: int, timeout: float
) -> bytes:
    """The whole body from ``chunks``; ``declared`` is the request's ``Content-Length``.

    Raises :class:`ParamsError`: 413 beyond ``limit`` bytes (at once when the declared length
    says so), 408 when the body has not fully arrived after ``timeout`` seconds, 400 for a
    malformed ``Content-Length``.
    """
    if declared is not None:
        digits = declared.strip()
        if not (digits.isascii() and digits.isdigit()):
            raise ParamsError(400, "Content-Length is not a number")
        if len(digits.lstrip("0")) > len(str(limit)) or int(digits) > limit:
            raise body_too_large(limit)
    parts: list[bytes] = []
    size = 0
    with anyio.move_on_after(timeout) as scope:
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                raise body_too_large(limit)
            parts.append(chunk)
    if scope.cancelled_caught:
        raise ParamsError(408, f"the request body did not arrive within {timeout:g} seconds")
    return b"".join(parts)


def parse_params(
    query: str, body: bytes, content_type: str | None, *, limit: int
) -> list[tuple[str, str]]:
    """The pairs of the query string and of the body (a form or a JSON object).

    A name given in the body replaces that name's pairs from the query string; a JSON array
    value gives one pair per item, as a repeated form name does. More than ``limit`` pairs in
    all raises a 413 :class:`ParamsError`; a body that is not UTF-8, not a flat JSON object
    or of another type raises a 400.
    """
    pairs = _form_pairs(query, limit, limit)
    if not body:
        return pairs
    kind = (content_type or "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ParamsError(400, "the request body is not UTF-8") from None
    room = limit - len(pairs)
    if kind == "application/json":
        posted = _json_pairs(text, room, limit)
    elif kind in ("", "application/x-www-form-urlencoded"):
        posted = _form_pairs(text, room, limit)
    else:
        raise ParamsError(400, "send the parameters as application/x-www-form-urlencoded")
    names = {name for name, _ in posted}
    return [(name, value) for name, value in pairs if name not in names] + posted


def _form_pairs(text: str, room: int, limit: int) -> list[tuple[str, str]]:
    # parse_qsl counts the separators before it splits anything: refusing costs one scan.
    try:
        return parse_qsl(text, keep_blank_values=True, max_num_fields=room)
    except ValueError:
        raise _too_many(limit) from None


def _json_pairs(text: str, room: int, limit: int) -> list[tuple[str, str]]:
    try:
        data = json.loads(text or "{}")
    except RecursionError:
        raise ParamsError(400, "the request body is nested too deeply") from None
    except ValueError:
        raise ParamsError(400, "the request body is not JSON") from None
    if not isinstance(data, dict):
        raise ParamsError(400, "the request body must be a JSON object")
    pairs: list[tuple[str, str]] = []
    for name, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            if isinstance(item, dict | list):
                raise ParamsError(
                    400, f"parameter {name!r}: a value is a string, a number, a boolean or a "
                         "list of them"
                )
            pairs.append((name, _scalar(item)))
            if len(pairs) > room:
                raise _too_many(limit)
    return pairs


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
