"""The local bins server under hostile clients, side by side with a plain Starlette + uvicorn app.

The plain app is what one writes without laml: the same bin rendered by ``laml.render_bin``
behind a Starlette route that reads ``await request.body()`` and parses the form on the event
loop, served by uvicorn with its default settings. Each server runs in its own process with the
usual soft limit of 1,024 open files (laml's is ``laml.server.LocalServer``, the server of
``laml serve``, with its default limits), and meets, one after the other:

* ``big body``: three 20 MB form POSTs to the bin's URL: answer, time, and the server's peak
  memory (VmHWM) afterwards;
* ``stall``: one client posting 20 MB bodies back to back for three seconds while another asks
  for the bin every 50 ms: that client's median and worst wait;
* ``idle``: 1,100 connections opened and left silent, then one ordinary request: whether and
  when it is answered, and how many lines the server logged meanwhile.

Run: ``python benchmarks/bench_server.py``
"""

from __future__ import annotations

import resource
import socket
import statistics
import subprocess
import sys
import time
from typing import Any
from urllib.parse import urlencode

import httpx

TEMPLATE = "<Response><Say>Hello {{Name}}</Say></Response>"
# Encoded once: the clients spend no time (and no lock) building it.
BIG = urlencode({"Name": "a" * (20 * 1024 * 1024)}).encode()
FORM = {"Content-Type": "application/x-www-form-urlencoded"}

LAML_SERVER = """
import sys
from laml.server import LocalServer
with LocalServer(validate=False, log_level="warning") as server:
    with server.client() as client:
        item = client.create("bench", sys.argv[1], validate=False)
    print(item.request_url, flush=True)
    sys.stdin.read()
"""

PLAIN_SERVER = """
import socket, sys, uuid
from urllib.parse import parse_qsl
import uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route
from laml import render_bin
TEMPLATE, SID = sys.argv[1], str(uuid.uuid4())
async def render(request):
    params = list(request.query_params.multi_items())
    if request.method == "POST":
        params += parse_qsl((await request.body()).decode(), keep_blank_values=True)
    return Response(render_bin(TEMPLATE, params), media_type="text/xml")
app = Starlette(routes=[Route("/laml-bins/{sid}", render, methods=["GET", "POST"])])
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
sock.listen(128)
print(f"http://127.0.0.1:{sock.getsockname()[1]}/laml-bins/{SID}", flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off")).run(sockets=[sock])
"""


def _files_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(1024, hard), hard))


def start(code: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", code, TEMPLATE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, preexec_fn=_files_limit,  # noqa: PLW1509
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def peak_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def big_body(url: str, pid: int) -> dict[str, Any]:
    times, codes = [], []
    for _ in range(3):
        began = time.perf_counter()
        try:
            codes.append(httpx.post(url, content=BIG, headers=FORM, timeout=60).status_code)
        except httpx.HTTPError as exc:
            codes.append(type(exc).__name__)
        times.append(time.perf_counter() - began)
    return {"answers": codes, "seconds": max(times), "peak_mb": peak_mb(pid)}


FLOOD = """
import contextlib, sys, time, httpx
from urllib.parse import urlencode
body = urlencode({"Name": "a" * (20 * 1024 * 1024)}).encode()
stop, sent = time.monotonic() + float(sys.argv[2]), 0
with httpx.Client(timeout=60) as client:
    while time.monotonic() < stop:
        with contextlib.suppress(httpx.HTTPError):
            client.post(sys.argv[1], content=body,
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
        sent += 1
print(sent)
"""


def stall(url: str) -> dict[str, Any]:
    # The flood comes from another process, so that it does not slow the probing client down.
    flood = subprocess.Popen([sys.executable, "-c", FLOOD, url, "3"], stdout=subprocess.PIPE,
                             text=True)
    waits: list[float] = []
    time.sleep(0.3)
    with httpx.Client(timeout=60) as client:
        while flood.poll() is None:
            began = time.perf_counter()
            client.get(url, params={"Name": "probe"})
            waits.append(time.perf_counter() - began)
            time.sleep(0.05)
    sent = int(flood.communicate()[0] or 0)
    return {"median_ms": statistics.median(waits) * 1000, "worst_ms": max(waits) * 1000,
            "flood_posts": sent}


def idle(url: str, proc: subprocess.Popen[str]) -> dict[str, Any]:
    port = httpx.URL(url).port
    assert port is not None
    sockets = []
    for _ in range(1100):
        try:
            sockets.append(socket.create_connection(("127.0.0.1", port), timeout=2))
        except OSError:
            break
    time.sleep(0.5)
    began = time.perf_counter()
    try:
        answer: object = httpx.get(url, params={"Name": "legit"}, timeout=15).status_code
    except httpx.HTTPError as exc:
        answer = type(exc).__name__
    seconds = time.perf_counter() - began
    for sock in sockets:
        sock.close()
    return {"answer": answer, "seconds": seconds}


def run(name: str, code: str) -> dict[str, Any]:
    proc, url = start(code)
    try:
        result = {"big body": big_body(url, proc.pid), "stall": stall(url)}
        result["idle"] = idle(url, proc)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    result["idle"]["log_lines"] = len(err.splitlines())
    print(f"{name}: {result}", flush=True)
    return result


def main() -> None:
    plain = run("plain starlette+uvicorn", PLAIN_SERVER)
    laml = run("laml serve", LAML_SERVER)
    print()
    print("| measure | plain | laml | ratio |")
    print("| --- | --- | --- | --- |")
    rows = [
        ("20 MB POST: answer", plain["big body"]["answers"][0], laml["big body"]["answers"][0]),
        ("20 MB POST: seconds", plain["big body"]["seconds"], laml["big body"]["seconds"]),
        ("20 MB POSTs: peak MB", plain["big body"]["peak_mb"], laml["big body"]["peak_mb"]),
        ("probe during flood: median ms", plain["stall"]["median_ms"],
         laml["stall"]["median_ms"]),
        ("probe during flood: worst ms", plain["stall"]["worst_ms"], laml["stall"]["worst_ms"]),
        ("20 MB POSTs answered in 3 s", plain["stall"]["flood_posts"],
         laml["stall"]["flood_posts"]),
        ("1,100 idle: answer", plain["idle"]["answer"], laml["idle"]["answer"]),
        ("1,100 idle: seconds", plain["idle"]["seconds"], laml["idle"]["seconds"]),
        ("log lines", plain["idle"]["log_lines"], laml["idle"]["log_lines"]),
    ]
    for label, a, b in rows:
        ratio = (f"{a / b:.1f}x" if isinstance(a, float) and isinstance(b, float) and b
                 else "")
        shown = [f"{v:.2f}" if isinstance(v, float) else str(v) for v in (a, b)]
        print(f"| {label} | {shown[0]} | {shown[1]} | {ratio} |")


if __name__ == "__main__":
    main()
