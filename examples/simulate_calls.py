"""Simulated calls through the Flask app of ``flask_app.py``: no phone, no tunnel, no network.

Each call is run as the platform would run it: the platform's parameters, signed with the app's
key, every document linted, its verbs run on a virtual clock, actions and redirects followed.
Prints each call's log; the same calls make good pytest tests (see the README).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
KEY = os.environ.setdefault("SIGNALWIRE_SIGNING_KEY", "PSK_example_signing_key")

from flask_app import app  # noqa: E402

from laml.simulate import Simulator  # noqa: E402


def main() -> None:
    with Simulator(app, signing_key=KEY) as simulator:
        calls = {
            "a caller who presses 1": simulator.call("/voice", inputs=["1"]),
            "a caller who says 'support', after a wrong key": simulator.call(
                "/voice", inputs=["9", "support please"], dial={"+14155550102": "busy"}),
            "a caller who says nothing": simulator.call("/voice", inputs=[]),
            "a text message": simulator.message("/sms", body="hours"),
        }
        interactive = simulator.call("/voice")
        assert interactive.waiting is not None
        print(f"== step by step: the call waits at <{interactive.waiting.verb}> for the caller")
        interactive.press("2")
        print(interactive.transcript(), end="\n\n")
    for title, call in calls.items():
        print(f"== {title}")
        print(call.transcript(), end="\n\n")
        assert call.ended is not None and call.ended.ok
    assert calls["a caller who presses 1"].said[-1] == "Connecting you to sales."


if __name__ == "__main__":
    main()
