"""``<Record transcribe="true">`` without ``transcribeCallback`` delivers the text nowhere.

Fails::

    <Response><Record transcribe="true" action="https://example.com/saved"/></Response>

Passes::

    <Response><Record transcribe="true" transcribeCallback="https://example.com/text" action="https://example.com/saved"/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import truthy

CODE = "LAML135"
NAME = "transcribe-without-callback"
SEVERITY = "info"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for record in ctx.elements("Record"):
        if truthy(record.get("transcribe")) and not record.get("transcribeCallback"):
            yield Finding(record, "the transcription has no transcribeCallback to go to",
                          attribute="transcribe",
                          hint="add transcribeCallback, or fetch transcriptions with the REST API")
