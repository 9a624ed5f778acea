"""The pytest fixtures for call flows, run in a pytest of their own (``pytester``)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CONFTEST = '''
import pytest
from flask import Flask
from laml import VoiceResponse
from laml.webhooks.flask import webhook

pytest_plugins = ["laml.simulate.pytest_plugin"]

@pytest.fixture
def laml_target():
    app = Flask(__name__)

    @app.post("/voice")
    @webhook(key="secret")
    def voice():
        response = VoiceResponse()
        with response.gather(num_digits=1, action="/menu") as menu:
            menu.say("Press 1 for sales.")
        return response

    @app.post("/menu")
    @webhook(key="secret")
    def menu():
        response = VoiceResponse()
        response.say("Connecting you to sales.")
        return response

    return app

@pytest.fixture
def laml_signing_key():
    return "secret"
'''


def test_fixtures_in_a_project(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_flow='''
from pathlib import Path

def test_sales(laml_simulator):
    call = laml_simulator.call("/voice", inputs=["1"])
    assert call.said == ["Press 1 for sales.", "Connecting you to sales."]
    assert call.ended.ok

def test_interactive(laml_simulator):
    call = laml_simulator.call("/voice")
    assert call.waiting.verb == "Gather"
    call.press("1")
    assert call.said[-1] == "Connecting you to sales."

def test_factory(laml_simulate, tmp_path):
    (tmp_path / "index.xml").write_text("<Response><Say>hi</Say></Response>")
    assert laml_simulate(tmp_path).call().said == ["hi"]

def test_failure_shows_the_call(laml_simulator):
    call = laml_simulator.call("/voice", inputs=["2"])
    assert call.said[-1] == "Connecting you to support."
''')
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines([
        "*simulated call 1*",
        "*Gather dtmf: caller pressed 2*",
        "*Gather action: POST http://localhost/menu ?Digits=2? -> 200*",
    ])


def test_a_missing_target_fixture_says_what_to_do(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["laml.simulate.pytest_plugin"]\n')
    pytester.makepyfile(test_nothing='''
def test_call(laml_simulator):
    laml_simulator.call("/")
''')
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*define a `laml_target` fixture*"])
