"""Each phrase in ``hints`` may be at most 100 characters.

Fails (max=5)::

    <Response><Gather input="speech" hints="customer service,sales" action="https://example.com/a"/></Response>

Passes::

    <Response><Gather input="speech" hints="sales,support" action="https://example.com/a"/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML125"
NAME = "hints-length"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
SUPERSEDES = ("LAML005",)
OPTIONS: dict[str, object] = {"max": 100}


def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max"])
    for el in ctx.elements():
        hints = el.get("hints")
        if not hints:
            continue
        long = [h.strip() for h in hints.split(",") if len(h.strip()) > limit]
        if long:
            yield Finding(el, f"hint {long[0][:30]!r}… is {len(long[0])} characters; "
                          f"at most {limit} are used", attribute="hints",
                          hint="hints are short words or phrases, separated by commas")
