"""``<Pay>`` posts card data: its ``action`` and ``statusCallback`` must be HTTPS URLs.

Fails::

    <Response><Pay action="http://example.com/paid"/></Response>

Passes::

    <Response><Pay action="https://example.com/paid" statusCallback="https://example.com/status"/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML118"
NAME = "pay-https"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for pay in ctx.elements("Pay"):
        for name in ("action", "statusCallback"):
            value = pay.get(name)
            if value and "{{" not in value and value.strip().lower().startswith("http://"):
                yield Finding(pay, f"`{name}` of <Pay> must use https, got {value!r}",
                              attribute=name, hint="payment data is only sent over HTTPS")
