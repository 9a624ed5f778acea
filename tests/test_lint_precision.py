"""No false alarms on real documents, and warnings worth reading.

Each case is a document of the kind found in the platforms' docs and in open-source apps, where
an earlier version of the linter reported something the platform accepts. The whole shared
corpus (beside a development checkout) is linted as well: no ``ok`` document may get an error.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import laml
from laml import lint

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def codes(found: list[laml.Diagnostic]) -> list[str]:
    return [d.code for d in found]


def test_dial_record_booleans_are_aliases_in_twilio() -> None:
    # Twilio's docs and SDK samples write record="true" (an alias kept for compatibility)
    doc = '<Response><Dial record="true" timeout="20">+14155550100</Dial></Response>'
    assert lint(doc, dialect="twilio") == []
    assert lint(doc.replace("true", "false"), dialect="twilio") == []
    assert lint(doc) == []


def test_dial_timeout_ranges_come_from_each_platform() -> None:
    doc = '<Response><Dial timeout="700">+14155550100</Dial></Response>'
    assert lint(doc, dialect="twilio") == []  # a positive integer for Twilio
    found = lint(doc)  # 5 to 600 seconds for SignalWire
    assert codes(found) == ["LAML005"] and "from 5 to 600" in found[0].message
    assert codes(lint(doc.replace("700", "0"), dialect="twilio")) == ["LAML005"]


def test_twilio_voicemail_sample_after_record_is_reachable() -> None:
    # Twilio's <Record> sample: an empty recording continues with the next verb
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Say>Please leave a message at the beep. Press the star key when finished.</Say>
    <Record action="http://foo.edu/handleRecording.php" method="GET" maxLength="20"
        finishOnKey="*"/>
    <Say>I did not receive a recording</Say>
</Response>"""
    assert "LAML101" not in codes(lint(doc, dialect="twilio"))
    assert "LAML101" in codes(lint(doc))  # LaML documents nothing after <Record>


def test_sms_is_not_deprecated_in_laml() -> None:
    doc = ('<Response><Say>Texting you the address.</Say>'
           '<Sms from="+14155550100" to="+14155550101">12 Main St</Sms></Response>')
    assert "LAML120" not in codes(lint(doc))
    found = [d for d in lint(doc, dialect="twilio") if d.code == "LAML120"]
    assert found and found[0].severity == "info" and "REST API" in (found[0].hint or "")


def test_man_and_woman_are_documented_voices() -> None:
    for voice in ("man", "woman"):
        doc = f'<Response><Say voice="{voice}" language="es">Hola</Say></Response>'
        assert lint(doc) == [] and lint(doc, dialect="twilio") == []
    found = lint('<Response><Say voice="alice">Hi</Say></Response>')
    assert codes(found) == ["LAML119"] and found[0].severity == "info"


def test_formatted_north_american_numbers_are_info_with_a_fix() -> None:
    doc = "<Response><Dial>415-123-4567</Dial><Dial><Number>(858) 987-6543</Number></Dial></Response>"
    found = lint(doc, dialect="twilio")
    assert [(d.code, d.severity) for d in found] == [("LAML113", "info"), ("LAML113", "info")]
    assert found[0].hint == "the platform reads it as +14151234567; write that"
    assert all(d.fix is not None and d.fix.safe for d in found)


def test_placeholders_and_names_are_not_numbers() -> None:
    for value in ("+1XXXXXXXXXX", "+1xxxxxxxxxx", "YOUR_TWILIO_NUMBER", "{from}", "<number>",
                  "$TO_NUMBER", "+1555XXXXXXX"):
        doc = f'<Response><Message to="{value}" from="{value}">Hi</Message></Response>'.replace(
            "<number>", "&lt;number&gt;")
        assert lint(doc, channel="messaging") == [], value
    assert lint('<Response><Message from="AcmeInc">Hi</Message></Response>') == []
    assert lint('<Response><Sms to="client:alice">Hi</Sms></Response>', dialect="twilio") == [
        d for d in lint('<Response><Sms to="client:alice">Hi</Sms></Response>', dialect="twilio")
        if d.code != "LAML113"]


