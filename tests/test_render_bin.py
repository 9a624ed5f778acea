"""Rendering bins (laml.render_bin), linting templates, and ``laml render``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import laml
from laml import RenderError, TemplateSyntaxError
from laml.cli import main
from laml.linting import lint

# ---------------------------------------------------------------- render_bin


def test_render_with_request_parameters() -> None:
    text = laml.render_bin(
        '<Response><Say>Hello {{From}}</Say><Dial callerId="{{To}}">{{Forward}}</Dial></Response>',
        {"From": "+15551234567", "To": "+15557654321", "Forward": "+15550001111"},
    )
    assert text == (
        "<Response><Say>Hello +15551234567</Say>"
        '<Dial callerId="+15557654321">+15550001111</Dial></Response>'
    )


def test_array_parameters_become_sections_to_iterate() -> None:
    template = "<Response><Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial></Response>"
    pairs = [("Dest[]", "+12025550101"), ("Dest[]", "+17035550102")]
    assert laml.render_bin(template, pairs) == (
        "<Response><Dial><Number>+12025550101</Number><Number>+17035550102</Number>"
        "</Dial></Response>"
    )


def test_e164_helper() -> None:
    template = "<Response><Dial>{{#e164}}{{To}}{{/e164}}</Dial></Response>"
    text = laml.render_bin(template, {"To": "sip:+14155551212@example.sip.twilio.com"})
    assert text == "<Response><Dial>+14155551212</Dial></Response>"


def test_values_cannot_change_the_structure() -> None:
    hostile = '</Say><Dial>+19005550000</Dial><Say a="\'>'
    text = laml.render_bin("<Response><Say>{{Body}}</Say></Response>", {"Body": hostile})
    root = etree.fromstring(text.encode())
    assert [el.tag for el in root.iter()] == ["Response", "Say"]
    assert root[0].text == hostile


def test_invalid_output_raises_with_diagnostics() -> None:
    with pytest.raises(RenderError) as info:
        laml.render_bin("<Response><Dial><Number>{{Forward}}</Number></Dial></Response>", {})
    codes = {d.code for d in info.value.diagnostics}
    assert "LAML106" in codes  # the missing variable left <Number> empty
    assert all(d.severity == "error" for d in info.value.diagnostics)


def test_strict_mode_refuses_a_missing_variable() -> None:
    with pytest.raises(RenderError, match="Forward"):
        laml.render_bin("<Response><Say>{{Forward}}</Say></Response>", {}, strict=True)


def test_syntax_errors() -> None:
    with pytest.raises(TemplateSyntaxError) as info:
        laml.render_bin("<Response>\n  {{#Digits}}<Say>x</Say>\n</Response>", {})
    assert info.value.line == 2


def test_a_parameter_holding_mustache_is_not_rendered_again() -> None:
    text = laml.render_bin("<Response><Say>{{Body}}</Say></Response>", {"Body": "{{From}}"})
    assert text == "<Response><Say>{{From}}</Say></Response>"


TEMPLATE = (
    '<Response><Say voice="{{V}}">Hi {{From}}</Say>'
    '<Dial callerId="{{To}}" action="https://example.com/{{Step}}">{{Body}}</Dial></Response>'
)
_TEXT = st.text(st.characters(), max_size=40) | st.sampled_from(
    ["</Say><Dial>+1900</Dial>", "\"'><", "]]>", "\x00\x01\x1f", "😀\ud800", "&amp;", "{{x}}"]
)


def _shape(text: str) -> list[tuple[str, list[str]]]:
    root = etree.fromstring(text.encode())
    return [(str(el.tag), sorted(el.attrib)) for el in root.iter()]


@given(v=_TEXT, sender=_TEXT, to=_TEXT, step=_TEXT, body=_TEXT)
def test_any_parameter_values_keep_the_document_structure(
    v: str, sender: str, to: str, step: str, body: str
) -> None:
    from laml.template.bins import render_bin_template

    params = {"V": v, "From": sender, "To": to, "Step": step, "Body": body}
    rendered = render_bin_template(TEMPLATE, params)
    placeholder = render_bin_template(
        TEMPLATE, {"V": "v", "From": "f", "To": "t", "Step": "s", "Body": "b"}
    )
    assert _shape(rendered) == _shape(placeholder)


# ---------------------------------------------------------------- template lint


def _codes(found: list[laml.Diagnostic]) -> set[str]:
    return {d.code for d in found}


def test_template_syntax_error_has_its_position() -> None:
    found = lint("<Response>\n  <Say>{{#x}}hi</Say>\n</Response>\n")
    assert [(d.code, d.line) for d in found] == [("LAML201", 2)]


def test_template_must_be_well_formed_xml() -> None:
    found = lint("<Response><Say>{{From}}</Response>")
    assert "LAML202" in _codes(found)


def test_every_branch_is_linted_and_mapped_to_template_lines() -> None:
    template = (
        "<Response>\n"
        "{{#Digits}}\n"
        "  <Say>You pressed {{Digits}}</Say>\n"
        "{{/Digits}}\n"
        "{{^Digits}}\n"
        "  <Dial><Number></Number></Dial>\n"
        "{{/Digits}}\n"
        "</Response>\n"
    )
    found = [d for d in lint(template) if d.code == "LAML106"]
    assert found, lint(template)
    assert found[0].line == 6
    assert "Digits empty" in found[0].message


def test_triple_mustache_on_a_request_parameter_is_a_warning() -> None:
    found = lint("<Response><Say>{{{Body}}}</Say></Response>")
    warnings = [d for d in found if d.code == "LAML203"]
    assert warnings and warnings[0].severity == "warning"


def test_unknown_variable_with_a_near_miss() -> None:
    found = [d for d in lint("<Response><Say>{{from}}</Say></Response>") if d.code == "LAML204"]
    assert found and found[0].severity == "info"
    assert found[0].hint == "did you mean {{From}}?"
    apiv = [d for d in lint("<Response><Say>{{APIVersion}}</Say></Response>") if d.code == "LAML204"]
    assert apiv[0].hint == "did you mean {{ApiVersion}}?"


@pytest.mark.parametrize(
    "template",
    [
        "<Response><Dial>{{#e164}}{{Forward}}{{/e164}}</Dial></Response>",
        "<Response><Dial><Number>{{Forward}}</Number></Dial></Response>",
        '<Response><Dial timeout="{{T}}" action="{{Next}}" callerId="{{Caller}}">'
        "<Number>{{Forward}}</Number></Dial></Response>",
        "<Response><Redirect>{{Next}}</Redirect></Response>",
        "<Response>{{#Dest}}<Dial><Number>{{.}}</Number></Dial>{{/Dest}}</Response>",
    ],
)
def test_placeholders_fit_where_variables_stand(template: str) -> None:
    # unknown variables are only reported as such; their made-up values raise nothing else
    assert {d.code for d in lint(template)} <= {"LAML204", "LAML133"}


def test_a_real_problem_in_one_branch_is_still_found() -> None:
    found = lint("<Response><Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial></Response>")
    assert [(d.code, "Dest empty" in d.message) for d in found if d.code != "LAML204"] == [
        ("LAML106", True)
    ]


def test_known_good_template_is_clean() -> None:
    template = '<Response><Dial callerId="{{From}}"><Number>{{To}}</Number></Dial></Response>'
    assert [d for d in lint(template) if d.severity != "info"] == []


# ---------------------------------------------------------------- laml render


def test_cli_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "bin.xml"
    template.write_text("<Response><Say>Hi {{From}}</Say>{{#Dest}}<Dial>{{.}}</Dial>{{/Dest}}</Response>")
    params = tmp_path / "params.json"
    params.write_text(json.dumps({"Dest": ["+12025550101"]}))
    status = main(["render", str(template), "-p", "From=+15551234567", "--params-file", str(params)])
    out = capsys.readouterr().out
    assert status == 0
    assert out == "<Response><Say>Hi +15551234567</Say><Dial>+12025550101</Dial></Response>\n"


def test_cli_render_invalid_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "bin.xml"
    template.write_text("<Response><Dial><Number>{{To}}</Number></Dial></Response>")
    assert main(["render", str(template)]) == 1
    assert "LAML106" in capsys.readouterr().err
    assert main(["render", str(template), "--strict"]) == 1
    assert main(["render", str(tmp_path / "missing.xml")]) == 2
    assert main(["render", str(template), "-p", "novalue"]) == 2


def test_cli_render_reads_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "laml", "render", "-", "-p", "Body=a&b"],
        input="<Response><Message>{{Body}}</Message></Response>",
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "<Response><Message>a&amp;b</Message></Response>\n"
