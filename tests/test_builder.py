"""The builder: naming, values, escaping, mixed content, nesting rules, equality."""

from __future__ import annotations

import copy
import warnings
import xml.etree.ElementTree as ET

import pytest
from lxml import etree
from twilio.twiml.messaging_response import MessagingResponse as TwilioMessaging
from twilio.twiml.voice_response import VoiceResponse as TwilioVoice

from laml import LamlWarning, parse
from laml._element import clean_text
from laml.fax import FaxResponse, Receive
from laml.messaging import Message, MessagingResponse
from laml.vocabulary import python_to_xml
from laml.voice import (
    Dial,
    Gather,
    Number,
    ReferSip,
    Say,
    Sip,
    SsmlBreak,
    VoiceResponse,
)

# ---------------------------------------------------------------- attribute names


@pytest.mark.parametrize(
    ("python", "xml"),
    [
        ("from_", "from"),
        ("xml_lang", "xml:lang"),
        ("interpret_as", "interpret-as"),
        ("for_", "for"),
        ("status_callback_event", "statusCallbackEvent"),
        ("workflowSid", "workflowSid"),
        ("backgroundNoiseReduction", "backgroundNoiseReduction"),
        ("trailing_", "trailing"),
        ("_x", "x"),
        ("a2b_c", "a2BC"),
        ("foO_Bar_baz", "fooBarBaz"),
        ("voice", "voice"),
        ("", ""),
    ],
)
def test_names_map_as_twilio_maps_them(python: str, xml: str) -> None:
    assert python_to_xml(python) == xml


def test_attributes_sorted_as_twilio_sorts_them() -> None:
    r = VoiceResponse()
    with pytest.warns(LamlWarning):
        r.dial("+1", Zeta="z", alpha="a", a2b_c="d", camelCase="c", trailing_="t")
    t = TwilioVoice()
    t.dial("+1", Zeta="z", alpha="a", a2b_c="d", camelCase="c", trailing_="t")
    assert r.to_xml() == t.to_xml()
    assert r.to_xml(xml_declaration=False) == (
        '<Response><Dial Zeta="z" a2BC="d" alpha="a" camelCase="c" trailing="t">+1</Dial>'
        "</Response>"
    )


def test_later_keyword_wins_like_twilio() -> None:
    r = VoiceResponse()
    r.sms("x", status_callback="a", statusCallback="b")
    assert '<Sms statusCallback="b">x</Sms>' in str(r)


# ---------------------------------------------------------------- values


def test_values_convert_like_twilio() -> None:
    r = VoiceResponse()
    r.say("x", loop=0, voice=None, language="en-US")
    r.gather(barge_in=True, profanity_filter=False, num_digits=3, timeout="5")
    r.dial(time_limit=1.5)
    t = TwilioVoice()
    t.say("x", loop=0, voice=None, language="en-US")
    t.gather(barge_in=True, profanity_filter=False, num_digits=3, timeout="5")
    t.dial(time_limit=1.5)
    assert str(r) == str(t)
    assert 'bargeIn="true"' in str(r)
    assert 'profanityFilter="false"' in str(r)
    assert 'loop="0"' in str(r)


def test_empty_string_attribute_is_kept() -> None:
    r = VoiceResponse()
    r.dial().conference("Room 1", wait_url="")
    assert 'waitUrl=""' in str(r)


def test_lists_join_with_the_attribute_separator() -> None:
    r = VoiceResponse()
    d = r.dial()
    d.number("+15551234567", status_callback_event=["initiated", "ringing"])
    r.gather(hints=["yes", "no"], input=("dtmf", "speech"))
    xml = str(r)
    assert 'statusCallbackEvent="initiated ringing"' in xml  # twilio: "['initiated', 'ringing']"
    assert 'hints="yes,no"' in xml
    assert 'input="dtmf speech"' in xml


