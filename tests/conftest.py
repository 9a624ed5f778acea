"""Fixtures shared by the bins tests: loopback bins servers started and stopped here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from laml.server import LocalServer

BIN_ENV = ("SIGNALWIRE_SPACE_URL", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN",
           "SIGNALWIRE_API_TOKEN")


@pytest.fixture
def bins_server() -> Iterator[LocalServer]:
    """A fresh local bins server on 127.0.0.1 that stores contents without linting them."""
    with LocalServer(validate=False) as server:
        yield server


@pytest.fixture
def bins_env(bins_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """``bins_server``, with the SIGNALWIRE_* variables pointing at it."""
    for name in BIN_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in bins_server.env().items():
        monkeypatch.setenv(name, value)
    return bins_server
