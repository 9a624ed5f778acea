"""Jinja2 templates: syntax, rendered documents linted at template lines, branches, limits."""

from __future__ import annotations

import subprocess
import sys

import pytest

from laml import lint

FLASK = """<?xml version="1.0" encoding="UTF-8"?>
<Response>
  {% if Digits == "1" %}
  <Say voice="{{ voice }}">You pressed one, {{ name|title }}.</Say>
  <Dial callerId="{{ caller_id }}">{{ agent.number }}</Dial>
  {% elif Digits == "2" %}
  <Redirect method="post">{{ url_for('menu') }}</Redirect>
  {% else %}
  <Gather numDigits="1" action="{{ url_for('menu') }}">
    <Say>Press 1 or 2.</Say>
  </Gather>
  {% endif %}
  {# the numbers to call #}
  {% for n in numbers %}
  <Dial><Number>{{ n }}</Number></Dial>
  {% endfor %}
</Response>
"""


def test_findings_come_from_the_branch_that_has_them_at_their_template_line() -> None:
    found = lint(FLASK)
    assert [(d.code, d.line) for d in found] == [("LAML111", 7), ("LAML101", 15)]
    assert found[0].message.endswith("(when Digits == '2')")
    assert found[0].column == 13 and found[0].fix is None  # the attribute in the template


def test_placeholders_fit_their_place() -> None:
    # a voice, a phone number, a URL: no finding comes from the made-up values
    doc = FLASK.replace('method="post"', "").replace("{% for n in numbers %}", "{% for n in []%}")
    assert lint(doc) == []


def test_each_branch_is_rendered() -> None:
    doc = ("<Response>\n{% if a %}\n<Say>{{ a }}</Say>\n{% else %}\n<Play/>\n{% endif %}\n"
           "{% if b is defined and b %}\n<Hangup/>\n<Say>after</Say>\n{% endif %}\n</Response>")
    found = lint(doc)
    assert [(d.code, d.line) for d in found] == [("LAML106", 5), ("LAML101", 9)]
    assert "a empty" in found[0].message


def test_request_style_variables_render() -> None:
    doc = ('<Response><Say>Hi {{ request.form["From"] }}</Say>'
           '<Dial callerId="{{ request.values.get("To") }}">{{ request.form.Dest }}</Dial>'
           "</Response>")
    assert lint(doc) == []


def test_a_branch_is_named_by_the_parameter_it_tests_not_its_containers() -> None:
    doc = ('<Response>\n{% if request.form["Digits"] == "1" %}\n<Dial method="get">+14155550100'
           "</Dial>\n{% elif call.speech_result %}\n<Say>{{ call.speech_result }}</Say>\n"
           "{% else %}\n<Play/>\n{% endif %}\n</Response>")
    found = lint(doc)
    assert [(d.code, d.line) for d in found] == [("LAML111", 3), ("LAML106", 7)]
    assert found[0].message.endswith("(when Digits == '1', speech_result set)")
    assert found[1].message.endswith("(when Digits empty, speech_result empty)")


def test_syntax_error_at_its_line() -> None:
    found = lint("<Response>\n{% if x %}\n<Say>hi</Say>\n</Response>\n")
    assert [(d.code, d.severity, d.line) for d in found] == [("LAML206", "error", 2)]
    assert "endif" in found[0].message
    found = lint("<Response>\n<Say>{{ name | }}</Say>\n</Response>")
    assert [(d.code, d.line) for d in found] == [("LAML206", 2)]


def test_django_templates_are_recognised_once() -> None:
    doc = ("{% load static %}\n<Response>\n<Say>{{ name|default:'you' }}</Say>\n"
           "{% url 'menu' as menu %}<Redirect>{{ menu }}</Redirect>\n</Response>")
    found = lint(doc)
    assert [(d.code, d.severity) for d in found] == [("LAML207", "info")]
    assert "Django" in found[0].message


def test_other_files_are_never_read(tmp_path: pytest.TempPathFactory) -> None:
    found = lint("<Response>{% include 'part.xml' %}<Say>{{ x }}</Say></Response>")
    assert [d.code for d in found] == ["LAML207"] and "never reads" in found[0].message
    found = lint("{% extends 'base.xml' %}{% block body %}<Say/>{% endblock %}")
    assert [d.code for d in found] == ["LAML207"] and "blocks are not rendered" in found[0].message


@pytest.mark.parametrize(
    "template",
    [
        "<Response>{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}"
        "{% endfor %}</Response>",
        "<Response><Say>{{ 'x' * 1000000000 }}</Say></Response>",
        "<Response><Say>{{ 'x'|center(1000000000) }}</Say></Response>",
        "<Response><Say>{{ '{:1000000000}'.format(1) }}</Say></Response>",
        "<Response><Say>{{ '%1000000000d' % 1 }}</Say></Response>",
        "<Response><Say>{{ 2 ** 100000000 }}</Say></Response>",
        "{% macro m(n) %}{{ m(n) }}{{ m(n) }}{% endmacro %}<Response>{{ m(1) }}</Response>",
        "<Response><Say>{{ ''.__class__.__mro__[1].__subclasses__() }}</Say></Response>",
        "<Response>{% for x in range(100000000) %}{% endfor %}</Response>",
    ],
)
def test_the_sandbox_bounds_what_a_template_can_do(template: str) -> None:
    found = lint(template)
    assert [d.code for d in found if d.code.startswith("LAML2")] == ["LAML207"]
    assert "not fully checked" in found[0].message or found[0].code == "LAML207"


def test_mustache_templates_stay_mustache() -> None:
    found = lint("<Response><Say>{{#Name}}Hi {{Name}}{{/Name}}</Say>{{! note }}</Response>")
    assert not [d for d in found if d.code in ("LAML206", "LAML207")]


def test_jinja2_is_imported_only_for_jinja_templates() -> None:
    script = (
        "import sys, laml\n"
        "laml.lint('<Response><Say>{{From}}</Say></Response>')\n"
        "laml.lint('<Response><Hangup/></Response>')\n"
        "assert 'jinja2' not in sys.modules, 'imported too early'\n"
        "laml.lint('<Response>{% if x %}<Hangup/>{% endif %}</Response>')\n"
        "assert 'jinja2' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
