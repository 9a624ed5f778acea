"""``<Say voice>`` must name a voice the platform has.

An unknown voice fails the ``<Say>`` on Twilio and falls back to a default voice on SignalWire
(the caller hears another voice than intended). The voices come from the platforms' lists in
``laml/data/voices.json`` (sources inside): ``man``, ``woman``, ``alice``, ``Polly.<Name>``
and ``Polly.<Name>-Neural`` on both; ``Polly.<Name>-Generative`` and ``Google.<name>`` on
Twilio (case-sensitive); ``gcloud.<name>`` and engine strings such as ``elevenlabs.thomas`` or
``amazon.Kendra:neural`` on SignalWire (case-insensitive). The fix writes the near miss: safe
when only the spelling differs (case, an accent Twilio writes), unsafe otherwise.

Fails::

    <Response><Say voice="Polly.Joana">Hello</Say></Response>

Fixed (unsafe)::

    <Response><Say voice="Polly.Joanna">Hello</Say></Response>

Fails::

    <Response><Say voice="robot">Hello</Say></Response>

Fails (dialect=twilio)::

    <Response><Say voice="polly.joanna">Hello</Say></Response>

Fixed::

    <Response><Say voice="Polly.Joanna">Hello</Say></Response>

Fails (dialect=twilio)::

    <Response><Say voice="gcloud.en-US-Standard-A">Hello</Say></Response>

Passes::

    <Response>
      <Say voice="Polly.Joanna-Neural">Hi</Say><Say voice="gcloud.en-US-Neural2-A">Hi</Say>
      <Say voice="elevenlabs.thomas">Hi</Say><Say voice="woman">Hi</Say>
    </Response>

Passes (dialect=twilio)::

    <Response>
      <Say voice="Polly.Amy">Hi</Say><Say voice="Google.en-GB-Standard-A">Hi</Say>
      <Say voice="Polly.Matthew-Generative">Hi</Say><Say voice="man">Hi</Say>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules._tts import voice_problem
from laml.rules.common import attribute_problems

CODE = "LAML136"
NAME = "voice-name"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}
FIXES = ("safe", "unsafe")


def check(ctx: Context) -> Iterator[Finding]:
    return attribute_problems(ctx, ("Say",), "voice",
                              lambda say, voice: voice_problem(voice, ctx.dialect))
