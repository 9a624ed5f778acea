"""``<Record>`` without ``action`` requests this same document again when recording ends.

The current document then usually starts recording again: a loop the caller cannot leave.

Fails::

    <Response><Say>Leave a message</Say><Record maxLength="60"/></Response>

Passes::

    <Response><Record maxLength="60" action="https://example.com/saved"/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML103"
NAME = "record-without-action"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for record in ctx.elements("Record"):
        if record.get("action") is None:
            yield Finding(
                record,
                "<Record> has no action: when it ends, this same document is requested again "
                "(loop risk)",
                hint="add action=\"https://…\" to receive the recording",
            )
