"""Rendering rules beyond the spec: XML escaping, removal of illegal characters, value
conversion, strict mode, helpers, objects, nesting, caching and the fast variant."""

from __future__ import annotations

import doctest
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laml.template
import laml.template.bins
from laml.errors import RenderError
from laml.template import MissingVariableError, SectionHelper, Template, compile, render
from laml.template.bins import E164
from laml.template.compiler import load
from laml.template.runtime import Env, escape, escape_joined, sanitize

ILLEGAL = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x1f\ufffe\uffff\ud800\udfff"


def test_escaped_interpolation_uses_xml_escapes() -> None:
    out = render("<Say>{{x}}</Say>", {"x": "Tom & \"Jerry\" <b>'s</b>"})
    assert out == "<Say>Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;</Say>"


def test_no_html_named_entities() -> None:
    assert render("{{x}}", {"x": "café © ½ €"}) == "café © ½ €"


@pytest.mark.parametrize("tag", ["{{{x}}}", "{{&x}}", "{{& x }}"])
def test_raw_interpolation_is_not_escaped_but_is_cleaned(tag: str) -> None:
    assert render(tag, {"x": "<b a='1'>&amp;\x01</b>"}) == "<b a='1'>&amp;</b>"


@pytest.mark.parametrize("tag", ["{{x}}", "{{{x}}}", "{{&x}}"])
def test_illegal_xml_characters_are_removed(tag: str) -> None:
    assert render(tag, {"x": f"a{ILLEGAL}b\t\n\r😀\u2028c"}) == "ab\t\n\r😀\u2028c"


def test_template_text_itself_is_left_alone() -> None:
    assert render("a\x01b{{x}}", {"x": "\x01"}) == "a\x01b"


def test_escape_and_sanitize_functions() -> None:
    assert escape(f"<&>\"'{ILLEGAL}ok") == "&lt;&amp;&gt;&quot;&#39;ok"
    assert sanitize(f"<&>{ILLEGAL}ok") == "<&>ok"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (12, "12"),
        (1.5, "1.5"),
        (["+1555", "+1666"], "+1555,+1666"),
        (("a", None, 3), "a,,3"),
        ("", ""),
    ],
)
def test_value_conversion(value: object, text: str) -> None:
    assert render("{{x}}", {"x": value}) == text
    assert render("{{x}}", MappingProxyType({"x": value})) == text


def test_missing_names_render_empty() -> None:
    assert render("[{{a}}|{{a.b}}|{{{c}}}|{{#d}}x{{/d}}]", {}) == "[|||]"


def test_strict_missing_variable_names_it_with_position() -> None:
    with pytest.raises(MissingVariableError) as caught:
        render("<Response>\n  <Say>{{Gretting}}</Say>\n</Response>", {"Greet": "hi"}, strict=True)
    error = caught.value
    assert isinstance(error, RenderError)
    assert (error.name, error.line, error.column) == ("Gretting", 2, 8)
    assert "Gretting" in str(error) and "line 2, column 8" in str(error)
    assert error.diagnostics[0].code == "template-missing-variable"
    assert (error.diagnostics[0].line, error.diagnostics[0].column) == (2, 8)


def test_strict_reports_broken_dotted_names_and_missing_partials() -> None:
    with pytest.raises(MissingVariableError, match=r"'a\.b'"):
        render("{{a.b}}", {"a": {}}, strict=True)
    with pytest.raises(MissingVariableError, match="partial 'p'"):
        render("{{>p}}", {}, partials={}, strict=True)


def test_strict_accepts_none_and_missing_sections() -> None:
    assert render("{{a}}{{#b}}x{{/b}}{{^c}}y{{/c}}", {"a": None}, strict=True) == "y"


def test_strict_only_raises_for_tags_that_render() -> None:
    assert render("{{#on}}{{missing}}{{/on}}ok", {"on": False}, strict=True) == "ok"


def test_section_helper_renders_its_body_first() -> None:
    upper = SectionHelper(str.upper)
    out = render("{{#up}}hi {{name}}{{/up}}|{{up}}", {"up": upper, "name": "<b>"})
    assert out == "HI &LT;B&GT;|"


def test_lambdas() -> None:
    data = {"wrap": lambda text: f"<b>{text}</b>", "name": "x", "now": lambda: "{{name}}!"}
    assert render("{{#wrap}}{{name}}{{/wrap}} {{now}}", data) == "<b>x</b> x!"


def test_objects_are_read_by_plain_attribute_only() -> None:
    class Call:
        From = "+1555"
        _secret = "no"

        def __init__(self) -> None:
            self.Body = "hi"

        @property
        def To(self) -> str:  # noqa: N802 - named like the request parameter
            raise AssertionError("a property must not run")

    source = "{{From}} {{Body}} [{{To}}] {{_secret}} {{__class__}}"
    assert render(source, Call()) == "+1555 hi []  "


def test_methods_of_data_objects_are_never_called() -> None:
    calls: list[str] = []

    class Record:
        __slots__ = ("name",)

        def __init__(self) -> None:
            self.name = "<r>"

        def delete(self) -> str:
            calls.append("delete")
            return "deleted"

        def __getattr__(self, name: str) -> str:
            calls.append(name)
            return "computed"

    source = "{{o.name}}|{{o.delete}}|{{#o.delete}}x{{/o.delete}}|{{o.anything}}|{{o.__init__}}"
    assert render(source, {"o": Record()}) == "&lt;r&gt;||||"
    assert calls == []
    # a bound method placed in a mapping is a lambda on purpose: it is called
    assert render("{{f}}", {"f": Record().delete}) == "deleted"


