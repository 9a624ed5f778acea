"""``laml serve`` in a child process: it starts on loopback, answers, and stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from server_support import read_only

from laml.bins import BinsClient
from laml.cli import main


@contextmanager
def serving(*argv: str, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> Iterator[dict[str, str]]:
    """Run ``laml serve --port 0`` and yield the variables it prints; stop it with SIGINT."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    environ.update(env or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "laml", "serve", "--port", "0", "--log-level", "warning", *argv],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ, cwd=cwd,
    )
    try:
        printed: dict[str, str] = {}
        assert proc.stdout is not None
        while "SIGNALWIRE_TOKEN" not in printed:
            line = proc.stdout.readline()
            assert line, f"laml serve ended early: {proc.stderr.read() if proc.stderr else ''}"
            if line.strip().startswith("export "):
                name, _, value = line.strip().removeprefix("export ").partition("=")
                printed[name] = value
        yield printed
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(15)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_serve_prints_how_to_reach_it_and_answers(tmp_path: Path) -> None:
    with serving("--db", ":memory:") as printed:
        assert printed["SIGNALWIRE_SPACE_URL"].startswith("http://127.0.0.1:")
        with BinsClient(printed["SIGNALWIRE_SPACE_URL"], printed["SIGNALWIRE_PROJECT_ID"],
                        printed["SIGNALWIRE_TOKEN"]) as client:
            created = client.create("served")
            assert client.get(created.sid).name == "served"


def test_serve_keeps_its_credentials_and_bins_in_the_database(tmp_path: Path) -> None:
    db = tmp_path / "bins.sqlite3"
    with serving("--db", str(db)) as first:
        with BinsClient(first["SIGNALWIRE_SPACE_URL"], first["SIGNALWIRE_PROJECT_ID"],
                        first["SIGNALWIRE_TOKEN"]) as client:
            sid = client.create("kept").sid
    with serving("--db", str(db)) as second:
        assert second["SIGNALWIRE_PROJECT_ID"] == first["SIGNALWIRE_PROJECT_ID"]
        assert second["SIGNALWIRE_TOKEN"] == first["SIGNALWIRE_TOKEN"]
        with BinsClient(second["SIGNALWIRE_SPACE_URL"], second["SIGNALWIRE_PROJECT_ID"],
                        second["SIGNALWIRE_TOKEN"]) as client:
            assert client.get(sid).name == "kept"


def test_given_credentials_are_used_and_not_printed(tmp_path: Path) -> None:
    env = {"SIGNALWIRE_PROJECT_ID": "my-project", "SIGNALWIRE_TOKEN": "my-secret-token"}
    with serving("--db", ":memory:", env=env) as printed:
        assert printed["SIGNALWIRE_PROJECT_ID"] == "my-project"
        assert printed["SIGNALWIRE_TOKEN"] == "<your token>"
        with BinsClient(printed["SIGNALWIRE_SPACE_URL"], "my-project",
                        "my-secret-token") as client:
            assert list(client.list()) == []


def test_half_given_credentials_are_a_usage_error(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN", "SIGNALWIRE_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert main(["serve", "--project-id", "p", "--db", ":memory:"]) == 2
    assert "both --project-id and --token (or SIGNALWIRE_PROJECT_ID and SIGNALWIRE_TOKEN)" \
        in capsys.readouterr().err
    assert main(["serve", "--port", "70000", "--db", ":memory:"]) == 2
    assert "no such port" in capsys.readouterr().err


def test_a_port_in_use_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        status = main(["serve", "--port", str(port), "--db", str(tmp_path / "b.sqlite3")])
    err = capsys.readouterr().err
    assert status == 2 and f"cannot listen on 127.0.0.1:{port}" in err


def test_an_unusable_database_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    assert main(["serve", "--db", str(tmp_path / "file" / "bins.sqlite3")]) == 2
    assert "cannot open the database" in capsys.readouterr().err


def test_the_default_database_is_private_to_its_owner(tmp_path: Path) -> None:
    with serving(cwd=tmp_path) as printed:
        with BinsClient(printed["SIGNALWIRE_SPACE_URL"], printed["SIGNALWIRE_PROJECT_ID"],
                        printed["SIGNALWIRE_TOKEN"]) as client:
            client.create("kept")
        folder = tmp_path / ".laml"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        files = sorted(folder.iterdir())
        assert [f.name for f in files] == ["bins.sqlite3", "bins.sqlite3-shm", "bins.sqlite3-wal"]
        assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}


def test_a_database_others_may_read_is_warned_about(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    db = tmp_path / "bins.sqlite3"
    sqlite3.connect(db).close()
    db.chmod(0o644)
    with socket.socket() as taken:  # stop right after opening the database
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        assert main(["serve", "--port", str(taken.getsockname()[1]), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"other users may read it (mode 0644): chmod 600 {db}" in err


def test_a_read_only_database_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    db = tmp_path / "bins.sqlite3"
    sqlite3.connect(db).close()
    db.chmod(0o600)
    with read_only(db):
        assert main(["serve", "--port", "0", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"cannot open the database {db}" in err and "read-only" in err


def test_request_urls_come_from_the_public_url(tmp_path: Path) -> None:
    public = "https://bins.example.com/base/"
    with serving("--db", ":memory:", "--public-url", public) as printed, BinsClient(
        printed["SIGNALWIRE_SPACE_URL"], printed["SIGNALWIRE_PROJECT_ID"],
        printed["SIGNALWIRE_TOKEN"],
    ) as client:
        created = client.create("public")
    assert created.request_url == f"https://bins.example.com/base/laml-bins/{created.sid}"


@pytest.mark.parametrize("url", ["bins.example.com", "ftp://bins.example.com",
                                 "https://user:pw@bins.example.com", "https://h/?q=1"])
def test_a_bad_public_url_is_a_usage_error(capsys: pytest.CaptureFixture[str], url: str) -> None:
    assert main(["serve", "--db", ":memory:", "--public-url", url]) == 2
    assert "--public-url" in capsys.readouterr().err
