"""Phone numbers must be in E.164 form: ``+`` and the country code, no spaces or dashes.

Checked where a phone number is expected: the text of ``<Number>`` and of ``<Dial>``, ``callerId``
on a ``<Dial>`` of phone numbers, ``to`` and ``from`` of ``<Sms>`` and ``<Message>`` (``from`` may
also be a short code; in the twilio dialect ``to`` and ``from`` may carry a channel prefix such as
``whatsapp:``).

Fails::

    <Response><Dial><Number>(555) 123-4567</Number></Dial></Response>

Fails::

    <Response><Dial callerId="555-0100"><Number>+15551234567</Number></Dial></Response>

Passes::

    <Response><Dial callerId="+15550100000"><Number>+15551234567</Number></Dial></Response>

Passes::

    <Response><Dial callerId="front-desk"><Sip>sip:alice@example.com</Sip></Dial></Response>

Passes (channel=messaging)::

    <Response><Message from="12345" to="+15551234567">Hi</Message></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import direct_text, has_placeholder, is_e164

CODE = "LAML113"
NAME = "e164-number"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging")
OPTIONS: dict[str, object] = {}

_SHORT_CODE = re.compile(r"[0-9]{3,8}")
_CHANNEL_PREFIX = re.compile(r"\A[a-z]+:")
_NON_PHONE_NOUNS = {"Sip", "Client", "Verto", "Application", "Sim", "WhatsApp"}


def _problem(value: str, short_code_ok: bool, prefix_ok: bool) -> bool:
    value = value.strip()
    if not value or has_placeholder(value):
        return False
    if prefix_ok:
        value = _CHANNEL_PREFIX.sub("", value, count=1)
    if short_code_ok and _SHORT_CODE.fullmatch(value):
        return False
    return not is_e164(value)


def _hint(value: str) -> str:
    digits = re.sub(r"[^0-9+]", "", value)
    if digits and not digits.startswith("+"):
        return f"write it as +<country code><number>, e.g. +1{digits[-10:]} for a US number"
    return "write it as +<country code><number>, e.g. +15551234567"


def check(ctx: Context) -> Iterator[Finding]:
    prefix_ok = ctx.dialect == "twilio"
    for el in ctx.elements("Number", "Dial", "Sms", "Message"):
        tag = el.tag
        if tag in ("Number", "Dial"):
            if tag == "Dial" and any(c.tag in _NON_PHONE_NOUNS for c in el.iterchildren(tag="*")):
                continue
            text = direct_text(el)
            if _problem(text, False, False):
                yield Finding(el, f"<{tag}> {text.strip()!r} is not an E.164 number",
                              hint=_hint(text))
            caller = el.get("callerId") if tag == "Dial" else None
            if caller is not None and _problem(caller, False, prefix_ok):
                yield Finding(el, f"`callerId` {caller!r} is not an E.164 number",
                              hint=_hint(caller), attribute="callerId")
            continue
        for name in ("to", "from"):
            value = el.get(name)
            if value is not None and _problem(value, name == "from", prefix_ok):
                yield Finding(el, f"`{name}` {value!r} is not an E.164 number",
                              hint=_hint(value), attribute=name)
