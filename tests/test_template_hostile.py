"""Hostile templates and data: deep nesting, fan-out, output blow-up, code in data.

Each case ends quickly with a clear error (or renders), in memory linear in the input,
and without a Python ``RecursionError`` anywhere.
"""

from __future__ import annotations

import itertools
import tracemalloc
from typing import Any

import httpx
import pytest

import laml
from laml import TemplateSyntaxError
from laml.errors import RenderError
from laml.linting import lint
from laml.server import LocalServer
from laml.template import MAX_NESTING, RenderLimitError, compile, parse, render
from laml.template.bins import render_bin_template


def _nested(depth: int, inner: str = "<Say>x</Say>", kinds: str = "#") -> str:
    opening = "".join(f"{{{{{kinds[i % len(kinds)]}s{i}}}}}" for i in range(depth))
    closing = "".join(f"{{{{/s{i}}}}}" for i in reversed(range(depth)))
    return f"<Response>{opening}{inner}{closing}</Response>"


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 988, 20_000])
def test_nesting_beyond_the_limit_is_a_syntax_error_everywhere(depth: int) -> None:
    source = _nested(depth)
    with pytest.raises(TemplateSyntaxError) as caught:
        render(source, {})
    error = caught.value
    assert "nest deeper than 100 levels" in error.message
    column = len("<Response>") + sum(len(f"{{{{#s{i}}}}}") for i in range(MAX_NESTING)) + 1
    assert (error.line, error.column) == (1, column)
    found = lint(source)
    assert [(d.code, d.line, d.column) for d in found] == [("LAML201", 1, column)]
    with pytest.raises(TemplateSyntaxError):
        laml.render_bin(source, {})


@pytest.mark.parametrize("kinds", ["#", "^", "#^", "$"])
def test_nesting_at_the_limit_renders_and_lints(kinds: str) -> None:
    source = _nested(MAX_NESTING, kinds=kinds)
    on = {f"s{i}": [{}] for i in range(MAX_NESTING)}
    expected = "<Response><Say>x</Say></Response>"
    if kinds == "#^":
        on = {f"s{i}": [{}] for i in range(0, MAX_NESTING, 2)}
    assert render(source, {} if kinds in ("^", "$") else on) == expected
    found = lint(source)
    assert all(d.code in ("LAML133", "LAML205") for d in found), found


def test_limit_depth_inside_partials_nested_deep_too() -> None:
    # Every level of partial nesting and every deep section body counts: no RecursionError.
    inner = _nested(MAX_NESTING, inner="{{>p}}")
    data = {f"s{i}": [{}] for i in range(MAX_NESTING)}
    with pytest.raises(RenderError, match="nest deeper"):
        render(inner, data, partials={"p": inner})


