"""An empty ``<Response>`` does nothing: a call is hung up, a message gets no reply.

That is sometimes the point (acknowledging a message without answering); it is reported as info.

Fails::

    <Response/>

Passes::

    <Response><Hangup/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML133"
NAME = "empty-response"
SEVERITY = "info"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    root = ctx.root
    if root.tag == "Response" and next(root.iterchildren(tag="*"), None) is None:
        what = {"voice": "the call is hung up", "messaging": "no reply is sent",
                "fax": "the fax is not received"}[ctx.channel]
        yield Finding(root, f"the <Response> is empty: {what}")
