"""Rule docstrings as Markdown: for ``docs/rules.md`` and the help of SARIF reports.

Docstrings are reStructuredText-ish: ````code````, and literal blocks introduced by ``::`` (the
``Fails::``/``Passes::`` examples among them), which become fenced XML blocks.
"""

from __future__ import annotations

import inspect
import re

__all__ = ["inline", "markdown"]

_LITERAL = re.compile(r"``(.+?)``")
_BLOCK = re.compile(r"^(Fails|Passes|Fixed)(?: \(([^)]*)\))?::\s*$")


def inline(text: str) -> str:
    """````code```` as Markdown's ```code```."""
    return _LITERAL.sub(lambda m: f"`{m.group(1)}`", text)


def markdown(doc: str) -> str:
    """A rule's docstring after its first line, as Markdown."""
    lines = inspect.cleandoc(doc).splitlines()[1:]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        block = _BLOCK.match(line)
        literal = line.rstrip().endswith("::") and not block
        if not (block or literal):
            out.append(inline(line))
            i += 1
            continue
        if block and block.group(1) == "Fixed":
            unsafe = block.group(2) == "unsafe"
            out.append("**Fixed** (with `--unsafe-fixes`):" if unsafe else "**Fixed** (`--fix`):")
        elif block:
            verdict = "Fails" if block.group(1) == "Fails" else "Passes"
            settings = f" ({block.group(2)})" if block.group(2) else ""
            out.append(f"**{verdict}**{settings}:")
        else:
            out.append(inline(line.rstrip()[:-1]) + ":")
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
    return re.sub(r"\n{3,}", "\n\n", text)
