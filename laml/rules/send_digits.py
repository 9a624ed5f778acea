"""``sendDigits`` takes only DTMF characters: ``0-9``, ``A-D``, ``*``, ``#``, ``w``, ``W`` (13222).

Fails::

    <Response><Dial><Number sendDigits="1234x">+15551234567</Number></Dial></Response>

Passes::

    <Response><Dial><Number sendDigits="ww1234#">+15551234567</Number></Dial></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML112"
NAME = "send-digits"
SEVERITY = "error"
PLATFORM_CODE = 13222
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005",)

_DIGITS = re.compile(r"[0-9A-D*#wW]*")


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        value = el.get("sendDigits")
        if value is None or "{{" in value or _DIGITS.fullmatch(value):
            continue
        bad = sorted({c for c in value if not _DIGITS.fullmatch(c)})
        yield Finding(
            el,
            f"`sendDigits` may hold only 0-9, A-D, *, #, w and W; "
            f"found {', '.join(repr(c) for c in bad)}",
            hint="w waits half a second, W a full second",
            attribute="sendDigits",
        )
