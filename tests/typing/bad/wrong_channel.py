"""A messaging response has no <Say>."""

from laml.messaging import MessagingResponse

MessagingResponse().say("Hello")  # error
