"""Gather input is dtmf and/or speech."""

from laml.voice import VoiceResponse

VoiceResponse().gather(input=["dtmf", "voice"])  # error
