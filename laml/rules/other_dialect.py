"""Vocabulary of the other dialect: Twilio-only elements or attributes in a LaML document.

Twilio-only vocabulary (``<Client>``, ``<Siprec>``, ``bargeIn`` ...) is unknown to SignalWire, and
SignalWire-only vocabulary (``<Denoise>``, ``<Verto>``, ``callerName`` ...) is unknown to Twilio.

Fails::

    <Response><Gather bargeIn="true" action="https://example.com/a"/><Dial><Client>alice</Client></Dial></Response>

Fails (dialect=twilio)::

    <Response><Denoise>on</Denoise></Response>

Passes::

    <Response><Denoise>on</Denoise></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML124"
NAME = "other-dialect"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML002", "LAML003", "LAML004", "LAML012")

_NAMES = {"signalwire": "SignalWire (LaML)", "twilio": "Twilio"}


def check(ctx: Context) -> Iterator[Finding]:
    other = "twilio" if ctx.dialect == "signalwire" else "signalwire"
    for el in ctx.elements():
        spec = ctx.spec(el)
        if spec is None:
            continue
        if ctx.dialect not in spec.dialects:
            yield Finding(el, f"<{el.tag}> is {_NAMES[other]}-only vocabulary; "
                          f"{_NAMES[ctx.dialect]} does not know it",
                          hint=f"validate with dialect={other!r} if the document targets it")
            continue
        for name in ctx.attributes(el):
            attr = spec.attr(name)
            if attr is not None and ctx.dialect not in attr.dialects:
                yield Finding(el, f"`{name}` on <{el.tag}> is {_NAMES[other]}-only; "
                              f"{_NAMES[ctx.dialect]} ignores or refuses it",
                              attribute=name)
