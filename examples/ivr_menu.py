"""An IVR menu: ask for a digit (or a word), with a fallback when the caller says nothing."""

from laml import VoiceResponse


def build() -> VoiceResponse:
    response = VoiceResponse()
    with response.gather(
        input=["dtmf", "speech"],
        num_digits=1,
        action="https://example.com/ivr/choice",
        method="POST",
        timeout=5,
        hints=["sales", "support"],
    ) as menu:
        menu.say("Welcome to Acme.", voice="Polly.Joanna")
        menu.say("For sales, press 1 or say sales. For support, press 2 or say support.")
        menu.pause(length=1)
    response.say("We did not receive any input. Goodbye!")
    response.hangup()
    return response


if __name__ == "__main__":
    print(build().to_xml(pretty=True))
