"""A diagnostic line is an int."""

import laml

laml.lint("<Response/>")[0].line.upper()  # error
