"""Call forwarding: ring two phones at once; whoever answers first gets the call."""

from laml import VoiceResponse


def build(caller: str = "+15550001111") -> VoiceResponse:
    response = VoiceResponse()
    dial = response.dial(
        caller_id=caller,
        timeout=20,
        answer_on_bridge=True,
        action="https://example.com/forward/done",
    )
    dial.number(
        "+15551234567",
        status_callback="https://example.com/forward/status",
        status_callback_event=["initiated", "ringing", "answered", "completed"],
    )
    dial.number("+15557654321", send_digits="wwww1928")
    return response


if __name__ == "__main__":
    print(build().to_xml(pretty=True))
