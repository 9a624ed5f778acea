"""``language`` on ``<Say>`` and ``<Gather>`` is a language tag the platform knows.

A language name (``english``), a tag written with ``_`` (``en_US``) or anything that is not a
language tag is reported on both platforms. On Twilio the tag must also be one of its lists
(``<Say>`` and ``<Gather>`` have their own, in ``laml/data/languages.json`` with their sources),
written in its case (``en-US``, not ``en-us``), and a Polly or Google voice must speak it.
SignalWire publishes no list, so any well-formed tag passes there. Fixes: the separator and the
case are safe; a language name's usual tag is unsafe.

Fails::

    <Response><Gather input="speech" language="en_US" action="https://example.com/a"/></Response>

Fixed::

    <Response><Gather input="speech" language="en-US" action="https://example.com/a"/></Response>

Fails::

    <Response><Say language="english">Hello</Say></Response>

Fixed (unsafe)::

    <Response><Say language="en-US">Hello</Say></Response>

Fails (dialect=twilio)::

    <Response><Say voice="Polly.Joanna" language="fr-FR">Bonjour</Say></Response>

Passes::

    <Response><Say voice="alice" language="fr-CA">Bonjour</Say></Response>

Passes (dialect=twilio)::

    <Response>
      <Say voice="woman" language="es">Hola</Say>
      <Say voice="Polly.Mathieu" language="fr-FR">Salut</Say>
      <Gather input="speech" language="cmn-Hans-CN" action="https://example.com/a"/>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules._tts import language_problem
from laml.rules.common import attribute_problems

CODE = "LAML137"
NAME = "language-code"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}
FIXES = ("safe", "unsafe")


def check(ctx: Context) -> Iterator[Finding]:
    return attribute_problems(
        ctx, ("Say", "Gather"), "language",
        lambda el, language: language_problem(language, ctx.dialect, str(el.tag), el.get("voice")),
    )
