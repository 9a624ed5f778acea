"""Whatever the parameter values, a rendered XML template stays well-formed XML with
exactly the elements and attributes of the template, and the values read back as sent
(less the characters XML cannot carry)."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from laml.template import escape, render, sanitize
from laml.template.bins import render_bin_template, to_e164

TEMPLATE = (
    '<Response><Say voice="{{V}}">Hi {{From}}</Say>'
    "<Dial callerId='{{To}}'>{{Body}}</Dial>"
    "{{#Dest}}<Number>{{.}}</Number>{{/Dest}}"
    "<Message>{{#e164}}{{To}}{{/e164}}</Message></Response>"
)

NASTY = [
    "</Say><Dial>+1900555000</Dial>",
    "]]>",
    '"',
    "'",
    "<!--",
    "&amp;",
    "&#0;",
    "<![CDATA[x]]>",
    "\x00",
    "\x1b[31m",
    "\ud800",
    "\udfff",
    "\ufffe",
    "😀",
    "\r\n",
    "\t",
    "<?xml version='1.0'?>",
    "<!DOCTYPE x [<!ENTITY a 'b'>]>&a;",
]

text = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from(list("<>&\"'\x00\x01\x1f;/=")),
    ),
    max_size=20,
)
value = st.one_of(text, st.sampled_from(NASTY), st.lists(st.sampled_from(NASTY)).map("".join))


def _shape(document: str) -> list[tuple[str, tuple[str, ...]]]:
    root = etree.fromstring(document.encode("utf-8"))
    return [(element.tag, tuple(sorted(element.attrib))) for element in root.iter()]


PLACEHOLDERS = {"V": "v", "From": "f", "To": "t", "Body": "b", "Dest": ["d1", "d2"]}
EXPECTED_SHAPE = _shape(render_bin_template(TEMPLATE, PLACEHOLDERS))


def _attribute(text: str) -> str:
    """An attribute value as an XML parser returns it (whitespace normalised)."""
    return sanitize(text).replace("\r\n", " ").translate({9: " ", 10: " ", 13: " "})


def _content(text: str) -> str:
    """Element text as an XML parser returns it (line ends normalised)."""
    return sanitize(text).replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=250, deadline=None)
@given(v=value, from_=value, to=value, body=value, dest=st.lists(value, min_size=2, max_size=2))
@example(
    v='"', from_="</Say><Dial>+19005550000</Dial>", to="'", body="]]>\x00", dest=["\ud800", "<"]
)
def test_any_values_give_the_same_well_formed_document(
    v: str, from_: str, to: str, body: str, dest: list[str]
) -> None:
    params: dict[str, Any] = {"V": v, "From": from_, "To": to, "Body": body, "Dest": dest}
    document = render_bin_template(TEMPLATE, params)
    assert _shape(document) == EXPECTED_SHAPE
    root = etree.fromstring(document.encode("utf-8"))
    say, dial, number1, number2, message = root
    assert say.get("voice") == _attribute(v)
    assert say.text == "Hi " + _content(from_)
    assert dial.get("callerId") == _attribute(to)
    assert (dial.text or "") == _content(body)
    assert [(number1.text or ""), (number2.text or "")] == [_content(d) for d in dest]
    expected = etree.fromstring(f"<m>{to_e164(escape(to))}</m>".encode()).text
    assert message.text == expected


@settings(max_examples=100, deadline=None)
@given(value)
def test_general_path_is_as_safe_as_the_prepared_one(v: str) -> None:
    class Params:
        V = From = To = Body = v
        Dest = (v, v)

    document = render(TEMPLATE.replace("{{#e164}}", "").replace("{{/e164}}", ""), Params())
    root = etree.fromstring(document.encode("utf-8"))
    assert root[0].get("voice") == _attribute(v)
    assert len(root) == 5
