"""Reading documents: parsed trees, read accessors, iteration and diagnostics are typed."""

from __future__ import annotations

from typing import Literal, assert_type

import laml
from laml import Comment, Diagnostic, Element, GenericNode, ProcessingInstruction
from laml.voice import Dial, Gather, Parameter, Say, Stream, VoiceResponse

SOURCE = """<Response>
  <Gather input="dtmf speech" numDigits="1" speechTimeout="auto" action="/menu"><Say>Hi</Say></Gather>
  <Dial callerId="+15557654321" record="record-from-answer" timeout="30">+15551234567</Dial>
</Response>"""

tree = laml.parse(SOURCE)
assert_type(tree, Element)
for node in tree:
    assert_type(node, Element | Comment | ProcessingInstruction)

response = VoiceResponse.from_xml(SOURCE)
assert_type(response, VoiceResponse)
for verb in response:
    if isinstance(verb, Gather):
        assert_type(verb.num_digits, int | None)
        assert_type(verb.input, list[Literal["dtmf", "speech"]] | None)
        assert_type(verb.speech_timeout, int | Literal["auto"] | None)
        assert_type(verb.method, Literal["GET", "POST"] | None)
        assert_type(verb.profanity_filter, bool | None)
        assert_type(verb.hints, list[str] | None)
        for child in verb.verbs:
            if isinstance(child, Say):
                assert_type(child.voice, str | None)
    elif isinstance(verb, Dial):
        assert_type(verb.action, str | None)
        assert_type(verb.caller_id, str | None)
        assert_type(verb.timeout, int | None)
    elif isinstance(verb, GenericNode):
        print(verb.tag, verb.attrs)
    elif isinstance(verb, Comment | ProcessingInstruction):
        print(verb.text)
    else:
        assert_type(verb.sourceline, int | None)
        print(verb.tag, verb.attrs)

parameter = Parameter(name="agent", value="7")
assert_type(parameter.name_attr, str | None)  # ``name`` is the tag, as in twilio
assert_type(Stream(name="s1").name_attr, str | None)
assert_type(response.get("foo"), str | None)
first = response[0]
assert_type(first, Element | Comment | ProcessingInstruction)

diagnostics = laml.validate(response, dialect="twilio")
assert_type(diagnostics, list[Diagnostic])
for d in laml.lint(SOURCE):
    assert_type(d.line, int)
    assert_type(d.severity, Literal["error", "warning", "info"])
    assert_type(d.hint, str | None)
    print(d.code, d.message, d.path, d.platform_code)
rendered: str = laml.render_bin("<Response><Say>{{From}}</Say></Response>", {"From": "+1555"})
try:
    laml.parse("<Response>")
except laml.ParseError as error:
    assert_type(error.line, int)
