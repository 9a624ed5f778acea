"""``to_dict()`` gives JSON data: narrow a value before indexing it."""

from laml.simulate import Simulator

call = Simulator({"/": "<Response><Say>Hi</Say></Response>"}).call("/", inputs=[])
print(call.to_dict()["events"][0])  # error
