"""Fixtures shared by the bins tests: loopback bins servers started and stopped here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from laml.server import LocalServer

BIN_ENV = ("SIGNALWIRE_SPACE_URL", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN",
           "SIGNALWIRE_API_TOKEN")


@pytest.fixture(scope="session")
def shared_bins_server() -> Iterator[LocalServer]:
    """One local bins server on 127.0.0.1 for the whole run; it stores contents unlinted."""
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
