"""``laml lint`` end to end: files, directories, standard input, settings, formats, exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from laml.cli import main

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "fixtures" / "documents"
SARIF_SCHEMA = json.loads((HERE / "fixtures" / "sarif-schema-2.1.0.json").read_text("utf-8"))
JSON_SCHEMA = json.loads((HERE.parent / "docs" / "lint-output.schema.json").read_text("utf-8"))

CLEAN = ('<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n'
         '  <Say voice="Polly.Joanna">Hello</Say>\n  <Hangup />\n</Response>\n')
WARNING = ('<Response>\n  <Gather numDigits="1"><Say>Press 1</Say></Gather>\n</Response>\n')
ERROR = '<Response>\n  <Dial method="post"><Number>+15551234567</Number></Dial>\n</Response>\n'
LONG_SAY = "<Response><Say>" + "x" * 50 + "</Say></Response>"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "clean.xml").write_text(CLEAN)
    (tmp_path / "calls" / "warning.xml").write_text(WARNING)
    return tmp_path


def lint_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    status = main(["lint", "--format", "json", *args])
    report = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(JSON_SCHEMA).validate(report)
    return status, report


def codes(report: dict[str, object]) -> list[str]:
    return [d["code"] for d in report["diagnostics"]]  # type: ignore[attr-defined, index]


def test_clean_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "calls/clean.xml"]) == 0
    assert capsys.readouterr().out == "1 file checked: 0 errors, 0 warnings, 0 infos\n"


def test_text_lines(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "calls" / "error.xml").write_text(ERROR)
    assert main(["lint", "calls/error.xml"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("calls/error.xml:2:9: error: LAML111 [*] `method` must be")
    assert out[-2] == "1 file checked: 1 error, 0 warnings, 0 infos"
    assert out[-1] == "[*] 1 fixable with --fix"


def test_fail_on(project: Path) -> None:
    assert main(["lint", "calls"]) == 0  # warnings pass by default
    assert main(["lint", "--fail-on", "warning", "calls"]) == 1
    assert main(["lint", "--fail-on", "info", "calls/clean.xml"]) == 0
    (project / "pyproject.toml").write_text("[tool.laml]\nfail-on = 'warning'\n")
    assert main(["lint", "calls"]) == 1
    assert main(["lint", "--fail-on", "error", "calls"]) == 0  # the command line wins


def test_not_well_formed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(DOCUMENTS / "not-well-formed.xml", project / "broken.xml")
    status, report = lint_json(capsys, "broken.xml")
    assert status == 1
    first = report["diagnostics"][0]  # type: ignore[index]
    assert first["code"] == "LAML001" and first["platform_code"] == 12100


def test_unreadable_files_exit_2_and_the_rest_is_checked(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "calls" / "error.xml").write_text(ERROR)
    status, report = lint_json(capsys, "calls", "missing.xml")
    assert status == 2
    assert report["errors"] == [{"file": "missing.xml", "message": "no such file or directory"}]
    assert "LAML111" in codes(report)
    assert report["summary"]["files"] == 3  # type: ignore[index]
    assert report["summary"]["exit_code"] == 2  # type: ignore[index]


def test_directory_json(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = lint_json(capsys, ".")
    assert status == 0
    files = {d["file"] for d in report["diagnostics"]}  # type: ignore[attr-defined, index]
    assert files == {"calls/warning.xml"}
    assert report["summary"] == {"files": 2, "errors": 0, "warnings": 1, "infos": 0,
                                 "unreadable": 0, "fixed": 0, "exit_code": 0}


def test_select_and_ignore(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "calls" / "error.xml").write_text(ERROR)
    _, report = lint_json(capsys, "--select", "LAML111", "calls")
    assert set(codes(report)) == {"LAML111"}
    _, report = lint_json(capsys, "--ignore", "method-value,LAML102", "calls")
    assert "LAML111" not in codes(report) and "LAML102" not in codes(report)
    _, report = lint_json(capsys, "--ignore", "LAML1", "--ignore", "LAML0", "calls")
    assert codes(report) == []


def test_settings_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "calls" / "long.xml").write_text(LONG_SAY)
    (project / "pyproject.toml").write_text(
        "[tool.laml]\nignore = ['LAML102']\n"
        "[tool.laml.rules.say-too-long]\nmax = 10\n"
        "[tool.laml.per-file-ignores]\n'calls/clean.xml' = ['LAML1']\n"
    )
    status, report = lint_json(capsys, "calls")
    assert status == 1
    assert codes(report) == ["LAML107"]
    _, report = lint_json(capsys, "--no-config", "calls")
    assert codes(report) == ["LAML102"]
    _, report = lint_json(capsys, "--ignore", "LAML107", "calls")  # replaces the file's list
    assert codes(report) == ["LAML102"]


def test_per_file_ignores(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.laml.per-file-ignores]\n'**/warn*.xml' = ['gather-without-action']\n"
    )
    _, report = lint_json(capsys, "calls")
    assert codes(report) == []


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("[tool.laml.rules.LAML999]\nmax = 1\n", "no rule has that code or name"),
        ("[tool.laml.rules.say-too-long]\nmaximum = 1\n", "has no option 'maximum'"),
        ("[tool.laml.rules.LAML107]\nmax = 'ten'\n", "must be a int"),
        ("[tool.laml]\ndialect = 'plivo'\n", "tool.laml.dialect"),
    ],
)
def test_wrong_settings_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str], settings: str, message: str
) -> None:
    (project / "pyproject.toml").write_text(settings)
    assert main(["lint", "calls"]) == 2
    assert message in capsys.readouterr().err


def test_usage_errors_exit_2(project: Path) -> None:
    assert main(["lint", "--fail-on", "sometimes", "calls"]) == 2
    assert main(["lint", "--jobs", "-1", "calls"]) == 2
    assert main(["lint", "--format", "xml", "calls"]) == 2


def test_inline_suppression(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "calls" / "warning.xml").write_text(
        "<Response>\n  <!-- laml: ignore=LAML102 -->\n"
        '  <Gather numDigits="1"><Say>Press 1</Say></Gather>\n</Response>\n'
    )
    _, report = lint_json(capsys, "calls")
    assert codes(report) == []


def test_sarif_of_the_fixtures(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(DOCUMENTS, project / "fixtures")
    status = main(["lint", "--format", "sarif", "fixtures", "missing.xml"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert status == 2
    run = log["runs"][0]
    assert run["results"], "the fixtures have findings"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert result["ruleId"].startswith("LAML")
        if "ruleIndex" in result:
            assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("fixtures/")
    assert run["invocations"][0]["executionSuccessful"] is False


def test_github_format(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--format", "github", "calls"]) == 0
    assert capsys.readouterr().out.startswith(
        "::warning file=calls/warning.xml,line=2,col=3,title=LAML102::"
    )


def test_output_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--format", "json", "-o", "report.json", "calls"]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads((project / "report.json").read_text())["summary"]["files"] == 2
    assert main(["lint", "-o", str(project / "no" / "such" / "dir" / "r.txt"), "calls"]) == 2


def test_templates(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(DOCUMENTS / "bin-template.laml", project / "bin.laml")
    status, report = lint_json(capsys, "bin.laml")
    assert status == 0, report


def test_jobs_give_the_same_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(30):
        source = [CLEAN, WARNING, ERROR, LONG_SAY][i % 4]
        (project / "calls" / f"doc{i:02d}.xml").write_text(source)
    one_status, one = lint_json(capsys, "--jobs", "1", "calls")
    two_status, two = lint_json(capsys, "--jobs", "2", "calls")
    assert one == two and one_status == two_status == 1
    assert one["summary"]["files"] == 32  # type: ignore[index]


def test_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "laml", "lint", "--no-config", "--stdin-filename", "menu.xml",
         "-"], input=ERROR.encode(), capture_output=True, check=False, timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.decode().startswith("menu.xml:2:")
    clean = subprocess.run(
        [sys.executable, "-m", "laml", "lint", "--no-config", "-q", "-"], input=CLEAN.encode(),
        capture_output=True, check=False, timeout=60,
    )
    assert clean.returncode == 0 and clean.stdout == b""


def test_colour_when_forced(project: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["lint", "calls"])
    assert "\x1b[33mLAML102\x1b[0m" in capsys.readouterr().out
    main(["lint", "--color", "never", "calls"])
    assert "\x1b[" not in capsys.readouterr().out


@pytest.mark.parametrize("name", ["problems.xml", "ivr.xml", "sms.xml", "not-well-formed.xml",
                                  "bin-template.laml"])
def test_large_documents_shared_out_give_the_same_report(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    import laml.cli.lint

    shutil.copy(DOCUMENTS / name, project / name)
    (project / "pyproject.toml").write_text("[tool.laml]\nignore = ['LAML130']\n")
    expected = lint_json(capsys, "--jobs", "1", name)
    some = lint_json(capsys, "--jobs", "1", "--select", "LAML0,LAML11", name)
    monkeypatch.setattr(laml.cli.lint, "LARGE_DOCUMENT", 0)
    assert lint_json(capsys, "--jobs", "2", name) == expected
    assert lint_json(capsys, "--jobs", "3", "--select", "LAML0,LAML11", name) == some


def test_large_document_with_suppression_shared_out(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import laml.cli.lint

    text = (DOCUMENTS / "problems.xml").read_text().replace(
        "<Hangup/>", "<!-- laml: ignore=LAML111,unreachable-verb -->\n  <Hangup/>"
    )
    (project / "big.xml").write_text(text)
    expected = lint_json(capsys, "--jobs", "1", "big.xml")
    monkeypatch.setattr(laml.cli.lint, "LARGE_DOCUMENT", 0)
    calls: list[object] = []
    real = laml.cli.lint._lint_split

    def spy(*args: object) -> object:
        result = real(*args)  # type: ignore[arg-type]
        calls.append(result)
        return result

    monkeypatch.setattr(laml.cli.lint, "_lint_split", spy)
    assert lint_json(capsys, "--jobs", "2", "big.xml") == expected
    assert len(calls) == 1 and calls[0] is not None  # the rules were shared out


def test_an_internal_error_is_reported_and_the_rest_is_checked(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import laml.linting

    real = laml.linting.lint

    def flaky(source: object, **kwargs: object) -> object:
        if b"Gather" in source:  # type: ignore[operator]
            raise RuntimeError("boom")
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(laml.linting, "lint", flaky)
    status, report = lint_json(capsys, "--jobs", "1", "calls")
    assert status == 2
    assert report["summary"]["files"] == 1  # type: ignore[index]
    assert report["errors"] == [{  # type: ignore[comparison-overlap]
        "file": "calls/warning.xml",
        "message": "internal error while checking it (RuntimeError: boom); please report it",
    }]


def test_url_with_an_unclosed_bracket(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "calls" / "bracket.xml").write_text(
        '<Response><Dial action="https://[example.com/after">'
        "<Number>+15551234567</Number></Dial></Response>"
    )
    status, report = lint_json(capsys, "calls/bracket.xml")
    assert status == 1 and codes(report) == ["LAML114"]


def test_a_stream_that_is_not_utf8(project: Path) -> None:
    import os

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for fmt in ("json", "sarif", "text", "github"):
        result = subprocess.run(
            [sys.executable, "-m", "laml", "lint", "--no-config", "--format", fmt, "calls"],
            capture_output=True, check=False, timeout=60, env=env,
        )
        assert result.returncode == 0, result.stderr
        result.stdout.decode("ascii")
        if fmt == "json":
            hint = json.loads(result.stdout)["diagnostics"][0]["hint"]
            assert "\u2026" in hint  # the ellipsis of the hint, escaped on the way out


def test_nothing_to_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "empty").mkdir()
    assert main(["lint", "empty"]) == 0
    captured = capsys.readouterr()
    assert "no documents found in empty" in captured.err
    assert captured.out == "0 files checked: 0 errors, 0 warnings, 0 infos\n"


def test_patterns_that_match_nothing_are_usage_errors(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for option in ("--select", "--ignore", "--extend-select", "--extend-ignore"):
        assert main(["lint", option, "LAML999,infinite-loops,LAML13", "calls"]) == 2
        err = capsys.readouterr().err
        assert f"{option}: 'LAML999', 'infinite-loops' matches no code" in err
        assert "did you mean 'infinite-loop'?" in err or "did you mean" in err
    (project / "pyproject.toml").write_text("[tool.laml]\nextend-ignore = ['LAML13x']\n")
    assert main(["lint", "calls"]) == 2
    assert "tool.laml.extend-ignore: 'LAML13x' matches no code" in capsys.readouterr().err
    (project / "pyproject.toml").write_text(
        "[tool.laml.per-file-ignores]\n'a.xml' = ['no-such-rule']\n")
    assert main(["lint", "calls"]) == 2
    assert "'no-such-rule' matches no code" in capsys.readouterr().err
    (project / "pyproject.toml").unlink()
    assert main(["lint", "--ignore", "LAML13", "calls"]) == 0  # a prefix of real codes


