"""Bad and hostile input: validation answers with diagnostics, quickly, in bounded memory, and
reads nothing but the document (no network, no other file).

All cases run in one child process, so that its peak memory (``ru_maxrss``, which sees what
libxml2 allocates too) can be compared with the peak before the first case. A loopback TCP
listener counts connections; a named pipe stands for a local file and tells whether anything
opened it (opening a pipe for writing returns only once a reader opens it).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import LoopbackListener

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")

CHILD = r"""
import json, resource, sys, time, tracemalloc
from pathlib import Path
import laml

cases = json.loads(Path(sys.argv[1]).read_text())
laml.validate("<Response><Say>warm up</Say></Response>")
laml.validate("<Response/>", dialect="twilio")
inputs = {}
for name, how, file in cases:
    data = Path(file).read_bytes()
    inputs[name] = Path(file) if how == "path" else data.decode("utf-8") if how == "str" else data
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
results = {}
for name, how, file in cases:
    tracemalloc.start()
    start = time.perf_counter()
    found = laml.validate(inputs[name])
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    results[name] = {
        "seconds": elapsed,
        "python_peak": peak,
        "codes": [d.code for d in found],
        "messages": [d.message for d in found],
        "positions": [[d.line, d.column] for d in found],
    }
extra_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
print(json.dumps({"results": results, "extra_bytes": extra_kib * 1024}))
"""


class Sentinel:
    """A named pipe that records whether anything opened it for reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened_by_reader = False
        self.finished = False
        self.thread = threading.Thread(target=self._wait, daemon=True)
        self.thread.start()

    def _wait(self) -> None:
        fd = os.open(self.path, os.O_WRONLY)  # blocks until a reader opens the pipe
        if not self.finished:
            self.opened_by_reader = True
        with contextlib.suppress(OSError):  # the reader may be gone already
            os.write(fd, b"TOP-SECRET")
        os.close(fd)

    def close(self) -> None:
        self.finished = True
        fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)  # releases the waiting writer
        self.thread.join(timeout=5)
        os.close(fd)


def _cases(port: int, secret: Path, tmp: Path) -> dict[str, tuple[str, bytes]]:
    url = f"http://127.0.0.1:{port}"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + "]><Response><Say>&lol9;</Say></Response>"
    )
    big_entity = "A" * 30_000  # 30,000 references of 30 kB: 900 MB if ever expanded
    quadratic = (
        f'<!DOCTYPE r [<!ENTITY a "{big_entity}">]><Response><Say>'
        + "&a;" * 30_000
        + "</Say></Response>"
    )
    xsi = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ten_mb = b"<Response>" + b"<Say>hello</Say>" * 650_000 + b"</Response>"
    many_errors = b"<Response>" + b'<Say bad="1"/>' * 9_000 + b"</Response>"
    return {
        "xxe-file": (
            "bytes",
            f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<Response><Say>&x;</Say></Response>".encode(),
        ),
        "xxe-http": (
            "bytes",
            f'<!DOCTYPE r [<!ENTITY x SYSTEM "{url}/x">]>'
            "<Response><Say>&x;</Say></Response>".encode(),
        ),
        "external-dtd-http": (
            "bytes",
            f'<!DOCTYPE Response SYSTEM "{url}/r.dtd"><Response/>'.encode(),
        ),
        "external-dtd-file": (
            "bytes",
            f'<!DOCTYPE Response SYSTEM "{secret}"><Response/>'.encode(),
        ),
        "parameter-entity": (
            "bytes",
            f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{url}/p">%p;]><Response/>'.encode(),
        ),
        "xinclude": (
            "bytes",
            (
                '<Response xmlns:xi="http://www.w3.org/2001/XInclude">'
                f'<xi:include href="{url}/i.xml"/>'
                f'<xi:include href="file://{secret}" parse="text"/></Response>'
            ).encode(),
        ),
        "schema-location": (
            "bytes",
            (
                f'<Response {xsi} xsi:noNamespaceSchemaLocation="{url}/s.xsd">'
                f'<Say xsi:schemaLocation="urn:x file://{secret}">Hi</Say></Response>'
            ).encode(),
        ),
        "schema-location-file": (
            "bytes",
            (
                f'<Response {xsi} xsi:noNamespaceSchemaLocation="file://{secret}"><Say>Hi</Say>'
                "</Response>"
            ).encode(),
        ),
        "billion-laughs": ("bytes", laughs.encode()),
        "quadratic-blowup": ("bytes", quadratic.encode()),
        "ten-megabytes": ("bytes", ten_mb),
        "ten-megabytes-file": ("path", ten_mb),
        "ten-megabytes-text": ("str", ten_mb),
        "deep-nesting": (
            "bytes",
            b"<Response>" + b"<Say>" * 10_000 + b"</Say>" * 10_000 + b"</Response>",
        ),
        "deep-ssml": (
            "bytes",
            b"<Response><Say>"
            + b"<prosody>" * 250
            + b"x"
            + b"</prosody>" * 250
            + b"</Say></Response>",
        ),
        "binary-garbage": ("bytes", bytes(range(256)) * 64),
        "utf-16": (
            "bytes",
            '<?xml version="1.0" encoding="UTF-16"?><Response><Say>é</Say></Response>'.encode(
                "utf-16"
            ),
        ),
        "utf-16-invalid": ("bytes", "<Response><say>é</say></Response>".encode("utf-16")),
        "bom": ("bytes", b"\xef\xbb\xbf<Response><Say>Hi</Say></Response>"),
        "empty-file": ("path", b""),
        "many-errors": ("bytes", many_errors),
    }


