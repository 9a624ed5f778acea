"""Import cost: ``import laml`` and the builder's import, next to lxml's own and twilio's.

Each row is a whole ``python -c ...`` process, as a serverless cold start pays it, with compiled
bytecode (a warm ``PYTHONPYCACHEPREFIX``, as after an install). The rows run interleaved, round
after round, so a busy machine slows them alike; the figures are medians of wall time and of
CPU time (user + system, from the process's resource usage). The floor is
``python -c "import lxml.etree"``: laml's elements are lxml elements, so nothing that builds
them can start faster. Targets: ``import laml`` and ``from laml.voice import VoiceResponse``
within 1.25x of that floor.

Run: ``python benchmarks/bench_import.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

from bench_cli import measure  # (this folder is on sys.path when a script here runs)

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.25

ROWS: list[tuple[str, str]] = [
    ("python -c pass", "pass"),
    ("import lxml.etree (floor)", "import lxml.etree"),
    ("import laml", "import laml"),
    ("from laml.voice import VoiceResponse", "from laml.voice import VoiceResponse"),
    ("  ... and build + serialize a response",
     "from laml.voice import VoiceResponse\n"
     "r = VoiceResponse(); r.gather(num_digits=1).say('Hi'); r.to_xml()"),
    ("from laml.messaging import MessagingResponse",
     "from laml.messaging import MessagingResponse"),
    ("twilio: from twilio.twiml.voice_response import VoiceResponse",
     "from twilio.twiml.voice_response import VoiceResponse"),
]
CHECKED = ("import laml", "from laml.voice import VoiceResponse")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    rows = [
        (label, code)
        for label, code in ROWS
        if "twilio" not in code or importlib.util.find_spec("twilio") is not None
    ]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"median of {args.rounds} interleaved rounds")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env["PYTHONPATH"] = str(ROOT)
        commands = {label: [sys.executable, "-c", code] for label, code in rows}
        results = measure(commands, args.rounds, env)
    floor_wall, floor_cpu = results["import lxml.etree (floor)"]
    print(f"\n{'':62} {'wall':>9} {'CPU':>9}   vs lxml.etree (wall / CPU)")
    failed = False
    for label, code in rows:
        wall, cpu = results[label]
        line = (f"{label:62} {wall * 1000:6.1f} ms {cpu * 1000:6.1f} ms   "
                f"{wall / floor_wall:4.2f}x / {cpu / floor_cpu:4.2f}x")
        if code in CHECKED:
            ok = wall <= TARGET * floor_wall and cpu <= TARGET * floor_cpu
            failed |= not ok
            line += f"   (target {TARGET}x: {'met' if ok else 'MISSED'})"
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
