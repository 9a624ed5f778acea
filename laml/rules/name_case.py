"""Element and attribute names are case-sensitive: ``<say>``, ``callerid``, ``status_callback``.

The platform does not know ``<say>`` or ``callerid`` (it refuses the document, or ignores the
attribute without a word); the name meant is the vocabulary's own, written in another case or
in Python's ``snake_case``. The fix renames it (safe: the element or attribute is the one the
document already meant). Names that are close but not the same word are left to the schema's
did-you-mean (``LAML002``, ``LAML004``).

Fails::

    <Response><Dial callerid="+15551234567" recording_status_callback="https://example.com/s">+15557654321</Dial></Response>

Fixed::

    <Response><Dial callerId="+15551234567" recordingStatusCallback="https://example.com/s">+15557654321</Dial></Response>

Fails::

    <Response><say>Hello</say><gather action="https://e.com/a"><Say>Hi</Say></gather></Response>

Fixed::

    <Response><Say>Hello</Say><Gather action="https://e.com/a"><Say>Hi</Say></Gather></Response>

Passes::

    <Response><Dial callerId="+15551234567">+15557654321</Dial></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml._element import PlainElement
from laml.rules import Context, Finding, _spec_index
from laml.vocabulary import ElementSpec, channel_elements, python_to_xml

CODE = "LAML141"
NAME = "name-case"
SEVERITY = "error"
PLATFORM_CODE = 12200
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
SUPERSEDES = ("LAML002", "LAML003", "LAML004")
FIXES = ("safe",)


def _meant_element(ctx: Context, el: PlainElement) -> str | None:
    tag = el.tag
    if not isinstance(tag, str) or tag.startswith("{"):
        return None
    parent = el.getparent()
    if parent is None:
        root = channel_elements(ctx.channel)[0].tag
        return root if tag != root and tag.casefold() == root.casefold() else None
    parent_spec = ctx.spec(parent)
    if parent_spec is None:
        return None
    index = _spec_index(ctx.channel)
    for (child, holder), spec in index.items():
        if holder == parent.tag and child != tag and child.casefold() == tag.casefold() and (
            ctx.dialect in spec.dialects
        ):
            return child
    return None


def _meant_attribute(ctx: Context, spec: ElementSpec, name: str) -> str | None:
    if spec.attr(name) is not None or ":" in name:
        return None
    folded = python_to_xml(name.replace("-", "_")).casefold()
    for attr in spec.attrs_in(ctx.dialect):
        if attr.xml.casefold() in (name.casefold(), folded):
            return attr.xml
    return None


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        meant = _meant_element(ctx, el)
        if meant is not None:
            yield Finding(el, f"element names are case-sensitive: <{el.tag}> is written "
                          f"<{meant}>", hint=f"write <{meant}>",
                          fix=ctx.rename_element(el, meant, f"write <{meant}>"))
        spec = ctx.spec(el) if meant is None else None
        if spec is None:
            continue
        for name in ctx.attributes(el):
            right = _meant_attribute(ctx, spec, name)
            if right is not None:
                yield Finding(el, f"attribute names are case-sensitive: `{name}` is written "
                              f"`{right}`", attribute=name, hint=f"write {right}",
                              fix=ctx.rename_attribute(el, name, right, f"write {right}"))
