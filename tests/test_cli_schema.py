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
