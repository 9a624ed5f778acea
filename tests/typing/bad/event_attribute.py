"""A gather event holds the ``digits`` entered; the text spoken is a say event's."""

from laml.simulate import GatherEvent, Simulator

call = Simulator({"/": "<Response><Gather><Say>Hi</Say></Gather></Response>"}).call("/")
for event in call.events:
    if isinstance(event, GatherEvent):
        print(event.text)  # error