def test_mapping_attribute_is_json() -> None:
    r = VoiceResponse()
    with pytest.warns(LamlWarning):
        r.say("x", custom={"a": 1})
    assert "custom=\"{&quot;a&quot;: 1}\"" in str(r)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (15551234567, "<Number>15551234567</Number>"),
        ("+15551234567", "<Number>+15551234567</Number>"),
        (0, "<Number>0</Number>"),
        (1.5, "<Number>1.5</Number>"),
    ],
)
def test_non_string_bodies(body: object, expected: str) -> None:
    d = Dial()
    d.number(body)  # type: ignore[arg-type]
    assert expected in str(d)


def test_falsy_bodies() -> None:
    r = VoiceResponse()
    r.say("")
    r.say(None)
    r.say(False)  # twilio drops it; laml writes what was given
    assert r.to_xml(False) == "<Response><Say /><Say /><Say>false</Say></Response>"


def test_mapping_body_is_json_like_twilio() -> None:
    r = VoiceResponse()
    r.enqueue("q").task({"a": 1})
    t = TwilioVoice()
    t.enqueue("q").task({"a": 1})
    assert str(r) == str(t)


@pytest.mark.parametrize("body", [b"bytes", ["a"], ("a",), {"a"}])
def test_collections_and_bytes_are_refused_as_bodies(body: object) -> None:
    r = VoiceResponse()
    with pytest.raises(TypeError, match="body must be text"):
        r.say(body)  # type: ignore[arg-type]
    assert len(r) == 0  # the failed call left nothing behind


# ---------------------------------------------------------------- escaping and output form


def test_escaping_is_byte_identical_to_twilio() -> None:
    note = "a\"b'c&d<e>f\ng\th"
    r = VoiceResponse()
    with pytest.warns(LamlWarning):
        r.play(url="u&<>'\"", note=note)
    r.say("Hello & welcome <there> \"quoted\" 'single' \n\t")
    t = TwilioVoice()
    t.play(url="u&<>'\"", note=note)
    t.say("Hello & welcome <there> \"quoted\" 'single' \n\t")
    assert str(r) == str(t)
    assert 'note="a&quot;b\'c&amp;d&lt;e&gt;f&#10;g&#09;h"' in str(r)


def test_declaration_and_empty_elements() -> None:
    r = VoiceResponse()
    r.hangup()
    assert str(r) == '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup /></Response>'
    assert r.to_xml(xml_declaration=False) == "<Response><Hangup /></Response>"
    assert str(VoiceResponse()) == '<?xml version="1.0" encoding="UTF-8"?><Response />'


def test_raw_utf8_output() -> None:
    r = VoiceResponse()
    r.say("ñ € 😀 日本")
    t = TwilioVoice()
    t.say("ñ € 😀 日本")
    assert str(r) == str(t)
    assert "ñ € 😀 日本" in str(r)


def test_carriage_return_in_text_survives_parsing() -> None:
    r = VoiceResponse()
    r.say("a\r\nb")
    assert "<Say>a&#13;\nb</Say>" in str(r)  # twilio writes a raw CR, which parsing turns into LF
    assert parse(str(r))[0].text == "a\r\nb"


@pytest.mark.parametrize(
    "bad",
    ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff"],
)
def test_illegal_characters_are_removed(bad: str) -> None:
    r = VoiceResponse()
    r.say(f"a{bad}b", voice=f"x{bad}y")
    r.append(f"c{bad}d")
    with pytest.warns(LamlWarning):
        r.play("u", extra=f"e{bad}f")
    xml = str(r)
    assert '<Say voice="xy">ab</Say>' in xml
    assert 'extra="ef"' in xml
    assert "cd" in xml
    parse(xml)  # well-formed


def test_allowed_control_characters_stay() -> None:
    assert clean_text("a\tb\nc\rd\x7f\x85") == "a\tb\nc\rd\x7f\x85"


def test_surrogate_pairs_are_joined() -> None:
    assert clean_text("\ud83d\ude00 and \ud83d") == "😀 and "