def test_parse_memory_is_linear_in_nesting_depth() -> None:
    body = "<Say>" + "x" * 400 + "</Say>\n"
    source = "".join(f"{{{{#s{i}}}}}\n{body}" for i in range(MAX_NESTING))
    source += "".join(f"{{{{/s{i}}}}}\n" for i in reversed(range(MAX_NESTING)))
    source *= 1  # about 45 kB
    tracemalloc.start()
    try:
        nodes = parse(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert nodes
    # Copying each body, as sections once did, took 50 times the source.
    assert peak < 10 * len(source), (peak, len(source))


def test_lambda_sections_still_get_their_raw_text() -> None:
    seen: list[str] = []

    def wrap(text: str) -> str:
        seen.append(text)
        return "<b>" + text + "</b>"

    assert render("{{#w}}a{{#w}}b{{/w}}c{{/w}}", {"w": wrap}) == "<b>a<b>b</b>c</b>"
    assert seen == ["a{{#w}}b{{/w}}c", "b"]


# -- work and output limits ---------------------------------------------------------------


def test_partial_fan_out_stops_with_a_clear_error() -> None:
    partials = {f"p{i}": f"{{{{>p{i + 1}}}}}{{{{>p{i + 1}}}}}" for i in range(40)}
    partials["p40"] = ""
    with pytest.raises(RenderLimitError) as caught:
        render("{{>p0}}", {}, partials=partials)
    assert "8,388,608 characters" in str(caught.value)
    assert caught.value.diagnostics[0].code == "template-too-large"


def test_loops_inside_loops_that_write_nothing_are_bounded() -> None:
    source = "{{#D}}{{#D}}{{#D}}{{/D}}{{/D}}{{/D}}"
    with pytest.raises(RenderLimitError):
        render(source, {"D": ["x"] * 2000})
    with pytest.raises(RenderLimitError):
        render_bin_template(source, [("D[]", "x")] * 2000)


def test_output_is_capped_and_the_cap_can_be_changed() -> None:
    source = "<Say>{{Body}}</Say>" * 500
    data = {"Body": "a" * 10_000}
    with pytest.raises(RenderLimitError, match="1,000,000 characters"):
        render(source, data, max_size=1_000_000)
    assert len(render(source, data)) == 500 * (10_000 + 11)
    with pytest.raises(RenderLimitError):
        compile(source).render({"Body": "<" * 10_000}, max_size=1_000_000)  # escaped path
    with pytest.raises(RenderLimitError):
        render("{{#l}}{{.}}{{/l}}", {"l": ["y" * 1000] * 2000}, max_size=1_000_000)


def test_endless_iterables_and_lambdas_end() -> None:
    with pytest.raises(RenderLimitError):
        render("{{#n}}{{.}}{{/n}}", {"n": itertools.count()})
    assert render("{{#n}}{{.}},{{/n}}", {"n": iter(range(3))}) == "0,1,2,"
    data: dict[str, Any] = {}
    data["again"] = lambda: "{{again}}"
    with pytest.raises(RenderError, match="nest deeper"):
        render("{{again}}", data)


def test_limits_hold_for_each_render_separately() -> None:
    template = compile("{{#l}}{{.}}{{/l}}")
    data = {"l": ["z" * 1000] * 900}
    for _ in range(20):  # 20 renders of 0.9 MB each: each one alone is well under the cap
        assert len(template.render(data)) == 900_000


def test_a_list_holding_itself_renders_once() -> None:
    items: list[Any] = ["a"]
    items.append(items)
    items.append(["b", ["c"]])
    assert render("{{x}}", {"x": items}) == "a,b,c"


def test_the_server_refuses_deep_nesting_and_renders_many_sections() -> None:
    with LocalServer() as server:  # linting contents, as by default
        base = f"/api/laml/2010-04-01/Accounts/{server.project_id}/LamlBins"
        auth = (server.project_id, server.token)
        with httpx.Client(base_url=server.url, auth=auth, timeout=30) as http:
            deep = http.post(base, data={"Name": "deep", "Contents": _nested(988)})
            assert deep.status_code == 422, deep.text  # a RecursionError answered 500 before
            assert "nest deeper than 100 levels" in deep.json()["message"]
            sections = "".join(f"{{{{#S{i}}}}}<Say>{i}</Say>{{{{/S{i}}}}}\n" for i in range(40))
            contents = f"<Response>{sections}</Response>"
            many = http.post(base, data={"Name": "many", "Contents": contents})
            assert many.status_code == 201, many.text
            rendered = http.get(many.json()["request_url"], params={"S3": "yes"})
            assert rendered.status_code == 200 and "<Say>3</Say>" in rendered.text


def test_a_stored_template_nested_too_deep_gets_a_clear_answer(
    bins_server: LocalServer,
) -> None:
    base = f"/api/laml/2010-04-01/Accounts/{bins_server.project_id}/LamlBins"
    auth = (bins_server.project_id, bins_server.token)
    with httpx.Client(base_url=bins_server.url, auth=auth, timeout=30) as http:
        stored = http.post(base, data={"Name": "deep", "Contents": _nested(988)})  # unlinted
        answer = http.get(stored.json()["request_url"])
        assert "nest deeper than 100 levels" in answer.json()["message"]
