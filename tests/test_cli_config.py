"""``[tool.laml]`` settings and the search for documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from laml.cli._config import Config, ConfigError, compile_glob, find_config, load_config, resolve
from laml.cli._files import collect


def write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


FULL = """
[project]
name = "calls"

[tool.laml]
dialect = "twilio"
channel = "messaging"
select = ["LAML0", "LAML1"]
ignore = "LAML130, infinite-loop"
fail-on = "warning"
extra-extensions = [".tmpl", "xml.j2"]
exclude = ["build/**", "vendor"]

[tool.laml.per-file-ignores]
"tests/**/*.xml" = ["LAML1"]
"legacy.xml" = ["LAML120"]

[tool.laml.rules.LAML107]
max = 1000

[tool.laml.rules.too-many-media]
max = 3
"""


def test_every_setting(tmp_path: Path) -> None:
    config = load_config(str(write(tmp_path / "pyproject.toml", FULL)))
    assert config.dialect == "twilio" and config.channel == "messaging"
    assert config.select == ["LAML0", "LAML1"]
    assert config.ignore == ["LAML130", "infinite-loop"]
    assert config.fail_on == "warning"
    assert config.extra_extensions == [".tmpl", "xml.j2"]
    assert config.rules == {"LAML107": {"max": 1000}, "too-many-media": {"max": 3}}
    root = tmp_path
    assert config.ignores_for(str(root / "tests" / "a" / "b.xml")) == ["LAML1"]
    assert config.ignores_for(str(root / "tests" / "b.xml")) == ["LAML1"]
    assert config.ignores_for(str(root / "tests" / "b.laml")) == []
    assert config.ignores_for(str(root / "deep" / "legacy.xml")) == ["LAML120"]
    assert config.is_excluded(str(root / "build" / "x" / "y.xml"))
    assert config.is_excluded(str(root / "src" / "vendor" / "y.xml"))
    assert not config.is_excluded(str(root / "src" / "y.xml"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tool.laml]\ndialekt = 'twilio'\n", "unknown setting tool.laml.dialekt"),
        ("[tool.laml]\ndialect = 'plivo'\n", "tool.laml.dialect is 'plivo'"),
        ("[tool.laml]\nfail-on = 'never'\n", "tool.laml.fail-on"),
        ("[tool.laml]\nselect = 3\n", "tool.laml.select must be a list of strings"),
        ("[tool.laml]\nper-file-ignores = 'x'\n", "per-file-ignores must be a table"),
        ("[tool.laml]\nrules = {LAML107 = 5}\n", "one table per rule"),
        ("[tool.laml\n", "not valid TOML"),
    ],
)
def test_wrong_settings(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_config(str(write(tmp_path / "pyproject.toml", text)))


def test_nearest_file_with_a_laml_table(tmp_path: Path) -> None:
    top = write(tmp_path / "pyproject.toml", "[tool.laml]\nfail-on = 'info'\n")
    write(tmp_path / "app" / "pyproject.toml", "[project]\nname = 'app'\n")  # no [tool.laml]
    deep = tmp_path / "app" / "calls" / "menu"
    deep.mkdir(parents=True)
    assert find_config(str(deep)) == str(top)
    assert find_config(str(write(deep / "a.xml"))) == str(top)
    nested = write(tmp_path / "app" / "calls" / "pyproject.toml", "[tool.laml.rules.LAML107]\nmax=1\n")
    assert find_config(str(deep)) == str(nested)


def test_resolve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "pyproject.toml", "[tool.laml]\ndialect = 'twilio'\n")
    other = write(tmp_path / "other.toml", "[tool.laml]\nfail-on = 'info'\n")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert resolve([], None, False).dialect == "twilio"
    assert resolve(["-"], None, False).dialect == "twilio"
    assert resolve([str(tmp_path / "docs")], None, True) == Config()
    chosen = resolve([], str(other), False)
    assert chosen.dialect is None and chosen.fail_on == "info"


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.xml", "a.xml", True),
        ("*.xml", "d/a.xml", True),  # a name at any depth
        ("*.xml", "a.xml/b", False),
        ("**/*.xml", "d/e/a.xml", True),
        ("**/*.xml", "a.xml", True),
        ("d/**", "d/e/a.xml", True),
        ("d/?.xml", "d/a.xml", True),
        ("d/[ab].xml", "d/c.xml", False),
        ("d/[!ab].xml", "d/c.xml", True),
        ("a+b.xml", "a+b.xml", True),
        ("d/**/a.xml", "d/a.xml", True),
        ("d/**/a.xml", "d/e/f/a.xml", True),
        ("d/**/a.xml", "e/d/a.xml", False),
        ("/d/*.xml", "d/a.xml", True),
        ("**", "d/e/a.xml", True),
        ("a**b", "axyzb", True),
        ("a**b", "a/b", False),
        ("*.x?l", "a.xml", True),
        ("[]a].xml", "].xml", True),
        ("[a-c]-[!0-9].xml", "b-x.xml", True),
        ("[a-c]-[!0-9].xml", "b-5.xml", False),
        ("[-x]", "-", True),
        ("*a*a*a*b", "a" * 30, False),
        ("x/**/y*z", "x/y1/yz", True),
        ("x/**/y*z", "x/yz/y1", False),
    ],
)
def test_globs(pattern: str, path: str, matches: bool) -> None:
    assert compile_glob(pattern).matches(path) is matches


def test_globs_take_linear_time() -> None:
    # A regular expression made from this glob backtracks for longer than anyone waits.
    pattern = "*a" * 40 + "*b"
    glob = compile_glob(pattern)
    assert not glob.matches("a" * 200)
    assert not glob.matches("/".join(["a" * 100] * 20))
    config = Config(root=".", exclude=[pattern, "d/" + "**/*a" * 30 + "/b"])
    assert not config.is_excluded("/".join(["a" * 60] * 30))


@pytest.mark.parametrize(("pattern", "message"), [
    ("[!]", "never closed"), ("a[b", "never closed"), ("[z-a].xml", "reversed"), ("/", "nothing"),
])
def test_bad_globs_are_configuration_errors(tmp_path: Path, pattern: str, message: str) -> None:
    for table in (f"exclude = [{pattern!r}]", f"[tool.laml.per-file-ignores]\n{pattern!r} = ['LAML1']"):
        text = "[tool.laml]\n" + table + "\n"
        with pytest.raises(ConfigError, match=message):
            load_config(str(write(tmp_path / "pyproject.toml", text)))


def test_collect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ["a.xml", "b.LAML", "c.twiml", "d.cxml", "e.txt", "f.tmpl", ".hidden.xml",
                 ".git/x.xml", "node_modules/x.xml", ".venv/x.xml", "__pycache__/x.xml",
                 "sub/g.xml", "sub/deeper/h.xml"]:
        write(tmp_path / name, "<Response/>")
    found = collect(["."]).files
    assert [os.path.normpath(f) for f in found] == [
        "a.xml", "b.LAML", "c.twiml", "d.cxml", os.path.join("sub", "deeper", "h.xml"),
        os.path.join("sub", "g.xml"),
    ]
    found = collect([".", "e.txt", "a.xml", "-"], extensions=["tmpl"]).files
    assert "e.txt" in found and "-" in found
    assert sum(1 for f in found if os.path.normpath(f) == "a.xml") == 1  # each file once
    assert any(f.endswith("f.tmpl") for f in found)
    missing = collect(["nope.xml", "a.xml"])
    assert missing.errors == [("nope.xml", "no such file or directory")]
    assert missing.files == ["a.xml"]
    kept = collect(["."], excluded=lambda p: "sub" in p).files
    assert not any("sub" in f for f in kept)


def test_unreadable_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "ok" / "a.xml", "<Response/>")
    write(tmp_path / "locked" / "b.xml", "<Response/>")
    real = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = collect([str(tmp_path)])
    assert [os.path.basename(f) for f in found.files] == ["a.xml"]
    assert found.errors == [(str(tmp_path / "locked"),
                             "cannot read the directory: Permission denied")]


@pytest.mark.parametrize(("pattern", "path", "excluded"), [
    ("/build", "build/x/y.xml", True),
    ("/build", "src/build/y.xml", False),
    ("build", "src/build/y.xml", True),
    ("d/e", "d/e/f/g.xml", True),
    ("d/*.xml", "d/x/a.xml", False),
    ("d/*.xml", "d/a.xml", True),
    ("**/generated", "a/b/generated/c/d.xml", True),
    ("**/gen*/*.xml", "a/generated/d.xml", True),
    ("**/gen*/*.xml", "a/generated/x/d.xml", False),
])
def test_exclude_covers_a_matching_folder(tmp_path: Path, pattern: str, path: str,
                                          excluded: bool) -> None:
    config = Config(root=str(tmp_path), exclude=[pattern])
    assert config.is_excluded(str(tmp_path / path)) is excluded