# ---------------------------------------------------------------- mixed content and structure


def test_mixed_content_in_say() -> None:
    r = VoiceResponse()
    s = r.say(voice="Polly.Joanna")
    s.append("Hi ")
    s.break_(strength="x-weak", time="100ms")
    s.append(" there ")
    s.say_as("12345", interpret_as="spell-out")
    s.lang("Bonjour", xml_lang="fr-FR")
    s.prosody(rate="x-slow").emphasis("slowly", level="strong")
    assert r.to_xml(False) == (
        '<Response><Say voice="Polly.Joanna">Hi <break strength="x-weak" time="100ms" /> there '
        '<say-as interpret-as="spell-out">12345</say-as><lang xml:lang="fr-FR">Bonjour</lang>'
        '<prosody rate="x-slow"><emphasis level="strong">slowly</emphasis></prosody></Say>'
        "</Response>"
    )


def test_appended_text_is_added_not_replaced() -> None:
    r = VoiceResponse()
    r.say("Hello").append(" world")
    assert "<Say>Hello world</Say>" in str(r)  # twilio: "<Say> world</Say>"
    r.append("a")
    r.append("b")
    assert str(r).endswith("</Say>ab</Response>")  # twilio keeps only "b"


def test_append_nest_add_child_and_with() -> None:
    r = VoiceResponse()
    d = Dial(record="record-from-answer")
    d.conference("Room 1", start_conference_on_enter=True, beep=False, wait_url="")
    assert r.append(d) is r
    with r.add_child("Custom_Tag", "text", some_attr="1", skipped=None) as c:
        c.add_child("inner", x_y=False)
    r.append("tail text")
    m = MessagingResponse()
    msg = m.message("Hello", to="+1555", from_="+1666", action="/cb", method="POST")
    msg.media("https://example.com/a.jpg")
    t = TwilioVoice()
    from twilio.twiml.voice_response import Dial as TwilioDial

    td = TwilioDial(record="record-from-answer")
    td.conference("Room 1", start_conference_on_enter=True, beep=False, wait_url="")
    t.append(td)
    with t.add_child("Custom_Tag", "text", some_attr="1", skipped=None) as tc:
        tc.add_child("inner", x_y=False)
    t.append("tail text")
    assert str(r) == str(t)
    tm = TwilioMessaging()
    tmsg = tm.message("Hello", to="+1555", from_="+1666", action="/cb", method="POST")
    tmsg.media("https://example.com/a.jpg")
    assert m.to_xml(False) == tm.to_xml(False)


def test_nest_returns_the_child() -> None:
    g = Gather()
    say = Say("hi")
    assert g.nest(say) is say
    assert say.nest("text") == "text"
    assert say.text == "hitext"


def test_creators_return_typed_children() -> None:
    r = VoiceResponse()
    assert isinstance(r.gather(), Gather)
    assert isinstance(r.dial().sip("sip:a@b"), Sip)
    assert isinstance(r.refer().sip("sip:a@b"), ReferSip)
    assert isinstance(r.say().break_(), SsmlBreak)


# ---------------------------------------------------------------- nesting rules


def test_wrong_nesting_raises_type_error_naming_parent_child_and_allowed() -> None:
    g = Gather()
    with pytest.raises(TypeError) as info:
        g.append(Dial())
    message = str(info.value)
    assert "<Dial>" in message
    assert "<Gather>" in message
    assert "Pause, Play, Say" in message


def test_voice_verb_into_messaging_document() -> None:
    m = MessagingResponse()
    with pytest.raises(TypeError, match="voice"):
        m.append(Say("hi"))
    with pytest.raises(TypeError, match="messaging"):
        VoiceResponse().append(Message("hi"))


def test_same_tag_of_another_channel_is_refused() -> None:
    from laml.messaging import Redirect as MessagingRedirect

    with pytest.raises(TypeError, match="messaging element"):
        VoiceResponse().append(MessagingRedirect("https://example.com"))


