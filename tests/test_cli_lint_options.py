"""``laml lint`` as ruff users use it: severities, source lines, statistics, select and
ignore lists, ``laml rule``, SARIF help, ``--watch``, ``laml render`` warnings."""

from __future__ import annotations

import argparse
import io
import json
import os
import threading
import time
from pathlib import Path

import pytest

from laml.cli import build_parser, main

MENU = ('<Response>\n  <Dial callerId="415-555-0100" method="post">\n'
        '    <Number>+15551234567</Number>\n  </Dial>\n'
        '  <Say voice="Polly.Joana">Hi</Say>\n</Response>\n')
LONG = ("<Response>" + "<Say>hello</Say>" * 30
        + '<Redirect method="post">https://example.com/x</Redirect></Response>')


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "menu.xml").write_text(MENU)
    return tmp_path


def test_every_finding_shows_its_severity(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", "menu.xml"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("menu.xml:2:9: info: LAML113 [*] `callerId` '415-555-0100'")
    assert lines[1].startswith("menu.xml:2:33: error: LAML111 [*] `method` must be")
    assert lines[2].startswith("menu.xml:5:8: warning: LAML136 unknown Amazon Polly voice")
    assert lines[-1] == "[*] 2 fixable with --fix; 1 unsafe fix more with --unsafe-fixes"
    main(["lint", "--unsafe-fixes", "menu.xml"])
    assert "LAML136 [*]" in capsys.readouterr().out


def test_the_summary_counts_unsafe_fixes_in_plain_words(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "menu.xml").write_text(
        '<Response>\n  <Gather finishOnKey="pound" action="https://example.com/g">\n'
        '    <Say voice="Polly.Joana" language="english">Hi</Say>\n  </Gather>\n</Response>\n')
    assert main(["lint", "menu.xml"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "3 unsafe fixes more with --unsafe-fixes"


def test_show_source(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["lint", "--show-source", "--select", "LAML111", "menu.xml"])
    out = capsys.readouterr().out.splitlines()
    assert out[1:4] == [
        "  |",
        '2 |   <Dial callerId="415-555-0100" method="post">',
        "  |                                 ^",
    ]


def test_show_source_of_a_long_line_shows_a_window(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "long.xml").write_text(LONG)
    main(["lint", "--show-source", "--select", "LAML111", "long.xml"])
    out = capsys.readouterr().out.splitlines()
    shown, caret = out[2], out[3]
    assert shown.startswith("1 | …") and shown.endswith("…") and len(shown) < 120
    assert shown[caret.index("^"):].startswith('method="post"')


def test_statistics(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "long.xml").write_text(LONG)
    assert main(["lint", "--statistics", "."]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2  LAML111  [*] method-value"
    assert "1  LAML136      voice-name" in out
    assert out[-2] == "2 files checked: 2 errors, 1 warning, 1 info"
    main(["lint", "--statistics", "--format", "json", "."])
    report = json.loads(capsys.readouterr().out)
    assert report["statistics"][0] == {"code": "LAML111", "rule": "method-value", "count": 2,
                                       "fixable": 2}
    assert len(report["diagnostics"]) == 4


def test_extend_select_and_extend_ignore(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def found(*args: str) -> list[str]:
        main(["lint", "--format", "json", *args, "menu.xml"])
        return sorted(d["code"] for d in json.loads(capsys.readouterr().out)["diagnostics"])

    (project / "pyproject.toml").write_text(
        "[tool.laml]\nselect = ['LAML111']\nignore = ['voice-name']\n")
    assert found() == ["LAML111"]
    assert found("--extend-select", "LAML113,voice-name") == ["LAML111", "LAML113"]
    assert found("--select", "LAML1") == ["LAML111", "LAML113"]  # replaces select, not ignore
    assert found("--extend-ignore", "method-value") == []
    assert found("--ignore", "LAML113", "--select", "LAML1") == ["LAML111", "LAML136"]
    (project / "pyproject.toml").write_text(
        "[tool.laml]\nextend-ignore = ['LAML111']\nextend-select = ['LAML2']\n")
    assert found() == ["LAML113", "LAML136"]


def test_ignore_silences_the_schema_finding_a_rule_supersedes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "sip.xml").write_text(
        "<Response><Dial><Sip>sip:a@example.com</Sip><Number>+14155550100</Number></Dial>"
        "</Response>")
    main(["lint", "--format", "json", "--ignore", "LAML111", "menu.xml"])
    codes = [d["code"] for d in json.loads(capsys.readouterr().out)["diagnostics"]]
    assert "LAML005" not in codes and "LAML111" not in codes
    (project / "pyproject.toml").write_text("[tool.laml]\nignore = ['LAML105']\n")
    main(["lint", "--format", "json", "sip.xml"])
    assert json.loads(capsys.readouterr().out)["diagnostics"] == []


def test_rule_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "LAML113"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# LAML113 e164-number\n") and "- Fixes: safe, unsafe" in out
    assert "**Fixed** (`--fix`):" in out and "+15551234567" in out
    assert main(["rule", "unreachable-verb"]) == 0
    assert capsys.readouterr().out.startswith("# LAML101 unreachable-verb")
    assert main(["rule", "laml005"]) == 0
    assert "schema validation" in capsys.readouterr().out
    assert main(["rule", "--all"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert any(line.startswith("LAML113  e164-number") for line in listing)
    assert {line[:7] for line in listing} >= {"LAML001", "LAML101", "LAML143", "LAML207"}
    severity = {line[:7]: line.split()[1] if line.split()[1] in ("error", "warning", "info")
                else line.split()[2] for line in listing}
    assert severity["LAML014"] == "info" and severity["LAML203"] == "warning"
    assert severity["LAML201"] == "error" and severity["LAML013"] == "error"
    assert "``" not in "\n".join(listing)  # summaries in plain Markdown
    assert main(["rule", "unreachable-verbs"]) == 2
    assert "did you mean 'unreachable-verb'?" in capsys.readouterr().err
    assert main(["rule"]) == 2


def test_rule_documentation_comes_from_the_package(tmp_path: Path) -> None:
    """The docs travel in the wheel: the rule text is the rule's own docstring."""
    from laml.cli.rule import documentation
    from laml.rules import all_rules

    for rule in all_rules().values():
        text = documentation(rule.code)
        assert text is not None and rule.summary.split("`")[0] in text


def test_sarif_rules_carry_a_help_uri(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["lint", "--format", "sarif", "menu.xml"])
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    assert by_id["LAML113"]["helpUri"].endswith("rules.md#laml113-e164-number")
    assert by_id["LAML005"]["helpUri"].endswith("rules.md#validation-codes")
    assert all("helpUri" in r for r in rules)


def test_every_option_has_help_with_an_example() -> None:
    parser = build_parser("lint")
    lint = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub = lint.choices["lint"]
    for option in ("--fix", "--unsafe-fixes", "--diff", "--show-source", "--statistics",
                   "--watch", "--extend-select", "--extend-ignore", "--select", "--ignore"):
        action = next(a for a in sub._actions if option in a.option_strings)
        assert action.help and "e.g." in action.help, option
    assert "laml lint --fix" in (sub.epilog or "")


def test_watch_checks_again_when_a_file_changes(project: Path) -> None:
    from laml.cli import lint as command
    from laml.cli._config import resolve

    parser = build_parser("lint")
    args = parser.parse_args(["lint", "--watch", "."])
    config = resolve(["."], None, True)
    settings = command._settings(args, config)
    out = io.StringIO()

    def edit() -> None:
        time.sleep(0.3)
        (project / "menu.xml").write_text(MENU.replace('method="post"', 'method="POST"'))
        (project / "new.xml").write_text("<Response><Hangup/><Say>x</Say></Response>")
        future = time.time() + 5
        os.utime(project / "menu.xml", (future, future))

    editor = threading.Thread(target=edit)
    editor.start()
    status = command._watch(args, out, ["."], config, settings, "error", interval=0.2,
                            rounds=8)
    editor.join()
    text = out.getvalue()
    assert text.count("] checking") == 1 and "] 2 files changed" in text
    first, later = text.split("files changed", 1)
    assert "LAML111" in first and "LAML111" not in later
    assert "new.xml:1:20: warning: LAML101" in later
    assert status == 0


def test_watch_refuses_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--watch", "-"]) == 2
    assert "--watch" in capsys.readouterr().err


def test_render_shows_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "bin.xml"
    template.write_text('<Response><Say voice="Polly.Joana">Hi {{From}}</Say></Response>')
    assert main(["render", str(template), "-p", "From=+14155550100"]) == 0
    captured = capsys.readouterr()
    assert captured.out == '<Response><Say voice="Polly.Joana">Hi +14155550100</Say></Response>\n'
    assert f"{template} (rendered):1:16: warning: LAML136" in captured.err
    assert main(["render", "-q", str(template), "-p", "From=+14155550100"]) == 0
    assert capsys.readouterr().err == ""
