"""``docs/rules.md``: the reference of every lint rule, written from the rules themselves.

Each rule's code, name, severity, channels, platform code and options come from its module;
the prose and the examples from its docstring (reStructuredText-ish: ````code````, and
``Fails::``/``Passes::`` blocks, become Markdown).
"""

from __future__ import annotations

import inspect
import re

from laml.rules import Rule, all_rules

__all__ = ["generate"]

_LITERAL = re.compile(r"``(.+?)``")
_BLOCK = re.compile(r"^(Fails|Passes)(?: \(([^)]*)\))?::\s*$")


def _inline(text: str) -> str:
    return _LITERAL.sub(lambda m: f"`{m.group(1)}`", text)


def _anchor(rule: Rule) -> str:
    return f"{rule.code}-{rule.name}".lower()


def _body(doc: str) -> list[str]:
    """The docstring after its first line, as Markdown."""
    lines = inspect.cleandoc(doc).splitlines()[1:]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        block = _BLOCK.match(line)
        literal = line.rstrip().endswith("::") and not block
        if not (block or literal):
            out.append(_inline(line))
            i += 1
            continue
        if block:
            verdict = "Fails" if block.group(1) == "Fails" else "Passes"
            settings = f" ({block.group(2)})" if block.group(2) else ""
            out.append(f"**{verdict}**{settings}:")
        else:
            out.append(_inline(line.rstrip()[:-1]) + ":")
        i += 1
        code: list[str] = []
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" ")):
            code.append(lines[i])
            i += 1
        while code and not code[-1].strip():
            code.pop()
        while code and not code[0].strip():
            code.pop(0)
        width = min((len(c) - len(c.lstrip()) for c in code if c.strip()), default=0)
        out.extend(["", "```xml", *(c[width:] for c in code), "```", ""])
    text = "\n".join(out).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text).splitlines()


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
        body = _body(rule.doc)
        if body:
            out += ["", *body]
    return "\n".join(out) + "\n"
