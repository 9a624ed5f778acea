"""A ``<Dial>`` rings at most 10 ``<Number>`` or 10 ``<Sip>`` nouns at once.

Fails::

    <Response><Dial>
      <Number>+15550000001</Number><Number>+15550000002</Number><Number>+15550000003</Number>
      <Number>+15550000004</Number><Number>+15550000005</Number><Number>+15550000006</Number>
      <Number>+15550000007</Number><Number>+15550000008</Number><Number>+15550000009</Number>
      <Number>+15550000010</Number><Number>+15550000011</Number>
    </Dial></Response>

Fails (max=1)::

    <Response><Dial><Number>+15550000001</Number><Number>+15550000002</Number></Dial></Response>

Passes::

    <Response><Dial><Number>+15550000001</Number><Number>+15550000002</Number></Dial></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML104"
NAME = "too-many-dial-targets"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
SUPERSEDES = ("LAML010",)
OPTIONS: dict[str, object] = {"max": 10}


def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max"])
    for dial in ctx.elements("Dial"):
        for tag in ("Number", "Sip"):
            nouns = list(dial.iterchildren(tag))
            if len(nouns) > limit:
                yield Finding(
                    nouns[limit],
                    f"<Dial> has {len(nouns)} <{tag}> nouns; at most {limit} ring at once",
                    hint=f"split them into several <Dial> verbs of {limit} or fewer",
                )
