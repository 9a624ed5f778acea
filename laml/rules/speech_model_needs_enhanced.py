"""``speechModel`` on ``<Gather>`` takes effect only with ``enhanced="true"``.

Fails::

    <Response><Gather input="speech" speechModel="phone_call" action="https://example.com/a"/></Response>

Passes::

    <Response><Gather input="speech" speechModel="phone_call" enhanced="true" action="https://example.com/a"/></Response>

Passes (dialect=twilio)::

    <Response><Gather input="speech" speechModel="phone_call" action="https://example.com/a"/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import truthy

CODE = "LAML116"
NAME = "speech-model-needs-enhanced"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dialect != "signalwire":
        return
    for gather in ctx.elements("Gather"):
        if gather.get("speechModel") and not truthy(gather.get("enhanced")):
            yield Finding(gather, "`speechModel` is ignored unless `enhanced` is \"true\"",
                          attribute="speechModel", hint='add enhanced="true"')
