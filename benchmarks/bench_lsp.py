"""Speed of ``laml lsp``: from a change in the editor to the diagnostics it publishes.

A client (pygls) starts ``laml lsp`` over stdio, opens a 1 kB and a 64 kB voice document
(just under the platform's 65,536-byte limit, one mistake each) and changes one attribute
value again and again; each time it measures the wall time from sending ``didChange`` to
receiving the ``publishDiagnostics`` of that version (median and 90th percentile).

* **check**: with ``debounce: 0``, the time the server needs: parsing, validation, every rule,
  positions, publishing. Goals: under 50 ms for 1 kB, under 300 ms for 64 kB.
* **as typed**: with the default debounce (200 ms), what an editor sees after the last
  keystroke: the debounce delay plus the check.
* **instead**: what a user would otherwise run on save, ``laml lint FILE`` as a process (an
  editor's lint-on-save plugin), side by side, with the ratio to the server's check.

Run: ``python benchmarks/bench_lsp.py [--runs N]``
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

LAML = [sys.executable, "-m", "laml"]
GOALS = {"1 kB": 0.050, "64 kB": 0.300}


def document(size: int) -> str:
    """A voice document of about ``size`` bytes: menus, dials and prompts; one mistake."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n'
    mistake = '  <Redirect method="post">https://example.com/next</Redirect>\n'
    block = (
        '  <Gather input="dtmf speech" numDigits="1" timeout="5" '
        'action="https://example.com/menu/{n}" method="POST">\n'
        '    <Say voice="Polly.Joanna" language="en-US">For sales press 1, for support press 2.'
        "</Say>\n"
        '    <Pause length="1"/>\n'
        "  </Gather>\n"
        '  <Dial callerId="+15550100000" timeout="30" action="https://example.com/dial/{n}">\n'
        "    <Number>+15550100{n:03d}</Number>\n"
        "  </Dial>\n"
    )
    tail = "</Response>\n"
    parts = [head]
    used = len(head) + len(mistake) + len(tail)
    n = 0
    while True:
        piece = block.format(n=n % 1000)
        if used + len(piece) > size:
            break
        parts.append(piece)
        used += len(piece)
        n += 1
    parts += [mistake, tail]
    return "".join(parts)


class Session:
    """A client connected to ``laml lsp`` that times change → diagnostics."""

    def __init__(self, debounce: float | None) -> None:
        self.debounce = debounce
        self.client = LanguageClient("bench-lsp", "1")
        self.waiting: dict[tuple[str, int], asyncio.Future[float]] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            future = self.waiting.pop((params.uri, params.version or 0), None)
            if future is not None and not future.done():
                future.set_result(time.perf_counter())

    async def start(self) -> None:
        await self.client.start_io(*LAML, "lsp")
        options = {} if self.debounce is None else {"debounce": self.debounce}
        await self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(), initialization_options=options
        ))
        self.client.initialized(types.InitializedParams())

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()

    async def _expect(self, uri: str, version: int, send: object) -> float:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[(uri, version)] = future
        start = time.perf_counter()
        assert callable(send)
        send()
        end = await asyncio.wait_for(future, 30)
        return end - start

    async def open(self, uri: str, text: str) -> float:
        return await self._expect(uri, 1, lambda: self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
                uri=uri, language_id="xml", version=1, text=text))))

    async def change(self, uri: str, version: int, line: int, new: str, old: str,
                     column: int) -> float:
        where = types.Range(types.Position(line, column), types.Position(line, column + len(old)))
        return await self._expect(uri, version, lambda: self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangePartial(range=where, text=new)],
            )))


async def measure(debounce: float | None, runs: int, folder: Path) -> dict[str, list[float]]:
    session = Session(debounce)
    await session.start()
    times: dict[str, list[float]] = {}
    try:
        for label, size in (("1 kB", 1000), ("64 kB", 65_000)):
            text = document(size)
            path = folder / f"{label.replace(' ', '')}.laml"
            path.write_text(text, encoding="utf-8")
            uri = path.as_uri()
            await session.open(uri, text)
            lines = text.splitlines()
            line = next(i for i, ln in enumerate(lines) if 'method="post"' in ln)
            column = lines[line].index("post")
            values = ("post", "POST")
            samples = []
            for run in range(runs):
                old, new = values[run % 2], values[(run + 1) % 2]
                samples.append(await session.change(uri, run + 2, line, new, old, column))
            times[label] = samples
    finally:
        await session.stop()
    return times


def cli_times(folder: Path, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for label in ("1 kB", "64 kB"):
        path = folder / f"{label.replace(' ', '')}.laml"
        samples = []
        for _ in range(max(3, runs // 4)):
            start = time.perf_counter()
            subprocess.run([*LAML, "lint", "--no-config", str(path)], capture_output=True,
                           check=False)
            samples.append(time.perf_counter() - start)
        out[label] = samples
    return out


def _ms(values: list[float], q: float = 0.5) -> float:
    if q == 0.5:
        return 1000 * statistics.median(values)
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="changes per document (30)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        check = asyncio.run(measure(0, args.runs, folder))
        typed = asyncio.run(measure(None, max(5, args.runs // 3), folder))
        instead = cli_times(folder, args.runs)
    print(f"laml lsp: change -> published diagnostics (median / p90 of {args.runs} changes)")
    print(f"{'document':>9} {'check':>9} {'p90':>8} {'goal':>7} {'as typed':>9} "
          f"{'laml lint':>10} {'ratio':>7}")
    failed = False
    for label, goal in GOALS.items():
        median = statistics.median(check[label])
        cli = statistics.median(instead[label])
        ok = median <= goal
        failed |= not ok
        print(f"{label:>9} {_ms(check[label]):7.1f}ms {_ms(check[label], 0.9):6.1f}ms "
              f"{goal * 1000:5.0f}ms {_ms(typed[label]):7.1f}ms {cli * 1000:8.1f}ms "
              f"{cli / median:6.1f}x {'' if ok else ' (over the goal)'}")
    print("check: debounce 0, the server's own time; as typed: with the default 200 ms "
          "debounce;\nlaml lint: the command on the saved file, as a lint-on-save plugin runs "
          "it (ratio: how many times slower than the server's check).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
