"""The webhook apps in examples/ answer signed calls and messages and refuse forged ones."""

from __future__ import annotations

from types import ModuleType

import pytest
from example_support import KEY, load_example

from laml import parse
from laml.webhooks import sign


def load(name: str) -> ModuleType:
    return load_example(name, "laml_example_")


@pytest.fixture(autouse=True)
def signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)


@pytest.mark.parametrize("name", ["flask_app", "fastapi_app"])
def test_demo_plays_a_call_and_messages(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    load(name).demo()
    out = capsys.readouterr().out
    assert out.count("-> 200 text/xml; charset=utf-8") == 4
    assert "without a signature -> 403" in out
    assert "Connecting you to" in out and "Thanks for the 1 picture(s)!" in out


def client_for(name: str):  # type: ignore[no-untyped-def]
    module = load(name)
    if name == "flask_app":
        return module.app.test_client(), "http://localhost"
    from fastapi.testclient import TestClient

    return TestClient(module.app), "http://testserver"


CALL = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+14155550100", "To": "+14155550199",
        "CallStatus": "in-progress"}


@pytest.mark.parametrize("name", ["flask_app", "fastapi_app"])
def test_ivr_menu(name: str) -> None:
    client, base = client_for(name)
    for form, expected in [({**CALL, "Digits": "1"}, "sales"), ({**CALL, "SpeechResult": "Support"}, "support"),
                           ({**CALL, "Digits": "9"}, None)]:
        answer = client.post("/voice/menu", data=form, headers=sign(f"{base}/voice/menu", form, KEY))
        assert answer.status_code == 200
        document = parse(answer.text if hasattr(answer, "text") else answer.get_data(as_text=True))
        if expected is None:
            assert document.verbs[-1].tag == "Redirect"
        else:
            assert f"Connecting you to {expected}." in str(document)
    tampered = client.post("/voice/menu", data={**CALL, "Digits": "2"},
                           headers=sign(f"{base}/voice/menu", {**CALL, "Digits": "1"}, KEY))
    assert tampered.status_code == 403
