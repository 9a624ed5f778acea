"""The pytest fixtures for call flows, run in a pytest of their own (``pytester``)."""

from __future__ import annotations

import os
import re
from pathlib import Path

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


README = Path(__file__).resolve().parents[1] / "README.md"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _readme_test_files() -> tuple[str, str]:
    """The README's conftest.py and test_ivr.py, from its "Testing call flows" block."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    [block] = [b for b in blocks if b.startswith("# conftest.py\n")]
    conftest, tests = block.split("# test_ivr.py\n")
    return conftest, tests


def test_the_readme_example_passes_with_no_key_configured(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SIGNALWIRE_SIGNING_KEY", "TWILIO_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    conftest, tests = _readme_test_files()
    pytester.makepyfile(myapp=(EXAMPLES / "flask_app.py").read_text(encoding="utf-8"))
    pytester.makeconftest(conftest)
    pytester.makepyfile(test_ivr=tests)
    # a process of its own, as a user's test run is (and no module cache shared with this one)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=len(re.findall(r"^def test_", tests, re.MULTILINE)))
    assert "SIGNALWIRE_SIGNING_KEY" not in os.environ


def test_the_key_of_the_environment_signs(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", "the-key-of-the-team")
    pytester.makeconftest(CONFTEST.replace('key="secret"', 'key="the-key-of-the-team"').replace(
        'def laml_signing_key():\n    return "secret"', 'def unused():\n    pass'))
    pytester.makepyfile(test_flow='''
def test_sales(laml_simulator, laml_signing_key):
    assert laml_signing_key == "the-key-of-the-team"
    assert laml_simulator.call("/voice", inputs=["1"]).said[-1] == "Connecting you to sales."
''')
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
