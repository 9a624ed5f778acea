"""Template structure for linting: sections, branch coverage, placeholder renderings."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laml.linting import lint
from laml.template import render
from laml.template.branches import (
    RENDER_COST,
    WORK_FACTOR,
    BranchPlan,
    cover_branches,
    placeholder_data,
    placeholder_value,
    render_branches,
    section_names,
    section_uses,
    variable_uses,
)
from laml.template.compiler import load

SOURCE = """\
<Response>
  {{! greet }}
  {{#Digits}}
  <Say>You pressed {{Digits}}</Say>
  {{/Digits}}
  {{^Digits}}
  <Gather numDigits="1"><Say>Press a key, {{CallerName}}</Say></Gather>
  {{/Digits}}
  <Dial callerId="{{#e164}}{{From}}{{/e164}}">
    {{#Dest}}
    <Number>{{.}}</Number>
    {{/Dest}}
  </Dial>
</Response>
"""


def test_uses_and_names() -> None:
    assert section_names(SOURCE) == ("Digits", "Dest")
    assert section_names(SOURCE, helpers=()) == ("Digits", "e164", "Dest")
    uses = section_uses(SOURCE)
    assert [(u.name, u.line, u.column, u.end_line, u.inverted) for u in uses] == [
        ("Digits", 3, 3, 5, False),
        ("Digits", 6, 3, 8, True),
        ("e164", 9, 19, 9, False),
        ("Dest", 10, 5, 12, False),
    ]
    names = [(v.name, v.line, v.column, v.escaped) for v in variable_uses(SOURCE)]
    assert names == [
        ("Digits", 4, 20, True),
        ("CallerName", 7, 43, True),
        ("From", 9, 28, True),
        (".", 11, 13, True),
    ]


def _states(text: str) -> set[tuple[int, bool]]:
    """(section, open) pairs a rendering of a :func:`_tree` template shows."""
    reached = {int(i) for i in re.findall(r"<(\d+)>", text)}
    opened = {int(i) for i in re.findall(r"\[(\d+)\]", text)}
    return {(i, i in opened) for i in reached}


def _tree(shape: list[tuple[int, str, bool]]) -> str:
    """A template from (depth, name, inverted) items: section i writes <i> before its tag
    and [i] inside its body, so a rendering shows which sections it reached and opened."""
    out: list[str] = []
    open_tags: list[str] = []
    for index, (depth, name, inverted) in enumerate(shape):
        while len(open_tags) > min(depth, len(open_tags)):
            out.append(open_tags.pop())
        out.append(f"<{index}>{{{{{'^' if inverted else '#'}{name}}}}}[{index}]")
        open_tags.append(f"{{{{/{name}}}}}")
    out.extend(reversed(open_tags))
    return "".join(out)


shapes = st.lists(
    st.tuples(st.integers(0, 4), st.sampled_from("abc"), st.booleans()), min_size=1, max_size=9
)


@settings(max_examples=150, deadline=None)
@given(shapes)
def test_coverage_shows_every_reachable_branch(shape: list[tuple[int, str, bool]]) -> None:
    source = _tree(shape)
    reachable: set[tuple[int, bool]] = set()
    for values in itertools.product([False, True], repeat=3):
        on = {name for name, value in zip("abc", values, strict=True) if value}
        reachable |= _states(render(source, {name: "x" for name in on}))
    coverage = cover_branches(source)
    seen: set[tuple[int, bool]] = set()
    for rendering in coverage:
        seen |= _states(rendering.text)
    assert seen == reachable
    assert len(coverage.plan) == len(reachable) and coverage.unchecked == []
    assert coverage.renderings <= len(reachable)


def test_flat_sections_need_two_renderings_whatever_their_number() -> None:
    body = "".join(f"{{{{#S{i}}}}}<Say>{i}</Say>{{{{/S{i}}}}}" for i in range(40))
    coverage = cover_branches(f"<Response>{body}</Response>")
    assert [len(r.on) for r in coverage] == [40, 0]
    assert len(coverage.plan) == 80 and coverage.unchecked == []


def test_unreachable_branches_are_no_targets() -> None:
    plan = BranchPlan("{{#a}}{{^a}}never{{/a}}{{#a}}always{{/a}}{{/a}}")
    assert len(plan) == 4  # a open/closed, then the inner ^a closed and #a open only


def test_linting_renders_each_branch_not_each_combination(monkeypatch: pytest.MonkeyPatch) -> None:
    import laml.linting

    calls: list[str] = []
    original = laml.linting._lint_plain

    def counting(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(doc.text)
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(laml.linting, "_lint_plain", counting)
    body = "".join(f"{{{{#S{i}}}}}<Say>{i}</Say>{{{{/S{i}}}}}\n" for i in range(14))
    found = lint(f"<Response>\n{body}{{{{^S3}}}}\n<Hangup/>\n<Hangup/>\n{{{{/S3}}}}\n</Response>")
    assert len(calls) == 2  # 1,024 combinations before
    never_runs = [d for d in found if d.code == "LAML101"]
    assert [(d.line, d.message.split(" (when ")[1]) for d in never_runs] == [(18, "S3 empty)")]


def test_findings_name_the_sections_they_depend_on() -> None:
    template = (
        "<Response>\n"
        '  <Gather action="https://example.com/next">\n'
        "    {{#Digits}}\n"
        "    <Say>Hi</Say>\n"
        "    {{/Digits}}\n"
        "  </Gather>\n"
        "  {{#Dest}}<Dial><Number>{{.}}</Number></Dial>{{/Dest}}\n"
        "  <Say>x</Say>\n"
        "</Response>\n"
    )
    silent = [d for d in lint(template) if d.code == "LAML134"]
    assert [(d.line, d.message.split(" (when ")[1]) for d in silent] == [(2, "Digits empty)")]


def test_findings_point_at_the_attribute_or_tag_in_the_template_line() -> None:
    template = (
        "<Response>\n"
        '  {{^Digits}}<Gather action="ivr.example.com/menu"><Say>Hi {{From}}</Say></Gather>'
        "{{/Digits}}\n"
        '  <Say>{{Digits}}</Say><Redirect method="post">https://example.com/a</Redirect>'
        '<Redirect method="get">https://example.com/b</Redirect>\n'
        "  {{#Digits}}<Dial><Number>{{Digits}}</Number><Number/></Dial>{{/Digits}}\n"
        "</Response>\n"
    )
    found = {(d.code, d.line, d.column) for d in lint(template)}
    assert ("LAML114", 2, 22) in found  # action= after the section tag
    assert {("LAML111", 3, 34), ("LAML111", 3, 90)} <= found  # the second of two methods
    assert ("LAML106", 4, 47) in found  # the second <Number>, after a variable


def test_a_finding_in_every_branch_names_none() -> None:
    found = lint("<Response><Say/>{{#a}}<Say>x</Say>{{/a}}</Response>")
    empty = [d for d in found if d.message.startswith("<Say> is empty")]
    assert empty and "(when" not in empty[0].message


def test_branch_checking_is_bounded_and_says_what_it_left_out() -> None:
    depth = 100
    source = "<Response>" + "".join(f"{{{{#a{i}}}}}<Say>{'x' * 300}</Say>\n" for i in range(depth))
    source += "".join(f"{{{{/a{i}}}}}" for i in reversed(range(depth))) + "</Response>"
    coverage = cover_branches(source)
    sizes = [len(rendering.text) for rendering in coverage]
    budget = WORK_FACTOR * (len(source) + RENDER_COST)
    assert coverage.spent == sum(sizes) + RENDER_COST * len(sizes)
    assert coverage.spent <= budget + max(sizes) + RENDER_COST
    assert 0 < len(coverage.unchecked) < len(coverage.plan)
    notice = [d for d in lint(source) if d.code == "LAML205"]
    assert len(notice) == 1 and notice[0].severity == "info"
    assert f"{len(coverage.unchecked)} of {2 * depth} section branches" in notice[0].message


def test_render_branches_and_line_map() -> None:
    off = render_branches(SOURCE, [])
    assert off.text == (
        "<Response>\n"
        '  <Gather numDigits="1"><Say>Press a key, CallerName</Say></Gather>\n'
        '  <Dial callerId="+15550100001">\n'
        "  </Dial>\n"
        "</Response>\n"
    )
    assert off.lines == (1, 7, 9, 13, 14)
    on = render_branches(SOURCE, {"Digits", "Dest"})
    assert on.text.splitlines()[1:4] == [
        "  <Say>You pressed 1</Say>",
        '  <Dial callerId="+15550100001">',
        "    <Number>Dest</Number>",
    ]
    assert on.lines == (1, 4, 9, 11, 13, 14)
    assert on.template_line(3) == 9 and on.template_line(99) == 14
    source_lines = SOURCE.splitlines()
    for number, line in enumerate(on.text.splitlines(), start=1):
        template_line = source_lines[on.template_line(number) - 1]
        assert line.strip()[:5] in template_line


def test_branch_text_matches_a_plain_render_of_the_placeholder_data() -> None:
    nodes = load(SOURCE).nodes
    for on in ([], ["Digits"], ["Dest"], ["Digits", "Dest", "e164"]):
        assert render_branches(SOURCE, on).text == render(SOURCE, placeholder_data(nodes, on))
    for rendering in cover_branches(SOURCE):
        expected = render(SOURCE, placeholder_data(nodes, rendering.on))
        assert rendering.text == expected


def test_partials_map_to_their_tag_line() -> None:
    source = "<Response>\n  {{>greeting}}\n<Hangup/>\n</Response>"
    result = render_branches(source, [], partials={"greeting": "<Say>a</Say>\n<Say>b</Say>\n"})
    assert result.text == "<Response>\n  <Say>a</Say>\n  <Say>b</Say>\n<Hangup/>\n</Response>"
    assert result.lines == (1, 2, 2, 3, 4)


def test_custom_placeholders_and_defaults() -> None:
    result = render_branches("<Number>{{To}}</Number>{{X}}", [], placeholder=lambda n: f"<{n}>")
    assert result.text == "<Number>&lt;To&gt;</Number>&lt;X&gt;"
    assert placeholder_value("From").startswith("+")
    assert placeholder_value("CallSid").startswith("CA")
    assert placeholder_value("MediaUrl3").startswith("https://")
    assert placeholder_value("Custom") == "Custom"
