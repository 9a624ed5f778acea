"""The method is GET or POST, in capitals."""

from laml.voice import VoiceResponse

VoiceResponse().gather(method="post")  # error
