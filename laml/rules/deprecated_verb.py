"""Deprecated verbs and nouns: ``<VirtualAgent>``, ``<Autopilot>``, and ``<Sms>`` in TwiML.

``<Sms>`` is how a LaML call sends a text message while it goes on (the platform documents it
as a current verb), so it is reported only in the ``twilio`` dialect, where ``<Sms>`` is
legacy and messages are sent with the REST API during a call. ``<VirtualAgent>`` (Dialogflow)
and ``<Autopilot>`` are retired on both platforms.

Fails (dialect=twilio)::

    <Response><Sms to="+15551234567">Hi</Sms></Response>

Fails::

    <Response><Connect><VirtualAgent connectorName="bot"/></Connect></Response>

Passes::

    <Response><Say>Texting you the address.</Say><Sms to="+15551234567">12 Main St</Sms></Response>

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
    "Sms": "during a call, send the message with the REST API (Messages resource)",
    "VirtualAgent": "the Dialogflow connector behind it is retired",
    "Autopilot": "Autopilot is retired",
}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements(*_DEPRECATED):
        if el.tag == "Sms" and ctx.dialect != "twilio":
            continue
        yield Finding(el, f"<{el.tag}> is deprecated", hint=_DEPRECATED[str(el.tag)])
