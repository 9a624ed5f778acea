"""laml.lint: validation and rules together, selection, options, suppression."""

from __future__ import annotations

from pathlib import Path

import laml
from laml import lint
from laml.voice import VoiceResponse

UNREACHABLE = "<Response><Hangup/><Say>never</Say></Response>"


def codes(found: list[laml.Diagnostic]) -> list[str]:
    return [d.code for d in found]


def test_validation_and_rules_together_sorted() -> None:
    found = lint('<Response><Dial callerid="+1555">+15551234567</Dial><Hangup/><Say>x</Say></Response>')
    assert codes(found) == ["LAML141", "LAML101"]  # name-case refines the schema's LAML004
    assert [d.column for d in found] == sorted(d.column for d in found)


def test_a_rule_replaces_the_validation_diagnostic_it_refines() -> None:
    found = lint('<Response><Redirect method="post">https://example.com/x</Redirect></Response>')
    assert codes(found) == ["LAML111"]
    assert found[0].platform_code == 13221
    assert found[0].hint == "use POST"
    assert laml.validate('<Response><Redirect method="post">https://example.com/x</Redirect></Response>')


def test_select_and_ignore_by_code_prefix_and_name() -> None:
    doc = '<Response><Dial callerid="+1555">+15551234567</Dial><Hangup/><Say>x</Say></Response>'
    assert codes(lint(doc, select=["LAML1"])) == ["LAML141", "LAML101"]
    assert codes(lint(doc, select=["unreachable-verb"])) == ["LAML101"]
    assert codes(lint(doc, select=["LAML004", "LAML101"])) == ["LAML004", "LAML101"]
    assert codes(lint(doc, ignore=["LAML0"])) == ["LAML141", "LAML101"]
    # ignoring a rule silences the schema finding it refines as well
    assert codes(lint(doc, ignore=["unreachable-verb", "name-case"])) == []


def test_rule_options() -> None:
    doc = "<Response><Dial><Number>+15550000001</Number><Number>+15550000002</Number></Dial></Response>"
    assert "LAML104" not in codes(lint(doc))
    assert "LAML104" in codes(lint(doc, options={"LAML104": {"max": 1}}))
    assert "LAML104" in codes(lint(doc, options={"too-many-dial-targets": {"max": 1}}))


def test_suppression_on_the_line_before() -> None:
    doc = "<Response>\n<Hangup/>\n<!-- laml: ignore=LAML101 -->\n<Say>never</Say>\n</Response>"
    assert "LAML101" not in codes(lint(doc))
    doc = "<Response>\n<Hangup/>\n<!-- laml: ignore=LAML104 -->\n<Say>never</Say>\n</Response>"
    assert "LAML101" in codes(lint(doc))


def test_suppression_on_the_same_line_by_name_and_for_everything() -> None:
    assert lint("<Response><Hangup/><Say>never</Say><!-- laml: ignore=unreachable-verb --></Response>") == []
    assert lint("<Response><Hangup/><Say>x</Say><!-- laml: ignore --></Response>") == []


def test_suppression_by_a_comment_inside_the_element() -> None:
    doc = (
        "<Response>\n  <Gather>\n    <!-- laml: ignore=LAML102 -->\n"
        "    <Say>Press 1</Say>\n  </Gather>\n</Response>"
    )
    assert "LAML102" not in codes(lint(doc))


def test_file_level_suppression() -> None:
    doc = "<!-- laml: ignore-file=LAML101 -->\n<Response>\n<Hangup/>\n\n\n<Say>x</Say></Response>"
    assert "LAML101" not in codes(lint(doc))
    assert lint("<!-- laml: ignore-file -->" + UNREACHABLE) == []


def test_trees_paths_and_bytes(tmp_path: Path) -> None:
    r = VoiceResponse()
    r.hangup()
    r.say("never")
    assert codes(lint(r)) == ["LAML101"]
    path = tmp_path / "doc.xml"
    path.write_text(UNREACHABLE)
    assert codes(lint(path)) == ["LAML101"]
    assert codes(lint(UNREACHABLE.encode())) == ["LAML101"]


def test_not_well_formed_is_one_error() -> None:
    found = lint("<Response><Say>hi</Response>")
    assert codes(found) == ["LAML001"]
    assert found[0].platform_code == 12100


def test_dialects() -> None:
    doc = '<Response><Gather bargeIn="true" action="https://example.com/a"><Say>x</Say></Gather></Response>'
    assert "LAML124" in codes(lint(doc))
    assert lint(doc, dialect="twilio") == []


def test_template_detection_can_be_turned_off() -> None:
    doc = "<Response><Say>{{From}}</Say></Response>"
    assert "LAML204" not in codes(lint(doc))  # From is known
    assert codes(lint("<Response><Say>{{Who}}</Say></Response>")) == ["LAML204"]
    assert lint("<Response><Say>{{Who}}</Say></Response>", template=False) == []
