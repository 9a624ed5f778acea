"""Nothing may come before the XML declaration or the root: no blank line, no stray text (12100).

A blank line, a byte-order mark, spaces, debug output or a second ``<?xml …?>`` declaration in
front of the document make the platform's parser fail ("Content is not allowed in prolog").
White space and a byte-order mark are removed by a safe fix.

Fails::

    Hello<Response/>

Fails::

    <?xml version="1.0" encoding="UTF-8"?>
    <?xml version="1.0" encoding="UTF-8"?><Response/>

Passes::

    <?xml version="1.0" encoding="UTF-8"?><Response/>

Fails::


    <Response><Hangup/></Response>

Fixed::

    <Response><Hangup/></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.diagnostics import Edit, Fix
from laml.rules import Context, Finding

CODE = "LAML122"
NAME = "prolog"
SEVERITY = "error"
PLATFORM_CODE = 12100
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
TEXT_RULE = True
SUPERSEDES = ("LAML001",)
FIXES = ("safe",)

_DECLARATION = re.compile(r"<\?xml[\s?]")


def check(ctx: Context) -> Iterator[Finding]:
    text = ctx.doc.text
    data = ctx.doc.data
    start = 0
    if data.startswith(b"\xef\xbb\xbf"):
        # the text of a well-formed document starts after the mark, of another one with it
        start = 1 if text.startswith("\ufeff") else 0
        mark = Edit(0, 1, "") if start else Edit(-1, 0, "")
        yield Finding(None, "the document starts with a byte-order mark", severity="warning",
                      hint="save it as UTF-8 without BOM", offset=0,
                      fix=Fix((mark,), "remove the byte-order mark"))
    body = text[start:]
    stripped = body.lstrip()
    if stripped != body and stripped.startswith("<"):
        blank = Edit(start, start + len(body) - len(stripped), "")
        yield Finding(None, "white space before the start of the document",
                      hint="remove the blank lines or spaces before <?xml or <Response>",
                      offset=start, fix=Fix((blank,), "remove the white space"))
    elif stripped and not stripped.startswith("<"):
        yield Finding(None, f"text before the document: {stripped[:20]!r}",
                      hint="the response body must be the XML document alone", offset=start)
    declarations = [m.start() for m in _DECLARATION.finditer(text)]
    if len(declarations) > 1:
        yield Finding(None, "a second <?xml …?> declaration", offset=declarations[1],
                      hint="keep only the first line's declaration")
