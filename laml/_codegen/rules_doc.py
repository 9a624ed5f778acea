"""``docs/rules.md``: the reference of every lint rule, written from the rules themselves.

Each rule's code, name, severity, channels, platform code and options come from its module;
the prose and the examples from its docstring, turned into Markdown by
:mod:`laml.rules._markdown`.
"""

from __future__ import annotations

from laml.rules import Rule, all_rules
from laml.rules._markdown import inline as _inline
from laml.rules._markdown import markdown

__all__ = ["generate"]


def _anchor(rule: Rule) -> str:
    return f"{rule.code}-{rule.name}".lower()


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
        "(`<!-- laml: ignore-file=CODE -->` for the whole document).",
        "",
        "| code | name | severity | channels | summary |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        summary = _inline(rule.summary).replace("|", "\\|")
        out.append(
            f"| [{rule.code}](#{_anchor(rule)}) | `{rule.name}` | {rule.severity} | "
            f"{', '.join(sorted(rule.channels))} | {summary} |"
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
        if rule.text_rule:
            out.append("- Also runs on documents that are not well-formed")
        body = markdown(rule.doc)
        if body:
            out += ["", *body.splitlines()]
    return "\n".join(out) + "\n"
