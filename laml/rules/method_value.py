"""HTTP method attributes take ``GET`` or ``POST``, in capitals (error 13221).

``method``, ``statusCallbackMethod``, ``waitMethod`` and the other ``…Method`` attributes are
case-sensitive: ``post`` is refused. (``recordingStorageUrlMethod`` and ``storageUrlMethod`` take
``POST`` or ``PUT``.)

Fails::

    <Response><Redirect method="post">https://example.com/next</Redirect></Response>

Fails::

    <Response><Gather action="https://example.com/a" method="PUT"/></Response>

Passes::

    <Response><Redirect method="POST">https://example.com/next</Redirect></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml._element import attributes
from laml.rules import Context, Finding

CODE = "LAML111"
NAME = "method-value"
SEVERITY = "error"
PLATFORM_CODE = 13221
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005",)

_STORAGE = {"recordingStorageUrlMethod", "storageUrlMethod"}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        for name, value in attributes(el).items():
            if not (name == "method" or name.endswith("Method")):
                continue
            allowed = ("POST", "PUT") if name in _STORAGE else ("GET", "POST")
            if value in allowed or "{{" in value:
                continue
            upper = value.strip().upper()
            hint = f'use {upper}' if upper in allowed else f"use {' or '.join(allowed)}"
            yield Finding(
                el,
                f"`{name}` must be {' or '.join(allowed)}, got `{value}`",
                hint=hint,
                attribute=name,
            )
