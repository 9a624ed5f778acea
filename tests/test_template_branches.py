"""Template structure for linting: sections, combinations, placeholder renderings."""

from __future__ import annotations

from laml.template import render
from laml.template.branches import (
    EXHAUSTIVE_LIMIT,
    branch_combinations,
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


def test_all_combinations_up_to_the_limit() -> None:
    combos = branch_combinations(["a", "b", "c"])
    assert len(combos) == 8 and len(set(combos)) == 8
    assert combos[0] == frozenset() and combos[-1] == frozenset("abc")
    ten = [f"s{i}" for i in range(EXHAUSTIVE_LIMIT)]
    assert len(set(branch_combinations(ten))) == 1024
    assert branch_combinations([]) == [frozenset()]


def test_sampling_above_the_limit_is_deterministic() -> None:
    names = [f"s{i}" for i in range(14)]
    first = branch_combinations(names, limit=200)
    assert first == branch_combinations(names, limit=200)
    assert len(first) == len(set(first)) == 200
    assert frozenset() in first and frozenset(names) in first
    for name in names:
        assert frozenset({name}) in first
        assert frozenset(names) - {name} in first
    other_seed = branch_combinations(names, limit=200, seed=1)
    fixed = 2 + 2 * len(names) + len(names) * (len(names) - 1) // 2
    assert other_seed[:fixed] == first[:fixed]
    assert other_seed[fixed:] != first[fixed:]


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
    for on in branch_combinations(section_names(SOURCE)):
        assert render_branches(SOURCE, on).text == render(SOURCE, placeholder_data(nodes, on))


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
