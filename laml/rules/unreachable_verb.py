"""Verbs that follow a verb which ends the document never run.

``<Hangup>``, ``<Reject>`` and ``<Redirect>`` end the document; ``<Record>`` always requests its
``action`` URL (or this document again); ``<Dial>``, ``<Enqueue>``, ``<Refer>``, ``<Sms>``,
``<Message>`` and ``<Pay>`` with an ``action`` hand the call to the document that URL returns, and
so does ``<Gather action actionOnEmptyResult="true">``. Anything after them is dead code.

In TwiML (the ``twilio`` dialect) a ``<Record>`` that records nothing does not request its
``action``: the call goes on with the next verb, which is where a voicemail flow says "I did not
receive a recording". There, verbs after ``<Record>`` are reachable.

Fails::

    <Response><Hangup/><Say>Goodbye</Say></Response>

Fails::

    <Response><Dial action="https://example.com/after">+15551234567</Dial><Say>Bye</Say></Response>

Fails (channel=messaging)::

    <Response><Redirect>https://example.com/next</Redirect><Message>Hi</Message></Response>

Passes::

    <Response><Say>Goodbye</Say><Hangup/></Response>

Passes::

    <Response><Dial>+15551234567</Dial><Say>The call ended.</Say></Response>

Fails::

    <Response><Record action="https://example.com/saved"/><Say>No message</Say></Response>

Passes (dialect=twilio)::

    <Response>
      <Say>Please leave a message at the beep.</Say>
      <Record action="https://example.com/saved" maxLength="20" finishOnKey="*"/>
      <Say>I did not receive a recording</Say>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import truthy

CODE = "LAML101"
NAME = "unreachable-verb"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}

_ALWAYS = {"Hangup", "Reject", "Redirect", "Record", "Leave"}
_WITH_ACTION = {"Dial", "Enqueue", "Refer", "Sms", "Message", "Pay", "Receive", "Connect"}


def _ends(el: object, dialect: str) -> str | None:
    tag = el.tag  # type: ignore[attr-defined]
    get = el.get  # type: ignore[attr-defined]
    if tag == "Record" and dialect == "twilio":
        return None  # an empty recording continues with the next verb
    if tag in _ALWAYS:
        return f"<{tag}> ends the document"
    if tag in _WITH_ACTION and get("action"):
        return f"<{tag} action> hands the call to the document its action URL returns"
    if tag == "Gather" and get("action") and truthy(get("actionOnEmptyResult")):
        return "<Gather action actionOnEmptyResult=\"true\"> always requests its action URL"
    return None


def check(ctx: Context) -> Iterator[Finding]:
    reason: str | None = None
    for verb in ctx.root.iterchildren(tag="*"):
        if reason is not None:
            yield Finding(
                verb,
                f"<{verb.tag}> never runs: {reason}",
                hint="remove it, or move it before the verb that ends the document",
            )
            return
        reason = _ends(verb, ctx.dialect)
