"""Typed read accessors: every attribute of every element reads back as its declared type."""

from __future__ import annotations

import inspect

import pytest

import laml.fax
import laml.messaging
import laml.voice
from laml import vocabulary
from laml._codegen.builders import accessor_name
from laml._names import python_to_xml, xml_to_python
from laml.voice import Dial, Gather, Number, Parameter, Say, Stream, VoiceResponse

MODULES = {"voice": laml.voice, "messaging": laml.messaging, "fax": laml.fax}


def test_values_read_back_as_their_types() -> None:
    g = Gather(
        num_digits=3, input=["dtmf", "speech"], speech_timeout="auto", profanity_filter=False,
        hints=["sales", "support desk"], timeout=5, method="POST",
    )  # fmt: skip
    assert g.num_digits == 3
    assert g.input == ["dtmf", "speech"]
    assert g.speech_timeout == "auto"
    assert Gather(speech_timeout=7).speech_timeout == 7
    assert g.profanity_filter is False
    assert g.hints == ["sales", "support desk"]
    assert g.method == "POST"
    assert g.action is None  # absent
    d = Dial(record="record-from-answer", caller_id="+15557654321", answer_on_bridge=True)
    assert (d.record, d.caller_id, d.answer_on_bridge) == ("record-from-answer", "+15557654321", True)
    assert Dial(record=True).record is True  # LaML also takes true/false there
    n = Number("+1555", status_callback_event="initiated ringing")
    assert n.status_callback_event == ["initiated", "ringing"]


def test_parsed_documents_read_the_same() -> None:
    r = VoiceResponse.from_xml(
        '<Response><Gather numDigits=" 2 " input="speech dtmf" finishOnKey="#">'
        '<Say voice="alice" loop="0">Hi</Say></Gather></Response>'
    )
    (gather,) = r.verbs
    assert isinstance(gather, Gather)
    assert (gather.num_digits, gather.input, gather.finish_on_key) == (2, ["speech", "dtmf"], "#")
    (say,) = gather.verbs
    assert isinstance(say, Say)
    assert (say.voice, say.loop) == ("alice", 0)


def test_a_value_of_another_type_is_a_clear_error() -> None:
    gather = VoiceResponse.from_xml('<Response><Gather numDigits="one" method="post"/></Response>')[0]
    assert isinstance(gather, Gather)
    with pytest.raises(ValueError, match=r"numDigits='one' on <Gather> is not .*integer"):
        _ = gather.num_digits
    with pytest.raises(ValueError, match=r"method='post' on <Gather> is not GET or POST"):
        _ = gather.method
    assert gather.get("numDigits") == "one"  # the raw text is always there


def test_names_taken_by_the_element_api_get_an_attr_suffix() -> None:
    p = Parameter(name="agent", value="7")
    assert p.name == "Parameter"  # twilio's TwiML.name: the tag
    assert (p.name_attr, p.value_attr) == ("agent", "7")
    assert Stream(name="s1").name_attr == "s1"
    relay = VoiceResponse().connect().conversation_relay(language="fr-FR")
    assert relay.language_attr == "fr-FR"
    assert callable(relay.language)  # the creator of <Language>


@pytest.mark.parametrize("channel", ["voice", "messaging", "fax"])
def test_every_attribute_has_a_read_accessor(channel: vocabulary.Channel) -> None:
    module = MODULES[channel]
    for spec in vocabulary.channel_elements(channel):
        cls = getattr(module, spec.cls)
        for attr in spec.attrs:
            accessor = inspect.getattr_static(cls, accessor_name(spec, attr))
            assert isinstance(accessor, property), (spec.cls, attr.python)
            assert f"``{attr.xml}``" in (accessor.__doc__ or "")


def test_keywords_and_xml_names_map_both_ways() -> None:
    for channel in vocabulary.CHANNELS:
        for spec in vocabulary.channel_elements(channel):
            for attr in spec.attrs:
                assert python_to_xml(attr.python) == attr.xml
                if "_" in attr.python or attr.python == attr.xml.lower():
                    assert xml_to_python(attr.xml) == attr.python
