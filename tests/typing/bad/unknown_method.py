"""A Gather has no <Dial>."""

from laml.voice import VoiceResponse

VoiceResponse().gather().dial("+15551234567")  # error
