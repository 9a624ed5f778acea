"""``finishOnKey`` names keys of the phone pad: ``0``-``9``, ``#`` or ``*``.

On ``<Gather>`` it is one key, or empty (no key ends the input); on ``<Record>`` one or more
keys (any of them ends the recording). A word (``pound``, ``hash``, ``star``) is refused by the
platform; the fix writes the key (unsafe: check it is the key meant).

Fails::

    <Response><Gather finishOnKey="pound" action="https://example.com/a"/></Response>

Fixed (unsafe)::

    <Response><Gather finishOnKey="#" action="https://example.com/a"/></Response>

Fails::

    <Response><Gather finishOnKey="#*" action="https://example.com/a"/></Response>

Passes::

    <Response>
      <Gather finishOnKey="" action="https://example.com/a"/>
      <Record finishOnKey="1234567890*#" action="https://example.com/b"/>
    </Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML143"
NAME = "finish-on-key"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005",)
FIXES = ("unsafe",)

_WORDS = {"pound": "#", "hash": "#", "hashtag": "#", "octothorpe": "#", "number": "#",
          "star": "*", "asterisk": "*", "none": "", "zero": "0", "one": "1", "two": "2",
          "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9"}
_KEY = re.compile(r"[0-9#*]")


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements("Gather", "Record"):
        value = el.get("finishOnKey")
        if value is None or "{{" in value:
            continue
        one = el.tag == "Gather"
        if (one and re.fullmatch(r"[0-9#*]?", value)) or (
            not one and re.fullmatch(r"[0-9#*]*", value)
        ):
            continue
        words = [w for w in re.split(r"[\s,;]+", value.strip().lower()) if w]
        keys = [_WORDS.get(w, w if _KEY.fullmatch(w) else None) for w in words]
        meant = "".join(k for k in keys if k) if all(k is not None for k in keys) else None
        if meant is not None and one and len(meant) > 1:
            meant = None
        what = "one key (0-9, # or *), or empty" if one else "keys of the phone pad (0-9, #, *)"
        hint = (f'write finishOnKey="{meant}"' if meant is not None
                else ("<Gather> ends on a single key" if one and len(value) > 1
                      and all(_KEY.fullmatch(c) for c in value) else f"use {what}"))
        fix = None
        if meant is not None:
            fix = ctx.set_attribute(el, "finishOnKey", meant, f"write {meant!r}", safe=False)
        yield Finding(el, f"`finishOnKey` on <{el.tag}> takes {what}, got `{value}`",
                      attribute="finishOnKey", hint=hint, fix=fix)
