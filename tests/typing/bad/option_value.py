"""A rule option is a number, a flag or a word: not a list."""

import laml

laml.lint("<Response/>", options={"message-too-long": {"max": [1600]}})  # error
