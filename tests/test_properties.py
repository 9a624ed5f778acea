"""Properties over random documents: same bytes as twilio, and parse(str(tree)) == tree."""

from __future__ import annotations

import twilio.twiml.fax_response as twilio_fax
import twilio.twiml.messaging_response as twilio_messaging
import twilio.twiml.voice_response as twilio_voice
from hypothesis import given
from hypothesis import strategies as st
from strategies import Call, Text, calls, programs, run

from laml import parse
from laml.fax import FaxResponse
from laml.messaging import MessagingResponse
from laml.voice import VoiceResponse

BUILDERS = {
    "voice": (VoiceResponse, twilio_voice.VoiceResponse),
    "messaging": (MessagingResponse, twilio_messaging.MessagingResponse),
    "fax": (FaxResponse, twilio_fax.FaxResponse),
}
ROOTS = {"voice": "VoiceResponse", "messaging": "MessagingResponse", "fax": "FaxResponse"}


def _twilio_programs(channel: str) -> st.SearchStrategy[list[Call | Text]]:
    # twilio's vocabulary, including the creators its builder offers where no dialect allows them
    return calls(channel, ROOTS[channel], "twilio", 3, builder_only=True)  # type: ignore[arg-type]


@given(program=_twilio_programs("voice"))
def test_voice_documents_are_byte_identical_to_twilio(program: list[Call | Text]) -> None:
    ours, theirs = BUILDERS["voice"]
    assert str(run(program, ours())) == str(run(program, theirs()))


@given(program=_twilio_programs("messaging"))
def test_messaging_documents_are_byte_identical_to_twilio(program: list[Call | Text]) -> None:
    ours, theirs = BUILDERS["messaging"]
    assert str(run(program, ours())) == str(run(program, theirs()))


@given(program=_twilio_programs("fax"))
def test_fax_documents_are_byte_identical_to_twilio(program: list[Call | Text]) -> None:
    ours, theirs = BUILDERS["fax"]
    assert str(run(program, ours())) == str(run(program, theirs()))


@given(channel=st.sampled_from(["voice", "messaging", "fax"]), data=st.data())
def test_parse_of_serialized_tree_equals_tree(channel: str, data: st.DataObject) -> None:
    program = data.draw(programs(channel))  # type: ignore[arg-type]
    tree = run(program, BUILDERS[channel][0]())
    text = str(tree)
    back = parse(text, channel=channel)  # type: ignore[arg-type]
    assert back == tree
    assert type(back) is type(tree)
    assert [type(e) for e in back.iter()] == [type(e) for e in tree.iter()]
    assert str(back) == text
    assert parse(text) == tree  # the channel is detected from the content


@given(program=programs("voice"))
def test_pretty_output_is_stable(program: list[Call | Text]) -> None:
    tree = run(program, VoiceResponse())
    pretty = tree.to_xml(pretty=True)
    assert parse(pretty).to_xml(pretty=True) == pretty
