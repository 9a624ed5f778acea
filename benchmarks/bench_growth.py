"""How the time and memory of checking grow with each dimension of the input, up to its cap.

Each dimension is a function that makes a document of a given size; each document is checked
in a fresh process (so that its peak memory is its own) by ``laml.lint`` and, for comparison,
by what a user would use instead: lxml parsing it and validating it against the same bundled
XSD (``etree.fromstring`` + ``XMLSchema.validate``, no lint rules, no explanations). For every
point the table shows the seconds (best of a few runs), the growth of the peak resident size
while checking, the ratio of each to the previous point (the sizes double, so linear growth
reads about 2.0, quadratic 4.0), and laml's time over lxml's; a last line gives the growth over
the whole range as an exponent (1.0 linear, 2.0 quadratic), which one noisy point moves less.

Dimensions (the caps are laml's: documents over 128 kB are read but not parsed, over 16 MiB
not even read):

* ``attributes``: one ``<Say>`` with n empty attributes (n validation problems, capped at 100
  reported, and n lint findings), up to the parse cap;
* ``siblings``: n empty ``<Say/>`` verbs in one ``<Response>`` (n lint findings), up to the
  parse cap;
* ``size``: a typical voice document (``bench_cli``'s blocks of Gather, Say, Play, Dial) from
  16 kB to the parse cap, checked in full;
* ``large``: the same kind of document from 1 MiB to 16 MiB: read, reported as too large,
  checked for what its text shows (prolog, DOCTYPE, size).

More dimensions are added as functions returning ``(label, sizes, make)``, listed in
``DIMENSIONS``.

Run: ``python benchmarks/bench_growth.py [--only NAME,...] [--runs N]``
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_cli import (  # noqa: E402 - the same documents and peak-memory readings
    _reset_peak,
    _status,
    large_document,
)

Maker = Callable[[int], bytes]
Dimension = tuple[str, Sequence[int], Maker]
KIB = 1024
MIB = 1024 * KIB


# ------------------------------------------------------------------------------ dimensions


def attributes() -> Dimension:
    def make(n: int) -> bytes:
        names = " ".join(f'a{i}=""' for i in range(n))
        return f"<Response><Say {names}>Hi</Say></Response>".encode()

    return "attributes per element (n)", [875, 1750, 3500, 7000, 14_000], make


def siblings() -> Dimension:
    def make(n: int) -> bytes:
        return b"<Response>" + b"<Say/>" * n + b"</Response>"

    return "sibling findings (n empty <Say/>)", [1250, 2500, 5000, 10_000, 20_000], make


def size() -> Dimension:
    sizes = [16 * KIB, 32 * KIB, 64 * KIB, 128 * KIB - 512]  # (the last block may go over)
    return "document size, checked in full (bytes)", sizes, large_document


def large() -> Dimension:
    sizes = [1 * MIB, 2 * MIB, 4 * MIB, 8 * MIB, 16 * MIB - KIB]
    return "document size, over the parse limit (bytes)", sizes, large_document


DIMENSIONS: dict[str, Callable[[], Dimension]] = {
    "attributes": attributes,
    "siblings": siblings,
    "size": size,
    "large": large,
}


# ------------------------------------------------------------------------------ measuring


def _peak_kib() -> int:
    found = _status("VmHWM")
    return found if found is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(path: str, runs: int) -> None:
    """(In a fresh process) check ``path`` with laml and with lxml; print JSON figures."""
    from lxml import etree

    import laml
    from laml.schema import schema_path

    laml.lint(b"<Response><Say>warm up</Say></Response>")
    schema = etree.XMLSchema(etree.parse(str(schema_path("voice", "signalwire"))))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    data = Path(path).read_bytes()
    figures: dict[str, object] = {"bytes": len(data)}
    for name, check in (
        ("laml", lambda: len(laml.lint(data))),
        ("lxml", lambda: schema.validate(etree.fromstring(data, parser))),
    ):
        exact = _reset_peak()
        before = _status("VmRSS") if exact else _peak_kib()
        best = float("inf")
        result: object = None
        for _ in range(runs):
            start = time.perf_counter()
            result = check()
            best = min(best, time.perf_counter() - start)
        figures[name] = {"seconds": best, "peak_kib": _peak_kib() - (before or 0),
                         "result": result, "exact_peak": exact}
    print(json.dumps(figures))


def measure(data: bytes, runs: int, folder: Path) -> dict[str, object]:
    path = folder / "doc.xml"
    path.write_bytes(data)
    done = subprocess.run([sys.executable, __file__, "--child", str(path), "--runs", str(runs)],
                          capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def ratio(now: float, before: float | None, floor: float = 0.0) -> str:
    """``now / before`` as ``x2.00``; blank for the first point, or when ``before`` is below
    ``floor`` (a peak of a few pages says nothing about growth)."""
    return f"x{now / before:5.2f}" if before and before >= floor else "      "


def report(dimension: Dimension, runs: int, folder: Path) -> None:
    label, sizes, make = dimension
    print(f"\n{label}")
    print(f"  {'n':>10} {'bytes':>10}  {'laml':>10} {'':6}  {'peak':>9} {'':6}  "
          f"{'lxml':>10}  {'laml/lxml':>9}  findings")
    previous: tuple[float, float] | None = None
    first: tuple[int, float, float] | None = None
    for n in sizes:
        figures = measure(make(n), runs, folder)
        mine, theirs = figures["laml"], figures["lxml"]
        assert isinstance(mine, dict) and isinstance(theirs, dict)
        seconds, peak = float(mine["seconds"]), max(float(mine["peak_kib"]), 0.0) / KIB
        lxml_seconds = float(theirs["seconds"])
        print(f"  {n:>10,} {figures['bytes']:>10,}  {seconds * 1000:8.1f}ms "
              f"{ratio(seconds, previous and previous[0])}  {peak:7.1f}MiB "
              f"{ratio(peak, previous and previous[1], 1.0)}  {lxml_seconds * 1000:8.1f}ms  "
              f"{seconds / lxml_seconds:8.1f}x  {mine['result']}")
        previous = (seconds, peak)
        first = first or (n, seconds, peak)
    assert first is not None and previous is not None
    grown = sizes[-1] / first[0]
    time = previous[0] / first[1]
    peak = f"x{previous[1] / first[2]:.1f} (exponent {_exponent(previous[1] / first[2], grown)})"
    print(f"  overall, n x{grown:.0f}: time x{time:.1f} (exponent {_exponent(time, grown)}), "
          f"peak {peak if first[2] >= 0.5 else '-'}; 1.0 is linear, 2.0 quadratic")


def _exponent(growth: float, by: float) -> str:
    return f"{math.log(growth) / math.log(by):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated dimensions: " + ", ".join(DIMENSIONS))
    parser.add_argument("--runs", type=int, default=5, help="runs per point (the best counts)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.runs)
        return 0
    chosen = args.only.split(",") if args.only else list(DIMENSIONS)
    unknown = [c for c in chosen if c not in DIMENSIONS]
    if unknown:
        parser.error(f"unknown dimension(s): {', '.join(unknown)}")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; time is the best "
          f"of {args.runs} runs, peak is the growth of the resident size while checking")
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            report(DIMENSIONS[name](), args.runs, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