def test_hostile_input(listener: LoopbackListener, tmp_path: Path) -> None:
    sentinel = Sentinel(tmp_path / "secret")
    try:
        cases = _cases(listener.port, sentinel.path, tmp_path)
        listing = []
        for name, (how, data) in cases.items():
            file = tmp_path / f"{name}.xml"
            file.write_bytes(data)
            listing.append((name, how, str(file)))
        (tmp_path / "cases.json").write_text(json.dumps(listing))
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(tmp_path / "cases.json")],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
    finally:
        sentinel.close()
    results = report["results"]
    assert set(results) == set(cases)
    for name, r in results.items():
        assert r["python_peak"] < 50 * 2**20, (name, r["python_peak"])
        assert all(line >= 1 and column >= 1 for line, column in r["positions"]), name
        assert not any("TOP-SECRET" in m for m in r["messages"]), name
    assert report["extra_bytes"] < 50 * 2**20, report["extra_bytes"]
    assert listener.connections == 0
    assert not sentinel.opened_by_reader

    def codes(name: str) -> list[str]:
        return list(results[name]["codes"])

    for name in (
        "xxe-file",
        "xxe-http",
        "external-dtd-http",
        "external-dtd-file",
        "parameter-entity",
        "billion-laughs",
        "quadratic-blowup",
    ):
        assert codes(name) == ["LAML001"], name
        assert "DOCTYPE" in results[name]["messages"][0], results[name]["messages"]
    assert codes("xinclude") == ["LAML002", "LAML002"]
    assert codes("schema-location") == codes("schema-location-file") == []
    for name in ("ten-megabytes", "ten-megabytes-file", "ten-megabytes-text"):
        assert codes(name) == ["LAML013"], name
    assert codes("deep-nesting") == ["LAML001"]
    assert codes("deep-ssml") == []  # 250 levels of <prosody>: valid, and quickly so
    assert codes("binary-garbage") == ["LAML001"]
    assert codes("utf-16") == codes("bom") == []
    assert codes("utf-16-invalid") == ["LAML002"]
    assert codes("empty-file") == ["LAML001"]
    assert results["empty-file"]["messages"] == ["not well-formed XML: the document is empty"]
    assert codes("many-errors")[0] == "LAML013"  # over 64 kB, and then the first problems
    assert codes("many-errors")[-1] == "LAML014"
    assert codes("many-errors").count("LAML004") == 100


def test_the_traps_see_what_they_watch(listener: LoopbackListener, tmp_path: Path) -> None:
    """A connection to the listener is counted, and opening the pipe is noticed."""
    sentinel = Sentinel(tmp_path / "watched")
    with open(sentinel.path, "rb") as handle:
        assert handle.read() == b"TOP-SECRET"
    sentinel.close()
    assert sentinel.opened_by_reader
    socket.create_connection(("127.0.0.1", listener.port)).close()
    for _ in range(100):
        if listener.connections:
            break
        threading.Event().wait(0.01)
    assert listener.connections == 1
