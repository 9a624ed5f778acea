"""The command line under hostile or unusual input: file systems, names, settings, streams."""

from __future__ import annotations

import argparse
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import laml.cli.schema
import laml.format
from laml.cli import COMMANDS, build_parser, main

UGLY = "<Response><Say>Hi</Say><Hangup/></Response>"
ERROR = '<Response>\n  <Dial method="post"><Number>+15551234567</Number></Dial>\n</Response>\n'


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def run_laml(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "laml", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120, check=False, env=env)


# ------------------------------------------------------------------ fmt and the file system


def test_fmt_writes_through_a_symbolic_link(folder: Path) -> None:
    (folder / "real.xml").write_text(UGLY)
    (folder / "link.xml").symlink_to("real.xml")
    assert main(["fmt", "--no-config", "link.xml"]) == 0
    assert (folder / "link.xml").is_symlink()
    assert (folder / "real.xml").read_text().startswith("<?xml")


@pytest.mark.parametrize("kind", ["hard link", "read-only"])
def test_fmt_leaves_files_it_must_not_replace(folder: Path, kind: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "a.xml").write_text(UGLY)
    (folder / "b.xml").write_text(UGLY)
    if kind == "hard link":
        os.link(folder / "a.xml", folder / "other-name.laml")
        expected = "a.xml: error: has 2 hard links"
    else:
        (folder / "a.xml").chmod(0o444)
        expected = "a.xml: error: read-only (not rewritten)"
    assert main(["fmt", "--no-config", "a.xml", "b.xml"]) == 2
    assert expected in capsys.readouterr().err
    assert (folder / "a.xml").read_text() == UGLY
    assert (folder / "b.xml").read_text() != UGLY  # the others are still formatted
    if kind == "hard link":
        assert os.path.samefile(folder / "a.xml", folder / "other-name.laml")
    else:
        assert stat.S_IMODE((folder / "a.xml").stat().st_mode) == 0o444


def test_fmt_never_overwrites_an_edit_saved_while_it_runs(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "a.xml").write_text(UGLY)
    real = laml.format.format_document

    def slow_format(source: Any) -> str:
        result = real(source)
        (folder / "a.xml").write_text("<Response><Say>saved by the editor</Say></Response>")
        return result

    monkeypatch.setattr(laml.format, "format_document", slow_format)
    assert main(["fmt", "--no-config", "a.xml"]) == 2
    assert "a.xml: error: changed since it was read" in capsys.readouterr().err
    assert "saved by the editor" in (folder / "a.xml").read_text()


# ------------------------------------------------------------------ standard input


class EndlessStream:
    """Standard input that never ends: reading it whole would never return."""

    def __init__(self) -> None:
        self.read_sizes: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            raise AssertionError("standard input was read without a size cap")
        self.read_sizes.append(size)
        return b" " * size


class EndlessStdin:
    def __init__(self) -> None:
        self.buffer = EndlessStream()

    def read(self, size: int | None = -1) -> str:
        return self.buffer.read(size).decode()


