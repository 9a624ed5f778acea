"""Parse and validate a ~1 KB voice document: laml, xmlschema, xmllint and bare lxml.

Every candidate reads the same bytes and checks them against the same XSD
(``schemas/signalwire/voice.xsd``), alternating round by round in one process:

* ``laml``: ``laml.validate(data)`` (safe parse, channel detection, schema, diagnostics);
* ``lxml``: ``XMLSchema.validate(etree.fromstring(data))``: the floor of any libxml2 validator;
* ``xmlschema``: ``xmlschema.XMLSchema10(...).is_valid(text)``, the pure-Python validator;
* ``xmllint``: ``xmllint --noout --schema voice.xsd doc.xml`` in a subprocess, one process per
  document (skipped, with a message, when xmllint is not installed). Its process start and
  schema compilation are measured apart: one run over N copies of the file gives the cost per
  document once the process is up.

Each candidate must accept the document and reject a broken copy before timing starts. Prints
µs per document (best round, and the median) and the ratios. Targets: laml at least 30x faster
than xmlschema, and at most 1.5x the bare-lxml floor.

Run: ``python benchmarks/bench_validate.py [--rounds N] [--number N]``
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path

import xmlschema
from lxml import etree

import laml
from laml.schema import schema_path

DOCUMENT = b"""<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Say voice="Polly.Joanna" language="en-US">Thanks for calling Acme. <break time="500ms"/>
    Please listen closely, as our menu has changed.</Say>
  <Gather action="https://example.com/ivr/menu" method="POST" numDigits="1" timeout="5"
          input="dtmf speech" hints="sales, support, billing">
    <Say>For sales, press 1. For support, press 2.</Say>
    <Play loop="1">https://example.com/audio/hold.mp3</Play>
  </Gather>
  <Dial callerId="+15551234567" timeout="30" record="record-from-answer"
        action="https://example.com/ivr/after-dial">
    <Number sendDigits="ww123" statusCallback="https://example.com/ivr/status"
            statusCallbackEvent="initiated ringing answered completed">+15557654321</Number>
    <Number>+15550001111</Number>
  </Dial>
  <Record maxLength="120" finishOnKey="#" playBeep="true" trim="trim-silence"
          action="https://example.com/ivr/voicemail"/>
  <Pause length="2"/>
  <Redirect method="POST">https://example.com/ivr/start</Redirect>
</Response>
"""
BROKEN = DOCUMENT.replace(b'timeout="30"', b'timeout="2"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="alternating rounds")
    parser.add_argument("--number", type=int, default=2000, help="documents per round (lxml)")
    args = parser.parse_args()

    path = schema_path("voice", "signalwire")
    floor_schema = etree.XMLSchema(etree.parse(str(path)))
    independent = xmlschema.XMLSchema10(str(path))
    text = DOCUMENT.decode("utf-8")
    xmllint = shutil.which("xmllint")
    tmp = Path(tempfile.mkdtemp())
    doc_file = tmp / "doc.xml"
    doc_file.write_bytes(DOCUMENT)
    broken_file = tmp / "broken.xml"
    broken_file.write_bytes(BROKEN)

    def run_laml() -> object:
        return laml.validate(DOCUMENT)

    def run_lxml() -> object:
        return floor_schema.validate(etree.fromstring(DOCUMENT))

    def run_xmlschema() -> object:
        return independent.is_valid(text)

    def run_xmllint(file: Path = doc_file) -> int:
        assert xmllint is not None
        done = subprocess.run(
            [xmllint, "--noout", "--schema", str(path), str(file)],
            capture_output=True,
            check=False,
        )
        return done.returncode

    # every candidate accepts the document and rejects the broken copy
    assert laml.validate(DOCUMENT) == [] and laml.validate(BROKEN) != []
    assert floor_schema.validate(etree.fromstring(DOCUMENT))
    assert not floor_schema.validate(etree.fromstring(BROKEN))
    assert independent.is_valid(text) and not independent.is_valid(BROKEN.decode())
    if xmllint:
        assert run_xmllint() == 0 and run_xmllint(broken_file) != 0
    else:
        print("xmllint not found: its column is skipped (apt-get install libxml2-utils)\n")

    candidates: dict[str, tuple[Callable[[], object], int]] = {
        "laml": (run_laml, args.number),
        "lxml": (run_lxml, args.number),
        "xmlschema": (run_xmlschema, max(args.number // 40, 10)),
    }
    if xmllint:
        candidates["xmllint"] = (run_xmllint, 10)
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(args.rounds):
        for name, (run, number) in candidates.items():
            seconds = timeit.timeit(run, number=number)
            times[name].append(seconds / number * 1e6)

    batch = 0.0
    copies = 500
    if xmllint:  # one process over many copies: the cost per document once started
        files = []
        for i in range(copies):
            f = tmp / f"copy{i}.xml"
            f.write_bytes(DOCUMENT)
            files.append(str(f))
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(
                [xmllint, "--noout", "--schema", str(path), *files],
                capture_output=True,
                check=True,
            )
            runs.append(time.perf_counter() - start)
        batch = min(runs) / copies * 1e6
    shutil.rmtree(tmp)

    best = {name: min(values) for name, values in times.items()}
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"document: {len(DOCUMENT)} bytes, schema {path.relative_to(path.parents[2])}")
    print(f"{'validator':22} {'best µs/doc':>12} {'median':>10} {'/ laml':>8}")
    for name in candidates:
        ratio = best[name] / best["laml"]
        print(f"{name:22} {best[name]:12.1f} {median[name]:10.1f} {ratio:7.1f}x")
    if xmllint:
        label = f"xmllint, {copies} per run"
        print(f"{label:22} {batch:12.1f} {'':>10} {batch / best['laml']:7.1f}x")
        print(
            f"\nxmllint process start + schema compilation: "
            f"{(best['xmllint'] - batch) / 1000:.1f} ms per run"
        )
    print()
    speedup = best["xmlschema"] / best["laml"]
    overhead = best["laml"] / best["lxml"]
    print(f"xmlschema / laml = {speedup:6.1f}x   (target >= 30)")
    print(f"laml / lxml      = {overhead:6.2f}x   (target <= 1.5)")
    if speedup < 30 or overhead > 1.5:
        sys.exit(1)


if __name__ == "__main__":
    main()
