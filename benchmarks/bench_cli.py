"""Speed of the ``laml lint`` command, and of ``xmllint --noout --schema`` on the same files.

Measures, each as the wall time of whole processes (median of several runs):

1. **startup**: ``laml lint one.xml`` with compiled bytecode (a warm ``PYTHONPYCACHEPREFIX``,
   as an installed laml has .pyc files), side by side with ``python -c "import lxml.etree"``
   (the floor: laml's trees are lxml's), interleaved round after round, wall and CPU time
   (target ≤ 2x the floor in both); then without bytecode caching
   (``PYTHONDONTWRITEBYTECODE=1``: laml's modules are compiled from source each time, the
   standard library's come from its .pyc files) and with nothing cached at all (an empty
   ``PYTHONPYCACHEPREFIX``: the standard library is compiled too);
2. **many files**: 1,000 and 10,000 documents made from the seeds (each seed copied with a
   varying comment, name and text), with the default ``--jobs`` and with ``--jobs 1`` (the
   default must never be the slower);
3. **one large document**: a 10 MB voice document;
4. **growth**: documents of 1, 2, 4 and 8 MB checked in one process (``--jobs 1``): time and
   the growth of the peak resident size while checking (each run in a fresh process that
   reports its own figures), with the ratios to the 1 MB run.

``xmllint`` validates against the bundled voice schema of the dialect (``laml schema --path``);
its column is left out, with a message, when ``xmllint`` is not installed. Targets: startup
≤ 2x ``import lxml.etree``, 10,000 files ≤ 5 s on 2 cores, 10 MB ≤ 2 s, time and memory
linear in size.

Run: ``python benchmarks/bench_cli.py [--files N] [--runs N] [--sizes 1,2,4,8]``
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAML = [sys.executable, "-m", "laml"]
_SCRIPT = Path(sys.executable).with_name("laml")
if _SCRIPT.is_file():
    LAML = [str(_SCRIPT)]


def seed_documents() -> list[bytes]:
    """Well-formed documents to copy: the test fixtures and, when present, the shared corpus."""
    from lxml import etree

    found: list[bytes] = []
    for folder in (ROOT / "tests" / "fixtures" / "documents", ROOT.parent / "shared" / "corpus"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".xml", ".twiml", ".laml") or not path.is_file():
                continue
            data = path.read_bytes()
            try:
                etree.fromstring(data)
            except etree.XMLSyntaxError:
                continue
            found.append(data)
    return found


def vary(data: bytes, i: int) -> bytes:
    """A copy of ``data`` that differs from the others: a comment and a changed text."""
    text = data.decode("utf-8", "replace")
    marker = f"<!-- copy {i} -->"
    if text.startswith("<?xml"):
        end = text.find("?>") + 2
        text = text[:end] + "\n" + marker + text[end:]
    else:
        text = marker + "\n" + text
    text = text.replace(">Hello", f">Hello {i}", 1)
    return text.encode("utf-8")


def make_files(folder: Path, count: int) -> list[Path]:
    seeds = seed_documents()
    paths: list[Path] = []
    for i in range(count):
        sub = folder / f"d{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"doc{i:05d}.xml"
        path.write_bytes(vary(seeds[i % len(seeds)], i))
        paths.append(path)
    return paths


BLOCK = (
    '  <Gather input="dtmf speech" numDigits="1" action="https://example.com/menu?step={i}" '
    'timeout="5">\n'
    '    <Say voice="Polly.Joanna">For sales, press 1. For support, press 2. Call {i}.</Say>\n'
    "    <Play>https://example.com/sounds/chime-{i}.mp3</Play>\n"
    "  </Gather>\n"
    '  <Say language="en-US">We did not receive any input, step {i}.</Say>\n'
    '  <Dial callerId="+14155550100" timeout="20"><Number>+1415555{n:04d}</Number></Dial>\n'
)


def large_document(size: int) -> bytes:
    """A voice document of about ``size`` bytes: a block of typical verbs, repeated."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n']
    total = len(parts[0])
    i = 0
    while total < size - 20:
        block = BLOCK.format(i=i, n=i % 10000)
        parts.append(block)
        total += len(block)
        i += 1
    parts.append("</Response>\n")
    return "".join(parts).encode()


