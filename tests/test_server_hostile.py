"""Hostile HTTP clients against the local bins server: what one client sends, holds or makes the
server compute stays within :class:`laml.server.ServerLimits`, and the others are still answered.

Each server here runs on loopback with small limits, so that the caps are reached cheaply.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

import laml.server._app as server_app
from laml.server import LocalServer, ServerLimits

TEMPLATE = "<Response><Say>{{Name}}</Say>{{#Dest}}<Dial>{{.}}</Dial>{{/Dest}}</Response>"
API = "/api/laml/2010-04-01"


@pytest.fixture(scope="module")
def small() -> Iterator[LocalServer]:
    """A server taking 64 KiB bodies, 100 parameters, and little time from slow clients."""
    limits = ServerLimits(max_body_bytes=64 * 1024, max_params=100, header_timeout=0.5,
                          body_timeout=0.5)
    with LocalServer(validate=False, limits=limits) as server:
        yield server


@pytest.fixture(scope="module")
def bin_url(small: LocalServer) -> str:
    with small.client() as client:
        return client.create("Target", TEMPLATE, validate=False).request_url


@contextmanager
def serving_greeting(limits: ServerLimits | None = None) -> Iterator[tuple[LocalServer, str]]:
    """A server of its own with one bin; yields the server and the bin's URL."""
    with LocalServer(validate=False, limits=limits) as server:
        with server.client() as client:
            url = client.create("Greeting", TEMPLATE, validate=False).request_url
        yield server, url


def get_in_threads(url: str, count: int) -> tuple[list[threading.Thread], list[int]]:
    """``count`` threads, started, each asking for ``url`` once; and their answers' statuses."""
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda: statuses.append(
        httpx.get(url, params={"Name": "x"}, timeout=60).status_code)) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads, statuses


