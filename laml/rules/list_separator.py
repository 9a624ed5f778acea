"""Lists are separated the way the attribute wants: spaces, or commas for ``codecs``.

``statusCallbackEvent="initiated,ringing"`` is one unknown event to the platform, not two:
event lists (``statusCallbackEvent``, ``recordingStatusCallbackEvent``), ``input``,
``validCardTypes``, ``cardType``, ``errorType`` and ``attempt`` are separated by spaces, while
``codecs`` takes commas. When every item is valid once split, the fix joins them with the right
separator (safe: the same items).

Fails::

    <Response><Dial><Number statusCallbackEvent="initiated,ringing" statusCallback="https://example.com/s">+15551234567</Number></Dial></Response>

Fixed::

    <Response><Dial><Number statusCallbackEvent="initiated ringing" statusCallback="https://example.com/s">+15551234567</Number></Dial></Response>

Fails::

    <Response><Dial><Sip codecs="PCMU PCMA">sip:alice@example.com</Sip></Dial></Response>

Fixed::

    <Response><Dial><Sip codecs="PCMU,PCMA">sip:alice@example.com</Sip></Dial></Response>

Passes::

    <Response><Gather input="dtmf speech" hints="sales, support" action="https://example.com/a"/></Response>
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.vocabulary import Type

CODE = "LAML142"
NAME = "list-separator"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005",)
FIXES = ("safe",)

_SPLIT = re.compile(r"[\s,;|]+")
#: comma-separated lists whose items are known words (the type states them in its pattern)
_COMMA_ITEMS = {"codecs": ("PCMU", "PCMA", "G722", "G729", "OPUS")}


def _accepts(t: Type, item: str) -> bool:
    from laml.validation import _accepts as accepts

    return accepts(t, item)


def rejoined(name: str, t: Type, value: str) -> str | None:
    """``value`` with the separator ``t`` wants, when its items are valid and it had another."""
    items = [i for i in _SPLIT.split(value.strip()) if i]
    if len(items) < 2:
        return None
    if t.item is not None and t.sep == " ":
        folded = {c.casefold(): c for c in t.item.choices()}
        fixed = [folded.get(i.casefold(), i) if folded else i for i in items]
        if all(_accepts(t.item, i) for i in fixed):
            joined = " ".join(fixed)
            return joined if joined != value else None
        return None
    words = _COMMA_ITEMS.get(name)
    if words is not None and t.sep == ",":
        folded = {w.casefold(): w for w in words}
        fixed = [folded.get(i.casefold(), "") for i in items]
        if all(fixed):
            joined = ",".join(fixed)
            return joined if joined != value else None
    return None


def check(ctx: Context) -> Iterator[Finding]:
    for el, name, value, t in ctx.typed_attributes():
        meant = None if "{{" in value else rejoined(name, t, value)
        if meant is None or meant.split() == value.split():
            continue
        kind = "spaces" if t.sep == " " else "commas"
        yield Finding(el, f"`{name}` is a list separated by {kind}: `{value}` is read as "
                      "one value", attribute=name, hint=f'write {name}="{meant}"',
                      fix=ctx.set_attribute(el, name, meant, f"write {meant}"))