def timed(cmd: Sequence[str], runs: int, env: dict[str, str] | None = None,
          cwd: str | None = None) -> float:
    """Median wall time of ``runs`` runs of ``cmd``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       cwd=cwd, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_once(
    command: Sequence[str], env: dict[str, str], ok: Sequence[int] = (0,)
) -> tuple[float, float]:
    """Wall and CPU seconds (children included) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in ok:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(
    commands: dict[str, list[str]], rounds: int, env: dict[str, str], ok: Sequence[int] = (0,)
) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) of each command, interleaved round after round (a busy machine
    slows them alike)."""
    for command in commands.values():  # warms the bytecode cache and the disk cache
        run_once(command, env, ok)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            samples[name].append(run_once(command, env, ok))
    return {
        name: (statistics.median(s[0] for s in runs), statistics.median(s[1] for s in runs))
        for name, runs in samples.items()
    }


def _status(field: str) -> int | None:
    """A ``kB`` figure of ``/proc/self/status`` (Linux), or ``None``."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Restart the peak resident size from the current one (Linux: /proc/self/clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def child_measure(path: str) -> None:
    """(In a fresh process) lint ``path`` in this one process: print the seconds it took, the
    resident size (KiB) before reading it (imports done, rules loaded) and the peak while
    checking it."""
    import io
    from contextlib import redirect_stdout

    from laml.cli import main
    from laml.linting import lint

    lint(b"<Response><Say>warm up</Say></Response>")
    if _reset_peak() and _status("VmRSS") is not None:
        before = _status("VmRSS") or 0
        peak = lambda: _status("VmHWM") or 0  # noqa: E731
    else:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # noqa: E731
    start = time.perf_counter()
    with redirect_stdout(io.StringIO()):
        main(["lint", "--no-config", "--quiet", "--jobs", "1", path])
    elapsed = time.perf_counter() - start
    print(elapsed, before, peak())


