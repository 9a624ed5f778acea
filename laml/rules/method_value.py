"""HTTP method attributes take ``GET`` or ``POST``, in capitals (error 13221).

``method``, ``statusCallbackMethod``, ``waitMethod`` and the other ``…Method`` attributes are
case-sensitive: ``post`` is refused. (``recordingStorageUrlMethod`` and ``storageUrlMethod`` take
``POST`` or ``PUT``.)

Fails::

    <Response><Redirect method="post">https://example.com/next</Redirect></Response>

Fixed::

    <Response><Redirect method="POST">https://example.com/next</Redirect></Response>

Fails::

    <Response><Gather action="https://example.com/a" method="PUT"/></Response>

Passes::

    <Response><Pay paymentMethod="ach-debit" action="https://example.com/paid"/></Response>

Passes::

    <Response><Redirect method="POST">https://example.com/next</Redirect></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml._element import PlainElement
from laml.rules import Context, Finding

CODE = "LAML111"
NAME = "method-value"
SEVERITY = "error"
PLATFORM_CODE = 13221
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005",)
FIXES = ("safe",)

_METHODS = {("GET", "POST"), ("POST", "PUT")}


def _allowed(ctx: Context, el: PlainElement, name: str) -> tuple[str, ...] | None:
    """The methods attribute ``name`` takes, or None when it holds no HTTP method."""
    attr = ctx.attr(el, name)
    if attr is not None:
        values = attr.type_in(ctx.dialect).values
        return values if values in _METHODS else None
    return ("GET", "POST") if name == "method" or name.endswith("UrlMethod") else None


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        for name, value in ctx.attributes(el).items():
            allowed = _allowed(ctx, el, name)
            if allowed is None or value in allowed or "{{" in value:
                continue
            upper = value.strip().upper()
            hint = f'use {upper}' if upper in allowed else f"use {' or '.join(allowed)}"
            fix = ctx.set_attribute(el, name, upper, f"write {upper}") if upper in allowed else None
            yield Finding(
                el,
                f"`{name}` must be {' or '.join(allowed)}, got `{value}`",
                hint=hint,
                attribute=name,
                fix=fix,
            )
