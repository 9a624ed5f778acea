"""Fuzz ``laml.lint`` and ``laml fmt`` with mutations of real documents.

Seeds are the documents in ``tests/fixtures/documents`` and, when present, the reference corpus
in ``../shared/corpus``. Half the mutants are byte-level mutations, half tree-level ones that
stay well-formed (see ``tests/mutations.py``). Every mutant goes through :func:`laml.linting.lint` (text, bytes and, when
lxml can recover a tree from it, as an element tree) in both dialects and with a forced
channel now and then, and through :func:`laml.format.format_document`, which must either refuse
it with :class:`laml.ParseError` or return a fixed point. A sample of the mutants is also
written to files and linted by the ``laml lint`` command (JSON output, exit status 0 or 1).

Any other exception is a failure: the input is saved under ``--crashes`` and the run exits 1.

    python benchmarks/fuzz_lint.py            # 100,000 inputs
    python benchmarks/fuzz_lint.py -n 5000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from mutations import mutate, mutate_tree, seeds  # noqa: E402

from laml.errors import ParseError  # noqa: E402
from laml.format import format_document  # noqa: E402
from laml.linting import lint  # noqa: E402


def _tree(data: bytes) -> object | None:
    from lxml import etree

    try:
        return etree.fromstring(data, etree.XMLParser(recover=True, resolve_entities=False,
                                                      no_network=True, load_dtd=False))
    except (etree.XMLSyntaxError, ValueError):
        return None


def check_one(data: bytes, rng: random.Random) -> int:
    """Lint and format ``data``; the number of findings. Raises on any unexpected error."""
    dialect = rng.choice(("signalwire", "twilio"))
    channel = rng.choice((None, None, None, "voice", "messaging", "fax"))
    found = lint(data, dialect=dialect, channel=channel)  # type: ignore[arg-type]
    for d in found:
        if d.line < 1 or d.column < 1 or not d.code.startswith("LAML") or not d.message:
            raise AssertionError(f"malformed diagnostic {d!r}")
    text = data.decode("utf-8", "replace")
    lint(text, dialect=dialect)
    if rng.random() < 0.1:
        tree = _tree(data)
        if tree is not None:
            lint(tree, dialect=dialect)  # type: ignore[arg-type]
    try:
        formatted = format_document(data)
    except ParseError:
        pass
    else:
        if format_document(formatted) != formatted:
            raise AssertionError("formatting is not idempotent")
    return len(found)


def run_cli(samples: list[bytes]) -> tuple[int, int]:
    """Lint ``samples`` as files with the command line; (files, findings)."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, data in enumerate(samples):
            Path(tmp, f"m{i:05d}.xml").write_bytes(data)
        result = subprocess.run(
            [sys.executable, "-m", "laml", "lint", "--no-config", "--format", "json", tmp],
            capture_output=True, check=False, cwd=tmp, timeout=600,
        )
    if result.returncode not in (0, 1):
        raise AssertionError(f"laml lint exited {result.returncode}: {result.stderr.decode()}")
    report = json.loads(result.stdout)
    if report["summary"]["files"] != len(samples):
        raise AssertionError("laml lint did not check every file")
    return len(samples), len(report["diagnostics"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cli-sample", type=int, default=2000,
                        help="mutants also linted by the command line (default: 2000)")
    parser.add_argument("--crashes", default=str(ROOT / ".laml" / "fuzz-crashes"))
    args = parser.parse_args()

    corpus = seeds(ROOT / "tests" / "fixtures" / "documents", ROOT.parent / "shared" / "corpus")
    print(f"{len(corpus)} seed documents; {args.inputs:,} inputs, seed {args.seed}")
    rng = random.Random(args.seed)
    failures = findings = well_formed = 0
    slowest = (0.0, b"")
    sample: list[bytes] = []
    every = max(1, args.inputs // max(1, args.cli_sample))
    start = time.perf_counter()
    for n in range(args.inputs):
        if rng.random() < 0.5:
            data = mutate_tree(rng.choice(corpus), rng)
        else:
            data = mutate(rng.choice(corpus), rng, corpus)
        t = time.perf_counter()
        try:
            findings += check_one(data, rng)
        except Exception:
            failures += 1
            os.makedirs(args.crashes, exist_ok=True)
            name = Path(args.crashes, f"crash-{args.seed}-{n}.xml")
            name.write_bytes(data)
            print(f"FAILURE on input {n} (saved to {name}):\n{traceback.format_exc()}")
        took = time.perf_counter() - t
        if took > slowest[0]:
            slowest = (took, data)
        if _tree_ok(data):
            well_formed += 1
        if n % every == 0 and len(sample) < args.cli_sample:
            sample.append(data)
        if n and n % 10_000 == 0:
            print(f"  {n:,} inputs, {failures} failures, {time.perf_counter() - start:.0f} s")
    elapsed = time.perf_counter() - start
    files, cli_findings = run_cli(sample)
    print(f"inputs: {args.inputs:,} in {elapsed:.1f} s ({args.inputs / elapsed:,.0f}/s)")
    print(f"well-formed after mutation: {well_formed:,} ({100 * well_formed / args.inputs:.1f}%)")
    print(f"findings: {findings:,}; uncaught exceptions: {failures}")
    print(f"slowest input: {slowest[0] * 1000:.1f} ms ({len(slowest[1]):,} bytes)")
    print(f"command line: {files:,} mutated files linted, {cli_findings:,} findings, "
          "exit status 0/1")
    return 1 if failures else 0


def _tree_ok(data: bytes) -> bool:
    from lxml import etree

    try:
        etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
