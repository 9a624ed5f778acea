"""Not every verb has numDigits: narrow first."""

from laml.voice import VoiceResponse

for verb in VoiceResponse.from_xml("<Response/>"):
    print(verb.num_digits)  # error
