"""Voicemail: a greeting, a beep, a recording sent to the action URL, then a goodbye."""

from laml import VoiceResponse


def build() -> VoiceResponse:
    response = VoiceResponse()
    greeting = response.say(voice="Polly.Matthew")
    greeting.append("You have reached Acme.")
    greeting.break_(time="500ms")
    greeting.append("Please leave a message after the beep.")
    response.record(
        action="https://example.com/voicemail/saved",
        max_length=120,
        finish_on_key="#",
        play_beep=True,
        trim="trim-silence",
        recording_status_callback="https://example.com/voicemail/status",
        recording_status_callback_event=["completed"],
    )
    return response


if __name__ == "__main__":
    print(build().to_xml(pretty=True))
