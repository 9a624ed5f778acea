"""numDigits reads back as an int."""

from laml.voice import Gather

digits: str | None = Gather(num_digits=1).num_digits  # error
