"""Phone numbers are written in E.164 form: ``+``, the country code and the number.

Checked where a phone number is expected: the text of ``<Number>`` and of ``<Dial>``,
``callerId`` on a ``<Dial>`` of phone numbers, ``to`` and ``from`` of ``<Sms>`` and ``<Message>``
(``from`` may also be a short code or an alphanumeric sender name; in the twilio dialect ``to``
and ``from`` may carry a channel prefix such as ``whatsapp:``).

Both platforms also accept a North American number written with separators or without the
``+1`` (``415-123-4567``, ``(415) 123-4567``): that is reported as info, with a safe fix to
E.164, and so is an E.164 number written with spaces or dashes (``+44 20 7946 0958``).
Anything else that is not E.164 is a warning: a number that starts with its country code but
not with ``+`` (``919876543210``) gets an unsafe fix that adds it, as does an international
prefix (``0044…``, ``011…``). Placeholders (``+1XXXXXXXXXX``, ``YOUR_NUMBER``, ``{{To}}``) and
names (a client name, an alphanumeric sender ID) are not numbers and are left alone.

Fails::

    <Response><Dial><Number>(555) 123-4567</Number></Dial></Response>

Fixed::

    <Response><Dial><Number>+15551234567</Number></Dial></Response>

Fails::

    <Response><Dial callerId="919876543210"><Number>+15551234567</Number></Dial></Response>

Fixed (unsafe)::

    <Response><Dial callerId="+919876543210"><Number>+15551234567</Number></Dial></Response>

Fails::

    <Response><Dial><Number>555-0100</Number></Dial></Response>

Passes::

    <Response><Dial callerId="+15550100000"><Number>+15551234567</Number></Dial></Response>

Passes::

    <Response><Dial callerId="front-desk"><Sip>sip:alice@example.com</Sip></Dial></Response>

Passes (channel=messaging)::

    <Response>
      <Message from="12345" to="+1XXXXXXXXXX">Hi</Message><Message from="Acme">Hi</Message>
    </Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from laml._element import PlainElement
from laml.diagnostics import Severity
from laml.rules import Context, Finding
from laml.rules.common import direct_text, is_e164, is_placeholder

CODE = "LAML113"
NAME = "e164-number"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging")
OPTIONS: dict[str, object] = {}
FIXES = ("safe", "unsafe")

_SHORT_CODE = re.compile(r"[0-9]{3,8}")
_CHANNEL_PREFIX = re.compile(r"[a-z]+:")
_NON_PHONE_NOUNS = {"Sip", "Client", "Verto", "Application", "Sim", "WhatsApp"}
_SEPARATORS = re.compile(r"[\s\-.()/\u00a0]+")
#: a North American number as people write it: (415) 123-4567, 415.123.4567, 1-415-123-4567
_NANP = re.compile(r"(?:\+?1[\s\-.]*)?\(?([0-9]{3})\)?[\s\-./]*([0-9]{3})[\s\-./]*([0-9]{4})")


@dataclass(frozen=True, slots=True)
class _Verdict:
    severity: Severity
    message: str
    hint: str
    number: str | None = None
    safe: bool = True


def _verdict(value: str, short_code_ok: bool, prefix_ok: bool) -> _Verdict | None:
    """What is wrong with phone number ``value`` (``None``: nothing, or not a number)."""
    text = value.strip()
    if not text or is_placeholder(text):
        return None
    prefix = ""
    if prefix_ok or text.lower().startswith("client:"):
        found = _CHANNEL_PREFIX.match(text)
        if found is not None:
            prefix, text = found.group(), text[found.end():]
    if prefix.lower() == "client:" or not any(c.isdigit() for c in text):
        return None  # a client name, or a sender name: not a number
    if short_code_ok and _SHORT_CODE.fullmatch(text):
        return None
    if is_e164(text):
        return None
    digits = _SEPARATORS.sub("", text)
    if is_e164(digits):
        return _Verdict("info", "is an E.164 number written with separators",
                        f"write it without them: {prefix}{digits}", prefix + digits)
    nanp = _NANP.fullmatch(text)
    if nanp is not None and (not text.startswith("+") or digits.startswith("+1")):
        number = "+1" + "".join(nanp.groups())
        return _Verdict("info", "is a North American number that is not in E.164 form",
                        f"the platform reads it as {number}; write that", prefix + number)
    if not re.fullmatch(r"\+?[0-9]+", digits):
        return _Verdict("warning", "is not an E.164 number",
                        "write it as + and the country code, then the number, digits only")
    plain = digits.lstrip("+")
    for international in ("00", "011"):
        if plain.startswith(international) and 7 <= len(plain) - len(international) <= 15:
            number = "+" + plain[len(international):]
            return _Verdict("warning", f"starts with the international prefix {international}",
                            f"write it in E.164: {number}", prefix + number, safe=False)
    if not digits.startswith("+") and 11 <= len(plain) <= 15 and plain[0] != "0":
        number = "+" + plain
        return _Verdict("warning", "is not an E.164 number (no +)",
                        f"if it starts with its country code, write {number}", prefix + number,
                        safe=False)
    return _Verdict("warning", "is not an E.164 number",
                    "write it as + and the country code, then the number, e.g. +14155550100")


def _finding(ctx: Context, el: PlainElement, what: str, value: str,
             verdict: _Verdict, attribute: str | None) -> Finding:
    fix = None
    if verdict.number is not None:
        description = f"write {verdict.number}"
        fix = (ctx.set_attribute(el, attribute, verdict.number, description, safe=verdict.safe)
               if attribute else ctx.set_text(el, verdict.number, description, safe=verdict.safe))
    return Finding(el, f"{what} {value.strip()!r} {verdict.message}", hint=verdict.hint,
                   attribute=attribute, severity=verdict.severity, fix=fix)


def check(ctx: Context) -> Iterator[Finding]:
    prefix_ok = ctx.dialect == "twilio"
    for el in ctx.elements("Number", "Dial", "Sms", "Message"):
        tag = el.tag
        if tag in ("Number", "Dial"):
            if tag == "Dial" and any(c.tag in _NON_PHONE_NOUNS for c in el.iterchildren(tag="*")):
                continue
            text = direct_text(el)
            verdict = _verdict(text, False, False)
            if verdict is not None:
                yield _finding(ctx, el, f"<{tag}>", text, verdict, None)
            elif (tag == "Number" and text.strip() and not any(c.isdigit() for c in text)
                  and not is_placeholder(text.strip())):
                yield Finding(el, f"<Number> {text.strip()!r} is not a phone number",
                              hint="a client or SIP endpoint is dialled with its own noun "
                              "(<Client>, <Sip>)")
            caller = el.get("callerId") if tag == "Dial" else None
            if caller is not None:
                verdict = _verdict(caller, False, prefix_ok)
                if verdict is not None:
                    yield _finding(ctx, el, "`callerId`", caller, verdict, "callerId")
            continue
        for name in ("to", "from"):
            value = el.get(name)
            if value is None:
                continue
            verdict = _verdict(value, name == "from", prefix_ok)
            if verdict is not None:
                yield _finding(ctx, el, f"`{name}`", value, verdict, name)
