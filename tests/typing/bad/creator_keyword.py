"""A misspelt keyword."""

from laml.voice import VoiceResponse

VoiceResponse().say("Hello", languge="en-US")  # error
