"""``laml fmt``: in place, ``--check``, ``--diff``, standard input, errors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from laml.cli import main
from laml.format import format_document

UGLY = '<Response><Say>Hi <break time="1s"/> there</Say><Dial><Number>+15551234567</Number></Dial></Response>'
PRETTY = format_document(UGLY)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.xml").write_text(UGLY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.twiml").write_text(PRETTY)
    (tmp_path / "sub" / "c.laml").write_text(UGLY)
    (tmp_path / "notes.txt").write_text("not a document")
    return tmp_path


def test_check_lists_files_and_changes_nothing(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "--check", "--no-config"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == ["would reformat a.xml",
                                f"would reformat {os.path.join('sub', 'c.laml')}"]
    assert (tree / "a.xml").read_text() == UGLY


def test_rewrites_in_place_keeping_the_mode(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.xml").chmod(0o640)
    assert main(["fmt", "--no-config", "."]) == 0
    assert (tree / "a.xml").read_text() == PRETTY
    assert (tree / "sub" / "c.laml").read_text() == PRETTY
    assert stat.S_IMODE((tree / "a.xml").stat().st_mode) == 0o640
    assert "2 files reformatted, 1 unchanged" in capsys.readouterr().err
    assert not [p for p in tree.rglob("*.tmp")]
    assert main(["fmt", "--check", "--no-config", "."]) == 0


def test_diff(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "--diff", "--no-config", "a.xml"]) == 1
    out = capsys.readouterr().out
    assert "--- a.xml (original)" in out and "+++ a.xml (formatted)" in out
    assert "+  <Dial>" in out
    assert (tree / "a.xml").read_text() == UGLY


def test_not_well_formed_is_reported_and_left_alone(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tree / "bad.xml").write_text("<Response><Say>x</Response>")
    assert main(["fmt", "--no-config", "."]) == 2
    err = capsys.readouterr().err
    assert "bad.xml:1:" in err and "LAML001" in err and "left unformatted" in err
    assert (tree / "bad.xml").read_text() == "<Response><Say>x</Response>"
    assert (tree / "a.xml").read_text() == PRETTY  # the others are still formatted


def test_missing_path(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "--no-config", "nope.xml"]) == 2
    assert "nope.xml: error: no such file or directory" in capsys.readouterr().err


def test_check_with_a_broken_file_exits_2(tree: Path) -> None:
    (tree / "bad.xml").write_text("<Response><Say>")
    assert main(["fmt", "--check", "--no-config", "."]) == 2


def test_stdin_to_stdout() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "laml", "fmt", "-"], input=UGLY.encode(), capture_output=True,
        check=False, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == PRETTY
    check = subprocess.run(
        [sys.executable, "-m", "laml", "fmt", "--check", "-"], input=UGLY.encode(),
        capture_output=True, check=False, timeout=60,
    )
    assert check.returncode == 1 and check.stdout == b""


def test_config_extensions_and_exclude(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "pyproject.toml").write_text(
        '[tool.laml]\nextra-extensions = ["tmpl"]\nexclude = ["sub"]\n'
    )
    (tree / "bin.tmpl").write_text(UGLY)
    assert main(["fmt", "--check", "."]) == 1
    out = capsys.readouterr().out
    assert "would reformat bin.tmpl" in out
    assert "c.laml" not in out


def test_template_documents_are_formatted(tree: Path) -> None:
    (tree / "t.xml").write_text("<Response><Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial>"
                                "<Say>Hi {{From}}</Say></Response>")
    assert main(["fmt", "--no-config", "t.xml"]) == 0
    assert (tree / "t.xml").read_text() == (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n'
        "  <Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial>\n"
        "  <Say>Hi {{From}}</Say>\n</Response>\n"
    )
