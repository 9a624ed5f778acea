"""Linting from Python: ``element.lint()``, ``laml.lint(..., settings=...)``, ``str(d)``."""

from __future__ import annotations

from pathlib import Path

import pytest

import laml
from laml import Settings, SettingsError, VoiceResponse
from laml.messaging import MessagingResponse


def test_element_lint_runs_schema_and_rules() -> None:
    response = VoiceResponse()
    response.hangup()
    response.say("never heard", voice="Polly.Joana")
    found = response.lint()
    assert [d.code for d in found] == ["LAML101", "LAML136"]
    assert found[0].path == "/Response/Say[1]"
    assert response.lint(ignore=["unreachable-verb"])[0].code == "LAML136"
    assert response.lint(dialect="twilio", select=["LAML101"])[0].code == "LAML101"
    message = MessagingResponse()
    message.message("Hi", to="415-555-0100")
    assert [(d.code, d.severity) for d in message.lint()] == [("LAML113", "info")]


def test_element_lint_of_a_clean_tree() -> None:
    response = VoiceResponse()
    response.say("{{ not a template }}")
    assert response.lint() == []


def test_lint_takes_the_settings_the_command_reads(tmp_path: Path) -> None:
    doc = '<Response><Dial timeout="700" method="post">+14155550100</Dial></Response>'
    assert {d.code for d in laml.lint(doc)} == {"LAML005", "LAML111"}
    settings = Settings(dialect="twilio", ignore=["method-value"])
    assert laml.lint(doc, settings=settings) == []
    assert laml.lint(doc, settings={"dialect": "twilio", "extend-ignore": ["LAML111"]}) == []
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[tool.laml]\nignore = ['LAML005']\n"
                         "[tool.laml.per-file-ignores]\n'calls/*.xml' = ['LAML111']\n")
    assert laml.lint(doc, settings=pyproject) == [d for d in laml.lint(doc, ignore=["LAML005"])]
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "menu.xml").write_text(doc)
    loaded = Settings.from_file(pyproject)
    assert laml.lint(calls / "menu.xml", settings=loaded) == []  # per-file-ignores apply
    assert Settings.discover(calls).path == str(pyproject)
    # arguments given win over the settings
    assert [d.code for d in laml.lint(doc, settings=loaded, select=["LAML111"])] == ["LAML111"]
    assert [d.code for d in laml.lint(doc, settings=loaded, dialect="signalwire",
                                      ignore=["LAML111"])] == []


def test_rule_options_from_settings() -> None:
    doc = "<Response><Say>" + "x" * 20 + "</Say></Response>"
    assert [d.code for d in laml.lint(doc, settings={"rules": {"say-too-long": {"max": 10}}})] == [
        "LAML107"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"ignore": ["LAML999"]}, "'LAML999' matches no code"),
        ({"select": ["unreachable-verbs"]}, "did you mean 'unreachable-verb'?"),
        ({"rules": {"LAML107": {"maximum": 3}}}, "has no option 'maximum'"),
        ({"dialekt": "twilio"}, "unknown setting tool.laml.dialekt"),
    ],
)
def test_wrong_settings_raise(settings: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("?", r"\?")):
        laml.lint("<Response/>", settings=settings)


def test_unknown_codes_in_arguments_raise() -> None:
    with pytest.raises(SettingsError, match="LAML999"):
        laml.lint("<Response/>", ignore=["LAML999"])


def test_str_of_a_diagnostic_names_the_element() -> None:
    found = laml.validate('<Response><Dial callerid="+14155550100">+14155550101</Dial></Response>')
    assert str(found[0]) == (
        "1:17: error: LAML004 unknown attribute `callerid` on `<Dial>`; did you mean `callerId`? "
        "(attribute names are case-sensitive: write callerId) at /Response/Dial[1]/@callerid")
    assert str(laml.Diagnostic("LAML001", "error", "not well-formed", 3, 4)) == (
        "3:4: error: LAML001 not well-formed")
