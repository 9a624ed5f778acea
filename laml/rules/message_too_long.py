"""A message body is at most 1600 characters (``<Message>``, its ``<Body>`` parts, ``<Sms>``).

Fails (channel=messaging, max=5)::

    <Response><Message><Body>Hello </Body><Body>world</Body></Message></Response>

Passes (channel=messaging)::

    <Response><Message>Thanks, we got your message.</Message></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import direct_text, text_of

CODE = "LAML108"
NAME = "message-too-long"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging")
SUPERSEDES = ("LAML009",)
OPTIONS: dict[str, object] = {"max": 1600}


def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max"])
    for el in ctx.elements("Message", "Sms"):
        if el.tag == "Sms":
            text = text_of(el)
        else:
            text = direct_text(el) + "".join(text_of(b) for b in el.iterchildren("Body"))
        if len(text) > limit:
            yield Finding(
                el,
                f"<{el.tag}> text is {len(text)} characters long; the limit is {limit}",
                hint="shorten it, or send several messages",
            )
