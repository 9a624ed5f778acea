"""A template's structure for linting: its variables, its sections, and renderings of
each combination of section branches with placeholder values.

A linter cannot know a bin's request parameters, but it can check every document the
template is able to produce. Each section name (``{{#Digits}}``, ``{{^Digits}}``) is a
switch; :func:`branch_combinations` lists the combinations worth rendering (all of them
up to 10 switches, a deterministic sample above) and :func:`render_branches` renders one,
every variable replaced by a placeholder value, with a map from each output line back
to the template line it comes from::

    for on in branch_combinations(section_names(source)):
        result = render_branches(source, on)
        for problem in lint(result.text):
            report(result.template_line(problem.line), problem)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Final

from laml.template.bins import E164, to_e164
from laml.template.compiler import load
from laml.template.nodes import Node, Parent, Partial, Section, Variable, walk
from laml.template.runtime import Env, SectionHelper

__all__ = [
    "BranchRendering",
    "SectionUse",
    "VariableUse",
    "branch_combinations",
    "placeholder_value",
    "render_branches",
    "section_names",
    "section_uses",
    "variable_uses",
]

#: Section names that are helpers rather than data when bins are rendered.
HELPERS: Final = frozenset({"e164"})

#: Up to this many switches every combination is rendered; above, a sample.
EXHAUSTIVE_LIMIT: Final = 10


@dataclass(frozen=True, slots=True)
class VariableUse:
    """One ``{{name}}`` (``escaped``) or ``{{{name}}}`` / ``{{& name}}`` tag."""

    name: str
    line: int
    column: int
    escaped: bool


@dataclass(frozen=True, slots=True)
class SectionUse:
    """One ``{{#name}}`` or (``inverted``) ``{{^name}}`` tag; ``end_line`` is its close tag's."""

    name: str
    line: int
    column: int
    end_line: int
    inverted: bool


def _nodes(source: str | Sequence[Node]) -> Sequence[Node]:
    return load(source).nodes if isinstance(source, str) else source


def variable_uses(source: str | Sequence[Node]) -> tuple[VariableUse, ...]:
    """Every interpolation tag of a template (a source or a parse tree), in order."""
    return tuple(
        VariableUse(node.name, node.line, node.column, node.escape)
        for node in walk(_nodes(source))
        if isinstance(node, Variable)
    )


def section_uses(source: str | Sequence[Node]) -> tuple[SectionUse, ...]:
    """Every section and inverted-section tag of a template, in order."""
    return tuple(
        SectionUse(node.name, node.line, node.column, node.end_line, node.inverted)
        for node in walk(_nodes(source))
        if isinstance(node, Section)
    )


def section_names(
    source: str | Sequence[Node], *, helpers: Iterable[str] = HELPERS
) -> tuple[str, ...]:
    """The distinct section names of a template, in order of first use, helpers left out.

    A name used by both ``{{#x}}`` and ``{{^x}}`` is one switch.
    """
    skip = frozenset(helpers)
    seen: dict[str, None] = {}
    for use in section_uses(source):
        if use.name not in skip and use.name != ".":
            seen.setdefault(use.name)
    return tuple(seen)


def branch_combinations(
    names: Sequence[str], *, limit: int = 1024, seed: int = 0
) -> list[frozenset[str]]:
    """The combinations of switched-on sections to render.

    With at most :data:`EXHAUSTIVE_LIMIT` names, all ``2**len(names)`` combinations, in
    a fixed order (all off first). Above, at most ``limit`` combinations chosen
    deterministically: all off, all on, each name alone on, each name alone off, each
    pair on, then pseudo-random combinations drawn from ``seed`` until ``limit``.
    """
    names = list(dict.fromkeys(names))
    if len(names) <= EXHAUSTIVE_LIMIT:
        return [
            frozenset(name for bit, name in enumerate(names) if mask >> bit & 1)
            for mask in range(1 << len(names))
        ]
    everything = frozenset(names)
    chosen: dict[frozenset[str], None] = {frozenset(): None, everything: None}

    def candidates() -> Iterator[frozenset[str]]:
        for name in names:
            yield frozenset({name})
        for name in names:
            yield everything - {name}
        for pair in combinations(names, 2):
            yield frozenset(pair)
        rng = random.Random(seed)
        while True:
            yield frozenset(name for name in names if rng.random() < 0.5)

    for combination in candidates():
        if len(chosen) >= limit:
            break
        chosen.setdefault(combination)
    return list(chosen)[:limit]


# -- rendering with placeholders ------------------------------------------------------

_SAMPLES: Final[Mapping[str, str]] = {
    "AccountSid": "AC00000000000000000000000000000000",
    "ApiVersion": "2010-04-01",
    "CallSid": "CA00000000000000000000000000000000",
    "ParentCallSid": "CA00000000000000000000000000000001",
    "MessageSid": "SM00000000000000000000000000000000",
    "SmsSid": "SM00000000000000000000000000000000",
    "FaxSid": "FX00000000000000000000000000000000",
    "From": "+15550100001",
    "To": "+15550100002",
    "Caller": "+15550100001",
    "Called": "+15550100002",
    "ForwardedFrom": "+15550100003",
    "Direction": "inbound",
    "CallStatus": "ringing",
    "Body": "Hello",
    "NumMedia": "0",
    "NumSegments": "1",
    "Digits": "1",
    "SpeechResult": "yes",
    "Confidence": "0.9",
    "DialCallStatus": "completed",
    "QueueResult": "bridged",
    "RecordingUrl": "https://example.com/recording",
    "RecordingDuration": "10",
}


def placeholder_value(name: str) -> str:
    """A plausible value for a variable: a sample for known parameters, else the name.

    Phone-number parameters get an E.164 number, SIDs a SID of the right shape, URLs an
    absolute URL; anything else renders as its own name (never empty, so a section
    switched on stays on).
    """
    sample = _SAMPLES.get(name)
    if sample is not None:
        return sample
    if name.startswith("MediaUrl") or name.endswith("Url"):
        return "https://example.com/media"
    return name


_MARK = re.compile("\x00(\\d+)\x00")


@dataclass(frozen=True, slots=True)
class BranchRendering:
    """One rendering of a template for one combination of sections.

    ``lines[i]`` is the template line output line ``i + 1`` starts on (for output from
    a partial, the line of the partial tag).
    """

    text: str
    lines: tuple[int, ...]
    on: frozenset[str]

    def template_line(self, output_line: int) -> int:
        """The template line of a 1-based output line (clamped to the output's lines)."""
        if not self.lines:
            return 1
        return self.lines[min(max(output_line, 1), len(self.lines)) - 1]


def _strip_marks(marked: str) -> tuple[str, tuple[int, ...]]:
    pieces = _MARK.split(marked)
    text: list[str] = []
    lines: list[int] = []
    current = 1
    at_line_start = True
    for index, piece in enumerate(pieces):
        if index % 2:
            current = int(piece)
            continue
        if not piece:
            continue
        text.append(piece)
        if at_line_start:
            lines.append(current)
        newlines = piece.count("\n")
        ends_line = piece.endswith("\n")
        lines.extend([current] * (newlines - (1 if ends_line else 0)))
        at_line_start = ends_line
    return "".join(text), tuple(lines)


def _set_path(data: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    target = data
    for part in path[:-1]:
        child = target.get(part)
        if not isinstance(child, dict):
            child = {}
            target[part] = child
        target = child
    leaf = path[-1]
    if not isinstance(target.get(leaf), dict):
        target[leaf] = value


def _marked_e164(text: str) -> str:
    marks = _MARK.findall(text)
    head = f"\x00{marks[0]}\x00" if marks else ""
    number = to_e164(_MARK.sub("", text))
    # A placeholder is no phone number; the helper's output is one when the input is real.
    return head + (number if number.startswith("+") else "+15550100000")


_MARKED_E164: Final = SectionHelper(_marked_e164)


def placeholder_data(
    nodes: Sequence[Node],
    on: Iterable[str],
    placeholder: Callable[[str], str] = placeholder_value,
    *,
    e164: bool = True,
) -> dict[str, Any]:
    """The data that renders ``nodes`` with the sections in ``on`` switched on.

    Every variable gets ``placeholder(name)``; a section switched on gets its non-empty
    placeholder (so it renders once, with ``{{.}}`` showing it), one switched off the
    empty string.
    """
    enabled = frozenset(on)
    data: dict[str, Any] = {}
    sections: list[tuple[str, tuple[str, ...]]] = []
    for node in walk(nodes):
        if isinstance(node, Variable) and node.path:
            _set_path(data, node.path, placeholder(node.path[-1]))
        elif isinstance(node, Section) and node.path:
            sections.append((node.name, node.path))
        elif isinstance(node, Partial | Parent) and node.dynamic:
            _set_path(data, tuple(node.name.split(".")), "")
    for name, path in sections:
        if name in HELPERS and e164:
            continue
        value = placeholder(path[-1]) or name
        _set_path(data, path, value if name in enabled else "")
    if e164:
        data["e164"] = E164
    return data


def render_branches(
    source: str,
    on: Iterable[str],
    *,
    placeholder: Callable[[str], str] = placeholder_value,
    partials: Mapping[str, str] | None = None,
    e164: bool = True,
) -> BranchRendering:
    """Render ``source`` with the sections named in ``on`` switched on, the others off.

    Variables render as ``placeholder(name)`` (escaped as usual). ``partials`` are
    rendered in place; their lines map to the line of their tag. With ``e164`` (the
    default, as for bins) ``{{#e164}}`` is the helper, not a switch.
    """
    enabled = frozenset(on)
    program = load(source, marks=True)
    data = placeholder_data(program.nodes, enabled, placeholder, e164=e164)
    if e164:
        data["e164"] = _MARKED_E164
    marked = program.run((data,), Env(partials))
    text, lines = _strip_marks(marked)
    return BranchRendering(text, lines, enabled)
