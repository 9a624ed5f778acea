"""``<Gather>`` without ``action`` requests this same document again with the input.

When the caller enters digits or speaks, the platform requests the ``action`` URL; without one it
requests the current document's URL, which usually plays the same menu again: a loop.

Fails::

    <Response><Gather numDigits="1"><Say>Press 1</Say></Gather></Response>

Passes::

    <Response>
      <Gather numDigits="1" action="https://example.com/menu"><Say>Press 1</Say></Gather>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML102"
NAME = "gather-without-action"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for gather in ctx.elements("Gather"):
        if gather.get("action") is None:
            yield Finding(
                gather,
                "<Gather> has no action: the input is posted to this same document (loop risk)",
                hint="add action=\"https://…\" to handle the input",
            )
