"""Deprecated verbs and nouns: ``<Sms>`` (use ``<Message>``), ``<VirtualAgent>``, ``<Autopilot>``.

Fails::

    <Response><Sms to="+15551234567">Hi</Sms></Response>

Passes (channel=messaging)::

    <Response><Message to="+15551234567">Hi</Message></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML120"
NAME = "deprecated-verb"
SEVERITY = "info"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}

_DEPRECATED = {
    "Sms": "send messages with <Message> in a messaging document, or the REST API during a call",
    "VirtualAgent": "the Dialogflow connector behind it is retired",
    "Autopilot": "Autopilot is retired",
}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements(*_DEPRECATED):
        yield Finding(el, f"<{el.tag}> is deprecated", hint=_DEPRECATED[str(el.tag)])
