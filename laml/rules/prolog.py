"""Nothing may come before the XML declaration or the root: no blank line, no stray text (12100).

A blank line, a byte-order mark, spaces, debug output or a second ``<?xml …?>`` declaration in
front of the document make the platform's parser fail ("Content is not allowed in prolog").

Fails::

    Hello<Response/>

Passes::

    <?xml version="1.0" encoding="UTF-8"?><Response/>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML122"
NAME = "prolog"
SEVERITY = "error"
PLATFORM_CODE = 12100
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
TEXT_RULE = True
SUPERSEDES = ("LAML001",)

_DECLARATION = re.compile(r"<\?xml[\s?]")


def check(ctx: Context) -> Iterator[Finding]:
    text = ctx.doc.text
    data = ctx.doc.data
    if data.startswith(b"\xef\xbb\xbf"):
        yield Finding(None, "the document starts with a byte-order mark", severity="warning",
                      hint="save it as UTF-8 without BOM", offset=0)
    stripped = text.lstrip()
    if stripped != text and stripped.startswith("<"):
        yield Finding(None, "white space before the start of the document",
                      hint="remove the blank lines or spaces before <?xml or <Response>", offset=0)
    elif stripped and not stripped.startswith("<"):
        yield Finding(None, f"text before the document: {stripped[:20]!r}",
                      hint="the response body must be the XML document alone", offset=0)
    declarations = [m.start() for m in _DECLARATION.finditer(text)]
    if len(declarations) > 1:
        yield Finding(None, "a second <?xml …?> declaration", offset=declarations[1],
                      hint="keep only the first line's declaration")
