"""The report formats of ``laml lint``: text, JSON, SARIF 2.1.0 and GitHub workflow commands."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from laml.cli._files import use_color
from laml.cli._output import FileResult, Report, rule_infos, write_report
from laml.diagnostics import Diagnostic
from laml.rules import all_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SARIF_SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
JSON_SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "lint-output.schema.json").read_text()
)


def sample() -> Report:
    say = Diagnostic("LAML107", "error", "<Say> text is 5000 characters long", 3, 5,
                     "/Response/Say[1]", "split it into several <Say> verbs")
    loop = Diagnostic("LAML130", "info", 'loop="0" repeats, 100%: forever', 4, 9,
                      "/Response/Play[1]/@loop")
    bad = Diagnostic("LAML001", "error", "Opening and ending tag mismatch: Say and Response",
                     2, 17, platform_code=12100)
    warn = Diagnostic("LAML113", "warning", "callerId is not in E.164 form", 1, 8,
                      "/Response/Dial[1]/@callerId", None)
    results = [
        FileResult("voice/menu.xml", [say, loop]),
        FileResult("dir with space/bad,name:1.xml", [bad, warn]),
        FileResult("clean.xml", []),
        FileResult("gone.xml", error="cannot read: Permission denied"),
    ]
    return Report(results, rule_infos(all_rules().values()), exit_code=2)


def render(fmt: str, **kwargs: Any) -> str:
    out = io.StringIO()
    write_report(sample(), fmt, out, **kwargs)
    return out.getvalue()


def test_text() -> None:
    lines = render("text").splitlines()
    assert lines == [
        "voice/menu.xml:3:5: error: LAML107 <Say> text is 5000 characters long "
        "(split it into several <Say> verbs)",
        'voice/menu.xml:4:9: info: LAML130 loop="0" repeats, 100%: forever',
        "dir with space/bad,name:1.xml:2:17: error: LAML001 Opening and ending tag mismatch: "
        "Say and Response",
        "dir with space/bad,name:1.xml:1:8: warning: LAML113 callerId is not in E.164 form",
        "gone.xml: error: cannot read: Permission denied",
        "3 files checked: 2 errors, 1 warning, 1 info, 1 unreadable",
    ]


def test_text_colour_and_no_summary() -> None:
    coloured = render("text", color=True, summary=False)
    assert "\x1b[31mLAML107\x1b[0m" in coloured and "\x1b[36mLAML130\x1b[0m" in coloured
    assert "checked" not in coloured
    assert "\x1b[" not in render("text")


def test_colour_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())
    assert use_color(io.StringIO(), "always") and not use_color(Tty(), "never")
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert use_color(io.StringIO())


def test_json_follows_its_schema() -> None:
    document = json.loads(render("json"))
    jsonschema.Draft202012Validator(JSON_SCHEMA).validate(document)
    assert document["version"] == 1
    first = document["diagnostics"][0]
    assert first == {
        "file": "voice/menu.xml", "line": 3, "column": 5, "code": "LAML107",
        "rule": "say-too-long", "severity": "error",
        "message": "<Say> text is 5000 characters long",
        "hint": "split it into several <Say> verbs", "xpath": "/Response/Say[1]",
        "platform_code": None, "fix": None,
    }
    assert document["diagnostics"][2]["platform_code"] == 12100
    assert document["errors"] == [{"file": "gone.xml", "message": "cannot read: Permission denied"}]
    assert document["summary"] == {"files": 3, "errors": 2, "warnings": 1, "infos": 1,
                                   "unreadable": 1, "fixed": 0, "exit_code": 2}


def test_sarif_is_valid_sarif_2_1_0() -> None:
    log = json.loads(render("sarif"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= set(all_rules())
    say = next(r for r in rules if r["id"] == "LAML107")
    assert say["name"] == "say-too-long"
    assert say["shortDescription"]["text"] == all_rules()["LAML107"].summary
    assert say["defaultConfiguration"]["level"] == "error"
    assert "Fails" in say["help"]["text"]
    assert "**Fails** (max=10):\n\n```xml\n<Response><Say>" in say["help"]["markdown"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["LAML107", "LAML130", "LAML001", "LAML113"]
    assert [r["level"] for r in results] == ["error", "note", "error", "warning"]
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == "LAML107"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "voice/menu.xml", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 5}
    assert results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "dir%20with%20space/bad%2Cname%3A1.xml"
    )
    fingerprints = [r["partialFingerprints"]["lamlLocation/v1"] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "gone.xml" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_fingerprints_do_not_depend_on_the_line() -> None:
    def fingerprint(line: int) -> str:
        d = Diagnostic("LAML107", "error", "too long", line, 1, "/Response/Say[1]")
        out = io.StringIO()
        write_report(Report([FileResult("a.xml", [d])], {}), "sarif", out)
        result = json.loads(out.getvalue())["runs"][0]["results"][0]
        return str(result["partialFingerprints"]["lamlLocation/v1"])

    assert fingerprint(3) == fingerprint(30)


def test_github_workflow_commands_are_escaped() -> None:
    lines = render("github").splitlines()
    assert lines[0] == (
        "::error file=voice/menu.xml,line=3,col=5,title=LAML107::<Say> text is 5000 characters "
        "long (split it into several <Say> verbs)"
    )
    assert lines[1] == (
        "::notice file=voice/menu.xml,line=4,col=9,title=LAML130::"
        'loop="0" repeats, 100%25: forever'
    )
    assert lines[2].startswith("::error file=dir with space/bad%2Cname%3A1.xml,line=2,col=17,")
    assert lines[3].startswith("::warning ")
    assert lines[4] == "::error file=gone.xml,title=laml::cannot read: Permission denied"
    multi = Diagnostic("LAML107", "error", "two\nlines\r", 1, 1)
    out = io.StringIO()
    write_report(Report([FileResult("a.xml", [multi])], {}), "github", out)
    assert out.getvalue() == "::error file=a.xml,line=1,col=1,title=LAML107::two%0Alines%0D\n"
