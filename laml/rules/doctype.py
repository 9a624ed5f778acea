"""A DOCTYPE is refused: the platform's parser disallows it (12100), and laml never reads one.

Fails::

    <!DOCTYPE Response><Response><Say>Hi</Say></Response>

Passes::

    <Response><Say>Hi</Say></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.document import comment_spans
from laml.rules import Context, Finding

CODE = "LAML121"
NAME = "doctype"
SEVERITY = "error"
PLATFORM_CODE = 12100
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
TEXT_RULE = True
SUPERSEDES = ("LAML001",)



def check(ctx: Context) -> Iterator[Finding]:
    text = ctx.doc.text
    found = _outside_comments(text, "<!DOCTYPE")
    if found is not None:
        yield Finding(None, "the document has a DOCTYPE, which the platform refuses",
                      hint="remove the <!DOCTYPE …> declaration", offset=found)


def _outside_comments(text: str, needle: str) -> int | None:
    """Where ``needle`` first occurs in ``text`` outside comments (one pass over the text)."""
    position = 0
    for start, end in comment_spans(text):
        found = text.find(needle, position, start)
        if found >= 0:
            return found
        position = end
    found = text.find(needle, position)
    return found if found >= 0 else None
