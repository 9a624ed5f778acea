"""``coach`` on ``<Conference>`` names the call to coach: a call SID or call ID (13240).

Fails::

    <Response><Dial><Conference coach="agent-7">room</Conference></Dial></Response>

Passes::

    <Response><Dial>
      <Conference coach="CA0123456789abcdef0123456789abcdef">room</Conference>
    </Dial></Response>

Passes::

    <Response><Dial>
      <Conference coach="b3877c40-da60-4998-90ad-b792e98472af">room</Conference>
    </Dial></Response>

A name that stands for the SID (``AgentCallSid``, ``{CallSid}``, ``CAxxxxxxxx``), as
documentation writes it, is a placeholder and left alone.

Passes::

    <Response><Dial><Conference coach="AgentCallSid">Example-Room</Conference></Dial></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.rules.common import is_placeholder

CODE = "LAML132"
NAME = "coach-call-sid"
SEVERITY = "error"
PLATFORM_CODE = 13240
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}

#: an identifier naming the SID rather than holding one: AgentCallSid, call_sid, coachSID
_NAMES_A_SID = re.compile(r"[A-Za-z_]*(?i:sid)[A-Za-z_]*")
_CALL = re.compile(
    r"CA[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


def check(ctx: Context) -> Iterator[Finding]:
    for conference in ctx.elements("Conference"):
        coach = conference.get("coach")
        if not coach or is_placeholder(coach) or _NAMES_A_SID.fullmatch(coach.strip()):
            continue
        if not _CALL.fullmatch(coach.strip()):
            yield Finding(conference, f"`coach` {coach!r} is not a call SID or call ID",
                          attribute="coach", hint="use the CallSid of the participant to coach")
