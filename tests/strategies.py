"""Hypothesis strategies: random builder programs, runnable on laml and on twilio alike.

A program is a tree of calls: ``Call(method, body, attrs, children)`` made on a parent, plus
``Text`` appended to it. :func:`run` replays a program on any builder with twilio's API, so
the same random document can be built by laml and by twilio and the bytes compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from laml.vocabulary import Channel, Dialect, ElementSpec, channel_elements

# Text both builders write the same way: no characters XML forbids, no carriage return (twilio
# writes it raw, laml as &#13;), not empty (twilio drops falsy bodies).
_TEXT_ALPHABET = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\r\ufffe\uffff"
    + "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n"),
)
TEXT = st.text(_TEXT_ALPHABET, min_size=1, max_size=20)
ATTRIBUTE_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\ufffe\uffff"
        + "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"),
    ),
    max_size=15,
)
ATTRIBUTE_VALUE = st.one_of(ATTRIBUTE_TEXT, st.integers(-5, 10**6), st.booleans())


@dataclass
class Call:
    method: str
    body: str | None
    attrs: dict[str, Any]
    children: list[Call | Text] = field(default_factory=list)


@dataclass
class Text:
    text: str


def _specs(channel: Channel) -> dict[str, ElementSpec]:
    return {s.cls: s for s in channel_elements(channel)}


@st.composite
def calls(
    draw: st.DrawFn,
    channel: Channel,
    parent: str,
    dialect: Dialect | None,
    depth: int,
    builder_only: bool = False,
) -> list[Call | Text]:
    """Calls to make on an element of class ``parent`` (and on the elements they create)."""
    specs = _specs(channel)
    spec = specs[parent]
    children = [
        c
        for c in spec.children
        if (dialect is None or dialect in c.dialects) and (builder_only or not c.builder_only)
    ]
    ops: list[Call | Text] = []
    has_text = False
    if depth <= 0 or not children:
        return ops
    for _ in range(draw(st.integers(0, 4))):
        child = draw(st.sampled_from(children))
        cspec = specs[child.cls]
        attrs = [a for a in cspec.attrs if dialect is None or dialect in a.dialects]
        chosen = (
            draw(st.lists(st.sampled_from(attrs), unique_by=lambda a: a.python, max_size=4))
            if attrs
            else []
        )
        values = {a.python: draw(ATTRIBUTE_VALUE) for a in chosen}
        body = draw(TEXT) if cspec.body and (cspec.body_required or draw(st.booleans())) else None
        grandchildren = draw(calls(channel, child.cls, dialect, depth - 1, builder_only))
        if body and grandchildren and isinstance(grandchildren[0], Text):
            grandchildren = grandchildren[1:]  # twilio would replace the body with that text
        ops.append(Call(child.method, body, values, grandchildren))
        # one piece of text after a child: appended the same way by both builders
        if not has_text and draw(st.integers(0, 5)) == 0:
            ops.append(Text(draw(TEXT)))
            has_text = True
        else:
            has_text = False
    return ops


def programs(
    channel: Channel = "voice", dialect: Dialect | None = None, depth: int = 3
) -> st.SearchStrategy[list[Call | Text]]:
    """Programs for the root of ``channel``, restricted to ``dialect``'s vocabulary if given."""
    root = channel_elements(channel)[0].cls
    return calls(channel, root, dialect, depth)


def run(program: list[Call | Text], parent: Any) -> Any:
    """Replay ``program`` on ``parent`` (a laml or a twilio element); returns ``parent``."""
    for op in program:
        if isinstance(op, Text):
            parent.append(op.text)
            continue
        method = getattr(parent, op.method)
        args = [op.body] if op.body is not None else []
        child = method(*args, **op.attrs)
        run(op.children, child)
    return parent


# --------------------------------------------------------------- documents with fixable damage


