"""A response larger than 64 kB is refused by the platform (error 11750).

Fails (max=40)::

    <Response><Say>This document is longer than forty bytes.</Say></Response>

Passes::

    <Response><Say>Small.</Say></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.document import utf8_size
from laml.rules import Context, Finding

CODE = "LAML110"
NAME = "document-too-large"
SEVERITY = "error"
PLATFORM_CODE = 11750
CHANNELS = ("voice", "messaging", "fax")
SUPERSEDES = ("LAML013",)
OPTIONS: dict[str, object] = {"max": 64 * 1024}
TEXT_RULE = True


def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max"])
    size = utf8_size(ctx.doc.text) if ctx.doc.text else ctx.doc.size
    if size > limit:
        yield Finding(
            ctx.doc.root,
            f"the document is {size} bytes; the platform accepts at most {limit}",
            hint="move long text or lists into separate documents and <Redirect> to them",
            offset=0,
        )
