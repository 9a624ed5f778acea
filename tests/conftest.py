"""Shared test configuration: hypothesis profiles, the optional shared reference folder, and
loopback bins servers started and stopped here."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from laml.server import LocalServer

settings.register_profile(
    "default", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", deadline=None, max_examples=2000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
#: Reference material kept beside a development checkout; a user's clone has none.
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under the shared reference folder, or a skip when that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not available here ({path} is absent)")
    return path


BIN_ENV = ("SIGNALWIRE_SPACE_URL", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN",
           "SIGNALWIRE_API_TOKEN")


@pytest.fixture(scope="session")
def shared_bins_server() -> Iterator[LocalServer]:
    """One local bins server on 127.0.0.1 for the whole run; it stores contents unlinted."""
    from laml.server import LocalServer

    with LocalServer(validate=False) as server:
        yield server


@pytest.fixture
def bins_server(shared_bins_server: LocalServer) -> LocalServer:
    """The shared local bins server, emptied for this test."""
    shared_bins_server.store.clear(shared_bins_server.project_id)
    return shared_bins_server


@pytest.fixture
def bins_env(bins_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """``bins_server``, with the SIGNALWIRE_* variables pointing at it."""
    for name in BIN_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in bins_server.env().items():
        monkeypatch.setenv(name, value)
    return bins_server


class LoopbackListener:
    """A TCP server on 127.0.0.1 that counts the connections it gets (and answers none)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.05)
        self.port: int = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[LoopbackListener]:
    """A loopback listener that must see no connection from code that never uses the network."""
    server = LoopbackListener()
    yield server
    server.close()
