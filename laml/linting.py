"""Linting: validation against the schema, the lint rules, inline suppression, templates.

:func:`lint` checks one document and returns every finding, sorted by position:

1. validation against the bundled schema of the document's channel and dialect
   (codes ``LAML001`` to ``LAML099``, see :mod:`laml.validation`);
2. the lint rules in :mod:`laml.rules` (``LAML101`` and up). A rule that says the same thing
   as a validation diagnostic more precisely replaces it (the rule's ``SUPERSEDES``);
3. suppression: ``<!-- laml: ignore=LAML104 -->`` silences the listed codes (or rule names)
   for the element on the same line or the next line, or for the element the comment is a
   child of; ``<!-- laml: ignore -->`` silences everything there; ``<!-- laml: ignore-file=… -->``
   silences the codes in the whole document.

A document holding mustache tags (``{{…}}``) is a template (a LaML Bin): it is checked as a
template (``LAML2xx`` codes, see :func:`lint_template`) and every document it can render is
linted, with findings mapped back to template lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal

from lxml import etree

from laml._element import attributes
from laml.diagnostics import Diagnostic
from laml.document import Document, Source, load
from laml.vocabulary import Dialect

__all__ = ["TEMPLATE_CODES", "lint", "lint_document", "lint_template"]

ChannelName = Literal["voice", "messaging", "fax"]

#: Codes of the template checks, with what they mean.
TEMPLATE_CODES: dict[str, str] = {
    "LAML201": "mustache syntax error",
    "LAML202": "the template is not well-formed XML",
    "LAML203": "unescaped (triple mustache) interpolation of a request parameter",
    "LAML204": "variable that is not a known request parameter",
    "LAML205": "some section branches were not checked: checking them all would take too long",
}

_SUPPRESS = re.compile(
    r"<!--\s*laml:\s*(ignore-file|ignore)\s*(?:=\s*([A-Za-z0-9_,\s-]+?))?\s*-->", re.DOTALL
)


def lint(
    source: Source,
    *,
    dialect: Dialect = "signalwire",
    channel: ChannelName | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    name: str | None = None,
    template: bool | None = None,
) -> list[Diagnostic]:
    """Lint a document: an element tree, text, bytes or a path.

    ``select`` and ``ignore`` take codes, code prefixes (``LAML1``) or rule names; ``options``
    maps a rule code or name to option values (``{"LAML104": {"max": 5}}``). ``template``
    says whether the document is a mustache template; by default, whether it holds ``{{``.
    """
    doc = load(source, channel=channel, name=name)
    return lint_document(
        doc,
        dialect=dialect,
        channel=channel,
        select=select,
        ignore=ignore,
        options=options,
        template=template,
    )


def lint_document(
    doc: Document,
    *,
    dialect: Dialect = "signalwire",
    channel: ChannelName | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    template: bool | None = None,
) -> list[Diagnostic]:
    """Lint a document loaded with :func:`laml.document.load` (see :func:`lint`)."""
    if template or (template is None and "{{" in doc.text):
        found = lint_template(
            doc.text,
            dialect=dialect,
            channel=channel,
            ignore=ignore,
            options=options,
            select=select,
            document=doc,
        )
    else:
        found = _lint_plain(doc, dialect, channel, select, ignore, options)
    return _filter(suppress(doc, found), select, ignore)


def _lint_plain(
    doc: Document,
    dialect: Dialect,
    channel: ChannelName | None,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    options: Mapping[str, Mapping[str, Any]] | None,
) -> list[Diagnostic]:
    from laml import rules
    from laml.validation import validate_document

    if channel is not None and doc.channel != channel:
        from laml._records import replace

        doc = replace(doc, channel=channel)
    validation = validate_document(doc, dialect=dialect, channel=channel)
    chosen = rules.selected(select, ignore)
    found = rules.run(doc, chosen, dialect=dialect, options=options)
    supersedes = {r.code: r.supersedes for r in chosen}
    kept = [
        v
        for v in validation
        if not any(
            v.code in supersedes.get(f.code, ()) and _same_place(v.path, f.path) for f in found
        )
    ]
    return _sorted(kept + found)


def _element_path(path: str) -> str:
    return path.split("/@", 1)[0]


def _same_place(a: str, b: str) -> bool:
    """Whether two paths name the same thing, or an element and one of its attributes."""
    return a == b or _element_path(a) == b or a == _element_path(b)


def _sorted(found: Iterable[Diagnostic]) -> list[Diagnostic]:
    unique = dict.fromkeys(found)
    return sorted(unique, key=lambda d: (d.line, d.column, d.code, d.message))


def _filter(
    found: list[Diagnostic], select: Sequence[str] | None, ignore: Sequence[str] | None
) -> list[Diagnostic]:
    """Apply ``select``/``ignore`` to validation and template codes too (rules were chosen)."""
    from laml.rules import names as rule_names

    names = rule_names()

    def matches(d: Diagnostic, patterns: Sequence[str]) -> bool:
        return any(d.code.startswith(p) or names.get(d.code) == p for p in patterns)

    if select:
        found = [d for d in found if matches(d, select)]
    if ignore:
        found = [d for d in found if not matches(d, ignore)]
    return found


def suppress(doc: Document, found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop the findings silenced by ``<!-- laml: ignore… -->`` comments in ``doc``."""
    if "laml:" not in doc.text or not found:
        return found
    from laml.rules import names as rule_names

    names = rule_names()
    whole: set[str] = set()
    local: list[tuple[int, int, frozenset[str] | None, str | None]] = []
    for kind, codes, start, end, parent in _suppressions(doc):
        if kind == "ignore-file":
            if codes is None:
                return []
            whole |= codes
        else:
            local.append((start, end, codes, parent))

    def silenced(d: Diagnostic) -> bool:
        keys = {d.code, names.get(d.code, "")}
        if keys & whole:
            return True
        for start, end, codes, parent in local:
            near = start <= d.line <= end + 1
            inside = parent is not None and _element_path(d.path) == parent
            if (near or inside) and (codes is None or bool(keys & codes)):
                return True
        return False

    return [d for d in found if not silenced(d)]


def _suppressions(
    doc: Document,
) -> Iterable[tuple[str, frozenset[str] | None, int, int, str | None]]:
    """(kind, codes or None for all, first line, last line, path of the enclosing element)."""
    from lxml import etree

    if doc.root is None:  # not well-formed: read the comments from the text
        for found in _SUPPRESS.finditer(doc.text):
            first = doc.text.count("\n", 0, found.start()) + 1
            yield (
                found.group(1),
                _codes(found.group(2)),
                first,
                first + found.group().count("\n"),
                None,
            )
        return
    comments: list[Any] = list(doc.root.iter(etree.Comment))
    comments += [n for n in doc.root.itersiblings(preceding=True) if isinstance(n, etree._Comment)]
    for comment in comments:
        match = _SUPPRESS.fullmatch(f"<!--{comment.text}-->")
        if match is None:
            continue
        line: int = comment.sourceline or 1
        parent = comment.getparent()
        yield (
            match.group(1),
            _codes(match.group(2)),
            line,
            line + (comment.text or "").count("\n"),
            Document.path(parent) if parent is not None else None,
        )


def _codes(text: str | None) -> frozenset[str] | None:
    if not text:
        return None
    return frozenset(c.strip() for c in text.split(",") if c.strip())


# ------------------------------------------------------------------ templates


def lint_template(
    source: str,
    *,
    dialect: Dialect = "signalwire",
    channel: ChannelName | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    document: Document | None = None,
) -> list[Diagnostic]:
    """Lint a template (a bin's contents) and every document it can render.

    * ``LAML201``: mustache syntax errors, with the line and column in the template;
    * ``LAML202``: the template itself must be well-formed XML (the platform refuses bins that
      are not), mustache tags being plain text to XML;
    * renderings with placeholder values that show every section both switched on and off
      (:func:`laml.template.branches.cover_branches`) are linted; findings are reported at
      the template line they come from, with the sections around it that it depends on. The
      work is bounded by the template's size: branches it leaves out (only templates with
      thousands of sections or very deep nesting have some) are named by an ``LAML205`` info;
    * ``LAML203``: ``{{{x}}}`` / ``{{& x}}`` on a request parameter (its value can change the
      document's structure);
    * ``LAML204``: a variable that is not a known request parameter, with a hint for a near miss
      in case (``{{from}}`` → ``{{From}}``).
    """
    import dataclasses

    from laml.errors import TemplateSyntaxError
    from laml.template import branches
    from laml.template.bins import check_parameter

    out: list[Diagnostic] = []
    try:
        variables = branches.variable_uses(source)
    except TemplateSyntaxError as exc:
        nesting = exc.message.startswith("sections nest deeper")
        return [
            Diagnostic(
                "LAML201",
                "error",
                f"mustache syntax error: {exc.message}",
                exc.line,
                exc.column,
                hint="close sections sooner; deep nesting is usually a missing {{/section}}"
                if nesting
                else "every {{#section}} needs its {{/section}}; tags are {{name}}",
                platform_code=20422,
            )
        ]
    plain = document if document is not None else load(source, channel=channel)
    if plain.root is None:
        assert plain.error is not None
        out.append(
            Diagnostic(
                "LAML202",
                "error",
                f"the template is not well-formed XML: {plain.error.message}",
                plain.error.line,
                plain.error.column,
                hint="mustache tags may stand only where text or an attribute value can",
                platform_code=20422,
            )
        )
    for use in variables:
        check = check_parameter(use.name.split(".")[0])
        if not use.escaped and (check.known or check.suggestion):
            out.append(
                Diagnostic(
                    "LAML203",
                    "warning",
                    f"{{{{{{{use.name}}}}}}} inserts the request parameter unescaped: a caller "
                    "can change the document's structure with it",
                    use.line,
                    use.column,
                    hint=f"use {{{{{use.name}}}}}",
                )
            )
        if not check.known and use.name != ".":
            hint = f"did you mean {{{{{check.suggestion}}}}}?" if check.suggestion else None
            out.append(
                Diagnostic(
                    "LAML204",
                    "info",
                    f"{{{{{use.name}}}}} is not a request parameter the platform sends",
                    use.line,
                    use.column,
                    hint=hint or "fine for a query parameter you add to the bin URL yourself",
                )
            )
    coverage = branches.cover_branches(source, placeholder=placeholders(source, plain))
    seen: dict[tuple[str, int, str], tuple[int, dict[str, bool]]] = {}
    for rendering in coverage:
        doc = load(rendering.text, channel=channel)
        for d in _lint_plain(doc, dialect, channel, select, ignore, options):
            first, last = _template_span(doc, d, rendering)
            around = dict(rendering.sections_around(first, last, _NOTE_SECTIONS + 1))
            key = (d.code, first, d.message)
            known = seen.get(key)
            if known is None:
                seen[key] = (len(out), around)
                out.append(dataclasses.replace(d, line=first, column=1))
            else:  # keep only the states common to every rendering showing it
                common = known[1]
                for name in [n for n in common if around.get(n) != common[n]]:
                    del common[name]
    for index, around in seen.values():
        if around:
            states = [f"{name} {'set' if on else 'empty'}" for name, on in around.items()]
            if len(states) > _NOTE_SECTIONS:  # the nearest ones, and more before them
                states = ["…", *states[-_NOTE_SECTIONS:]]
            note = ", ".join(states)
            message = f"{out[index].message} (when {note})"
            out[index] = dataclasses.replace(out[index], message=message)
    unchecked = coverage.unchecked
    if unchecked:
        section, on = unchecked[0]
        state = "rendered" if on else "left out"
        out.append(
            Diagnostic(
                "LAML205",
                "info",
                f"{len(unchecked)} of {len(coverage.plan)} section branches were not checked "
                f"(the first: {section.name!r} {state} at line {section.line}); checking every "
                "branch of this template would take too long",
                section.line,
                section.column,
                hint="fewer or shallower sections let every branch be checked",
            )
        )
    return _sorted(out)


#: How many sections a finding's "(when …)" note names at most.
_NOTE_SECTIONS = 6


def _template_span(doc: Document, d: Diagnostic, rendering: Any) -> tuple[int, int]:
    """The template lines of the element a finding is about, from its start tag to its end
    tag (its first line only when the element cannot be found)."""
    first = rendering.template_line(d.line)
    el = _element_at(doc, d.path)
    if el is None:
        return first, first
    end = _end_offset(doc, el)
    if end is None:
        return first, first
    return first, max(first, rendering.template_line(doc.line_column(end)[0]))


_START_TAG = re.compile(r"""<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")
_AFTER_LAST = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|</[^>]*>", re.DOTALL)


def _end_offset(doc: Document, el: Any) -> int | None:
    """Where the end tag of ``el`` starts in the text (its start tag, if self-closing).

    No element starts after the last one inside ``el``, so from there on every end tag
    (comments, CDATA and instructions aside) closes one more enclosing element.
    """
    found = el.xpath("(descendant::*)[last()]")
    last = found[0] if found else el
    start = doc.offset(last)
    tag = _START_TAG.match(doc.text, start)
    if tag is None:
        return None
    levels = 0 if tag.group(1) else 1
    node = last
    while node is not el:
        node = node.getparent()
        levels += 1
    if levels == 0:
        return start
    for match in _AFTER_LAST.finditer(doc.text, tag.end()):
        if match.group().startswith("</"):
            levels -= 1
            if levels == 0:
                return match.start()
    return None


def _element_at(doc: Document, path: str) -> Any:
    element_path = _element_path(path)
    if doc.root is None or not element_path.startswith("/"):
        return None
    try:
        found = doc.root.getroottree().xpath(element_path)
    except etree.XPathError:
        return None
    return found[0] if isinstance(found, list) and found else None


_MUSTACHE = re.compile(r"\{\{\{?\s*[&]?\s*([^}#^/!>=\s][^}\s]*)\s*\}?\}\}")
_PHONE = "+15550100000"
_PHONE_TEXT = {"Number", "Dial", "WhatsApp"}
_PHONE_ATTRIBUTES = {"callerId", "to", "from"}
_TEXT_SAMPLES = {
    "Redirect": "https://example.com/placeholder",
    "Play": "https://example.com/placeholder.mp3",
    "Media": "https://example.com/placeholder.png",
    "Sip": "sip:placeholder@example.com",
    "Verto": "placeholder@example.verto.signalwire.com",
    "Denoise": "on",
}


def placeholders(source: str, template: Document) -> Callable[[str], str]:
    """Placeholder values that fit where each variable stands in the template.

    A request parameter gets a sample of its own (an E.164 number for ``From``); any other
    variable gets a valid value of the attribute or element text it is used in (a phone number in
    ``<Number>``, a URL in ``action``, an integer in range in ``timeout``, the first value of an
    enumeration), so that the documents a template renders are judged on their structure, not
    on made-up values. ``{{.}}`` counts for the section around it.
    """
    from laml.template import branches
    from laml.template.compiler import load as load_template
    from laml.template.nodes import Node, Section, Variable

    contexts: dict[str, str] = {}
    if template.root is not None:
        for el in template.elements():
            tag = str(el.tag)
            for name, value in attributes(el).items():
                for var in _MUSTACHE.findall(value):
                    sample = _attribute_sample(tag, name)
                    if sample is not None:
                        contexts.setdefault(var, sample)
            for text in (el.text, *(child.tail for child in el)):
                for var in _MUSTACHE.findall(text or ""):
                    if tag in _PHONE_TEXT:
                        contexts.setdefault(var, _PHONE)
                    elif tag in _TEXT_SAMPLES:
                        contexts.setdefault(var, _TEXT_SAMPLES[tag])

    def credit_dots(nodes: Sequence[Node], section: str | None) -> None:
        for node in nodes:
            if isinstance(node, Variable) and not node.path and section and "." in contexts:
                contexts.setdefault(section, contexts["."])
            elif isinstance(node, Section):
                credit_dots(node.children, node.path[-1] if node.path else section)

    if "." in contexts:
        credit_dots(load_template(source).nodes, None)

    def placeholder(name: str) -> str:
        sample = branches.placeholder_value(name)
        if sample != name:
            return sample  # a request parameter's own sample
        return contexts.get(name, name)

    return placeholder


def _attribute_sample(tag: str, name: str) -> str | None:
    """A valid value for attribute ``name`` of ``tag`` (in any channel), or None."""
    from laml.vocabulary import CHANNELS, channel_elements

    if name in _PHONE_ATTRIBUTES:
        return _PHONE
    for channel in CHANNELS:
        for spec in channel_elements(channel):
            attr = spec.attr(name) if spec.tag == tag else None
            if attr is not None:
                dialect: Dialect = "signalwire" if "signalwire" in attr.dialects else "twilio"
                return _sample(attr.type_in(dialect))
    return None


def _sample(t: Any) -> str | None:
    if t.url or t.base == "anyURI":
        return "https://example.com/placeholder"
    if t.values:
        return str(t.values[0])
    if t.base in ("integer", "decimal"):
        return str(int(t.min) if t.min is not None else 1)
    if t.union:
        for member in t.union:
            sample = _sample(member)
            if sample is not None:
                return sample
    if t.item is not None:
        return _sample(t.item)
    return None


