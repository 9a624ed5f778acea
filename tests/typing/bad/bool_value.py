"""answerOnBridge is a bool."""

from laml.voice import VoiceResponse

VoiceResponse().dial(answer_on_bridge="yes")  # error
