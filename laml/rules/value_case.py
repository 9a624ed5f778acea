"""Enumerated values are case-sensitive: ``record="Record-From-Answer"`` is not a value.

For attributes (and element text such as ``<Denoise>``) that take one of a list of words, a
value that is one of them in another case is refused by the platform's schema. The fix writes it
in its case (safe). HTTP methods and booleans have their own rules (``method-value``,
``boolean-value``).

Fails::

    <Response><Gather input="DTMF" action="https://example.com/a"/></Response>

Fixed::

    <Response><Gather input="dtmf" action="https://example.com/a"/></Response>

Fails::

    <Response><Denoise>ON</Denoise></Response>

Fixed::

    <Response><Denoise>on</Denoise></Response>

Passes::

    <Response><Dial record="record-from-answer" trim="trim-silence">+15551234567</Dial></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding
from laml.vocabulary import Type

CODE = "LAML140"
NAME = "value-case"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML005", "LAML009")
FIXES = ("safe",)

_OWN_RULES = frozenset({"Boolean", "Method", "StorageMethod"})


def fixed_case(t: Type, value: str) -> str | None:
    """``value`` written in the case ``t`` accepts, when only the case is wrong."""
    if t.xsd_name in _OWN_RULES:
        return None
    if t.item is not None:
        if t.sep != " " or not t.item.choices():
            return None
        words = value.split()
        fixed = [fixed_case(t.item, w) or w for w in words]
        return " ".join(fixed) if fixed != words and all(
            w in t.item.choices() for w in fixed) else None
    choices = t.choices()
    if not choices or value in choices:
        return None
    folded = value.strip().casefold()
    return next((c for c in choices if c.casefold() == folded), None)


def check(ctx: Context) -> Iterator[Finding]:
    for el, name, value, t in ctx.typed_attributes():
        meant = None if "{{" in value else fixed_case(t, value)
        if meant is not None:
            yield Finding(el, f"`{name}` values are case-sensitive: `{value}` is written "
                          f"`{meant}`", attribute=name, hint=f"write {meant}",
                          fix=ctx.set_attribute(el, name, meant, f"write {meant}"))
    for el in ctx.elements():
        spec = ctx.spec(el)
        if spec is not None and spec.takes_text and len(el) == 0 and el.text and el.text.strip():
            meant = fixed_case(spec.text_type_in(ctx.dialect), el.text.strip())
            if meant is not None:
                yield Finding(el, f"the text of <{el.tag}> is case-sensitive: "
                              f"`{el.text.strip()}` is written `{meant}`", hint=f"write {meant}",
                              fix=ctx.set_text(el, meant, f"write {meant}"))
