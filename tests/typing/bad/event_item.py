"""Call events are initiated, ringing, answered, completed."""

from laml.voice import VoiceResponse

VoiceResponse().dial().number("+15551234567", status_callback_event=["answer"])  # error
