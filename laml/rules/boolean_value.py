"""Boolean attributes take ``true`` or ``false``, in lower case.

``True`` (what Python's ``str(True)`` gives), ``TRUE``, ``1``, ``yes`` or ``on`` are not
booleans to the platform: depending on the attribute it refuses the document or ignores the
value. Writing the case right is a safe fix; turning ``1``/``yes``/``on`` (``0``/``no``/``off``)
into ``true`` (``false``) is an unsafe one.

Fails::

    <Response><Record playBeep="False" action="https://example.com/saved"/></Response>

Fixed::

    <Response><Record playBeep="false" action="https://example.com/saved"/></Response>

Fails::

    <Response><Dial hangupOnStar="1">+15551234567</Dial></Response>

Fixed (unsafe)::

    <Response><Dial hangupOnStar="true">+15551234567</Dial></Response>

Passes::

    <Response><Record playBeep="false" trim="do-not-trim" action="https://example.com/saved"/></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML139"
NAME = "boolean-value"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005",)
FIXES = ("safe", "unsafe")

_ALIASES = {"1": "true", "yes": "true", "on": "true", "y": "true",
            "0": "false", "no": "false", "off": "false", "n": "false"}


def check(ctx: Context) -> Iterator[Finding]:
    for el, name, value, t in ctx.typed_attributes():
        if t.xsd_name != "Boolean" or value in ("true", "false") or "{{" in value:
            continue
        word = value.strip().lower()
        if word in ("true", "false"):
            fix = ctx.set_attribute(el, name, word, f"write {word}")
        elif word in _ALIASES:
            word = _ALIASES[word]
            fix = ctx.set_attribute(el, name, word, f"write {word}", safe=False)
        else:
            fix = None
        yield Finding(el, f"`{name}` must be true or false, got `{value}`",
                      hint=f"write {word}" if fix else "write true or false",
                      attribute=name, fix=fix)
