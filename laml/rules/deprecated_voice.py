"""The voice ``alice`` is deprecated; ``man`` and ``woman`` are not.

SignalWire documents ``alice`` as "deprecated and provided for backward compatibility", and
Twilio no longer lists it among the voices ``<Say>`` accepts. ``man`` and ``woman`` remain the
documented basic voices (and the defaults), so they are not reported.

Fails::

    <Response><Say voice="alice">Hello</Say></Response>

Passes::

    <Response><Say voice="woman">Hello</Say></Response>

Passes (dialect=twilio)::

    <Response><Say voice="man" language="es">Hola</Say></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML119"
NAME = "deprecated-voice"
SEVERITY = "info"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}

_DEPRECATED = {"alice"}


def check(ctx: Context) -> Iterator[Finding]:
    for say in ctx.elements("Say"):
        voice = say.get("voice")
        if voice is not None and voice.strip().lower() in _DEPRECATED:
            yield Finding(say, f"voice {voice!r} is deprecated", attribute="voice",
                          hint="use a named voice such as Polly.Joanna or Polly.Matthew-Neural")
