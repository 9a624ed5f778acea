"""trim is trim-silence or do-not-trim."""

from laml.voice import VoiceResponse

VoiceResponse().record(trim="yes")  # error
