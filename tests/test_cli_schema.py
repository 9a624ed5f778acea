"""``laml schema`` and the pre-commit hooks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from lxml import etree

from laml.cli import COMMANDS, main
from laml.cli._files import DEFAULT_EXTENSIONS
from laml.schema import schema_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("dialect", "channel"), [("signalwire", "voice"), ("twilio", "messaging"),
                                                  ("signalwire", "fax"), ("twilio", "ssml")])
def test_prints_the_schema(capsysbinary: pytest.CaptureFixture[bytes], dialect: str,
                           channel: str) -> None:
    assert main(["schema", "--dialect", dialect, "--channel", channel]) == 0
    printed = capsysbinary.readouterr().out
    assert printed == schema_path(channel, dialect).read_bytes()  # type: ignore[arg-type]
    assert etree.fromstring(printed).tag == "{http://www.w3.org/2001/XMLSchema}schema"


def test_path_points_at_a_usable_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--path"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == schema_path("voice", "signalwire") and path.is_file()
    schema = etree.XMLSchema(etree.parse(str(path)))
    assert schema.validate(etree.fromstring("<Response><Say>Hi</Say><Hangup/></Response>"))
    assert not schema.validate(etree.fromstring("<Response><Message>Hi</Message></Response>"))


def test_unknown_choice_is_a_usage_error() -> None:
    assert main(["schema", "--channel", "video"]) == 2


def test_pre_commit_hooks() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) == {"laml-lint", "laml-fmt"}
    for hook_id, command in (("laml-lint", "lint"), ("laml-fmt", "fmt")):
        hook = by_id[hook_id]
        assert hook["language"] == "python"
        assert hook["entry"] == f"laml {command} --only-laml" and command in COMMANDS
        pattern = re.compile(hook["files"])
        for ext in DEFAULT_EXTENSIONS:
            assert pattern.search(f"calls/menu.{ext}")
        assert not pattern.search("README.md")


# ------------------------------------------------------------------------------- --catalog

_CATALOG_CHECK = """
import sys
from lxml import etree
wrapper = etree.XML(
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
    f'<xs:include schemaLocation="urn:laml:schema:{sys.argv[1]}:{sys.argv[2]}"/></xs:schema>')
schema = etree.XMLSchema(wrapper)
print(schema.validate(etree.fromstring(sys.argv[3].encode())))
"""


def test_catalog_writes_every_schema_and_a_catalog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "schemas"
    assert main(["schema", "--catalog", str(folder)]) == 0
    catalog = Path(capsys.readouterr().out.strip())
    assert catalog == folder / "catalog.xml"
    root = etree.parse(str(catalog)).getroot()
    assert root.tag == "{urn:oasis:names:tc:entity:xmlns:xml:catalog}catalog"
    entries = {e.get("name") or e.get("systemId"): e.get("uri") for e in root.iterchildren("{*}*")}
    assert len(entries) == 8  # two dialects x (voice, messaging, fax, ssml)
    for name, uri in entries.items():
        dialect, channel = name.split(":")[-2:]
        written = folder / uri
        assert written.read_bytes() == schema_path(channel, dialect).read_bytes()  # type: ignore[arg-type]
        etree.XMLSchema(etree.parse(str(written)))  # its includes resolve in the folder
    # writing again (after an upgrade) replaces laml's own files
    assert main(["schema", "--catalog", str(folder)]) == 0


def test_catalog_resolves_with_libxml2(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    assert main(["schema", "--catalog", str(tmp_path)]) == 0
    env = {**os.environ, "XML_CATALOG_FILES": str(tmp_path / "catalog.xml")}

    def valid(dialect: str, channel: str, document: str) -> str:
        done = subprocess.run([sys.executable, "-c", _CATALOG_CHECK, dialect, channel, document],
                              env=env, capture_output=True, text=True, timeout=60, check=True)
        return done.stdout.strip()

    assert valid("signalwire", "voice", "<Response><Echo timeout='10'/></Response>") == "True"
    assert valid("twilio", "voice", "<Response><Echo timeout='10'/></Response>") == "False"
    assert valid("signalwire", "messaging", "<Response><Message>Hi</Message></Response>") == "True"


def test_catalog_never_replaces_a_file_laml_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "catalog.xml"
    mine.write_text("<catalog/>")
    assert main(["schema", "--catalog", str(tmp_path)]) == 2
    assert "not written by laml" in capsys.readouterr().err
    assert mine.read_text() == "<catalog/>"
    assert not (tmp_path / "common.xsd").exists()  # nothing written at all


def _documented_local_hooks() -> list[dict[str, str]]:
    """The hooks of every ``repo: local`` block shown in the README and docs/cli.md."""
    hooks: list[dict[str, str]] = []
    for page in (ROOT / "README.md", ROOT / "docs" / "cli.md"):
        for block in re.findall(r"```yaml\n(.*?)```", page.read_text(encoding="utf-8"), re.S):
            for repo in yaml.safe_load(block)["repos"]:
                if repo["repo"] == "local":
                    hooks.extend(repo["hooks"])
    return hooks


def test_documented_local_hooks_run_the_installed_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hooks = _documented_local_hooks()
    assert {h["id"] for h in hooks} >= {"laml-lint", "laml-fmt"}
    pom = tmp_path / "pom.xml"
    pom.write_text("<project><modelVersion>4.0.0</modelVersion></project>")
    good = tmp_path / "menu.xml"
    good.write_bytes((ROOT / "tests" / "fixtures" / "documents" / "ivr.xml").read_bytes())
    for hook in hooks:
        # system: the laml of the environment; nothing to fetch from a package index
        assert hook["language"] == "system", hook
        program, *args = hook["entry"].split()
        assert program == "laml" and args[0] in COMMANDS
        assert re.compile(hook["files"]).search(pom.name)
        assert main([*args, str(pom)]) == 0, hook  # not a LaML document: skipped
        if args[0] == "lint":
            assert main([*args, str(good)]) == 0, hook
    capsys.readouterr()
