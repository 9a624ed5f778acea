"""A ``<Gather>`` with nothing to say or play waits in silence.

Fails::

    <Response><Gather numDigits="1" action="https://example.com/a"/></Response>

Passes::

    <Response>
      <Gather numDigits="1" action="https://example.com/a"><Say>Press 1</Say></Gather>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding, PlainElement

CODE = "LAML134"
NAME = "gather-without-prompt"
SEVERITY = "info"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for gather in ctx.elements("Gather"):
        if next(gather.iterchildren("Say", "Play"), None) is None:
            previous = gather.getprevious()
            if not isinstance(previous, PlainElement) or previous.tag not in ("Say", "Play"):
                yield Finding(gather, "<Gather> prompts nothing: the caller hears silence",
                              hint="nest a <Say> or <Play> in it to tell the caller what to enter")