def test_hint_for_a_number_with_its_country_code_but_no_plus() -> None:
    found = lint('<Response><Dial callerId="919876543210">+14155550100</Dial></Response>')
    assert codes(found) == ["LAML113"]
    assert found[0].hint == "if it starts with its country code, write +919876543210"
    assert found[0].fix is not None and not found[0].fix.safe


def test_placeholder_call_sid_for_coach() -> None:
    doc = '<Response><Dial><Conference coach="AgentCallSid">Example-Room</Conference></Dial></Response>'
    assert lint(doc) == []
    assert codes(lint(doc.replace("AgentCallSid", "agent-7"))) == ["LAML132"]


def test_templates_of_another_engine_get_no_text_errors() -> None:
    doc = ("<Response>\n{% if caller %}\n  <Say>Hello {{ caller|title }}</Say>\n{% else %}\n"
           "  <Say>Hello</Say>\n{% endif %}\n</Response>")
    found = lint(doc)
    assert not [d for d in found if d.code.startswith("LAML0")], found


def test_stray_text_is_reported_at_its_own_line_even_beside_other_errors() -> None:
    doc = "<Response>\n  <Say>Hi</Say>\n  hello there\n</Response>"
    found = laml.validate(doc)
    assert [(d.code, d.line, d.column) for d in found] == [("LAML007", 3, 3)]
    doc = "<Response>\n  <Foo/>\n  hello there\n  <Play loop='x'>a.mp3</Play>\n</Response>"
    assert [(d.code, d.line) for d in laml.validate(doc)] == [
        ("LAML002", 2), ("LAML007", 3), ("LAML005", 4)]


def test_status_callback_on_dial_points_to_the_nouns() -> None:
    found = laml.validate(
        '<Response><Dial statusCallback="https://example.com/s"><Number>+14155550100</Number>'
        "</Dial></Response>")
    assert found[0].message == ("`statusCallback` is not an attribute of `<Dial>`; it belongs on "
                                "`<Number>` inside it")
    assert found[0].hint == "move it to each <Number> of this <Dial>"
    found = laml.validate('<Response><Dial><Number action="https://e.com/a">+14155550100'
                          "</Number></Dial></Response>")
    assert "belongs on the enclosing `<Dial>`" in found[0].message


def test_warnings_on_the_corpus_fixtures_are_worth_reading() -> None:
    # the copies in tests/fixtures/corpus: no error on ok documents, no noise
    folder = Path(__file__).resolve().parent / "fixtures" / "corpus"
    for path, dialect, channel, expected in _manifest(folder):
        found = lint(path, dialect=dialect, channel=channel)
        if expected == "ok":
            assert not [d for d in found if d.severity == "error"], (path, found)


def _manifest(folder: Path) -> list[tuple[Path, str, str | None, str]]:
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(folder / r["path"], r["dialect"], None if r["channel"] == "?" else r["channel"],
             r["expected"]) for r in rows]


def test_shared_corpus_has_no_false_errors() -> None:
    if not (SHARED / "MANIFEST.tsv").is_file():
        pytest.skip(f"the shared corpus is not available here ({SHARED} is absent)")
    noisy = []
    for path, dialect, channel, expected in _manifest(SHARED):
        if expected != "ok":
            continue
        found = lint(path, dialect=dialect, channel=channel)  # type: ignore[arg-type]
        errors = [d for d in found if d.severity == "error"]
        assert errors == [], (path, [str(d) for d in errors])
        noisy += [d for d in found if dialect == "signalwire" and (
            (d.code == "LAML120" and "<Sms>" in d.message)
            or (d.code == "LAML119" and "alice" not in d.message))]
    assert noisy == []
