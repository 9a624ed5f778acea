"""Syntax errors: each names the problem and the 1-based line and column of the tag."""

from __future__ import annotations

import pytest

from laml.errors import LamlError, TemplateSyntaxError
from laml.template import compile, render


@pytest.mark.parametrize(
    ("source", "line", "column", "words"),
    [
        ("Hello {{name", 1, 7, "unclosed tag"),
        ("<Say>\n  Hi {{From</Say>\n", 2, 6, "unclosed tag"),
        ("a\n  {{#items}}\nx\n", 2, 3, "unclosed section 'items'"),
        ("{{#a}}\n{{#b}}\n{{/b}}\n", 1, 1, "unclosed section 'a'"),
        ("{{#a}}\n {{/b}}", 2, 2, "does not match open section 'a'"),
        ("x {{/a}}", 1, 3, "has no open section"),
        ("{{}}", 1, 1, "empty tag name"),
        ("ok\n{{#}}{{/}}", 2, 1, "empty tag name"),
        ("{{ }}", 1, 1, "empty tag name"),
        ("<x>{{{ }}}</x>", 1, 4, "empty tag name"),
        ("{{a b}}", 1, 1, "contains whitespace"),
        ("{{a..b}}", 1, 1, "malformed dotted name"),
        ("{{#.a}}{{/.a}}", 1, 1, "malformed dotted name"),
        ("{{=<%=}}", 1, 1, "two delimiters"),
        ("x\n{{= a b c =}}", 2, 1, "two delimiters"),
        ("{{=<% %>}}", 1, 1, "set-delimiter tag is not closed"),
        ("{{=<= =>=}}", 1, 1, "may not contain '='"),
        ("a {{{x}} b", 1, 3, "triple mustache is not closed"),
        ("{{=<% %>=}}\n<%#a%>\n", 2, 1, "unclosed section 'a'"),
        ("{{=<% %>=}}\n  <%x", 2, 3, "unclosed tag"),
        ("{{!\ncomment\n}} {{#x}}", 3, 4, "unclosed section 'x'"),
        ("\t{{#a}}{{/a}} {{>}}", 1, 15, "empty tag name"),
        ("{{<p}}{{$b}}{{/p}}{{/b}}", 1, 13, "does not match open section 'b'"),
    ],
)
def test_syntax_error_position(source: str, line: int, column: int, words: str) -> None:
    with pytest.raises(TemplateSyntaxError) as caught:
        compile(source)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert words in error.message
    assert str(error).endswith(f"(line {line}, column {column})")


def test_syntax_error_is_a_laml_error_and_a_value_error() -> None:
    with pytest.raises(LamlError):
        render("{{#a}}", {})
    with pytest.raises(ValueError, match="unclosed section"):
        render("{{#a}}", {})


def test_mismatch_names_where_the_section_opened() -> None:
    with pytest.raises(TemplateSyntaxError, match=r"opened at line 2, column 3"):
        compile("<Response>\n  {{#Dest}}<Number>{{.}}</Number>\n{{/Dst}}</Response>")


def test_columns_count_characters_not_bytes() -> None:
    with pytest.raises(TemplateSyntaxError) as caught:
        compile("<Say>héllo 😀 {{#x}}</Say>")
    assert caught.value.column == 14


def test_valid_templates_do_not_raise() -> None:
    for source in (
        "",
        "plain text { } }} {{{{x}}}}",
        "{{! a } comment }}{{=| |=}}|x||{x}||&y|",
        "{{#a}}{{^b}}{{c.d}}{{/b}}{{/a}}",
        "{{>p}}{{>*dyn}}{{<parent}}{{$block}}x{{/block}}{{/parent}}",
    ):
        compile(source)
