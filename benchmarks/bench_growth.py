"""How time and peak memory grow with the input, up to the size caps.

Each dimension doubles its input a few times and prints, for every size, the time (best
of three) and the peak of Python memory (``tracemalloc``, in a separate run) with their
ratios to the smallest size, and the time per input byte: linear growth shows ratios that
double with the input and a time per byte that does not grow.

    python benchmarks/bench_growth.py [dimension ...]

Dimensions:

* ``section-depth``: a template whose sections nest 12 to 100 deep (the nesting limit),
  each level 600 bytes (60 kB at the limit, under the platform's 64 kB), linted and
  rendered; then 1,000 to 8,000 deep, refused with ``LAML201`` at the limit. Linting
  shows each section both on and off: a chain of ``n`` sections needs ``n + 1``
  renderings, so up to about 30 levels the work grows faster than the size, until the
  linter's work budget (16 times the template's size) takes over and the rest of the
  branches are named in an ``LAML205`` notice.
* ``section-count``: a template of 125 to 1,000 sections side by side, up to 64 kB (the
  platform's limit for a bin), linted and rendered.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable

from laml import lint
from laml.template import MAX_NESTING, render

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


def report(title: str, cases: list[tuple[str, int, Measure]]) -> None:
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
    report("section nesting depth (within the limit)", cases)
    cases = []
    for depth in (1000, 2000, 4000, 8000):
        source = _nested(depth)
        cases.append((f"lint, depth {depth} (LAML201)", len(source), lambda s=source: lint(s)))
    report("section nesting depth (beyond the limit)", cases)


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
    report("section count", cases)


DIMENSIONS: dict[str, Callable[[], None]] = {
    "section-depth": bench_section_depth,
    "section-count": bench_section_count,
}


def main() -> None:
    """Run the dimensions named on the command line (all by default)."""
    chosen = sys.argv[1:] or list(DIMENSIONS)
    for name in chosen:
        if name not in DIMENSIONS:
            raise SystemExit(f"unknown dimension {name!r}; choose from {', '.join(DIMENSIONS)}")
    print(f"Python {sys.version.split()[0]}")
    for name in chosen:
        DIMENSIONS[name]()


if __name__ == "__main__":
    main()
