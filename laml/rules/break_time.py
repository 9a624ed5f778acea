"""An SSML ``<break>`` lasts at most 10 seconds.

Fails::

    <Response><Say>Wait<break time="15s"/>done</Say></Response>

Passes::

    <Response><Say>Wait<break time="1500ms"/>done</Say></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML126"
NAME = "break-time"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
SUPERSEDES = ("LAML005",)
OPTIONS: dict[str, object] = {"max-seconds": 10}

_TIME = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\s*")


def check(ctx: Context) -> Iterator[Finding]:
    limit = float(ctx.options["max-seconds"])
    for el in ctx.elements("break"):
        match = _TIME.fullmatch(el.get("time") or "")
        if match is None:
            continue
        seconds = float(match.group(1)) / (1000 if match.group(2) == "ms" else 1)
        if seconds > limit:
            yield Finding(el, f"<break time={el.get('time')!r}> is longer than {limit:g} s",
                          attribute="time", hint="use several breaks, or <Pause>")
