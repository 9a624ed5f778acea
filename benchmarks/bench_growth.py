"""How time and peak memory grow with each dimension of the input, up to its cap.

    python benchmarks/bench_growth.py [dimension ...] [--runs N]

Linear growth shows as a time and a peak that double when the input doubles (a ratio of about
2.0 to the previous point; quadratic growth reads 4.0) and a time per input byte that does not
grow.

Checking documents (each point in a fresh process, so that its peak memory is its own; the
peak is the growth of the resident size while checking). Each is checked by ``laml.lint`` and,
for comparison, by what a user would use instead: lxml parsing it and validating it against the
same bundled XSD (``etree.fromstring`` + ``XMLSchema.validate``, no lint rules, no
explanations); a last line gives the growth over the whole range as an exponent (1.0 linear,
2.0 quadratic), which one noisy point moves less. The caps are laml's: documents over 128 kB
are read but not parsed, over 16 MiB not even read.

* ``attributes``: one ``<Say>`` with n empty attributes (n validation problems, capped at 100
  reported, and n lint findings), up to the parse cap;
* ``siblings``: n empty ``<Say/>`` verbs in one ``<Response>`` (n lint findings), up to the
  parse cap;
* ``size``: a typical voice document (``bench_cli``'s blocks of Gather, Say, Play, Dial) from
  16 kB to the parse cap, checked in full;
* ``large``: the same kind of document from 1 MiB to 16 MiB: read, reported as too large,
  checked for what its text shows (prolog, DOCTYPE, size).

Templates (in this process: the time is the best of three, the peak that of Python memory,
``tracemalloc``, in a separate run; ratios are to the smallest size):

* ``section-depth``: a template whose sections nest 12 to 100 deep (the nesting limit),
  each level 600 bytes (60 kB at the limit, under the platform's 64 kB), linted and
  rendered; then 1,000 to 8,000 deep, refused at the limit (``TemplateSyntaxError``, which
  ``laml lint`` reports as ``LAML201`` for templates of up to 128 kB). Linting
  shows each section both on and off: a chain of ``n`` sections needs ``n + 1``
  renderings, so up to about 30 levels the work grows faster than the size, until the
  linter's work budget (16 times the template's size) takes over and the rest of the
  branches are named in an ``LAML205`` notice.
* ``section-count``: a template of 125 to 1,000 sections side by side, up to 64 kB (the
  platform's limit for a bin), linted and rendered.

A dimension is a function that prints its section, listed in ``DIMENSIONS``.
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
import tracemalloc
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

from laml import TemplateSyntaxError, lint  # noqa: E402
from laml.template import MAX_NESTING, render  # noqa: E402

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



# ------------------------------------------------------------------------------ templates

Measure = Callable[[], object]


def _time(function: Measure) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _peak(function: Measure) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def report_in_process(title: str, cases: list[tuple[str, int, Measure]]) -> None:
    """Time and peak memory of each case, with ratios to the first."""
    print(f"\n{title}")
    print(
        f"  {'input':34s} {'bytes':>8s} {'time':>10s} {'x':>6s} {'µs/byte':>8s}"
        f" {'peak':>10s} {'x':>6s}"
    )
    base: tuple[int, float, int] | None = None
    for label, size, function in cases:
        seconds, peak = _time(function), _peak(function)
        if base is None:
            base = (size, seconds, peak)
        print(
            f"  {label:34s} {size:8,d} {seconds * 1000:8.1f}ms {seconds / base[1]:6.2f}"
            f" {seconds * 1e6 / size:8.2f} {peak / 1024:8,.0f}kB {peak / base[2]:6.2f}"
            f"   (input x{size / base[0]:.2f})"
        )


def _nested(depth: int, text: str = "") -> str:
    opening = "".join(f"{{{{#s{i}}}}}\n<Say>level {i} {text}</Say>\n" for i in range(depth))
    closing = "".join(f"{{{{/s{i}}}}}\n" for i in reversed(range(depth)))
    return f"<Response>\n{opening}{closing}</Response>\n"


def bench_section_depth() -> None:
    """Nesting depth: linted and rendered up to the limit, refused beyond it."""
    cases: list[tuple[str, int, Measure]] = []
    for depth in (12, 25, 50, MAX_NESTING):
        source = _nested(depth, "x" * 560)
        data = {f"s{i}": True for i in range(depth)}

        def both(source: str = source, data: dict[str, bool] = data) -> None:
            lint(source)
            render(source, data)

        cases.append((f"lint + render, depth {depth}", len(source), both))
    report_in_process("section nesting depth (within the limit)", cases)
    cases = []
    for depth in (1000, 2000, 4000, 8000):
        source = _nested(depth)

        def refused(source: str = source) -> None:
            try:
                render(source, {})
            except TemplateSyntaxError:
                return
            raise AssertionError("the nesting limit was not enforced")

        cases.append((f"render, depth {depth} (refused)", len(source), refused))
    report_in_process("section nesting depth (beyond the limit)", cases)


def bench_section_count() -> None:
    """Sections side by side, up to a 64 kB bin."""
    cases: list[tuple[str, int, Measure]] = []
    for count in (125, 250, 500, 1000):
        body = "".join(
            f'{{{{#S{i}}}}}\n<Say voice="{{{{Voice}}}}">{i}: {{{{S{i}}}}}</Say>\n{{{{/S{i}}}}}\n'
            for i in range(count)
        )
        source = f"<Response>\n{body}</Response>\n"
        data = {f"S{i}": f"value {i}" for i in range(count)} | {"Voice": "alice"}

        def both(source: str = source, data: dict[str, str] = data) -> None:
            lint(source)
            render(source, data)

        cases.append((f"lint + render, {count} sections", len(source), both))
    report_in_process("section count", cases)


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


def report_checks(dimension: Dimension, runs: int, folder: Path) -> None:
    """Each point of ``dimension`` checked in a fresh process by laml and by lxml."""
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
    spent = previous[0] / first[1]
    peak = f"x{previous[1] / first[2]:.1f} (exponent {_exponent(previous[1] / first[2], grown)})"
    print(f"  overall, n x{grown:.0f}: time x{spent:.1f} (exponent {_exponent(spent, grown)}), "
          f"peak {peak if first[2] >= 0.5 else '-'}; 1.0 is linear, 2.0 quadratic")


def _exponent(growth: float, by: float) -> str:
    return f"{math.log(growth) / math.log(by):.2f}"


# ------------------------------------------------------------------------------ running

#: Runs per point of the checking dimensions (the best counts); set from ``--runs``.
RUNS = [5]


def _checks(dimension: Callable[[], Dimension]) -> Callable[[], None]:
    def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            report_checks(dimension(), RUNS[0], Path(tmp))

    return run


DIMENSIONS: dict[str, Callable[[], None]] = {
    "attributes": _checks(attributes),
    "siblings": _checks(siblings),
    "size": _checks(size),
    "large": _checks(large),
    "section-depth": bench_section_depth,
    "section-count": bench_section_count,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dimensions", nargs="*", metavar="dimension",
                        help="among: " + ", ".join(DIMENSIONS) + " (all by default)")
    parser.add_argument("--runs", type=int, default=5, help="runs per point (the best counts)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.runs)
        return 0
    chosen = args.dimensions or list(DIMENSIONS)
    unknown = [c for c in chosen if c not in DIMENSIONS]
    if unknown:
        parser.error(f"unknown dimension(s): {', '.join(unknown)}")
    RUNS[0] = args.runs
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for name in chosen:
        DIMENSIONS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
