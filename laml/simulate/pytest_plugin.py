"""pytest fixtures for testing call flows. Enable them in your ``conftest.py``::

    pytest_plugins = ["laml.simulate.pytest_plugin"]

    @pytest.fixture
    def laml_target():
        from myapp import app
        return app

and use them in tests::

    def test_sales(laml_simulator):
        call = laml_simulator.call("/voice", inputs=["1"])
        assert "Connecting you to sales." in call.said

- ``laml_simulator``: a :class:`~laml.simulate.Simulator` for your ``laml_target`` fixture (an
  app, a folder as a ``Path``, a URL), signing with ``laml_signing_key``: by default
  ``$SIGNALWIRE_SIGNING_KEY`` (or ``$TWILIO_AUTH_TOKEN``); when neither is set, a test key that
  the fixture also puts in the environment for the test, so an app that verifies requests with
  ``laml.webhooks`` accepts them with no secret configured (an app that takes its key from
  elsewhere overrides ``laml_signing_key``);
- ``laml_simulate``: makes simulators for any target, ``laml_simulate(app, signing_key=...)``;
- ``laml_target``, ``laml_signing_key``: override them.

Every simulator is closed after its test, and when a test fails, the log of each call it made
is shown in the report. The plugin is not registered automatically (importing laml for every
pytest run of every project would slow them down); it imports laml only when a fixture is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from laml.simulate import Simulator, Target

__all__ = ["laml_signing_key", "laml_simulate", "laml_simulator", "laml_target"]

_SIMULATORS = pytest.StashKey[list["Simulator"]]()


@pytest.fixture
def laml_simulate(request: pytest.FixtureRequest) -> Iterator[Callable[..., Simulator]]:
    """Make a :class:`~laml.simulate.Simulator`: ``laml_simulate(target, **options)``."""
    from laml.simulate import Simulator

    made = request.node.stash.setdefault(_SIMULATORS, [])

    def make(target: Target, **options: Any) -> Simulator:
        simulator = Simulator(target, **options)
        made.append(simulator)
        return simulator

    yield make
    for simulator in made:
        simulator.close()


@pytest.fixture
def laml_target() -> Target:
    """What ``laml_simulator`` runs calls against: define this fixture in your conftest.py."""
    pytest.fail(
        "define a `laml_target` fixture returning your app (or a folder as a Path, or a URL) "
        "to use `laml_simulator`", pytrace=False,
    )


@pytest.fixture
def laml_signing_key(monkeypatch: pytest.MonkeyPatch) -> str | None:
    """The key requests are signed with: ``$SIGNALWIRE_SIGNING_KEY`` or ``$TWILIO_AUTH_TOKEN``;
    when neither is set, :data:`laml.simulate.TEST_SIGNING_KEY`, also set as
    ``$SIGNALWIRE_SIGNING_KEY`` for the test so that the app verifies with it. Override it to
    return another key, or None to send unsigned requests."""
    for name in ("SIGNALWIRE_SIGNING_KEY", "TWILIO_AUTH_TOKEN"):
        if os.environ.get(name):
            return os.environ[name]
    from laml.simulate import TEST_SIGNING_KEY

    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", TEST_SIGNING_KEY)
    return TEST_SIGNING_KEY


@pytest.fixture
def laml_simulator(laml_simulate: Callable[..., Simulator], laml_target: Target,
                   laml_signing_key: str | None) -> Simulator:
    """A simulator for ``laml_target``, signing with ``laml_signing_key``."""
    return laml_simulate(laml_target, signing_key=laml_signing_key)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Show the log of every simulated call of a failed test."""
    report = yield
    if report.failed and call.when == "call":
        for simulator in item.stash.get(_SIMULATORS, []):
            for number, made in enumerate(simulator.calls, 1):
                report.sections.append((f"simulated call {number}", made.transcript()))
    return report