def test_text_goes_anywhere_like_twilio() -> None:
    g = Gather()
    g.append("hello")  # validation reports it; building follows twilio
    assert str(g).endswith("<Gather>hello</Gather>")


def test_element_with_a_parent_cannot_be_appended_twice() -> None:
    r = VoiceResponse()
    say = r.say("hi")
    with pytest.raises(ValueError, match="already belongs"):
        r.append(say)
    r.append(copy.deepcopy(say))
    assert len(r) == 2


def test_insert_and_extend_check_too() -> None:
    g = Gather()
    with pytest.raises(TypeError):
        g.insert(0, Dial())
    with pytest.raises(TypeError):
        g.extend([Say("a"), Dial()])
    with pytest.raises(TypeError):
        g.append(12345)  # type: ignore[arg-type]


def test_add_child_of_a_known_tag_in_the_wrong_place() -> None:
    with pytest.raises(TypeError, match="not allowed inside <Gather>"):
        Gather().add_child("Dial")
    with pytest.raises(ValueError, match="not a valid element name"):
        Gather().add_child("a b")


def test_unknown_elements_nest_anywhere() -> None:
    g = Gather()
    g.add_child("Custom")
    assert "<Custom />" in str(g)


def test_comments_nest_and_serialize_as_they_are() -> None:
    r = VoiceResponse()
    r.append(etree.Comment(" a/> b&#9; "))  # type: ignore[arg-type]
    r.hangup()
    assert r.to_xml(False) == "<Response><!-- a/> b&#9; --><Hangup /></Response>"


# ---------------------------------------------------------------- warnings


def test_unknown_keyword_renders_and_warns_with_the_closest_keyword() -> None:
    r = VoiceResponse()
    with pytest.warns(LamlWarning, match=r"unknown keyword 'callerid' on <Dial>; did you mean caller_id=\?"):
        r.dial(callerid="+1555")  # type: ignore[call-arg]
    assert 'callerid="+1555"' in str(r)
    with pytest.warns(LamlWarning, match=r"did you mean timeout=\?"):
        r.gather(timout=5)  # type: ignore[call-arg]
    with pytest.warns(LamlWarning, match=r"'status_callback_events' \(attribute 'statusCallbackEvents'\).*did you mean status_callback_event="):
        r.dial().number("+1555", status_callback_events="answered")  # type: ignore[call-arg]
    with pytest.warns(LamlWarning, match=r"did you mean speechTimeout="):  # the keyword twilio spells so
        r.connect().conversation_relay(speech_timout=1)  # type: ignore[call-arg]
    with pytest.warns(LamlWarning, match="takes no attributes"):
        r.hangup(foo="1")  # type: ignore[call-arg]


def test_unknown_keyword_warning_points_at_the_callers_line() -> None:
    import sys

    with pytest.warns(LamlWarning) as record:
        line = sys._getframe().f_lineno + 1
        VoiceResponse().dial(callerid="+1555")  # type: ignore[call-arg]
    assert record[0].filename == __file__
    assert record[0].lineno == line
    with pytest.warns(LamlWarning) as record:
        line = sys._getframe().f_lineno + 1
        Dial("+1555", callerid="+1555")  # type: ignore[call-arg]
    assert (record[0].filename, record[0].lineno) == (__file__, line)


def test_set_attributes_writes_unknown_attributes_in_order_without_a_warning() -> None:
    r = VoiceResponse()
    dial = r.dial("+1555", timeout=5).set_attributes(new_option="x", answer_on_bridge=True)
    assert dial.to_xml(False) == '<Dial answerOnBridge="true" newOption="x" timeout="5">+1555</Dial>'


def test_known_camel_case_keyword_does_not_warn() -> None:
    d = Dial()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        d.number("+1", statusCallback="https://example.com")


# ---------------------------------------------------------------- equality, repr, copies


