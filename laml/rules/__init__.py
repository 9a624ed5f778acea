"""Lint rules: what a schema cannot say about a document.

One module per rule. Each module defines:

* ``CODE`` (stable, ``LAML1xx``), ``NAME`` (short, kebab-case) and ``SEVERITY``;
* ``PLATFORM_CODE``: the platform's error code for the problem, or ``None``;
* ``CHANNELS``: the channels the rule applies to;
* ``OPTIONS``: option names and their defaults (configurable per rule);
* ``TEXT_RULE`` (optional, default ``False``): the rule reads the raw text, so it also runs
  on documents that are not well-formed;
* ``SUPERSEDES`` (optional): validation codes that the rule's finding replaces when both point
  at the same place (the rule says it more precisely);
* ``check(ctx)``: yields :class:`Finding` objects;
* a docstring that explains the rule, with examples the tests run: a block introduced by
  ``Fails::`` must give at least one finding of the rule, one introduced by ``Passes::`` none.
  ``Fails (dialect=twilio, channel=messaging, max=2)::`` sets the dialect, the channel or an
  option for that example.

:func:`all_rules` loads them; :func:`run` applies them to a :class:`~laml.document.Document`.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from types import ModuleType
from typing import Any

from lxml import etree

from laml._records import record
from laml.diagnostics import Diagnostic, Severity
from laml.document import Document
from laml.vocabulary import Attr, Channel, Dialect, ElementSpec, channel_elements

__all__ = [
    "Context",
    "Example",
    "Finding",
    "Rule",
    "all_rules",
    "examples",
    "names",
    "run",
    "selected",
]


@record(frozen=True)
class Finding:
    """What a rule found: where (an element, maybe one of its attributes) and what."""

    element: etree._Element | None
    message: str
    hint: str | None = None
    attribute: str | None = None
    severity: Severity | None = None
    platform_code: int | None = None
    #: character offset in the text, for findings that are not about an element
    offset: int | None = None


@record(frozen=True)
class Rule:
    """A loaded rule module."""

    code: str
    name: str
    severity: Severity
    platform_code: int | None
    channels: frozenset[Channel]
    options: Mapping[str, Any]
    text_rule: bool
    supersedes: frozenset[str]
    check: Callable[[Context], Iterable[Finding]]
    doc: str
    module: str

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return self.doc.strip().splitlines()[0]


@record(frozen=True)
class Example:
    """An example from a rule's docstring."""

    passes: bool
    document: str
    settings: Mapping[str, str]


class Context:
    """What a rule sees: the document, its dialect and channel, the rule's options."""

    def __init__(
        self, doc: Document, dialect: Dialect, channel: Channel, options: Mapping[str, Any]
    ) -> None:
        self.doc = doc
        self.dialect = dialect
        self.channel = channel
        self.options = options

    @property
    def root(self) -> etree._Element:
        assert self.doc.root is not None
        return self.doc.root

    def elements(self, *tags: str) -> Iterator[etree._Element]:
        """The elements of the document, in order; only those with one of ``tags`` if given."""
        wanted = set(tags)
        return (e for e in self.doc.elements() if not wanted or e.tag in wanted)

    def spec(self, el: etree._Element) -> ElementSpec | None:
        """The vocabulary entry of ``el`` in this document's channel (by tag and parent)."""
        parent = el.getparent()
        return _spec_index(self.channel).get((str(el.tag), None if parent is None else parent.tag))

    def attr(self, el: etree._Element, name: str) -> Attr | None:
        """The vocabulary entry of attribute ``name`` of ``el``."""
        spec = self.spec(el)
        return spec.attr(name) if spec is not None else None