def test_sequences_are_read_by_index_and_named_tuples_by_field() -> None:
    from typing import NamedTuple

    class Pair(NamedTuple):
        left: str
        right: str

    data = {"Dest": ["+1202", "+1703"], "p": Pair("<", ">")}
    out = render("{{Dest.0}} {{Dest.1}} [{{Dest.2}}] {{p.left}}{{p.right}} {{p.1}}", data)
    assert out == "+1202 +1703 [] &lt;&gt; &gt;"


def test_strings_have_no_names() -> None:
    assert render("{{#s}}{{upper}}|{{.}}{{/s}}", {"s": "abc"}) == "|abc"


def test_deep_nesting_beyond_inline_limits() -> None:
    depth = 40
    source = "".join(f"{{{{#l{i}}}}}" for i in range(depth)) + "{{v}}"
    source += "".join(f"{{{{/l{i}}}}}" for i in reversed(range(depth)))
    data: dict[str, Any] = {f"l{i}": [{}] for i in range(depth)}
    data["v"] = "<deep>"
    assert render(source, data) == "&lt;deep&gt;"
    inverted = "".join(f"{{{{^n{i}}}}}" for i in range(depth)) + "x"
    inverted += "".join(f"{{{{/n{i}}}}}" for i in reversed(range(depth)))
    assert render(inverted, {}) == "x"


def test_partial_recursion_is_bounded() -> None:
    with pytest.raises(RenderError, match="nest deeper"):
        render("{{>loop}}", {}, partials={"loop": "x{{>loop}}"})


def test_compile_is_cached_and_templates_render_repeatedly() -> None:
    template = compile("<Say>{{x}}</Say>")
    assert compile("<Say>{{x}}</Say>") is template
    assert isinstance(template, Template)
    assert [template.render({"x": str(i)}) for i in range(3)] == [
        "<Say>0</Say>",
        "<Say>1</Say>",
        "<Say>2</Say>",
    ]
    assert template.nodes[1].name == "x"  # type: ignore[union-attr]


def test_values_repeated_in_a_template_are_escaped_each_time() -> None:
    out = render("{{a}}{{a}}{{#s}}{{a}}{{/s}}{{^n}}{{a}}{{/n}}", {"a": "<", "s": True})
    assert out == "&lt;" * 4


def test_lambda_called_once_per_use_even_when_repeated() -> None:
    calls: list[int] = []

    def counter() -> str:
        calls.append(1)
        return str(len(calls))

    assert render("{{c}} {{c}} {{c}}", {"c": counter}) == "1 2 3"


def test_which_templates_get_a_fast_variant() -> None:
    assert load("{{a}}{{#b}}{{.}}{{/b}}{{^c}}{{d.e}}{{/c}}").fast is not None
    for source in ("{{{a}}}", "{{&a}}", "{{.}}", "{{a.b}}", "{{#a}}x{{/a}}", "text"):
        assert load(source).fast is None, source
    assert render("{{.}}", {"a": "<"}) == "{&#39;a&#39;: &#39;&lt;&#39;}"
    # inner frames come first, unescaped data from them is escaped on the spot
    source = "{{a}}{{#c}}{{a}}{{/c}}"
    assert render(source, {"a": "&", "c": [{"a": "<"}, {}, "s"]}) == "&amp;&lt;&amp;&amp;"
    assert render(source, {"a": None, "c": [{"a": 1}]}) == "1"  # not all strings: general


def test_escape_joined() -> None:
    assert escape_joined("a\x00b", 2) is None
    assert escape_joined("<\x00&'\x00\"é>", 3) == ["&lt;", "&amp;&#39;", "&quot;é&gt;"]
    assert escape_joined("é\x00b", 2) is None
    assert escape_joined("a\x01\x00b", 2) == []  # a character to remove: one by one
    assert escape_joined("é\x0b\x00b", 2) == []
    assert escape_joined("a\x00\x00b", 2) == []  # a value holding NUL itself


values = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from([*"&<>\"'\t\n\r\x00\x01", "\ud800", "😀"]),
    ),
    max_size=12,
)
flat_values = st.one_of(st.none(), values, st.lists(values, max_size=3))

SOURCE = (
    "<R a=\"{{a}}\">{{b}}{{#c}}[{{.}}|{{a}}]{{/c}}{{^d}}{{d}}{{/d}}{{c}}{{a}}"
    "{{#a}}<{{b}}>{{/a}}{{#e164}}{{b}}{{/e164}}</R>"
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from("abcd"), flat_values))
def test_fast_variant_renders_like_the_general_path(data: dict[str, Any]) -> None:
    data["e164"] = E164
    program = load(SOURCE)
    assert program.fast is not None
    general = program.run((data,), Env())
    assert compile(SOURCE).render(data) == general
    proxy: Mapping[str, Any] = MappingProxyType(data)
    assert render(SOURCE, proxy) == general


def test_docstring_examples() -> None:
    for module in (laml.template, laml.template.bins):
        result = doctest.testmod(module, raise_on_error=False)
        assert result.attempted > 0 and result.failed == 0, module.__name__


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_literal_template_text_renders_unchanged(text: str) -> None:
    source = text.replace("{{", "{ {")
    assert render(source, {}) == source
    assert render(source + " {{x}} " + source, {"x": "&"}) == source + " &amp; " + source
