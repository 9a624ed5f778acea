"""Test helpers for the bins client: a scripted loopback HTTP server that misbehaves on cue."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

PROJECT_ID = "0b6f0a4c-5d0e-4b8a-9d59-3c2f5e1a7b10"
TOKEN = "PTsecret-3f9a1c77e5d24b0c8e6a"
SID = "5184b831-184f-4209-872d-ccdccc80f2f1"


def bin_json(sid: str = SID, name: str = "Death Star IVR", **extra: Any) -> dict[str, Any]:
    """A bin object as the platform sends it."""
    data: dict[str, Any] = {
        "sid": sid,
        "date_created": "2019-11-26T20:00:00Z",
        "date_updated": "2020-05-05T20:00:00Z",
        "date_last_accessed": None,
        "account_sid": PROJECT_ID,
        "name": name,
        "contents": "<Response><Say>Hello!</Say></Response>",
        "request_url": f"https://example.signalwire.com/laml-bins/{sid}",
        "num_requests": 0,
        "api_version": "2010-04-01",
        "uri": f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}/LamlBins/{sid}",
    }
    data.update(extra)
    return data


def free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Reply:
    """Answer with this status, headers and JSON (or text) body."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reset:
    """Read the request, then reset the connection (RST) without answering."""


@dataclass(frozen=True)
class Stall:
    """Read the request, then say nothing for ``seconds`` (or until the server stops)."""

    seconds: float = 5.0


@dataclass(frozen=True)
class Drip:
    """Answer 200 with a body of ``size`` bytes, one byte every ``interval`` seconds.

    With ``head_too`` the status line and headers drip as well.
    """

    size: int = 1000
    interval: float = 0.2
    head_too: bool = False


@dataclass(frozen=True)
class Endless:
    """Answer 200 with a chunked body of ``chunk`` repeated until the client leaves (or
    ``limit`` bytes were sent, so that a client without a cap is not kept forever)."""

    chunk: bytes = b"x" * 65536
    limit: int = 64 * 1024 * 1024
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Computed:
    """Answer with what ``make(seen, index)`` returns (a :class:`Reply`)."""

    make: Any


Behaviour = Reply | Reset | Stall | Drip | Endless | Computed


@dataclass(frozen=True)
class Seen:
    """A request the server received."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 401: "Unauthorized",
            404: "Not Found", 422: "Unprocessable Entity", 429: "Too Many Requests",
            500: "Internal Server Error", 503: "Service Unavailable"}


class FaultServer:
    """HTTP/1.1 on 127.0.0.1 that answers request n with ``script[n]``.

    Every answer closes its connection. When the script runs out, the last behaviour repeats.
    ``requests`` records what arrived, in order. Use as a context manager; it stops its own
    threads, stalled ones included.
    """

    def __init__(self, script: list[Behaviour], port: int = 0) -> None:
        self.script = list(script)
        self.requests: list[Seen] = []
        #: Bytes of answer bodies sent by Endless behaviours, in all.
        self.streamed = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", port))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self.port = int(self._listener.getsockname()[1])
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultServer:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._acceptor.join(5)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _read_request(self, conn: socket.socket) -> Seen | None:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return Seen(method, target, headers, body)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            seen = self._read_request(conn)
            if seen is None:
                return
            with self._lock:
                self.requests.append(seen)
                index = len(self.requests) - 1
                behaviour = self.script[min(index, len(self.script) - 1)]
            if isinstance(behaviour, Reset):
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if isinstance(behaviour, Stall):
                self._stop.wait(behaviour.seconds)
                return
            if isinstance(behaviour, Drip):
                self._drip(conn, behaviour)
                return
            if isinstance(behaviour, Endless):
                self._endless(conn, behaviour)
                return
            if isinstance(behaviour, Computed):
                behaviour = behaviour.make(seen, index)
            body = behaviour.body
            if body is None:
                payload = b""
            elif isinstance(body, (bytes, str)):
                payload = body.encode() if isinstance(body, str) else body
            else:
                payload = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **behaviour.headers}
            head = [f"HTTP/1.1 {behaviour.status} {_REASONS.get(behaviour.status, 'Status')}"]
            head += [f"{k}: {v}" for k, v in headers.items()]
            head += [f"Content-Length: {len(payload)}", "Connection: close", "", ""]
            try:
                conn.sendall("\r\n".join(head).encode("latin-1") + payload)
            except OSError:
                return


    def _drip(self, conn: socket.socket, drip: Drip) -> None:
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {drip.size}\r\nConnection: close\r\n\r\n").encode()
        data = (head if drip.head_too else b"") + b" " * drip.size
        try:
            if not drip.head_too:
                conn.sendall(head)
            for i in range(len(data)):
                if self._stop.wait(drip.interval):
                    return
                conn.sendall(data[i:i + 1])
        except OSError:
            return

    def _endless(self, conn: socket.socket, endless: Endless) -> None:
        head = ["HTTP/1.1 200 OK", "Content-Type: application/json",
                "Transfer-Encoding: chunked", "Connection: close"]
        head += [f"{k}: {v}" for k, v in endless.headers.items()]
        chunk = f"{len(endless.chunk):x}\r\n".encode() + endless.chunk + b"\r\n"
        try:
            conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
            sent = 0
            while not self._stop.is_set() and sent < endless.limit:
                conn.sendall(chunk)
                sent += len(endless.chunk)
                with self._lock:
                    self.streamed += len(endless.chunk)
            conn.sendall(b"0\r\n\r\n")
        except OSError:
            return


def error_body(status: int, code: int, message: str) -> dict[str, Any]:
    """The platform's error body."""
    return {"code": code, "message": message,
            "more_info": "https://signalwire.com/docs/compatibility-api/reference/errors",
            "status": status}