@cache
def _spec_index(channel: Channel) -> dict[tuple[str, object], ElementSpec]:
    specs = {s.cls: s for s in channel_elements(channel)}
    index: dict[tuple[str, object], ElementSpec] = {}
    for spec in specs.values():
        if spec.kind == "root":
            index[(spec.tag, None)] = spec
        for child in spec.children:
            index[(specs[child.cls].tag, spec.tag)] = specs[child.cls]
    return index


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule, by code."""
    rules: dict[str, Rule] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = _load(module)
        if rule.code in rules:
            raise RuntimeError(f"two rules use code {rule.code}")
        rules[rule.code] = rule
    return dict(sorted(rules.items()))


@cache
def names() -> dict[str, str]:
    """Each rule's name, by code."""
    return {code: rule.name for code, rule in all_rules().items()}


def _load(module: ModuleType) -> Rule:
    return Rule(
        code=module.CODE,
        name=module.NAME,
        severity=module.SEVERITY,
        platform_code=module.PLATFORM_CODE,
        channels=frozenset(module.CHANNELS),
        options=dict(getattr(module, "OPTIONS", {})),
        text_rule=getattr(module, "TEXT_RULE", False),
        supersedes=frozenset(getattr(module, "SUPERSEDES", ())),
        check=module.check,
        doc=module.__doc__ or "",
        module=module.__name__,
    )


def _matches(rule: Rule, patterns: Iterable[str]) -> bool:
    return any(rule.code.startswith(p) or rule.name == p for p in patterns)


def selected(
    select: Sequence[str] | None = None, ignore: Sequence[str] | None = None
) -> list[Rule]:
    """The rules chosen by ``select`` and ``ignore``: codes, code prefixes or names."""
    rules = list(all_rules().values())
    if select:
        rules = [r for r in rules if _matches(r, select)]
    if ignore:
        rules = [r for r in rules if not _matches(r, ignore)]
    return rules


def run(
    doc: Document,
    rules: Iterable[Rule],
    *,
    dialect: Dialect = "signalwire",
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Diagnostic]:
    """Apply ``rules`` to ``doc``; ``options`` maps a rule code or name to option overrides."""
    out: list[Diagnostic] = []
    for rule in rules:
        if doc.channel not in rule.channels:
            continue
        if doc.root is None and not rule.text_rule:
            continue
        settings = dict(rule.options)
        if options:
            settings.update(options.get(rule.code, {}))
            settings.update(options.get(rule.name, {}))
        ctx = Context(doc, dialect, doc.channel, settings)
        for finding in rule.check(ctx):
            out.append(_diagnostic(doc, rule, finding))
    return out


def _diagnostic(doc: Document, rule: Rule, finding: Finding) -> Diagnostic:
    el = finding.element
    path = ""
    if finding.offset is not None:
        line, column = doc.line_column(finding.offset)
    elif el is not None and finding.attribute:
        line, column = doc.attribute_position(el, finding.attribute)
    elif el is not None:
        line, column = doc.position(el)
    else:
        line, column = 1, 1
    if el is not None:
        path = Document.path(el) + (f"/@{finding.attribute}" if finding.attribute else "")
    return Diagnostic(
        code=rule.code,
        severity=finding.severity or rule.severity,
        message=finding.message,
        line=line,
        column=column,
        path=path,
        hint=finding.hint,
        platform_code=finding.platform_code or rule.platform_code,
    )


_EXAMPLE = re.compile(r"^( *)(Fails|Passes)(?: \(([^)]*)\))?::\s*$", re.MULTILINE)


def examples(rule: Rule) -> list[Example]:
    """The examples in ``rule``'s docstring."""
    found: list[Example] = []
    doc = rule.doc
    for match in _EXAMPLE.finditer(doc):
        indent = len(match.group(1))
        settings = dict(
            (k.strip(), v.strip())
            for k, v in (part.split("=", 1) for part in (match.group(3) or "").split(",") if part)
        )
        lines: list[str] = []
        for line in doc[match.end() :].splitlines()[1:]:
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            lines.append(line)
        block = "\n".join(lines).strip("\n")
        width = min(
            (len(ln) - len(ln.lstrip()) for ln in block.splitlines() if ln.strip()), default=0
        )
        text = "\n".join(ln[width:] for ln in block.splitlines())
        found.append(Example(match.group(2) == "Passes", text, settings))
    return found
