"""A moderated conference room: the moderator starts and ends it, others wait with music."""

from laml import VoiceResponse


def build(moderator: bool = True) -> VoiceResponse:
    response = VoiceResponse()
    response.say("Joining the weekly meeting.")
    dial = response.dial(action="https://example.com/conference/after", time_limit=3600)
    dial.conference(
        "weekly-meeting",
        start_conference_on_enter=moderator,
        end_conference_on_exit=moderator,
        beep="onEnter",
        wait_url="https://example.com/hold-music.xml",
        max_participants=25,
        record="record-from-start",
        status_callback="https://example.com/conference/events",
        status_callback_event=["start", "end", "join", "leave"],
    )
    return response


if __name__ == "__main__":
    print(build().to_xml(pretty=True))
