"""``<Sip>`` cannot be mixed with other nouns in the same ``<Dial>`` (LaML).

Twilio allows it; the rule applies to the ``signalwire`` dialect.

Fails::

    <Response><Dial><Sip>sip:alice@example.com</Sip><Number>+15551234567</Number></Dial></Response>

Passes::

    <Response><Dial><Sip>sip:alice@example.com</Sip><Sip>sip:bob@example.com</Sip></Dial></Response>

Passes (dialect=twilio)::

    <Response><Dial><Sip>sip:alice@example.com</Sip><Number>+15551234567</Number></Dial></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import direct_text

CODE = "LAML105"
NAME = "sip-mixed-with-nouns"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
SUPERSEDES = ("LAML003",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dialect != "signalwire":
        return
    for dial in ctx.elements("Dial"):
        nouns = [c for c in dial.iterchildren(tag="*")]
        if not any(n.tag == "Sip" for n in nouns):
            continue
        others = [n for n in nouns if n.tag != "Sip"]
        if others or direct_text(dial).strip():
            what = f"<{others[0].tag}>" if others else "a number as text"
            yield Finding(
                others[0] if others else dial,
                f"<Sip> cannot be dialled together with {what} in the same <Dial>",
                hint="use one <Dial> for the SIP endpoints and another for the rest",
            )
