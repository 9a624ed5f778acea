"""Fixes: declared by the rules, applied by ``laml.fix`` and ``laml lint --fix``.

A fix never changes text that is spoken or sent, is idempotent, and leaves no finding of its
rule: checked on documents made from random builder programs with fixable mistakes added.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from strategies import damaged_documents

import laml
import laml.rules
from laml.cli import main
from laml.diagnostics import Diagnostic, Edit, Fix
from laml.fixing import apply_fixes, fix_bytes

SPOKEN_OR_SENT = ("say", "sms", "message", "body")


def spoken(text: str) -> list[str]:
    """The text of every element whose text is spoken or sent, in document order."""
    root = etree.fromstring(text.encode())
    return [
        "".join(el.itertext())
        for el in root.iter(etree.Element)
        if str(el.tag).lower() in SPOKEN_OR_SENT
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=damaged_documents("voice", "signalwire"), unsafe=st.booleans())
@example(  # the right spelling is there already: renaming would write the attribute twice
    doc='<Response><Dial recordingstatuscallback="x" recordingStatusCallback="/done">'
    "<Number>+14155550101</Number></Dial></Response>",
    unsafe=False,
)
def test_fixes_keep_spoken_text_are_idempotent_and_leave_nothing_to_fix(
    doc: str, unsafe: bool
) -> None:
    result = laml.fix(doc, unsafe=unsafe)
    assert spoken(result.text) == spoken(doc)
    again = laml.fix(result.text, unsafe=unsafe)
    assert again.text == result.text and not again.fixed
    assert not [d for d in result.remaining if d.fix and (unsafe or d.fix.safe)]
    left = {(d.code, d.path.lower()) for d in result.remaining}
    for d in result.fixed:
        assert (d.code, d.path.lower()) not in left, d


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=damaged_documents("voice", "twilio"))
def test_fixes_in_the_twilio_dialect(doc: str) -> None:
    result = laml.fix(doc, unsafe=True, dialect="twilio")
    assert spoken(result.text) == spoken(doc)
    assert laml.fix(result.text, unsafe=True, dialect="twilio").text == result.text
    assert not [d for d in result.remaining if d.fix is not None]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=damaged_documents("messaging", "signalwire"))
def test_fixes_of_messaging_documents(doc: str) -> None:
    result = laml.fix(doc, unsafe=True)
    assert spoken(result.text) == spoken(doc)
    assert not [d for d in result.remaining if d.fix is not None]


@pytest.mark.parametrize("rule", [r for r in laml.rules.all_rules().values() if r.fixes],
                         ids=lambda r: r.name)
def test_each_fix_alone_leaves_no_finding_of_its_rule(rule: laml.rules.Rule) -> None:
    from laml.rules import examples

    for example in examples(rule):
        if example.fixed is None:
            continue
        dialect = example.settings.get("dialect", "signalwire")
        result = laml.fix(example.document, unsafe=example.unsafe, dialect=dialect,
                          select=[rule.code])
        assert result.text == example.fixed
        assert not [d for d in result.remaining if d.code == rule.code]


def test_fix_api() -> None:
    doc = '<Response><Redirect method="post">https://example.com/a</Redirect></Response>'
    result = laml.fix(doc)
    assert result.text == doc.replace("post", "POST")
    assert [d.code for d in result.fixed] == ["LAML111"] and result.remaining == ()
    assert result.changed
    untouched = laml.fix("<Response><Hangup/></Response>")
    assert not untouched.changed and untouched.text == "<Response><Hangup/></Response>"


def test_unsafe_fixes_only_when_asked() -> None:
    doc = '<Response><Say voice="Polly.Joana">Hi</Say></Response>'
    assert laml.fix(doc).text == doc
    assert laml.fix(doc).remaining[0].fix.safe is False  # type: ignore[union-attr]
    assert laml.fix(doc, unsafe=True).text == doc.replace("Joana", "Joanna")


def test_fixes_keep_the_rest_of_the_text_byte_for_byte() -> None:
    doc = ("<?xml version='1.0' encoding='UTF-8'?>\n<!-- menu -->\n<Response>\n"
           "  <Dial callerId='415-555-0100'  method = 'post'>\n"
           "    <Number   statusCallbackEvent=\"initiated,ringing\">(415) 555-0199</Number>\n"
           "  </Dial>\n</Response>\n")
    result = laml.fix(doc)
    assert result.text == (
        "<?xml version='1.0' encoding='UTF-8'?>\n<!-- menu -->\n<Response>\n"
        "  <Dial callerId='+14155550100'  method = 'POST'>\n"
        "    <Number   statusCallbackEvent=\"initiated ringing\">+14155550199</Number>\n"
        "  </Dial>\n</Response>\n")


def test_values_written_with_entities_are_not_edited() -> None:
    doc = '<Response><Redirect method="p&#111;st">https://example.com/a</Redirect></Response>'
    result = laml.fix(doc)
    assert result.text == doc and [d.code for d in result.remaining] == ["LAML111"]


def test_element_renamed_in_start_and_end_tags() -> None:
    doc = "<Response><gather action='https://example.com/a'><say>1</say></gather></Response>"
    assert laml.fix(doc).text == (
        "<Response><Gather action='https://example.com/a'><Say>1</Say></Gather></Response>")


def test_overlapping_fixes_wait_for_the_next_round() -> None:
    one = Diagnostic("LAML1", "error", "a", fix=Fix((Edit(0, 3, "x"),), "a"))
    two = Diagnostic("LAML2", "error", "b", fix=Fix((Edit(2, 4, "y"),), "b"))
    text, applied, _ = apply_fixes("abcdef", [two, one])
    assert text == "xdef" and applied == [one]


def test_byte_order_mark_and_encoding_are_kept() -> None:
    data = '\ufeff<?xml version="1.0" encoding="ISO-8859-1"?><Response><Say>Café</Say><Redirect method="get">https://e.com/a</Redirect></Response>'
    raw = data[1:].encode("latin-1")
    bom = b"\xef\xbb\xbf"
    utf8 = bom + data[1:].encode("utf-8").replace(b"ISO-8859-1", b"UTF-8")
    result = fix_bytes(utf8, lambda b: laml.lint(b, ignore=["prolog"]))
    assert result.data.startswith(bom) and b'method="GET"' in result.data
    assert not fix_bytes(utf8, lambda b: laml.lint(b)).data.startswith(bom)  # LAML122's fix
    latin = fix_bytes(raw, lambda b: laml.lint(b))  # only UTF-8 and UTF-16 are checked
    assert latin.data == raw and not latin.fixed
    assert [d.code for d in latin.remaining] == ["LAML001"]
    assert "`ISO-8859-1`: only UTF-8 and UTF-16 are allowed" in latin.remaining[0].message


def test_prolog_fix_removes_white_space_and_byte_order_mark() -> None:
    result = fix_bytes(b"\xef\xbb\xbf\n\n<Response><Hangup/></Response>", lambda b: laml.lint(b))
    assert result.data == b"<Response><Hangup/></Response>"


def test_templates_are_not_fixed() -> None:
    doc = '<Response><Redirect method="post">{{Url}}</Redirect></Response>'
    result = laml.fix(doc)
    assert result.text == doc and all(d.fix is None for d in result.remaining)


# ------------------------------------------------------------------ the command line

BROKEN = ('<Response>\n  <Dial callerId="415-555-0100" method="post">\n'
          '    <Number>+15551234567</Number>\n  </Dial>\n'
          '  <Say voice="Polly.Joana">Hi</Say>\n</Response>\n')


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "menu.xml").write_text(BROKEN)
    os.chmod(tmp_path / "menu.xml", 0o640)
    return tmp_path


def test_cli_fix_writes_safe_fixes_and_reports_what_remains(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", "--fix", "menu.xml"]) == 0  # only a warning remains
    out = capsys.readouterr().out
    fixed = (project / "menu.xml").read_text()
    assert 'callerId="+14155550100" method="POST"' in fixed
    assert 'voice="Polly.Joana"' in fixed  # unsafe: left alone
    assert "LAML136" in out and "LAML111" not in out
    assert "(2 fixed)" in out and "1 unsafe fix more with --unsafe-fixes" in out
    assert stat.S_IMODE(os.stat(project / "menu.xml").st_mode) == 0o640
    assert main(["lint", "--fix", "--unsafe-fixes", "menu.xml"]) == 0
    assert 'voice="Polly.Joanna"' in (project / "menu.xml").read_text()
    assert main(["lint", "--fix", "menu.xml"]) == 0
    assert "fixed" not in capsys.readouterr().out.splitlines()[-1]


def test_cli_fix_refuses_what_the_safe_writer_refuses(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chmod(project / "menu.xml", 0o440)
    assert main(["lint", "--fix", "menu.xml"]) == 2
    assert "menu.xml: error: fixes not written: " in capsys.readouterr().out
    assert (project / "menu.xml").read_text() == BROKEN


def test_cli_diff_changes_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--diff", "menu.xml"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("--- a/menu.xml\n+++ b/menu.xml\n")
    assert '-  <Dial callerId="415-555-0100" method="post">' in captured.out
    assert '+  <Dial callerId="+14155550100" method="POST">' in captured.out
    assert "Would fix 2 findings in 1 file." in captured.err
    assert (project / "menu.xml").read_text() == BROKEN
    assert main(["lint", "--diff", "--unsafe-fixes", "menu.xml"]) == 1
    assert "+  <Say voice=\"Polly.Joanna\">Hi</Say>" in capsys.readouterr().out
    (project / "clean.xml").write_text("<Response><Hangup/></Response>")
    assert main(["lint", "--diff", "clean.xml"]) == 0
    assert "No fixes available." in capsys.readouterr().err


def test_cli_fix_of_standard_input_prints_the_document(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(BROKEN.encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["lint", "--fix", "-"]) == 0
    captured = capsys.readouterr()
    assert 'method="POST"' in captured.out and "LAML" not in captured.out
    assert "LAML136" in captured.err


def test_cli_fix_with_workers(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(6):
        (project / f"m{i}.xml").write_text(BROKEN)
    assert main(["lint", "--fix", "--jobs", "2", "."]) == 0
    for i in range(6):
        assert 'method="POST"' in (project / f"m{i}.xml").read_text()
    assert "(14 fixed)" in capsys.readouterr().out