def _damages(el: Any, attr_type: Any, name: str, value: str) -> list[tuple[str, str]]:
    """(attribute name, value) pairs that damage attribute ``name`` the way people do."""
    out: list[tuple[str, str]] = []
    t = attr_type
    if t.xsd_name in ("Method", "StorageMethod"):
        out.append((name, "post"))
    if t.xsd_name == "Boolean":
        out += [(name, "True"), (name, "FALSE"), (name, "1"), (name, "no")]
    if t.item is not None and t.item.values and len(t.item.values) > 1:
        out.append((name, ",".join(t.item.values[:2])))
    if not t.item and t.values and t.xsd_name not in ("Boolean", "Method", "StorageMethod"):
        out.append((name, t.values[0].upper()))
    if name == "codecs":
        out.append((name, "PCMU PCMA"))
    if name == "voice":
        out += [(name, "polly.joanna"), (name, "Polly.Joana")]
    if name == "language":
        out += [(name, "en_US"), (name, "english")]
    if name == "finishOnKey":
        out.append((name, "pound"))
    if t.url:
        out.append((name, "ivr.example.com/menu"))
    if name in ("callerId", "to", "from"):
        out += [(name, "415-555-0100"), (name, "+44 20 7946 0958"), (name, "919876543210")]
    return out


#: Elements with attributes people get wrong, added to the random documents.
_CARRIERS: dict[str, list[str]] = {
    "voice": [
        '<Say voice="Polly.Joanna" language="en-US">Hello there</Say>',
        '<Gather input="dtmf speech" finishOnKey="#" actionOnEmptyResult="false" '
        'action="https://example.com/g"><Say>Press 1</Say></Gather>',
        '<Dial callerId="+14155550100" method="POST" record="record-from-answer">'
        '<Number statusCallbackEvent="initiated ringing">+14155550101</Number></Dial>',
        '<Record playBeep="true" action="https://example.com/r" trim="trim-silence"/>',
        '<Dial><Sip codecs="PCMU,PCMA">sip:alice@example.com</Sip></Dial>',
    ],
    "messaging": [
        '<Message to="+14155550100" from="+14155550101" action="https://example.com/m" '
        'method="POST">Thanks, we got it</Message>',
    ],
    "fax": ['<Receive mediaType="application/pdf" pageSize="letter" method="POST"/>'],
}


@st.composite
def damaged_documents(draw: st.DrawFn, channel: Channel = "voice",
                      dialect: Dialect = "signalwire") -> str:
    """A random document of ``channel`` with a few fixable mistakes: a method or a boolean in
    the wrong case, a list with commas, an attribute or element name in another case, a number
    with dashes, a voice name's near miss, a URL without its scheme …"""
    from lxml import etree

    from laml.fax import FaxResponse
    from laml.messaging import MessagingResponse
    from laml.voice import VoiceResponse

    roots = {"voice": VoiceResponse, "messaging": MessagingResponse, "fax": FaxResponse}
    program = draw(programs(channel, dialect))
    tree = etree.fromstring(str(run(program, roots[channel]())).encode())
    for carrier in draw(st.lists(st.sampled_from(_CARRIERS[channel]), max_size=3)):
        tree.append(etree.fromstring(carrier))
    specs = {s.tag: s for s in channel_elements(channel)}
    elements = [el for el in tree.iter() if el.tag in specs and el.getparent() is not None]
    for _ in range(draw(st.integers(1, 6)) if elements else 0):
        el = draw(st.sampled_from(elements))
        spec = specs.get(str(el.tag))
        if spec is None:
            continue  # renamed already
        kind = draw(st.integers(0, 7))
        attrs = [a for a in spec.attrs if dialect in a.dialects]
        if kind == 0 and el.getparent() is not None and el.tag[:1].isupper():
            el.tag = el.tag.lower()
        elif kind == 1 and attrs:
            attr = draw(st.sampled_from(attrs))
            if attr.xml.lower() != attr.xml and attr.xml not in el.attrib:
                el.set(attr.xml.lower(), "x")
        elif kind == 2 and el.tag == "Number":
            el.text = draw(st.sampled_from(["415-555-0100", "(415) 555-0100", "+1 415 555 0100"]))
        else:
            choices = [c for a in attrs
                       for c in _damages(el, a.type_in(dialect), a.xml, el.get(a.xml, ""))]
            if choices:
                name, value = draw(st.sampled_from(choices))
                el.set(name, value)
    return etree.tostring(tree, encoding="unicode")