def measure_in_child(path: Path) -> tuple[float, int, int]:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def xmllint_command(dialect: str) -> list[str] | None:
    exe = shutil.which("xmllint")
    if exe is None:
        return None
    from laml.schema import schema_path

    return [exe, "--noout", "--schema", str(schema_path("voice", dialect))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1,2,4,8", help="MB, comma-separated")
    parser.add_argument("--large", type=int, default=10, help="MB of the large document")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_measure(args.child)
        return 0

    xmllint = xmllint_command("signalwire")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if xmllint is None:
        print("xmllint is not installed: its column is left out "
              "(Debian: apt-get install libxml2-utils)")
    random.seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        one = work / "one.xml"
        one.write_bytes((ROOT / "tests" / "fixtures" / "documents" / "ivr.xml").read_bytes())
        lint_one = [*LAML, "lint", "--no-config", str(one)]

        runs = max(args.runs, 11)
        warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        warm_env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        rounds = max(args.runs * 4, 20)
        print(f"\n1. startup: laml lint one.xml (whole processes, median of {rounds} "
              "interleaved rounds, bytecode cached)")
        startup = measure(
            {"pass": [sys.executable, "-c", "pass"],
             "lxml": [sys.executable, "-c", "import lxml.etree"],
             "lint": lint_one},
            rounds, warm_env,
        )
        (pw, pc), (fw, fc), (lw, lc) = startup["pass"], startup["lxml"], startup["lint"]
        met = lw <= 2 * fw and lc <= 2 * fc
        print(f"   {'':36} {'wall':>11} {'CPU':>11}")
        print(f"   python -c pass                      {ms(pw)} {ms(pc)}")
        print(f"   python -c 'import lxml.etree'       {ms(fw)} {ms(fc)}   (the floor)")
        print(f"   laml lint one.xml                   {ms(lw)} {ms(lc)}   "
              f"({lw / fw:.2f}x / {lc / fc:.2f}x the floor; target 2x: "
              f"{'met' if met else 'MISSED'})")
        cold_env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
        cold_env["PYTHONDONTWRITEBYTECODE"] = "1"
        cold = timed(lint_one, runs, cold_env)
        nothing_env = {**cold_env, "PYTHONPYCACHEPREFIX": str(work / "no-cache")}
        nothing = timed(lint_one, runs, nothing_env)
        import laml

        cached = any(Path(laml.__file__).parent.rglob("__pycache__/*.pyc"))
        print(f"   no .pyc for laml (stdlib cached)    {ms(cold)}"
              + ("   [laml has __pycache__ here: delete it for this row]" if cached else ""))
        print(f"   no .pyc at all (stdlib compiled)    {ms(nothing)}")
        if xmllint:
            x = timed([*xmllint, str(one)], runs)
            print(f"   xmllint --schema one.xml            {ms(x)}   (laml/xmllint {lw / x:.1f}x)")

        runs = max(1, min(args.runs, 3))
        env = warm_env
        print(f"\n2. files made from {len(seed_documents())} seed documents")
        small = work / "small"
        small.mkdir()
        make_files(small, 1000)
        jobs = measure(
            {"default": [*LAML, "lint", "--no-config", "--quiet", str(small)],
             "one": [*LAML, "lint", "--no-config", "--quiet", "--jobs", "1", str(small)]},
            max(args.runs, 3), env, ok=(0, 1),
        )
        (dw, dc), (ow, oc) = jobs["default"], jobs["one"]
        print(f"   1,000 files: laml lint DIR {ms(dw)} wall, --jobs 1 {ms(ow)} wall "
              f"(default/--jobs 1: {dw / ow:.2f}x; target ≤ 1x)")
        print(f"   {args.files:,} files")
        folder = work / "many"
        folder.mkdir()
        paths = make_files(folder, args.files)
        pooled = timed([*LAML, "lint", "--no-config", "--quiet", str(folder)], runs, env)
        single = timed([*LAML, "lint", "--no-config", "--quiet", "--jobs", "1", str(folder)],
                       runs, env)
        print(f"   laml lint DIR            {ms(pooled)}   (target 5000 ms; "
              f"{pooled / args.files * 1e6:.0f} µs per file)")
        print(f"   laml lint --jobs 1 DIR   {ms(single)}   (pool speed-up {single / pooled:.2f}x)")
        if xmllint:
            batch = 2000
            start = time.perf_counter()
            for i in range(0, len(paths), batch):
                subprocess.run([*xmllint, *map(str, paths[i : i + batch])],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            x = time.perf_counter() - start
            print(f"   xmllint --schema FILES   {ms(x)}   (laml/xmllint {pooled / x:.1f}x; "
                  "one process per 2,000 files, no lint rules)")

        print(f"\n3. one {args.large} MB document")
        big = work / "big.xml"
        big.write_bytes(large_document(args.large * 1_000_000))
        took = timed([*LAML, "lint", "--no-config", "--quiet", str(big)], runs, env)
        alone = timed([*LAML, "lint", "--no-config", "--quiet", "--jobs", "1", str(big)], runs,
                      env)
        print(f"   laml lint                {ms(took)}   (target 2000 ms; rules shared out "
              "among the cores)")
        print(f"   laml lint --jobs 1       {ms(alone)}")
        if xmllint:
            x = timed([*xmllint, str(big)], runs)
            print(f"   xmllint --schema         {ms(x)}   (laml/xmllint {took / x:.1f}x)")

        sizes = [int(s) for s in args.sizes.split(",")]
        print("\n4. growth: one process (--jobs 1), a fresh one per run; memory is the peak "
              "resident size\n   above what the process held before reading the document")
        first: tuple[float, int] | None = None
        for size in sizes:
            doc = work / f"size{size}.xml"
            doc.write_bytes(large_document(size * 1_000_000))
            results = [measure_in_child(doc) for _ in range(runs)]
            seconds = statistics.median(r[0] for r in results)
            grown = max(r[2] - r[1] for r in results)
            first = first or (seconds, grown)
            line = (f"   {size:2d} MB  {ms(seconds)}  x{seconds / first[0]:5.2f}   "
                    f"+{grown / 1024:6.1f} MiB  x{grown / max(first[1], 1):5.2f}")
            if xmllint:
                x = timed([*xmllint, str(doc)], runs)
                line += f"   xmllint {ms(x)}"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
