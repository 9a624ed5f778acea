"""``<Say>`` speaks at most 4096 characters.

Fails (max=10)::

    <Response><Say>This sentence is longer than ten characters.</Say></Response>

Passes::

    <Response><Say>Hello!</Say></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import text_of

CODE = "LAML107"
NAME = "say-too-long"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {"max": 4096}


def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max"])
    for say in ctx.elements("Say"):
        length = len(text_of(say))
        if length > limit:
            yield Finding(
                say,
                f"<Say> text is {length} characters long; at most {limit} are spoken",
                hint="split it into several <Say> verbs",
            )
