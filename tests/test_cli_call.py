"""``laml call`` and ``laml graph``: outputs, exit statuses, targets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from laml.cli import main

ROOT = Path(__file__).resolve().parents[1]
KEY = "PSK_example_signing_key"


def R(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{body}</Response>'


@pytest.fixture
def flow(tmp_path: Path) -> Path:
    (tmp_path / "index.xml").write_text(R(
        '<Gather numDigits="1" action="/menu" input="dtmf speech" hints="sales">'
        "<Say>Press 1 or say sales</Say></Gather><Say>Bye</Say><Hangup/>"))
    (tmp_path / "menu.xml").write_text(R(
        '{{#Digits}}<Say>Pressed {{Digits}}</Say>{{/Digits}}'
        '{{#SpeechResult}}<Say>Said {{SpeechResult}}</Say>{{/SpeechResult}}'
        '<Dial action="/after" timeout="10">+14155550101</Dial>'))
    (tmp_path / "after.xml").write_text(R("<Say>Dial {{DialCallStatus}}</Say>"))
    (tmp_path / "broken.xml").write_text(R("<Say>ok</Say><Gather><Dial/></Gather>"))
    return tmp_path


@pytest.fixture(autouse=True)
def no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_SIGNING_KEY", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)


def test_text_output(flow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["call", str(flow), "--press", "1", "--dial-outcome", "busy"])
    out = capsys.readouterr().out
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "[00:00.0] call: POST http://localhost/ -> 200"
    assert '[00:00.0] Say "Press 1 or say sales" (inside Gather)' in lines
    assert any("Gather dtmf speech: caller pressed 1" in line for line in lines)
    assert any("Gather action: POST http://localhost/menu [Digits=1] -> 200" in line
               for line in lines)
    assert any("Dial +14155550101 (busy): busy" in line for line in lines)
    assert '"Dial busy"' in out
    assert lines[-1].endswith("ended: completed: the document ran out of verbs: the platform "
                              "hangs up")


def test_json_output(flow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["call", str(flow), "--speech", "sales", "--format", "json",
                   "--dial-outcome", "+14155550101=answered:45", "--from", "+14155550100"])
    data = json.loads(capsys.readouterr().out)
    assert status == 0
    assert list(data) == ["events", "requests", "end"]
    assert [e["type"] for e in data["events"]] == ["say", "gather", "say", "dial", "say"]
    assert data["events"][1]["speech"] == "sales"
    assert data["events"][2]["text"] == "Said sales"
    assert data["events"][3]["duration"] == 45
    assert data["requests"][0]["params"]["From"] == "+14155550100"
    assert data["requests"][-1]["params"]["DialCallDuration"] == "45"
    assert data["end"]["reason"] == "completed" and data["end"]["code"] is None


def test_inputs_keep_their_order(flow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (flow / "loop.xml").write_text(R('<Gather numDigits="1" action="/menu"/><Redirect>/loop'
                                     "</Redirect>"))
    main(["call", str(flow), "--path", "/loop", "--silence", "--speech", "x", "--press", "7",
          "--format", "json"])
    events = json.loads(capsys.readouterr().out)["events"]
    gathers = [e for e in events if e["type"] == "gather"]
    assert [g["outcome"] for g in gathers] == ["timeout", "timeout", "digits"]
    assert gathers[1]["ignored"] == "x"


def test_an_error_end_exits_1(flow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["call", str(flow / "broken.xml")])
    out = capsys.readouterr().out
    assert status == 1
    assert "ended: error 12200" in out
    status = main(["call", str(flow), "--path", "/nowhere", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert status == 1 and data["end"]["code"] == 11217


@pytest.mark.parametrize("argv", [
    ["call"],
    ["call", "no/such/thing"],
    ["call", "nomodule_here_at_all:app"],
    ["call", "{flow}", "--press", "1x"],
    ["call", "{flow}", "--dial-outcome", "maybe"],
    ["call", "{flow}", "--format", "yaml"],
    ["call", "{flow}", "--path", "ftp://x"],
    ["graph", "no/such/thing"],
])
def test_usage_errors_exit_2(argv: list[str], flow: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main([a.format(flow=flow) for a in argv]) == 2
    assert capsys.readouterr().err


def test_an_app_target_with_the_signing_key_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    target = f"{ROOT / 'examples' / 'flask_app.py'}:app"
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    assert main(["call", target, "--path", "/voice", "--signing-key", "wrong"]) == 1
    assert "HTTP 403 (is the signing key the one the app verifies with?)" in \
        capsys.readouterr().out
    assert main(["call", target, "--path", "/voice", "--press", "2"]) == 0
    assert "Connecting you to support." in capsys.readouterr().out
    assert main(["call", target, "--path", "/sms", "--message", "hours"]) == 0
    assert "We are open 9am to 5pm" in capsys.readouterr().out


def test_an_app_target_with_no_key_anywhere_runs_with_a_test_key(
        capsys: pytest.CaptureFixture[str]) -> None:
    import os

    target = f"{ROOT / 'examples' / 'flask_app.py'}:app"
    assert main(["call", target, "--path", "/voice", "--press", "2"]) == 0
    assert "Connecting you to support." in capsys.readouterr().out
    assert main(["graph", target, "--path", "/voice"]) == 0
    assert '-->|"press 2 / say “support”"|' in capsys.readouterr().out
    assert "SIGNALWIRE_SIGNING_KEY" not in os.environ  # set for the command's run only
    assert main(["call", target, "--path", "/voice", "--dialect", "twilio"]) == 0
    assert "TWILIO_AUTH_TOKEN" not in os.environ


def test_a_folder_without_index_needs_a_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "Main IVR.xml").write_text(R("<Say>main</Say>"))
    (tmp_path / "closed.xml").write_text(R("<Say>closed</Say>"))
    assert main(["call", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "has no index.xml" in err and "--path (/Main IVR.xml, /closed.xml)" in err
    # a path is written as it is named, white space and all
    assert main(["call", str(tmp_path), "--path", "/Main IVR.xml"]) == 0
    out = capsys.readouterr().out
    assert 'Say "main"' in out and "POST http://localhost/Main%20IVR.xml -> 200" in out
    assert main(["graph", str(tmp_path), "--path", "/Main IVR.xml"]) == 0


def test_module_attr_target_imports_from_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "tinyapp_for_call.py").write_text(
        "def create():\n"
        "    def app(environ, start_response):\n"
        "        start_response('200 OK', [('Content-Type', 'text/xml')])\n"
        "        return [b'<Response><Say>factory</Say></Response>']\n"
        "    return app\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert main(["call", "tinyapp_for_call:create()"]) == 0
    assert "factory" in capsys.readouterr().out


def test_the_laml_command(flow: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "laml", "call", str(flow), "--press", "1"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "Pressed 1" in result.stdout
    helped = subprocess.run([sys.executable, "-m", "laml", "call", "--help"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert "examples:" in helped.stdout and "--dial-outcome" in helped.stdout


# ------------------------------------------------------------------ graph


def test_graph_of_a_folder(flow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (flow / "orphan.xml").write_text(R("<Say>nobody comes here</Say>"))
    assert main(["graph", str(flow)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD\n")
    assert '["/index.xml<br/>Gather, Say, Hangup"]' in out
    assert '-->|"any input"|' in out and '-->|"Dial: any outcome"|' in out
    lines = out.splitlines()
    node = {line.split("[")[0].split("(")[0].strip(): line for line in lines if "[" in line}
    orphan = next(k for k, v in node.items() if "orphan" in v)
    broken = next(k for k, v in node.items() if "broken" in v)
    unreachable = next(line for line in lines if line.strip().startswith("class ")
                       and line.endswith(" unreachable"))
    assert orphan in unreachable and broken in unreachable


def test_graph_formats(flow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(flow), "--format", "dot", "--path", "/"]) == 0
    dot = capsys.readouterr().out
    assert dot.startswith("digraph call_flow {") and dot.rstrip().endswith("}")
    assert main(["graph", str(flow), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"nodes", "edges", "truncated"} == set(data)
    menu = [n for n in data["nodes"] if n["url"].endswith("/menu.xml")]
    assert len(menu) == 1  # the words said differ with the input; the flow does not
    broken = next(n for n in data["nodes"] if n["url"].endswith("/broken.xml"))
    assert broken["error"].startswith("error 12200") and broken["unreachable"]


def test_graph_of_an_app(monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    target = f"{ROOT / 'examples' / 'flask_app.py'}:app"
    assert main(["graph", target, "--path", "/voice"]) == 0
    out = capsys.readouterr().out
    assert '-->|"press 1 / say “sales”"|' in out
    assert '-->|"press 2 / say “support”"|' in out
    assert '-->|"press 0, 3-9, *"|' in out
    assert '-->|"redirect"| n1' in out
