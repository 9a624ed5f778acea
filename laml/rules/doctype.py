"""A DOCTYPE is refused: the platform's parser disallows it (12100), and laml never reads one.

Fails::

    <!DOCTYPE Response><Response><Say>Hi</Say></Response>

Passes::

    <Response><Say>Hi</Say></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML121"
NAME = "doctype"
SEVERITY = "error"
PLATFORM_CODE = 12100
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
TEXT_RULE = True
SUPERSEDES = ("LAML001",)

_DOCTYPE = re.compile(r"<!--.*?-->|(<!DOCTYPE)", re.DOTALL)


def check(ctx: Context) -> Iterator[Finding]:
    for match in _DOCTYPE.finditer(ctx.doc.text):
        if match.group(1):
            yield Finding(None, "the document has a DOCTYPE, which the platform refuses",
                          hint="remove the <!DOCTYPE …> declaration", offset=match.start(1))
            return
