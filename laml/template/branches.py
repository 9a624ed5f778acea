"""A template's structure for linting: its variables, its sections, and renderings that
cover both branches of every section with placeholder values.

A linter cannot know a bin's request parameters, but it can check the documents the
template is able to produce. Each section name (``{{#Digits}}``, ``{{^Digits}}``) is a
switch. Rendering every combination of switches costs ``2**n`` renders; instead,
:class:`BranchPlan` picks renderings so that every section tag is seen both switched on
and switched off (where its enclosing sections let it be reached at all), and
:class:`BranchRenderer` renders each one, every variable replaced by a placeholder value,
with a map from each output line back to the template line it comes from.
:func:`cover_branches` does both within a work budget linear in the template's size::

    coverage = cover_branches(source)
    for result in coverage:
        for problem in lint(result.text):
            report(result.template_line(problem.line), problem)
    if coverage.unchecked: ...  # branches the budget did not reach
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from laml.template.bins import E164, to_e164
from laml.template.compiler import CompiledProgram, load
from laml.template.nodes import Node, Parent, Partial, Section, Variable, children, walk
from laml.template.runtime import Env, SectionHelper

__all__ = [
    "Branch",
    "BranchPlan",
    "BranchRenderer",
    "BranchRendering",
    "Coverage",
    "SectionUse",
    "VariableUse",
    "cover_branches",
    "placeholder_value",
    "render_branches",
    "section_names",
    "section_uses",
    "variable_uses",
]

#: Section names that are helpers rather than data when bins are rendered.
HELPERS: Final = frozenset({"e164"})

#: What one rendering costs on top of its length, in characters (parsing, rule set-up).
RENDER_COST: Final = 2048
#: The budget of :func:`cover_branches`: this many times the template's size (plus one
#: rendering's fixed cost) in rendered characters.
WORK_FACTOR: Final = 16


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


# -- choosing renderings ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Branch:
    """One rendering chosen by :class:`BranchPlan`.

    ``on`` are the switched-on names (every other name is off). ``decided`` lists the
    sections the rendering reaches and whose state it chose or relies on, in template
    order, each with whether its body renders (``True``) or not.
    """

    on: frozenset[str]
    decided: tuple[tuple[SectionUse, bool], ...]
    covers: tuple[int, ...]


class BranchPlan:
    """Renderings that together show every section tag both switched on and off.

    Each section tag is a *target* twice: rendered with its body (open) and without it
    (closed), both while its enclosing sections let it be reached. Branches that no
    rendering can reach (``{{#a}}{{^a}}...{{/a}}{{/a}}``) are not targets. :meth:`next`
    walks the sections in template order, reaching only what the rendering will render,
    and decides each undecided name for the first target still to cover: a section opens
    while anything in it or its own open branch is uncovered, else closes if its closed
    branch is. Every rendering covers at least one new target, so ``len(plan)`` renderings
    at most are needed; usually a few more than the nesting depth. :meth:`commit` records
    what a rendering covered. Sections inside parent tags (``{{<p}}``) and helper
    sections (``{{#e164}}``) are no switches; ``{{#.}}`` neither.
    """

    def __init__(self, source: str | Sequence[Node], *, helpers: Iterable[str] = HELPERS):
        skip = frozenset(helpers)
        self.uses: list[SectionUse] = []
        self._parent: list[int] = []
        self._end: list[int] = []  # index just past each record's subtree
        self._open: list[bool] = []  # the value of its name that opens it
        self._name: list[str] = []
        self._transparent: list[bool] = []  # helpers and {{#.}}: always open, no switch
        self._pending: list[int] = []  # uncovered targets in the subtree (self included)
        self._covered: list[list[bool]] = []  # [closed covered, open covered]
        self.total: int = 0
        self._build(_nodes(source), skip)
        self.covered: int = 0

    def _build(self, nodes: Sequence[Node], skip: frozenset[str]) -> None:
        # Iterative preorder walk. ``required`` maps the names of the sections around the
        # current position to the value that opens them (what reaching it requires).
        required: dict[str, bool] = {}
        # (siblings, enclosing record, reachable, name pushed on ``required``, record to close)
        stack: list[tuple[Iterator[Node], int, bool, str | None, int]] = [
            (iter(nodes), -1, True, None, -1)
        ]
        while stack:
            siblings, parent, reachable, pushed, closes = stack[-1]
            node = next(siblings, None)
            if node is None:
                stack.pop()
                if closes >= 0:
                    self._end[closes] = len(self.uses)
                if pushed is not None:
                    del required[pushed]
                continue
            if isinstance(node, Parent):
                continue  # rendered from partials, which branch rendering does not have
            if not isinstance(node, Section):
                inner = children(node)
                if inner:  # a block outside a parent: its default content renders
                    stack.append((iter(inner), parent, reachable, None, -1))
                continue
            index = len(self.uses)
            opens = not node.inverted
            transparent = node.name in skip or not node.path
            self.uses.append(
                SectionUse(node.name, node.line, node.column, node.end_line, node.inverted)
            )
            self._parent.append(parent)
            self._end.append(index + 1)
            self._open.append(opens)
            self._name.append(node.name)
            self._transparent.append(transparent)
            self._pending.append(0)
            push: str | None = None
            needed = required.get(node.name)
            if not reachable or transparent:
                covered = [True, True]  # no target: unreachable, or no switch
                inner_reachable = reachable
            elif needed is None:
                covered = [False, False]
                inner_reachable = True
                required[node.name] = opens
                push = node.name
            elif needed == opens:  # always open where it stands
                covered = [True, False]
                inner_reachable = True
            else:  # always closed where it stands: its body is never rendered
                covered = [False, True]
                inner_reachable = False
            self._covered.append(covered)
            live = covered.count(False)
            if live:
                self.total += live
                self._add_pending(index, live)
            stack.append((iter(node.children), index, inner_reachable, push, index))

    def _add_pending(self, index: int, count: int) -> None:
        while index >= 0:
            self._pending[index] += count
            index = self._parent[index]

    def __len__(self) -> int:
        return self.total

    @property
    def left(self) -> int:
        """Targets not covered yet."""
        return self.total - self.covered

    def next(self) -> Branch | None:
        """The next rendering to make, or ``None`` when every target is covered."""
        if self.covered >= self.total:
            return None
        values: dict[str, bool] = {}
        decided: list[tuple[SectionUse, bool]] = []
        covers: list[int] = []
        index, count = 0, len(self.uses)
        while index < count:
            if self._transparent[index]:
                index += 1
                continue
            name = self._name[index]
            opens = self._open[index]
            value = values.get(name)
            if value is None:
                if self._pending[index] == 0:
                    index = self._end[index]  # nothing left to see in there
                    continue
                closed_done, open_done = self._covered[index]
                inside = self._pending[index] - (not closed_done) - (not open_done)
                is_open = not open_done or inside > 0
                values[name] = opens if is_open else not opens
            else:
                is_open = value == opens
            decided.append((self.uses[index], is_open))
            if not self._covered[index][is_open]:
                covers.append(index * 2 + is_open)
            index = index + 1 if is_open else self._end[index]
        on = frozenset(name for name, value in values.items() if value)
        return Branch(on, tuple(decided), tuple(covers))

    def commit(self, branch: Branch) -> None:
        """Record the targets ``branch`` covers (call it once the branch was rendered)."""
        for target in branch.covers:
            index, state = divmod(target, 2)
            if not self._covered[index][state]:
                self._covered[index][state] = True
                self.covered += 1
                self._add_pending(index, -1)

    def unchecked(self) -> list[tuple[SectionUse, bool]]:
        """The targets not covered yet: each section tag with the state never rendered."""
        return [
            (use, bool(state))
            for use, covered in zip(self.uses, self._covered, strict=True)
            for state in (1, 0)
            if not covered[state]
        ]


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
    """One rendering of a template for one set of switched-on sections.

    ``lines[i]`` is the template line output line ``i + 1`` starts on (for output from
    a partial, the line of the partial tag). ``decided`` are the sections whose state the
    rendering chose or relied on (see :class:`Branch`; empty for :func:`render_branches`).
    """

    text: str
    lines: tuple[int, ...]
    on: frozenset[str]
    decided: tuple[tuple[SectionUse, bool], ...] = ()

    def template_line(self, output_line: int) -> int:
        """The template line of a 1-based output line (clamped to the output's lines)."""
        if not self.lines:
            return 1
        return self.lines[min(max(output_line, 1), len(self.lines)) - 1]

    def sections_around(self, first: int, last: int, limit: int = 6) -> list[tuple[str, bool]]:
        """The decided sections nearest to template lines ``first``..``last`` that start
        among them or enclose them (at most ``limit``, in template order), each with
        whether its name was switched on."""
        decided = self.decided
        stop = bisect.bisect_right(decided, last, key=lambda item: item[0].line)
        found: dict[str, bool] = {}
        for position in range(stop - 1, max(stop - 8 * limit, 0) - 1, -1):
            use, is_open = decided[position]
            if use.end_line >= first and use.name not in found:
                found[use.name] = is_open != use.inverted
                if len(found) == limit:
                    break
        return list(reversed(found.items()))


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


def _switches(
    nodes: Sequence[Node], placeholder: Callable[[str], str], e164: bool
) -> tuple[dict[str, Any], dict[str, tuple[tuple[str, ...], str]]]:
    """The data with every section off, and each section name's path and on-value."""
    data: dict[str, Any] = {}
    switches: dict[str, tuple[tuple[str, ...], str]] = {}
    for node in walk(nodes):
        if isinstance(node, Variable) and node.path:
            _set_path(data, node.path, placeholder(node.path[-1]))
        elif isinstance(node, Section) and node.path:
            if not (node.name in HELPERS and e164):
                switches.setdefault(node.name, (node.path, placeholder(node.path[-1]) or node.name))
        elif isinstance(node, Partial | Parent) and node.dynamic:
            _set_path(data, tuple(node.name.split(".")), "")
    for path, _ in switches.values():
        _set_path(data, path, "")
    return data, switches


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
    data, switches = _switches(nodes, placeholder, e164)
    for name in frozenset(on):
        switch = switches.get(name)
        if switch is not None:
            _set_path(data, *switch)
    if e164:
        data["e164"] = E164
    return data


class BranchRenderer:
    """Renders one template for any set of switched-on sections, with line marks.

    The placeholder data is built once; each rendering only flips the switches that
    differ from the previous one, so its cost is that of its output. See
    :func:`render_branches` for the arguments.
    """

    def __init__(
        self,
        source: str,
        *,
        placeholder: Callable[[str], str] = placeholder_value,
        partials: Mapping[str, str] | None = None,
        e164: bool = True,
    ) -> None:
        self.source = source
        self.e164 = e164
        self._program: CompiledProgram = load(source, marks=True)
        self._data, self._switches = _switches(self._program.nodes, placeholder, e164)
        if e164:
            self._data["e164"] = _MARKED_E164
        self._partials = partials
        self._on: frozenset[str] = frozenset()

    @property
    def nodes(self) -> tuple[Node, ...]:
        """The template's parse tree."""
        return self._program.nodes

    def render(
        self, on: Iterable[str], decided: tuple[tuple[SectionUse, bool], ...] = ()
    ) -> BranchRendering:
        """Render with the sections named in ``on`` switched on, the others off."""
        enabled = frozenset(on)
        for name in enabled.symmetric_difference(self._on):
            switch = self._switches.get(name)
            if switch is not None:
                path, value = switch
                _set_path(self._data, path, value if name in enabled else "")
        self._on = enabled
        marked = self._program.run((self._data,), Env(self._partials))
        text, lines = _strip_marks(marked)
        return BranchRendering(text, lines, enabled, decided)


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
    renderer = BranchRenderer(source, placeholder=placeholder, partials=partials, e164=e164)
    return renderer.render(on)


class Coverage:
    """The renderings of a :class:`BranchRenderer` that cover its template's branches (see
    :class:`BranchPlan`), within a budget; iterate over it once.

    The budget (``budget`` characters, by default :data:`WORK_FACTOR` times the
    template's size plus :data:`RENDER_COST`) counts each rendering's length plus
    :data:`RENDER_COST`, so the work of checking a template grows linearly with its size
    whatever its sections. After the iteration, :attr:`plan` says how many branch targets
    there were and :attr:`unchecked` which ones the budget left out (none unless the
    template nests many sections very deep or holds thousands of them).
    """

    def __init__(self, renderer: BranchRenderer, *, budget: int | None = None) -> None:
        self.plan: BranchPlan = BranchPlan(
            renderer.nodes, helpers=HELPERS if renderer.e164 else ()
        )
        self._renderer = renderer
        size = len(renderer.source)
        self.budget: int = WORK_FACTOR * (size + RENDER_COST) if budget is None else budget
        self.spent: int = 0
        self.renderings: int = 0

    @property
    def unchecked(self) -> list[tuple[SectionUse, bool]]:
        """The targets not rendered (see :meth:`BranchPlan.unchecked`)."""
        return self.plan.unchecked()

    def __iter__(self) -> Iterator[BranchRendering]:
        """Render until every target is covered or the budget is spent (one at least)."""
        while self.renderings == 0 or self.spent < self.budget:
            branch = self.plan.next()
            if branch is None:
                if self.renderings:
                    return
                branch = Branch(frozenset(), (), ())  # no section: render the template once
            result = self._renderer.render(branch.on, branch.decided)
            self.spent += len(result.text) + RENDER_COST
            self.renderings += 1
            self.plan.commit(branch)
            yield result


def cover_branches(
    source: str,
    *,
    placeholder: Callable[[str], str] = placeholder_value,
    budget: int | None = None,
) -> Coverage:
    """Renderings that show every section of ``source`` both on and off, within a budget
    (as bins render: ``{{#e164}}`` is the helper; no partials). See :class:`Coverage`."""
    return Coverage(BranchRenderer(source, placeholder=placeholder), budget=budget)
