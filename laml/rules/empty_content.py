"""Elements that do nothing without content: an empty ``<Number>``, ``<Dial>``, ``<Play>`` ...

``<Number></Number>`` dials nothing (the platform rejects the document), ``<Dial/>`` has nobody to
call, ``<Redirect/>`` has nowhere to go, ``<Play/>`` without ``digits`` has nothing to play,
``<Message/>`` sends nothing. A template variable that was missing at render time is the usual
cause. (In TwiML an empty ``<Redirect/>`` requests the current document again, which a queue's
wait document may want; the rule leaves it alone in the ``twilio`` dialect.)

Fails::

    <Response><Dial><Number sendDigits="w"></Number></Dial></Response>

Fails::

    <Response><Play/></Response>

Fails (channel=messaging)::

    <Response><Message/></Response>

Passes::

    <Response><Play digits="ww12"/><Dial><Number>+15551234567</Number></Dial></Response>

Passes (dialect=twilio)::

    <Response><Say>Still waiting</Say><Redirect/></Response>

Passes (channel=messaging)::

    <Response><Message><Media>https://example.com/a.png</Media></Message></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import direct_text, text_of

CODE = "LAML106"
NAME = "empty-content"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging")
SUPERSEDES = ("LAML008", "LAML009")
OPTIONS: dict[str, object] = {}

#: element -> what its content is
_NEEDS_TEXT = {
    "Number": "a phone number",
    "Redirect": "a URL",
    "Conference": "a conference name",
    "Queue": "a queue name",
    "Enqueue": "a queue name",
    "Room": "a room name",
    "Verto": "a Verto address",
    "Media": "a media URL",
    "Body": "message text",
    "Sms": "message text",
    "Sip": "a SIP URI",
    "Denoise": "on or off",
}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        tag = str(el.tag)
        if tag == "Redirect" and ctx.dialect == "twilio":
            continue
        if tag in _NEEDS_TEXT and not direct_text(el).strip():
            yield Finding(el, f"<{tag}> is empty; it needs {_NEEDS_TEXT[tag]}")
        elif (
            tag == "Dial"
            and not direct_text(el).strip()
            and next(el.iterchildren(tag="*"), None) is None
        ):
            yield Finding(el, "<Dial> is empty: give it a number or nouns to dial")
        elif tag == "Play" and not text_of(el).strip() and not el.get("digits"):
            yield Finding(el, "<Play> is empty: give it an audio URL or digits to send")
        elif tag == "Message" and not text_of(el).strip():
            yield Finding(el, "<Message> is empty: give it text, <Body> or <Media>")
        elif tag == "Say" and not text_of(el).strip():
            yield Finding(el, "<Say> is empty: it says nothing", severity="warning")
