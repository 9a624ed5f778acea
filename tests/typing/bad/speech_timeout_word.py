"""speechTimeout is a number or auto."""

from laml.voice import VoiceResponse

VoiceResponse().gather(speech_timeout="automatic")  # error
