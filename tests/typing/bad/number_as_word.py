"""numDigits takes a number."""

from laml.voice import VoiceResponse

VoiceResponse().gather(num_digits="one")  # error
