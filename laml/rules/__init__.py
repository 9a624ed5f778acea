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
* ``FIXES`` (optional): the kinds of fix its findings may carry, ``"safe"`` and/or
  ``"unsafe"`` (see :class:`laml.diagnostics.Fix`); the fix itself is built in ``check``,
  beside the finding, with the :class:`Context` helpers (:meth:`Context.set_attribute` ...);
* ``check(ctx)``: yields :class:`Finding` objects;
* a docstring that explains the rule, with examples the tests run: a block introduced by
  ``Fails::`` must give at least one finding of the rule, one introduced by ``Passes::`` none,
  and a ``Fixed::`` block after a ``Fails::`` block is the document once the rule's fixes are
  applied (``Fixed (unsafe)::`` with the unsafe ones too).
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
from typing import TYPE_CHECKING

from laml._records import record, replace
from laml.diagnostics import Diagnostic, Edit, Fix, Severity
from laml.document import Document, PlainElement
from laml.rules import _source
from laml.vocabulary import Attr, Channel, Dialect, ElementSpec, Type, channel_elements

if TYPE_CHECKING:
    from laml.settings import RuleOptions

__all__ = [
    "Context",
    "Example",
    "Finding",
    "PlainElement",
    "Rule",
    "all_rules",
    "examples",
    "find",
    "help_uri",
    "names",
    "run",
    "selected",
]


@record(frozen=True)
class Finding:
    """What a rule found: where (an element, maybe one of its attributes) and what."""

    element: PlainElement | None
    message: str
    hint: str | None = None
    attribute: str | None = None
    severity: Severity | None = None
    platform_code: int | None = None
    #: character offset in the text, for findings that are not about an element
    offset: int | None = None
    #: the correction, if the rule can offer one here
    fix: Fix | None = None


@record(frozen=True)
class Rule:
    """A loaded rule module."""

    code: str
    name: str
    severity: Severity
    platform_code: int | None
    channels: frozenset[Channel]
    options: RuleOptions
    text_rule: bool
    supersedes: frozenset[str]
    #: the kinds of fix the rule's findings may carry: "safe", "unsafe"
    fixes: frozenset[str]
    check: Callable[[Context], Iterable[Finding]]
    doc: str
    module: str

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return self.doc.strip().splitlines()[0]


@record(frozen=True)
class Example:
    """An example from a rule's docstring; ``fixed`` is the document its fixes give (with the
    unsafe ones when ``unsafe``), for a failing example followed by a ``Fixed::`` block."""

    passes: bool
    document: str
    settings: Mapping[str, str]
    fixed: str | None = None
    unsafe: bool = False


class Context:
    """What a rule sees: the document, its dialect and channel, the rule's options."""

    def __init__(
        self, doc: Document, dialect: Dialect, channel: Channel, options: RuleOptions
    ) -> None:
        self.doc = doc
        self.dialect = dialect
        self.channel = channel
        self.options = options

    @property
    def root(self) -> PlainElement:
        assert self.doc.root is not None
        return self.doc.root

    def elements(self, *tags: str) -> Iterator[PlainElement]:
        """The elements of the document, in order; only those with one of ``tags`` if given."""
        if not tags:
            return iter(self.doc.elements())
        if len(tags) == 1:
            return iter(self.doc.elements_named(tags[0]))
        wanted = set(tags)
        return (e for e in self.doc.elements() if e.tag in wanted)

    def attributes(self, el: PlainElement) -> Mapping[str, str]:
        """The attributes of ``el`` (read once per document, whatever the rules ask)."""
        return self.doc.attributes(el)

    def spec(self, el: PlainElement) -> ElementSpec | None:
        """The vocabulary entry of ``el`` in this document's channel (by tag and parent)."""
        parent = el.getparent()
        return _spec_index(self.channel).get((str(el.tag), None if parent is None else parent.tag))

    def attr(self, el: PlainElement, name: str) -> Attr | None:
        """The vocabulary entry of attribute ``name`` of ``el``."""
        spec = self.spec(el)
        return spec.attr(name) if spec is not None else None

    def typed_attributes(self) -> Iterator[tuple[PlainElement, str, str, Type]]:
        """Every attribute the vocabulary knows in this dialect, in document order:
        ``(element, name, value, value type)``."""
        for el in self.elements():
            spec = self.spec(el)
            if spec is None:
                continue
            for name, value in self.attributes(el).items():
                attr = spec.attr(name)
                if attr is not None and self.dialect in attr.dialects:
                    yield el, name, value, attr.type_in(self.dialect)

    # -- fixes: each returns None where the text cannot be edited safely (an entity, CDATA)

    def set_attribute(
        self, el: PlainElement, name: str, value: str, description: str, *, safe: bool = True
    ) -> Fix | None:
        """A fix that gives attribute ``name`` of ``el`` the value ``value``."""
        span = _source.attribute_value(self.doc, el, name)
        if span is None:
            return None
        start, end, quote = span
        return Fix((Edit(start, end, _source.escape_attribute(value, quote)),), description, safe)

    def remove_attribute(
        self, el: PlainElement, name: str, description: str, *, safe: bool = True
    ) -> Fix | None:
        """A fix that removes attribute ``name`` of ``el`` (with the space before it)."""
        span = _source.attribute(self.doc, el, name)
        if span is None:
            return None
        return Fix((Edit(span[0], span[1], ""),), description, safe)

    def rename_attribute(
        self, el: PlainElement, name: str, new: str, description: str, *, safe: bool = True
    ) -> Fix | None:
        """A fix that renames attribute ``name`` of ``el`` to ``new``; none when ``el`` has an
        attribute ``new`` already (the element would hold it twice)."""
        if new in el.attrib:
            return None
        span = _source.attribute_name(self.doc, el, name)
        if span is None:
            return None
        return Fix((Edit(span[0], span[1], new),), description, safe)

    def rename_element(
        self, el: PlainElement, new: str, description: str, *, safe: bool = True
    ) -> Fix | None:
        """A fix that renames ``el`` (its start tag and its end tag) to ``new``."""
        spans = _source.element_names(self.doc, el)
        if spans is None:
            return None
        return Fix(tuple(Edit(s, e, new) for s, e in spans), description, safe)

    def set_text(
        self, el: PlainElement, value: str, description: str, *, safe: bool = True
    ) -> Fix | None:
        """A fix that replaces the text of ``el`` (its leading text, white space around it
        kept) with ``value``; never use it on text that is spoken or sent."""
        span = _source.text(self.doc, el)
        if span is None:
            return None
        return Fix((Edit(span[0], span[1], _source.escape_text(value)),), description, safe)


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