def test_structural_equality() -> None:
    a = VoiceResponse()
    a.say("hi", voice="alice")
    b = VoiceResponse()
    b.say("hi", voice="alice")
    assert a == b
    b.say("more")
    assert a != b
    assert a != "not an element"
    with pytest.raises(TypeError):
        hash(a)


def test_equality_ignores_attribute_order_but_not_values() -> None:
    a = parse('<Response><Say voice="a" loop="2">x</Say></Response>')
    b = parse('<Response><Say loop="2" voice="a">x</Say></Response>')
    c = parse('<Response><Say loop="3" voice="a">x</Say></Response>')
    assert a == b
    assert a != c


def test_repr_is_readable() -> None:
    r = VoiceResponse()
    r.gather(action="/menu", num_digits=1).say("Press one")
    assert repr(r) == "<VoiceResponse <Response> children=1>"
    assert repr(r[0]) == "<Gather action='/menu' numDigits='1' children=1>"
    assert repr(r[0][0]) == "<Say text='Press one'>"
    assert repr(ReferSip("sip:a@b")) == "<ReferSip <Sip> text='sip:a@b'>"


def test_elements_are_truthy_even_when_empty() -> None:
    assert VoiceResponse()
    assert Say()


def test_deepcopy_keeps_classes_and_content() -> None:
    r = VoiceResponse()
    r.dial().number("+1")
    c = copy.deepcopy(r)
    assert c == r
    assert type(c[0]) is Dial
    assert type(c[0][0]) is Number


def test_xml_returns_an_elementtree_element() -> None:
    r = VoiceResponse()
    r.say("hi")
    el = r.xml()
    assert isinstance(el, ET.Element)
    assert ET.tostring(el) == b"<Response><Say>hi</Say></Response>"


def test_value_and_verbs() -> None:
    say = Say("a")
    say.value = 5
    assert say.text == "5"
    r = VoiceResponse()
    r.say("x")
    r.append(etree.Comment("c"))  # type: ignore[arg-type]
    assert [v.tag for v in r.verbs] == ["Say"]


def test_subclass_of_a_laml_class_keeps_its_class() -> None:
    class MyResponse(VoiceResponse):
        pass

    r = MyResponse()
    assert type(r) is MyResponse
    r.say("x")
    assert str(r).endswith("<Response><Say>x</Say></Response>")


def test_required_body_is_required() -> None:
    with pytest.raises(TypeError):
        Number()  # type: ignore[call-arg]


def test_from_xml_checks_the_root() -> None:
    r = VoiceResponse.from_xml("<Response><Say>x</Say></Response>")
    assert isinstance(r, VoiceResponse)
    with pytest.raises(TypeError, match="root is <Say>"):
        VoiceResponse.from_xml("<Say>x</Say>")
    m = MessagingResponse.from_xml("<Response><Redirect>https://x</Redirect></Response>")
    assert isinstance(m, MessagingResponse)


# ---------------------------------------------------------------- pretty output


def test_pretty_output_indents_elements_but_not_text() -> None:
    r = VoiceResponse()
    g = r.gather(action="/menu")
    s = g.say("Hi ")
    s.break_(time="1s")
    s.append(" there")
    r.hangup()
    assert r.to_xml(pretty=True) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<Response>\n"
        '  <Gather action="/menu">\n'
        '    <Say>Hi <break time="1s" /> there</Say>\n'
        "  </Gather>\n"
        "  <Hangup />\n"
        "</Response>"
    )
    assert parse(r.to_xml(pretty=True)).to_xml(pretty=True) == r.to_xml(pretty=True)
    assert str(r) == r.to_xml()  # pretty printing did not change the tree


def test_fax_and_messaging_roots() -> None:
    f = FaxResponse()
    f.receive(action="/done", media_type="application/pdf")
    assert str(f).endswith('<Response><Receive action="/done" mediaType="application/pdf" /></Response>')
    assert isinstance(Receive(), Receive)
