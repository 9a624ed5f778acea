"""The canonical layout of ``laml fmt``: stable, idempotent, and it changes no content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from laml.errors import ParseError
from laml.format import DECLARATION, format_document
from laml.messaging import MessagingResponse
from laml.voice import VoiceResponse
from conftest import shared_path
from strategies import Call, Text, programs, run
from xml_strategies import documents

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "documents"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: What the platform speaks: <Say> and the SSML elements, whose whole text (whitespace between
#: child elements included) is said.
SPEECH = {"Say", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub",
          "w"}


def _parse(text: str | bytes) -> etree._Element:
    data = text.encode() if isinstance(text, str) else text
    parser = etree.XMLParser(resolve_entities=False, remove_blank_text=False, strip_cdata=True)
    return etree.fromstring(data, parser)


def _keeps_layout(el: Any, preserve: bool) -> bool:
    if preserve or not len(el) or el.tag in SPEECH:
        return True
    if any(isinstance(child.tag, str) and child.tag in SPEECH - {"Say"} for child in el):
        return True
    if el.text and el.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in el)


def signature(node: Any, preserve: bool = False) -> tuple[Any, ...]:
    """Everything formatting must keep: tags, attributes in order, text, comments, PIs.

    Whitespace between the children of an element that holds only elements is left out (the
    formatter owns it); everywhere else it counts.
    """
    if not isinstance(node.tag, str):  # comment or processing instruction
        return (str(node),)
    if node.get(XML_SPACE) is not None:
        preserve = node.get(XML_SPACE) == "preserve"
    keep = _keeps_layout(node, preserve)
    children = []
    for child in node:
        children.append((signature(child, preserve), (child.tail or None) if keep else None))
    return (node.tag, list(node.attrib.items()), (node.text or None) if keep else None, children)


def document_signature(text: str | bytes) -> tuple[Any, ...]:
    root = _parse(text)
    before, after = [], []
    node = root.getprevious()
    while node is not None:
        before.insert(0, str(node))
        node = node.getprevious()
    node = root.getnext()
    while node is not None:
        after.append(str(node))
        node = node.getnext()
    return (tuple(before), signature(root), tuple(after))


def check(text: str | bytes) -> str:
    formatted = format_document(text)
    assert formatted.startswith(DECLARATION + "\n")
    assert formatted.endswith("\n") and not formatted.endswith("\n\n")
    assert "\r" not in formatted
    assert format_document(formatted) == formatted, "formatting is not idempotent"
    assert document_signature(formatted) == document_signature(text)
    return formatted


def platform_text(text: str | bytes) -> list[tuple[str, str]]:
    """The text the platform would speak or send, element by element, in document order.

    Spoken: the whole text of every ``<Say>`` and SSML element. Sent or used: the whole text of
    every element holding text (``<Body>``, ``<Number>``, ``<Play>``, ``<Message>Hi</Message>``).
    """
    out: list[tuple[str, str]] = []
    for el in _parse(text).iter(etree.Element):
        direct = [el.text or ""] + [child.tail or "" for child in el]
        if el.tag in SPEECH or any(part.strip() for part in direct):
            out.append((el.tag, "".join(el.itertext())))
    return out


def check_speech(text: str | bytes) -> None:
    assert platform_text(format_document(text)) == platform_text(text)


@pytest.mark.parametrize("text", [
    '<Response><Say><emphasis>Super</emphasis><prosody rate="fast">man</prosody></Say></Response>',
    '<Response><Say><say-as interpret-as="digits">12</say-as><say-as interpret-as="digits">34'
    "</say-as></Say></Response>",
    "<Response><Gather><Say><s><w>a</w><w>b</w></s><p><sub alias='x'>y</sub></p></Say>"
    "</Gather></Response>",
    "<Custom><emphasis>Super</emphasis><prosody>man</prosody></Custom>",
])
def test_speech_is_never_reindented(text: str) -> None:
    check_speech(text)
    formatted = check(text)
    root = _parse(text)
    speaking = root.find(".//Say")
    if speaking is None:
        speaking = root
    assert etree.tostring(speaking, encoding="unicode").replace("'", '"') in \
        formatted.replace("<break />", "<break/>")


def test_speech_elements_are_laid_out_around_speech() -> None:
    text = ("<Response><Gather><Say><emphasis>Super</emphasis><prosody>man</prosody></Say>"
            "<Play>a.mp3</Play></Gather></Response>")
    assert format_document(text) == (
        f"{DECLARATION}\n<Response>\n  <Gather>\n"
        "    <Say><emphasis>Super</emphasis><prosody>man</prosody></Say>\n"
        "    <Play>a.mp3</Play>\n  </Gather>\n</Response>\n"
    )


@given(documents())
def test_generated_documents_say_the_same(text: str) -> None:
    check_speech(text)


@given(st.sampled_from([(VoiceResponse, "voice"), (MessagingResponse, "messaging")]),
       st.data())
def test_built_documents_say_and_send_the_same(kind: Any, data: st.DataObject) -> None:
    response, channel = kind
    program: list[Call | Text] = data.draw(programs(channel))
    document = str(run(program, response()))
    check_speech(document)
    check_speech(run(program, response()).to_xml(pretty=True))
    check(document)


def test_canonical_form() -> None:
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<!-- menu -->\n<Response>'
            '<Gather  numDigits = "1" action="https://e.com/a?x=1&amp;y=2"><Say>Press 1 '
            "<break time='1s'/> now</Say></Gather><Hangup></Hangup></Response>")
    assert format_document(text) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- menu -->\n"
        "<Response>\n"
        '  <Gather numDigits="1" action="https://e.com/a?x=1&amp;y=2">\n'
        '    <Say>Press 1 <break time="1s" /> now</Say>\n'
        "  </Gather>\n"
        "  <Hangup />\n"
        "</Response>\n"
    )


def test_bytes_in_another_encoding() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><Say>café</Say>'.encode("latin-1")
    assert format_document(data) == DECLARATION + "\n<Say>café</Say>\n"


def test_mixed_content_and_preserved_space_are_kept() -> None:
    text = ('<Response>\n <Say>  Hello   <emphasis> you </emphasis>  </Say>\n'
            ' <Custom xml:space="preserve">\n   <a/>\n</Custom></Response>')
    formatted = check(text)
    assert "<Say>  Hello   <emphasis> you </emphasis>  </Say>" in formatted
    assert '<Custom xml:space="preserve">\n   <a />\n</Custom>' in formatted


def test_escapes_that_survive() -> None:
    text = "<Say a=\"tab&#9;nl&#10;cr&#13;q&quot;lt&lt;\">x&#13;y &lt;&gt; &amp;</Say>"
    formatted = check(text)
    assert 'a="tab&#09;nl&#10;cr&#13;q&quot;lt&lt;"' in formatted
    assert ">x&#13;y &lt;&gt; &amp;</Say>" in formatted


def test_templates_are_formatted_as_text() -> None:
    text = (FIXTURES / "bin-template.laml").read_text()
    formatted = check(text)
    assert "{{#e164}}{{Forward}}{{/e164}}<Number>{{#e164}}{{From}}{{/e164}}</Number>" in formatted


@pytest.mark.parametrize("text", ["", "   ", "<Response>", "<a></b>", "<a/><b/>", "plain",
                                  '<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'])
def test_not_well_formed_raises(text: str) -> None:
    with pytest.raises(ParseError):
        format_document(text)


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.iterdir()
                                        if p.name != "not-well-formed.xml"),
                         ids=lambda p: p.name)
def test_fixtures(path: Path) -> None:
    check(path.read_bytes())


@given(documents())
def test_generated_documents(text: str) -> None:
    check(text)


def test_corpus() -> None:
    corpus = shared_path("corpus")
    checked = 0
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".xml", ".twiml"):
            continue
        data = path.read_bytes()
        try:
            _parse(data)
        except etree.XMLSyntaxError:
            with pytest.raises(ParseError):
                format_document(data)
            continue
        check(data)
        checked += 1
    assert checked > 250