def find(key: str) -> Rule | None:
    """The rule whose code or name is ``key`` (any case), or ``None``."""
    rules = all_rules()
    found = rules.get(key.upper())
    if found is not None:
        return found
    return next((r for r in rules.values() if r.name == key.lower()), None)


def anchor(code: str) -> str:
    """The anchor of ``code`` in ``docs/rules.md``."""
    rule = all_rules().get(code)
    if rule is not None:
        return f"{rule.code}-{rule.name}".lower()
    return "validation-codes" if code < "LAML100" else "template-checks"


@cache
def _docs() -> str | None:
    """Where ``docs/rules.md`` is: the project's documentation URL if the installed package
    names one (``Documentation`` or ``Rules`` in ``[project.urls]``), else the copy in the
    package (a wheel carries it) or in the source tree, as a ``file:`` URI."""
    from importlib import metadata
    from pathlib import Path

    try:
        urls = metadata.metadata("laml").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("rules", "documentation") and url.strip():
            url = str(url).strip()
            return url if url.endswith(".md") or "#" in url else url.rstrip("/") + "/rules.md"
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "docs" / "rules.md", here.parent / "docs" / "rules.md"):
        if candidate.is_file():
            return candidate.as_uri()
    return None


def help_uri(code: str) -> str | None:
    """The URI of ``code``'s documentation (a lint rule, a validation or template code)."""
    base = _docs()
    return None if base is None else f"{base}#{anchor(code)}"


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
        fixes=frozenset(getattr(module, "FIXES", ())),
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
    options: Mapping[str, RuleOptions] | None = None,
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
        path = doc.path(el) + (f"/@{finding.attribute}" if finding.attribute else "")
    return Diagnostic(
        code=rule.code,
        severity=finding.severity or rule.severity,
        message=finding.message,
        line=line,
        column=column,
        path=path,
        hint=finding.hint,
        platform_code=finding.platform_code or rule.platform_code,
        fix=finding.fix,
    )


_EXAMPLE = re.compile(r"^( *)(Fails|Passes|Fixed)(?: \(([^)]*)\))?::[ \t]*$", re.MULTILINE)


def examples(rule: Rule) -> list[Example]:
    """The examples in ``rule``'s docstring."""
    found: list[Example] = []
    doc = rule.doc
    for match in _EXAMPLE.finditer(doc):
        indent = len(match.group(1))
        settings = dict(
            (k.strip(), v.strip())
            for k, v in (
                part.split("=", 1) for part in (match.group(3) or "").split(",") if "=" in part
            )
        )
        lines: list[str] = []
        for line in doc[match.end() :].splitlines()[1:]:
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            lines.append(line.rstrip() if not line.strip() else line)
        if lines and not lines[0].strip():
            lines = lines[1:]  # the blank line that follows "::"; more blank lines are text
        block = "\n".join(lines).rstrip("\n")
        width = min(
            (len(ln) - len(ln.lstrip()) for ln in block.splitlines() if ln.strip()), default=0
        )
        text = "\n".join(ln[width:] for ln in block.splitlines())
        if match.group(2) == "Fixed":
            if not found or found[-1].passes or found[-1].fixed is not None:
                raise ValueError(f"{rule.code}: a Fixed:: block must follow a Fails:: block")
            unsafe = "unsafe" in (match.group(3) or "").split(",")
            found[-1] = replace(found[-1], fixed=text, unsafe=unsafe)
            continue
        found.append(Example(match.group(2) == "Passes", text, settings))
    return found
