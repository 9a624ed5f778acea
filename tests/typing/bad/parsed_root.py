"""laml.parse returns an Element: narrow it (or use VoiceResponse.from_xml)."""

import laml

laml.parse("<Response/>").say("Hello")  # error
