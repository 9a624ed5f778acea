"""Speed of the ``exclude`` / ``per-file-ignores`` glob matcher of ``[tool.laml]``.

Measures, in one run:

1. **everyday globs** (``build/**``, ``vendor``, ``**/generated/*.xml``, ``*.tmpl``) on 10,000
   paths: laml's matcher, next to :func:`fnmatch.fnmatchcase` (what a script would use; it has
   no notion of folders, so it is a floor, not an equivalent) and to a regular expression built
   from each glob, as laml did before;
2. **hostile globs** ``*a*a…*a*b`` with 5 to 80 stars against a name of ``a`` × 2n: laml's
   time and its ratio to the smallest case (linear in the glob's length: 2× stars, about 2×
   the time, or 4× for the product of both lengths), next to the regular expression, which
   backtracks: it is stopped after a budget and reported as "> budget".

Run: ``python benchmarks/bench_globs.py [--paths N] [--budget SECONDS]``
"""

from __future__ import annotations

import argparse
import fnmatch
import multiprocessing
import queue
import re
import time
from typing import Any

from laml.cli._config import compile_glob

EVERYDAY = ["build/**", "vendor", "**/generated/*.xml", "*.tmpl"]


def _regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regular expression: ``*`` → ``[^/]*``, ``**`` → ``.*`` (backtracks)."""
    out = []
    for part in re.split(r"(\*\*/|\*\*|\*|\?)", pattern):
        out.append({"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}.get(
            part, re.escape(part)))
    return re.compile("".join(out) + r"\Z")


def _paths(count: int) -> list[str]:
    return [f"calls/dept{i % 50}/sub{i % 7}/{'generated/' if i % 9 == 0 else ''}menu_{i}.xml"
            for i in range(count)]


def _time(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def _laml(paths: list[str]) -> int:
    globs = [compile_glob(p) for p in EVERYDAY]
    return sum(any(g.matches(p) for g in globs) for p in paths)


def _fnmatch(paths: list[str]) -> int:
    return sum(any(fnmatch.fnmatchcase(p, g) for g in EVERYDAY) for p in paths)


def _regexes(paths: list[str]) -> int:
    compiled = [_regex(g) for g in EVERYDAY]
    return sum(any(r.match(p) for r in compiled) for p in paths)


def _regex_child(pattern: str, text: str, out: Any) -> None:
    compiled = _regex(pattern)
    start = time.perf_counter()
    compiled.match(text)
    out.put(time.perf_counter() - start)


def _regex_time(pattern: str, text: str, budget: float) -> float | None:
    """Seconds the regular expression takes (in a child process, started beforehand), or
    ``None`` past ``budget`` (the child is then stopped)."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    child = context.Process(target=_regex_child, args=(pattern, text, out))
    child.start()
    try:
        took: float = out.get(timeout=budget + 1)
    except queue.Empty:
        took = -1
    if child.is_alive():
        child.terminate()
    child.join()
    return None if took < 0 or took > budget else took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", type=int, default=10_000)
    parser.add_argument("--budget", type=float, default=5.0)
    args = parser.parse_args()

    paths = _paths(args.paths)
    laml = _time(_laml, paths)
    print(f"everyday globs, {args.paths:,} paths:")
    print(f"  laml      {laml * 1000:8.1f} ms")
    for name, fn in (("fnmatch", _fnmatch), ("regex", _regexes)):
        took = _time(fn, paths)
        print(f"  {name:9} {took * 1000:8.1f} ms   laml / {name} = {laml / took:.2f}")

    print("hostile globs '*a' × n + '*b' against 'a' × 2n:")
    print(f"  {'n':>4} {'laml ms':>10} {'ratio':>7} {'regex':>12}")
    base = None
    for n in (5, 10, 20, 40, 80):
        pattern, text = "*a" * n + "*b", "a" * (2 * n)
        glob = compile_glob(pattern)
        start = time.perf_counter()
        for _ in range(100):
            glob.matches(text)
        took = (time.perf_counter() - start) / 100
        base = base or took
        regex = _regex_time(pattern, text, args.budget) if n <= 20 else None
        shown = f"{regex * 1000:.1f} ms" if regex is not None else f"> {args.budget:g} s"
        print(f"  {n:>4} {took * 1000:>10.3f} {took / base:>7.1f} {shown:>12}")


if __name__ == "__main__":
    main()
