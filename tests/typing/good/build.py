"""Building documents: every call here must type-check, in strict mode, with no stubs."""

from __future__ import annotations

from typing import assert_type

from laml.fax import FaxResponse
from laml.messaging import Media, Message, MessagingResponse
from laml.voice import Dial, Gather, Number, Say, VoiceResponse

response = VoiceResponse()
with response.gather(
    input=["dtmf", "speech"],
    num_digits=1,
    action="https://example.com/menu",
    method="POST",
    speech_timeout="auto",
    timeout=5,
) as menu:
    assert_type(menu, Gather)
    menu.say("For sales, press 1.", voice="Polly.Joanna", language="en-US", loop=2)
    menu.pause(length=1)
response.gather(input="dtmf speech", speech_timeout=3, hints=["sales", "support"])

dial = response.dial(
    "+15551234567",
    caller_id="+15557654321",
    record="record-from-answer",
    timeout=30,
    answer_on_bridge=True,
    caller_name="Front desk",  # a SignalWire-only keyword
)
assert_type(dial, Dial)
number = dial.number("+15550001111", status_callback_event=["initiated", "answered"])
assert_type(number, Number)
dial.number("+15550002222", status_callback_event="initiated ringing answered completed")
dial.sip("sip:alice@example.com", codecs=["PCMU", "OPUS"], session_timeout=600)
dial.set_attributes(new_option="x")  # an attribute laml does not know yet

response.dial("+15551234567", "https://example.com/after", "POST")  # twilio's positions
response.record(trim="trim-silence", max_length=60, recording_status_callback_event=["completed"])
say = response.say("Hello")
say.break_(time="500ms")
say.prosody("slowly", rate="90%", volume="+6dB")
say.say_as("12345", interpret_as="digits")
response.start().stream(url="wss://example.com/audio", track="both_tracks", codec="L16@16000h")
response.denoise("on")
response.hangup()

assert_type(response.append(Say("Goodbye")), VoiceResponse)
assert_type(response.nest(Dial(number="+15551234567")), Dial)
custom = response.add_child("Custom", "text", anything="goes")
xml: str = response.to_xml()
pretty: str = response.to_xml(xml_declaration=False, pretty=True)

messages = MessagingResponse()
message = messages.message("Thanks!", to="+15551234567", from_="+15557654321", action="https://example.com/sent")
assert_type(message, Message)
assert_type(message.media("https://example.com/cat.jpg"), Media)
messages.redirect("https://example.com/next", method="GET")

fax = FaxResponse()
fax.receive(action="https://example.com/fax", media_type="application/pdf", page_size="a4", store_media=True)
print(xml, pretty, custom.tag, str(messages), str(fax))