# -- hooks around a real transport, and a proxy that can kill --------------------------------


class HookTransport(httpx.BaseTransport):
    """An httpx transport that sends through a real one, calling hooks around each request.

    ``before(request)`` runs before sending (raise to fail without sending); ``after(request,
    response)`` runs once the answer is in (raise to lose the answer of a request the server
    did handle). ``latency()`` seconds are slept before each request. ``peak`` is the most
    requests seen in flight at once.
    """

    def __init__(self, *, before: Any = None, after: Any = None, latency: Any = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.before, self.after, self.latency = before, after, latency
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0

    def handle_request(self, request: Any) -> Any:
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            if self.latency is not None:
                time.sleep(self.latency())
            if self.before is not None:
                self.before(request)
            response = self.inner.handle_request(request)
            if self.after is not None:
                try:
                    self.after(request, response)
                except BaseException:
                    response.close()
                    raise
            return response
        finally:
            with self.lock:
                self.in_flight -= 1

    def close(self) -> None:
        self.inner.close()


def is_create(request: Any) -> bool:
    """Whether an httpx request creates a bin (a POST to the collection)."""
    return bool(request.method == "POST" and request.url.path.endswith("/LamlBins"))


class KillingProxy:
    """Forwards 127.0.0.1 to ``target``; when the first answer to a create comes back, calls
    ``kill()`` instead of passing it on (the create was made, its answer never arrives)."""

    def __init__(self, target: int, kill: Any) -> None:
        self.target, self.kill = target, kill
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.port = int(self.listener.getsockname()[1])
        self.killed = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._relay, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target))
        creating = threading.Event()

        def up() -> None:
            try:
                while chunk := client.recv(65536):
                    line = chunk.split(b"\r\n", 1)[0]
                    if line.startswith(b"POST ") and line.split(b" ")[1].endswith(b"/LamlBins"):
                        creating.set()
                    upstream.sendall(chunk)
            except OSError:
                pass

        threading.Thread(target=up, daemon=True).start()
        with client, upstream:
            try:
                while chunk := upstream.recv(65536):
                    if creating.is_set() and not self.killed.is_set():
                        self.killed.set()
                        self.kill()
                        return
                    client.sendall(chunk)
            except OSError:
                return

    def stop(self) -> None:
        self._stop.set()
        self._acceptor.join(5)
        self.listener.close()
        for thread in self._threads:
            thread.join(5)


# -- the command line and the manifest -------------------------------------------------------


def run_cli(capsys: Any, *argv: str) -> tuple[int, str, str]:
    """Run ``laml ARGV``: (exit status, standard output, standard error); never a traceback."""
    from laml.cli import main

    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def read_manifest(folder: Any) -> dict[str, dict[str, str]]:
    """The entries of ``folder/laml-bins.toml``, by file name."""
    import tomllib

    data = tomllib.loads((folder / "laml-bins.toml").read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in data.get("bins", [])}
