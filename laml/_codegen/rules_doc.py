"""``docs/rules.md``: the reference of every lint rule, written from the rules themselves.

Each rule's code, name, severity, channels, platform code and options come from its module;
the prose and the examples from its docstring, turned into Markdown by
:mod:`laml.rules._markdown`.
"""

from __future__ import annotations

from laml.rules import Rule, all_rules, anchor
from laml.rules._markdown import inline as _inline
from laml.rules._markdown import markdown

__all__ = ["generate"]


def _anchor(rule: Rule) -> str:
    return anchor(rule.code)


def _fixes(rule: Rule) -> str:
    kinds = [k for k in ("safe", "unsafe") if k in rule.fixes]
    if not kinds:
        return "none"
    shown = {"safe": "safe (`--fix`)", "unsafe": "unsafe (`--fix --unsafe-fixes`)"}
    return ", ".join(shown[k] for k in kinds)


def _option(value: object) -> str:
    return f"`{value!r}`" if isinstance(value, str) else f"`{value}`"


def generate() -> str:
    """The text of ``docs/rules.md``."""
    rules = list(all_rules().values())
    out = [
        "# Lint rules",
        "",
        "<!-- Generated from laml/rules/ by `python -m laml._codegen`; do not edit. -->",
        "",
        "`laml lint` checks every document against the XSD schema of its dialect and channel "
        "(codes `LAML0xx`) and then with the rules below (codes `LAML1xx`). Select or ignore "
        "them by code, code prefix or name (`--select`, `--ignore`, `[tool.laml]`), set their "
        "options in `[tool.laml.rules.CODE]`, and silence one finding with "
        "`<!-- laml: ignore=CODE -->` on the element's line or the line before it "
        "(`<!-- laml: ignore-file=CODE -->` for the whole document). `laml rule CODE` prints a "
        "rule's section below; `laml lint --fix` applies the safe fixes a rule offers (marked "
        "`[*]` in the report), `--unsafe-fixes` the others too.",
        "",
        "| code | name | severity | channels | fix | summary |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        summary = _inline(rule.summary).replace("|", "\\|")
        fix = "/".join(k for k in ("safe", "unsafe") if k in rule.fixes) or "—"
        out.append(
            f"| [{rule.code}](#{_anchor(rule)}) | `{rule.name}` | {rule.severity} | "
            f"{', '.join(sorted(rule.channels))} | {fix} | {summary} |"
        )
    for rule in rules:
        out += ["", f"## {rule.code} {rule.name}", "", _inline(rule.summary), ""]
        out.append(f"- Severity: **{rule.severity}**")
        out.append(f"- Channels: {', '.join(sorted(rule.channels))}")
        platform = str(rule.platform_code) if rule.platform_code is not None else "none"
        out.append(f"- Platform error code: {platform}")
        if rule.options:
            options = ", ".join(f"`{k}` (default {_option(v)})" for k, v in rule.options.items())
            out.append(f"- Options: {options}")
        else:
            out.append("- Options: none")
        out.append(f"- Fixes: {_fixes(rule)}")
        if rule.supersedes:
            codes = ", ".join(f"`{c}`" for c in sorted(rule.supersedes))
            out.append(f"- Replaces the schema's {codes} at the same place (ignoring the rule "
                       "silences both)")
        if rule.text_rule:
            out.append("- Also runs on documents that are not well-formed")
        body = markdown(rule.doc)
        if body:
            out += ["", *body.splitlines()]
    out += _other_codes()
    return "\n".join(out) + "\n"


def _other_codes() -> list[str]:
    from laml.linting import TEMPLATE_CODES
    from laml.validation import CODES

    out = ["", "## Validation codes", "",
           "Schema validation reports these codes (see [validation.md](validation.md)); they are "
           "selected and ignored like the rules.", "", "| code | problem |", "| --- | --- |"]
    out += [f"| `{code}` | {text} |" for code, text in CODES.items()]
    out += ["", "## Template checks", "",
            "A LaML Bin (mustache) or Jinja2 template is checked as a template, and every "
            "document it renders is linted with the rules above.", "",
            "| code | problem |", "| --- | --- |"]
    out += [f"| `{code}` | {text} |" for code, text in TEMPLATE_CODES.items()]
    return out
