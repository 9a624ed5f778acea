"""callerId is written caller_id."""

from laml.voice import Dial

Dial("+15551234567", callerid="+15557654321")  # error