def raw(port: int, data: bytes, *, wait: float = 5.0) -> bytes:
    """Send ``data`` on a new connection; what comes back until the server closes or ``wait``."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(data)
        return read_all(sock, wait)


def read_all(sock: socket.socket, wait: float) -> bytes:
    sock.settimeout(wait)
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
            if b"\r\n\r\n" in received and _complete(received):
                break
    except (TimeoutError, ConnectionResetError):
        pass
    return received


def _complete(response: bytes) -> bool:
    head, _, body = response.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def status_of(response: bytes) -> int:
    assert response.startswith(b"HTTP/1.1 "), response[:200]
    return int(response.split(b" ", 2)[1])


def body_of(response: bytes) -> dict[str, object]:
    data: dict[str, object] = json.loads(response.partition(b"\r\n\r\n")[2])
    return data


def path_of(url: str) -> str:
    return httpx.URL(url).raw_path.decode()


# --- bodies ------------------------------------------------------------------------------------

def test_a_body_over_the_cap_is_refused_with_413(small: LocalServer, bin_url: str) -> None:
    response = httpx.post(bin_url, data={"Name": "a" * (64 * 1024)})
    assert response.status_code == 413
    body = response.json()
    assert body["status"] == 413 and "65536 bytes" in str(body["message"])
    just_under = httpx.post(bin_url, data={"Name": "a" * (60 * 1024)})
    assert just_under.status_code == 200


def test_a_create_over_the_cap_stores_nothing() -> None:
    with LocalServer(validate=False, limits=ServerLimits(max_body_bytes=64 * 1024)) as server, \
            httpx.Client(base_url=server.url, auth=(server.project_id, server.token)) as http:
        bins = f"{API}/Accounts/{server.project_id}/LamlBins"
        response = http.post(bins, data={"Name": "big", "Contents": "<Response/>" + " " * 70_000})
        assert response.status_code == 413
        # The connection stays usable: the rest of the refused body was read and dropped.
        again = http.post(bins, data={"Name": "ok"})
        assert again.status_code == 201
        assert [b.name for b in server.store.list(server.project_id).records] == ["ok"]


def test_a_declared_length_over_the_cap_is_refused_before_the_body_is_sent(
    small: LocalServer, bin_url: str
) -> None:
    head = (f"POST {path_of(bin_url)} HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n\r\n").encode()
    response = raw(small.port, head)  # not one byte of the 100 MB body
    assert status_of(response) == 413
    huge = head.replace(b"100000000", b"9" * 5000)
    assert status_of(raw(small.port, huge)) in (400, 413)


def test_the_rest_of_a_huge_refused_body_is_not_read(small: LocalServer, bin_url: str) -> None:
    with socket.create_connection(("127.0.0.1", small.port)) as sock:
        sock.sendall(f"POST {path_of(bin_url)} HTTP/1.1\r\nHost: x\r\n"
                     "Content-Length: 100000000\r\n\r\n".encode())
        assert status_of(read_all(sock, 5.0)) == 413
        sent, chunk = 0, b"a" * 65536
        with pytest.raises(OSError):  # the server hung up after dropping 256 KiB more
            while sent < 100_000_000:
                sock.sendall(chunk)
                sent += len(chunk)
    assert sent < 50_000_000


def test_a_streamed_body_is_refused_as_soon_as_it_passes_the_cap(
    small: LocalServer, bin_url: str
) -> None:
    with socket.create_connection(("127.0.0.1", small.port)) as sock:
        sock.sendall(f"POST {path_of(bin_url)} HTTP/1.1\r\nHost: x\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n".encode())
        chunk = b"a" * 16384
        for _ in range(5):  # 80 KiB, and the body never ends
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        response = read_all(sock, 5.0)
    assert status_of(response) == 413


def test_a_body_that_does_not_arrive_in_time_gets_408(small: LocalServer, bin_url: str) -> None:
    request = (f"POST {path_of(bin_url)} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
               "Name=slow").encode()
    response = raw(small.port, request)  # 9 of 100 bytes, then nothing
    assert status_of(response) == 408
    assert b"connection: close" in response.lower()


def test_headers_over_the_cap_are_refused(small: LocalServer, bin_url: str) -> None:
    def head(padding: int) -> bytes:
        return (f"GET {path_of(bin_url)} HTTP/1.1\r\nHost: x\r\n"
                f"X-Padding: {'a' * padding}\r\n\r\n").encode()

    assert len(head(16_000)) < 16 * 1024 < len(head(16_500))
    assert status_of(raw(small.port, head(16_000))) == 200
    assert status_of(raw(small.port, head(16_500))) == 400  # even when it comes in one piece


# --- parameters --------------------------------------------------------------------------------

def test_too_many_parameters_are_refused_with_413(small: LocalServer, bin_url: str) -> None:
    many = [("Dest[]", f"+1555{i:07d}") for i in range(101)]
    names = [str(i) for i in range(41)]
    for response in (httpx.post(bin_url, data={"Dest[]": [v for _, v in many]}),
                     httpx.get(bin_url, params=many),
                     httpx.post(bin_url, params=many[:60], data={"Name": names})):
        assert response.status_code == 413, response.text
        assert "100 parameters" in response.json()["message"]
    fine = httpx.post(bin_url, data={"Dest[]": [v for _, v in many[:100]]})
    assert fine.status_code == 200 and fine.text.count("<Dial>") == 100


def test_twenty_thousand_array_values_are_refused_at_the_default_cap() -> None:
    with serving_greeting() as (_, url):
        response = httpx.post(url, data={"Dest[]": [str(i) for i in range(20_000)]})
    assert response.status_code == 413
    assert "1000 parameters" in response.json()["message"]


def test_json_bodies_are_flat_objects(small: LocalServer, bin_url: str) -> None:
    def post(body: str) -> httpx.Response:
        return httpx.post(bin_url, content=body, headers={"Content-Type": "application/json"})

    listed = post('{"Name": "Ada", "Dest": ["+15550001", 2], "Flag": true, "Nothing": null}')
    assert listed.status_code == 200
    assert "<Say>Ada</Say><Dial>+15550001</Dial><Dial>2</Dial>" in listed.text
    deep = post('{"Name": ' + "[" * 30_000 + "]" * 30_000 + "}")
    assert deep.status_code == 400 and "nested too deeply" in deep.json()["message"]
    nested = post('{"Name": {"first": "Ada"}}')
    assert nested.status_code == 400 and "'Name'" in nested.json()["message"]
    for bad in ("[1, 2]", "{not json", '"text"'):
        assert post(bad).status_code == 400
    assert post(json.dumps({"Dest": list(range(101))})).status_code == 413


# --- slow and idle connections -----------------------------------------------------------------

def test_a_connection_that_sends_no_complete_request_is_closed(small: LocalServer) -> None:
    with socket.create_connection(("127.0.0.1", small.port)) as sock:
        sock.sendall(b"GET /laml-bins/x HTTP/1.1\r\nHost: x\r\n")  # and then nothing more
        assert read_all(sock, 10.0) == b""  # closed (after 0.5 s) without an answer
    with socket.create_connection(("127.0.0.1", small.port)) as sock:
        assert read_all(sock, 10.0) == b""  # a connection that sends nothing at all


class LogRecords(logging.Handler):
    """The records of the server's connection loggers, while installed."""

    NAMES = ("uvicorn.error", "laml.server.connections")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> LogRecords:
        for name in self.NAMES:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        for name in self.NAMES:
            logging.getLogger(name).removeHandler(self)


