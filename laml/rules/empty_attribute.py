"""An attribute given an empty value: ``action=""``, ``callerId=""``, ``url=""`` ...

An empty value is not the same as no attribute: ``action=""`` makes the platform request an empty
URL when the verb ends, which fails the call. Usually a template variable was missing.

Fails::

    <Response><Dial action="" callerId="">+15551234567</Dial></Response>

Passes::

    <Response><Dial>+15551234567</Dial></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML128"
NAME = "empty-attribute"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging", "fax")
SUPERSEDES = ("LAML005",)
OPTIONS: dict[str, object] = {}

#: attributes where an empty value means something
_MEANINGFUL = {"finishOnKey", "digits", "sendDigits"}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        for name, value in ctx.attributes(el).items():
            if not value.strip() and name not in _MEANINGFUL:
                yield Finding(el, f"`{name}` on <{el.tag}> is empty",
                              hint="remove the attribute, or give it a value",
                              attribute=name)
