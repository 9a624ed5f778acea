"""Speed of ``laml bins push`` through a link with latency, side by side with sending one by one.

A local bins server runs in its own process (linting contents as the platform does); the client
reaches it through a TCP proxy in this process that holds every chunk for half the round-trip
time in each direction (and a full round trip on each new connection). Measured, for N bins
(default 50) and each round-trip time (default 50 ms and 100 ms):

* **update**: every file of a pulled folder edited, then pushed;
* **create**: N new files pushed.

Each is timed three ways: **one by one**, what a script (or laml before the pool) does:
for each bin a GET to check for a conflict then the POST; ``push --jobs 1``, the sync with its
conflict checks, one request at a time; and ``push`` with its default pool of concurrent
requests. Ratios are to the one-by-one time. Target: 50 bins at 50 ms ≤ 2 s with the pool.

Run: ``python benchmarks/bench_bins.py [--bins 50] [--rtt 50,100] [--jobs 8]``
"""

from __future__ import annotations

import argparse
import json
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from laml.bins import DEFAULT_JOBS, BinsClient, plan_push, pull, push

SERVER = """
import json, sys
from laml.server import LocalServer
with LocalServer(validate=True, log_level="error") as server:
    print(json.dumps(server.env()), flush=True)
    sys.stdin.read()
"""


class LatencyProxy:
    """Forwards 127.0.0.1:port to ``target``, holding each chunk ``rtt / 2`` seconds."""

    def __init__(self, target: int, rtt: float) -> None:
        self.target, self.half = target, rtt / 2
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._open, args=(client,), daemon=True).start()

    def _open(self, client: socket.socket) -> None:
        time.sleep(2 * self.half)  # the TCP handshake's round trip
        upstream = socket.create_connection(("127.0.0.1", self.target))
        for sock in (client, upstream):  # the proxy adds latency, not Nagle's delays
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        """Forward each chunk ``half`` seconds after it arrived (chunks do not wait for
        each other: latency, not bandwidth)."""
        chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def deliver() -> None:
            try:
                while True:
                    due, chunk = chunks.get()
                    if not chunk:
                        break
                    time.sleep(max(0.0, due - time.monotonic()))
                    sink.sendall(chunk)
            except OSError:
                pass
            finally:
                for sock in (source, sink):
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        threading.Thread(target=deliver, daemon=True).start()
        try:
            while chunk := source.recv(65536):
                chunks.put((time.monotonic() + self.half, chunk))
        except OSError:
            pass
        chunks.put((time.monotonic() + self.half, b""))

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join()
        self.listener.close()


def contents(i: int, edit: int) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say voice="alice">Menu '
            f"{i}, version {edit}. Hello {{{{From}}}}.</Say>\n  <Gather numDigits=\"1\" "
            f'action="/menu/{i}"><Say>Press 1.</Say></Gather>\n</Response>\n')


def one_by_one(client: BinsClient, folder: Path, sids: dict[str, str]) -> None:
    """Check then send each file in turn: GET, compare, POST."""
    for path in sorted(folder.glob("*.xml")):
        sid = sids.get(path.name)
        text = path.read_text(encoding="utf-8")
        if sid is None:
            client.create(path.stem, text, validate=False)
        else:
            client.get(sid)
            client.update(sid, name=path.stem, contents=text, validate=False)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def scenario(env: dict[str, str], url: str, bins: int, jobs: int, kind: str) -> dict[str, float]:
    """Seconds for each way of pushing ``bins`` edited (or new) files."""
    times: dict[str, float] = {}
    for way in ("one by one", "push --jobs 1", f"push (--jobs {jobs})"):
        with BinsClient(url, env["SIGNALWIRE_PROJECT_ID"], env["SIGNALWIRE_TOKEN"],
                        retries=0) as client:
            for item in list(client.list(page_size=1000)):
                client.delete(item.sid)
            folder = Path(tempfile.mkdtemp(prefix="bench-bins-"))
            try:
                sids: dict[str, str] = {}
                if kind == "update":
                    for i in range(bins):
                        client.create(f"menu {i:03d}", contents(i, 0), validate=False)
                    pull(client, folder)
                    sids = {f"menu {i:03d}.xml": b.sid for i, b in enumerate(
                        sorted(client.list(page_size=1000), key=lambda b: b.name))}
                for i in range(bins):
                    (folder / f"menu {i:03d}.xml").write_text(contents(i, 1), encoding="utf-8")
                if way == "one by one":
                    times[way] = timed(lambda: one_by_one(client, folder, sids))
                else:
                    n = 1 if way == "push --jobs 1" else jobs

                    def run(n: int = n) -> None:
                        plan = plan_push(folder, validate=True)
                        _, results = push(client, folder, jobs=n, plan=plan)
                        assert all(r.status == "done" for r in results), results

                    times[way] = timed(run)
                listed = list(client.list(page_size=1000))
                assert len(listed) == bins, f"{way}: {len(listed)} bins, not {bins}"
            finally:
                shutil.rmtree(folder)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bins", type=int, default=50)
    parser.add_argument("--rtt", default="50,100", help="round-trip times in ms, comma-separated")
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS)
    args = parser.parse_args()

    server = subprocess.Popen([sys.executable, "-c", SERVER], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        env = json.loads(server.stdout.readline())
        port = int(env["SIGNALWIRE_SPACE_URL"].rsplit(":", 1)[1])
        print(f"{args.bins} bins; server in its own process; times in seconds, ratio to one "
              "by one\n")
        print(f"{'rtt':>6}  {'scenario':<8}  {'way':<16}  {'time':>7}  {'ratio':>6}")
        for rtt in (float(ms) / 1000 for ms in args.rtt.split(",")):
            proxy = LatencyProxy(port, rtt)
            try:
                url = f"http://127.0.0.1:{proxy.port}"
                for kind in ("update", "create"):
                    times = scenario(env, url, args.bins, args.jobs, kind)
                    base = times["one by one"]
                    for way, seconds in times.items():
                        print(f"{rtt * 1000:>4.0f}ms  {kind:<8}  {way:<16}  {seconds:>7.2f}  "
                              f"{seconds / base:>6.2f}")
            finally:
                proxy.stop()
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
