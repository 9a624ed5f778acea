"""``<Play digits>`` is not supported inside ``<Gather>``.

Fails::

    <Response><Gather action="https://example.com/a"><Play digits="1234"/></Gather></Response>

Passes::

    <Response>
      <Play digits="1234"/>
      <Gather action="https://example.com/a"><Say>Enter a code</Say></Gather>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML129"
NAME = "play-digits-in-gather"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for play in ctx.elements("Play"):
        parent = play.getparent()
        if play.get("digits") is not None and parent is not None and parent.tag == "Gather":
            yield Finding(play, "<Play digits> cannot be used inside <Gather>", attribute="digits",
                          hint="send the digits with a <Play> before the <Gather>")