@pytest.mark.parametrize("command", [["lint", "-"], ["fmt", "-"], ["render", "-"]])
def test_standard_input_is_read_up_to_the_cap(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from laml.parsing import DEFAULT_MAX_BYTES

    stdin = EndlessStdin()
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main([*command, "--no-config"] if command[0] != "render" else command) != 0
    assert sum(stdin.buffer.read_sizes) <= DEFAULT_MAX_BYTES + 1
    captured = capsys.readouterr()
    assert "too large" in captured.out + captured.err or "larger than" in captured.err


# ------------------------------------------------------------------ the directory walk


def test_the_walk_does_not_follow_links_out_of_the_tree(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "outside").mkdir()
    (folder / "outside" / "secret.xml").write_text(ERROR)
    tree = folder / "tree"
    (tree / "calls").mkdir(parents=True)
    (tree / "calls" / "menu.xml").write_text(ERROR)
    (tree / "escape.xml").symlink_to(folder / "outside" / "secret.xml")
    (tree / "alias.xml").symlink_to(tree / "calls" / "menu.xml")  # inside: checked once
    assert main(["lint", "--no-config", "--format", "json", "tree"]) == 1
    captured = capsys.readouterr()
    files = {d["file"] for d in json.loads(captured.out)["diagnostics"]}
    assert len(files) == 1 and "secret" not in captured.out
    assert "escape.xml: warning: skipped: symbolic link to a file outside tree" in captured.err
    assert main(["fmt", "--no-config", "--check", "tree"]) == 1
    assert "secret" not in capsys.readouterr().out


# ------------------------------------------------------------------ file names


def test_file_names_that_are_not_utf8(folder: Path) -> None:
    (folder / "calls").mkdir()
    raw = os.path.join(os.fsencode(folder / "calls"), b"bad\xff.xml")
    with open(raw, "w") as handle:
        handle.write(ERROR)
    sarif = run_laml("lint", "--no-config", "--format", "sarif", "-o", "out.sarif", "calls",
                 cwd=folder)
    assert sarif.returncode == 1, sarif.stderr
    log = json.loads((folder / "out.sarif").read_bytes().decode("utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert uris == {"calls/bad%FF.xml"}
    as_json = run_laml("lint", "--no-config", "--format", "json", "calls", cwd=folder)
    report = json.loads(as_json.stdout.decode("utf-8"))  # valid UTF-8
    assert {d["file"] for d in report["diagnostics"]} == {"calls/bad\\xff.xml"}
    for fmt in ("text", "github"):
        out = run_laml("lint", "--no-config", "--format", fmt, "calls", cwd=folder)
        assert out.returncode == 1
        assert "calls/bad\\xff.xml" in out.stdout.decode("utf-8")
    formatted = run_laml("fmt", "--no-config", "--check", "calls", cwd=folder)
    assert formatted.stdout.decode("utf-8") == "would reformat calls/bad\\xff.xml\n"


FAKE = "\x1b[2J\x1b[H\n1 file checked: 0 errors, 0 warnings, 0 infos\n\u202e"


def test_control_characters_in_file_names_never_reach_the_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "calls").mkdir()
    (folder / "calls" / f"x{FAKE}.xml").write_text(ERROR)
    for fmt in ("text", "github", "json", "sarif"):
        assert main(["lint", "--no-config", "--format", fmt, "calls"]) == 1
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\u202e" not in out
        if fmt == "text":
            assert "x\\x1b[2J\\x1b[H\\x0a1 file checked" in out
        if fmt == "github":
            assert "x\\x1b[2J\\x1b[H%0A1 file checked" in out
        if fmt in ("text", "github"):
            assert sum(line.startswith("1 file checked") for line in out.splitlines()) == (
                fmt == "text")
    assert main(["fmt", "--no-config", "calls"]) == 0
    assert "\x1b" not in "".join(capsys.readouterr())


# ------------------------------------------------------------------ settings


def test_a_glob_that_backtracks_does_not_hang_the_walk(tmp_path: Path) -> None:
    pattern = "*a" * 25 + "*b"
    (tmp_path / "pyproject.toml").write_text(f'[tool.laml]\nexclude = ["{pattern}"]\n')
    (tmp_path / ("a" * 60 + ".xml")).write_text(UGLY)
    result = run_laml("lint", ".", cwd=tmp_path)  # a regular expression would run for years
    assert result.returncode == 0, result.stderr
    assert b"1 file checked" in result.stdout


@pytest.mark.parametrize("pattern", ["[!]", "calls/[z-a]"])
def test_a_bad_glob_is_a_configuration_error(folder: Path, pattern: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "pyproject.toml").write_text(f'[tool.laml]\nexclude = ["{pattern}"]\n')
    (folder / "a.xml").write_text(UGLY)
    for command in ("lint", "fmt"):
        assert main([command, "."]) == 2
        err = capsys.readouterr().err
        assert "pyproject.toml: tool.laml.exclude: glob" in err and "Traceback" not in err


@pytest.mark.parametrize(("value", "message"), [
    ("[" * 5000 + "]" * 5000, "nested too deeply"),
    ("[" * 20 + "1" + "]" * 20, "more than 16 deep"),
])
def test_deeply_nested_settings_are_refused(folder: Path, value: str, message: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "pyproject.toml").write_text(f"[tool.laml.rules.LAML107]\nmax = {value}\n")
    (folder / "a.xml").write_text(UGLY)
    assert main(["lint", "."]) == 2
    assert message in capsys.readouterr().err


def test_an_oversized_settings_file_is_refused(folder: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "pyproject.toml").write_text("[tool.laml]\n" + "# padding\n" * 500_000)
    assert main(["lint", "."]) == 2
    assert "larger than 4 MiB" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "message"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"From": {"a": 1}}', "'From' holds an object or nested list"),
    ('[["From"]]', "a list of [key, value] pairs"),
    ("7", "expected an object of parameters"),
    ('{"From": ', "not JSON"),
])
def test_wrong_parameters_files_are_refused(folder: Path, content: str, message: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "t.xml").write_text("<Response><Say>{{From}}</Say></Response>")
    (folder / "params.json").write_text(content)
    assert main(["render", "t.xml", "--params-file", "params.json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("laml render: --params-file params.json: ") and message in err


def test_parameters_files_with_lists_and_numbers(folder: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "t.xml").write_text("<Response><Say>{{From}} {{#Dest}}{{.}},{{/Dest}}</Say>"
                                  "</Response>")
    (folder / "params.json").write_text('{"From": 5, "Dest": ["a", true, null]}')
    assert main(["render", "t.xml", "--params-file", "params.json", "-p", "Dest[]=b"]) == 0
    assert "<Say>5 a,true,,b,</Say>" in capsys.readouterr().out


def test_parameters_use_command_line_words(folder: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "t.xml").write_text("<Response/>")
    assert main(["render", "t.xml", "-p", "novalue"]) == 2
    assert "-p/--param 'novalue' is not KEY=VALUE" in capsys.readouterr().err


# ------------------------------------------------------------------ exit status


def test_an_internal_error_exits_2(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("boom \x1b[31m")

    monkeypatch.setattr(laml.cli.schema, "run", broken)
    monkeypatch.delenv("LAML_DEBUG", raising=False)
    assert main(["schema"]) == 2
    err = capsys.readouterr().err
    assert "laml: internal error (RuntimeError: boom \\x1b[31m)" in err
    assert "Traceback" not in err and "\x1b" not in err
    monkeypatch.setenv("LAML_DEBUG", "1")
    assert main(["schema"]) == 2
    assert "Traceback" in capsys.readouterr().err


# ------------------------------------------------------------------ which files are documents


@pytest.fixture
def java_project(folder: Path) -> Path:
    (folder / "pom.xml").write_text('<?xml version="1.0"?>\n<project xmlns="http://maven.apache'
                                    '.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
                                    "</project>\n")
    res = folder / "src" / "main" / "resources"
    res.mkdir(parents=True)
    (res / "log4j2.xml").write_text("<Configuration><Appenders/></Configuration>")
    (res / "broken.xml").write_text("<Configuration>")
    (res / "empty.xml").write_text("")
    (res / "voice.xml").write_text("<?xml version='1.0'?>\n<!-- menu -->\n" + UGLY)
    (res / "bin.xml").write_text("<Response><Say>Hi {{From}}</Say></Response>")
    (res / "fax.laml").write_text("<Configuration/>")  # a LaML ending: always checked
    return folder


def test_other_xml_in_a_project_is_left_alone(java_project: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--format", "json", "."]) == 1
    report = json.loads(capsys.readouterr().out)
    files = {d["file"] for d in report["diagnostics"]}
    assert files == {os.path.join("src", "main", "resources", "fax.laml")}
    assert report["summary"]["files"] == 3  # voice.xml, bin.xml, fax.laml
    (java_project / "src" / "main" / "resources" / "fax.laml").unlink()
    assert main(["lint", "."]) == 0
    assert main(["fmt", "."]) == 0
    assert (java_project / "pom.xml").read_text().count("\n") == 2
    assert (java_project / "src" / "main" / "resources" / "voice.xml").read_text() != UGLY


def test_named_files_are_checked_unless_only_laml(java_project: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "pom.xml"]) == 1  # named: checked, whatever it holds
    capsys.readouterr()
    assert main(["lint", "--only-laml", "pom.xml", "src/main/resources/voice.xml"]) == 0
    assert capsys.readouterr().out.endswith("1 file checked: 0 errors, 0 warnings, 0 infos\n")
    assert main(["fmt", "--only-laml", "pom.xml"]) == 0
    assert "modelVersion>4" in (java_project / "pom.xml").read_text()


# ------------------------------------------------------------------ help


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
             ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                assert choice.help, (path, choice.dest)
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


#: ``laml bins`` documents its actions in its own tests.
HELPED = [c for c in COMMANDS if c != "bins"]


def test_every_command_argument_and_option_has_help() -> None:
    found = set()
    for path, parser in _parsers(build_parser()):
        if path[:1] == ("bins",):
            continue
        found.add(path[:1])
        for action in parser._actions:
            assert action.help and action.help != argparse.SUPPRESS, (path, action.dest)
        if path:  # every command's help ends with examples
            last = parser.format_help().rstrip().split("\n\n")[-1]
            assert last.startswith("examples:\n  # ") and "\n  laml " in last, path
    assert found >= {(), *((c,) for c in HELPED)}


def test_a_bare_laml_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: laml") and "examples:" in out
    for command in COMMANDS:
        assert f"\n    {command} " in out
