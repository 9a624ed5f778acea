"""A call that waits for input has not ended: ``ended`` may be None."""

from laml.simulate import Simulator

call = Simulator({"/": "<Response><Gather/></Response>"}).call("/")
print(call.ended.reason)  # error
