"""Every lint rule: its declarations, and the examples in its docstring."""

from __future__ import annotations

import re

import pytest

from laml.document import load
from laml.fixing import apply_fixes
from laml.rules import Rule, all_rules, examples, run, selected

RULES = list(all_rules().values())


def test_there_are_at_least_thirty_rules() -> None:
    assert len(RULES) >= 30


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_rule_declarations(rule: Rule) -> None:
    assert re.fullmatch(r"LAML1[0-9]{2}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.module.endswith("." + rule.name.replace("-", "_"))
    assert rule.severity in ("error", "warning", "info")
    assert rule.channels <= {"voice", "messaging", "fax"}
    kinds = {e.passes for e in examples(rule)}
    assert kinds == {True, False}, "needs at least one failing and one passing example"


CASES = [(rule, example) for rule in RULES for example in examples(rule)]


@pytest.mark.parametrize(
    ("rule", "example"),
    CASES,
    ids=[f"{r.code}-{'pass' if e.passes else 'fail'}-{i}" for i, (r, e) in enumerate(CASES)],
)
def test_docstring_example(rule: Rule, example: object) -> None:
    settings = dict(example.settings)  # type: ignore[attr-defined]
    dialect = settings.pop("dialect", "signalwire")
    channel = settings.pop("channel", None)
    options = {rule.code: {k: _value(v) for k, v in settings.items()}}
    doc = load(example.document, channel=channel)  # type: ignore[attr-defined]
    found = [d for d in run(doc, [rule], dialect=dialect, options=options) if d.code == rule.code]
    if example.passes:  # type: ignore[attr-defined]
        assert found == [], found
    else:
        assert found, f"{rule.code} found nothing in:\n{example.document}"  # type: ignore[attr-defined]
        for d in found:
            assert d.line >= 1 and d.column >= 1
            assert d.message
    fixed = example.fixed  # type: ignore[attr-defined]
    if fixed is not None:
        unsafe = example.unsafe  # type: ignore[attr-defined]
        text, applied, _ = apply_fixes(doc.text, found, unsafe=unsafe)
        assert applied, f"{rule.code} offers no fix for:\n{example.document}"  # type: ignore[attr-defined]
        assert text == fixed
        again = [d for d in run(load(text, channel=channel), [rule], dialect=dialect,
                                options=options) if d.code == rule.code]
        assert again == [], again


def test_fixable_rules_declare_their_fixes_and_show_them() -> None:
    for rule in RULES:
        shown = [e for e in examples(rule) if e.fixed is not None]
        assert bool(rule.fixes) == bool(shown), rule.code
        assert rule.fixes <= {"safe", "unsafe"}


def _value(text: str) -> object:
    return int(text) if text.isdigit() else text


def test_selection_by_code_prefix_and_name() -> None:
    codes = {r.code for r in selected(select=["LAML10"])}
    assert codes == {r.code for r in RULES if r.code.startswith("LAML10")}
    assert [r.name for r in selected(select=["unreachable-verb"])] == ["unreachable-verb"]
    assert "LAML101" not in {r.code for r in selected(ignore=["LAML101"])}
