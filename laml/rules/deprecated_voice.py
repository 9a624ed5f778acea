"""The voices ``man``, ``woman`` and ``alice`` are legacy; prefer a named TTS voice.

Fails::

    <Response><Say voice="alice">Hello</Say></Response>

Passes::

    <Response><Say voice="Polly.Joanna">Hello</Say></Response>
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

_LEGACY = {"man", "woman", "alice"}


def check(ctx: Context) -> Iterator[Finding]:
    for say in ctx.elements("Say"):
        voice = say.get("voice")
        if voice is not None and voice.strip().lower() in _LEGACY:
            yield Finding(say, f"voice {voice!r} is a legacy voice", attribute="voice",
                          hint="use a named voice such as Polly.Joanna or Polly.Matthew-Neural")
