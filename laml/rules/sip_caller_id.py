"""On a SIP ``<Dial>``, ``callerId`` may hold only letters, digits and ``+ - _ . ,`` (no spaces).

Fails::

    <Response><Dial callerId="Front Desk"><Sip>sip:alice@example.com</Sip></Dial></Response>

Passes::

    <Response><Dial callerId="front-desk"><Sip>sip:alice@example.com</Sip></Dial></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML127"
NAME = "sip-caller-id"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}

_ALLOWED = re.compile(r"[A-Za-z0-9+\-_.,]+")


def check(ctx: Context) -> Iterator[Finding]:
    for dial in ctx.elements("Dial"):
        caller = dial.get("callerId")
        if caller is None or "{{" in caller or next(dial.iterchildren("Sip"), None) is None:
            continue
        if not _ALLOWED.fullmatch(caller):
            yield Finding(dial, f"`callerId` {caller!r} has characters a SIP caller ID cannot hold",
                          attribute="callerId",
                          hint="use letters, digits and + - _ . , only; put a display name "
                          "in callerName")
