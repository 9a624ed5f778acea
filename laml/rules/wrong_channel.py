"""A verb of another channel: a voice verb in a messaging document, or the other way round.

The platform reads a response with the vocabulary of the request: ``<Say>`` in a reply to a
message, or ``<Message>`` in a call, is refused (12200). The channel is detected from the
document, or given with ``channel=``.

Fails (channel=messaging)::

    <Response><Say>Thanks for your message</Say></Response>

Fails::

    <Response><Say>Hi</Say><Message>Hi</Message></Response>

Passes (channel=messaging)::

    <Response><Message>Thanks for your message</Message></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.vocabulary import CHANNELS as ALL_CHANNELS
from laml.vocabulary import channel_elements

CODE = "LAML123"
NAME = "wrong-channel"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML002", "LAML003", "LAML011")


def _verbs(channel: str) -> set[str]:
    root = channel_elements(channel)[0]  # type: ignore[arg-type]
    specs = {s.cls: s for s in channel_elements(channel)}  # type: ignore[arg-type]
    return {specs[c.cls].tag for c in root.children if not c.builder_only}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.root.tag != "Response":
        return
    ours = _verbs(ctx.channel)
    for verb in ctx.root.iterchildren(tag="*"):
        tag = str(verb.tag)
        if tag in ours:
            continue
        others = [c for c in ALL_CHANNELS if c != ctx.channel and tag in _verbs(c)]
        if others:
            yield Finding(
                verb,
                f"<{tag}> is a {others[0]} verb; this is a {ctx.channel} document",
                hint=f"{ctx.channel} documents use: {', '.join(sorted(ours))}",
            )