def test_idle_connections_beyond_the_cap_do_not_starve_clients() -> None:
    limits = ServerLimits(max_connections=10, header_timeout=60.0)
    with serving_greeting(limits) as (server, url):
        with LogRecords() as log:
            idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(40)]
            try:
                # 40 connections hold nothing for a minute: a client is still answered at once.
                response = httpx.get(url, params={"Name": "Ada"}, timeout=10)
                assert response.status_code == 200 and "<Say>Ada</Say>" in response.text
                closed = sum(read_all(sock, 0.05) == b"" for sock in idle)
                assert closed >= 30  # the longest idle ones made room
                for _ in range(50):  # garbage that uvicorn logs a warning for, each time
                    raw(server.port, b"NOT HTTP\r\n\r\n", wait=1.0)
            finally:
                for sock in idle:
                    sock.close()
        lines = [r.getMessage() for r in log.records if r.levelno >= logging.WARNING]
        # Each kind of event once, not once per connection.
        assert len(lines) == len(set(lines)) <= 3, lines
        assert any("limit" in line for line in lines)


def test_when_every_connection_has_a_request_in_progress_new_ones_are_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = threading.Semaphore(0), threading.Event()
    real = server_app.render_contents

    def stuck(contents: str, params: list[tuple[str, str]]) -> str:
        started.release()
        release.wait(30)
        return real(contents, params)

    monkeypatch.setattr(server_app, "render_contents", stuck)
    with serving_greeting(ServerLimits(max_connections=2)) as (server, url):
        busy, statuses = get_in_threads(url, 2)
        try:
            assert started.acquire(timeout=30) and started.acquire(timeout=30)
            with socket.create_connection(("127.0.0.1", server.port)) as extra:
                assert read_all(extra, 10.0) == b""  # closed at once, nothing to evict
        finally:
            release.set()
            for thread in busy:
                thread.join(60)
        assert statuses == [200, 200]  # the requests in progress were not cut off


# --- work off the event loop -------------------------------------------------------------------

def test_parameters_are_parsed_off_the_event_loop(small: LocalServer, bin_url: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # One request whose parsing does not finish must not hold up the others.
    entered, release = threading.Event(), threading.Event()
    real = server_app.parse_params

    def stuck(*args: object, **kwargs: object) -> list[tuple[str, str]]:
        if not entered.is_set():
            entered.set()
            release.wait(30)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(server_app, "parse_params", stuck)
    outcome: list[int] = []
    slow = threading.Thread(target=lambda: outcome.append(
        httpx.post(bin_url, data={"Name": "slow"}, timeout=60).status_code))
    slow.start()
    try:
        assert entered.wait(30)
        with small.client() as client:  # answered while the first request is being parsed
            assert client.get(bin_url.rsplit("/", 1)[1]).name == "Target"
        assert outcome == []
    finally:
        release.set()
        slow.join(60)
    assert outcome == [200]


def test_rendering_runs_on_at_most_the_configured_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock = threading.Lock()
    running = [0, 0]  # now, most at once
    real = server_app.render_contents

    def counted(contents: str, params: list[tuple[str, str]]) -> str:
        with lock:
            running[0] += 1
            running[1] = max(running)
        try:
            time.sleep(0.2)
            return real(contents, params)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(server_app, "render_contents", counted)
    with serving_greeting(ServerLimits(workers=2)) as (_, url):
        threads, statuses = get_in_threads(url, 6)
        for thread in threads:
            thread.join(60)
    assert statuses == [200] * 6
    assert 1 <= running[1] <= 2


def test_limits_are_checked() -> None:
    for bad in ({"max_body_bytes": 0}, {"max_params": -1}, {"header_timeout": 0},
                {"workers": 0}, {"body_timeout": float("nan")}):
        with pytest.raises(ValueError, match="must be"):
            ServerLimits(**bad)  # type: ignore[arg-type]
