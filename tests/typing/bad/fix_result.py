"""What a fix leaves is ``remaining``: there is no ``diagnostics``."""

import laml

print(laml.fix("<Response><Say voice='alice'>Hi</Say></Response>").diagnostics)  # error
