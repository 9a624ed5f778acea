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
linted, with findings mapped back to template lines. A document with Jinja2 syntax
(``{% if %}``, ``{{ name|filter }}``) is linted with Jinja2 (see :mod:`laml.jinja`).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from laml.diagnostics import Diagnostic
from laml.document import Document, Source, comment_spans, load
from laml.vocabulary import Dialect

if TYPE_CHECKING:
    from laml.settings import RuleOptions, Settings

__all__ = ["TEMPLATE_CODES", "lint", "lint_document", "lint_template", "resolve_settings"]

ChannelName = Literal["voice", "messaging", "fax"]
#: What a document is a template of: ``True`` or ``"mustache"`` (a LaML Bin), ``"jinja"``.
TemplateKind = bool | Literal["mustache", "jinja"] | None

#: Codes of the template checks, with what they mean.
TEMPLATE_CODES: dict[str, str] = {
    "LAML201": "mustache syntax error",
    "LAML202": "the template is not well-formed XML",
    "LAML203": "unescaped (triple mustache) interpolation of a request parameter",
    "LAML204": "variable that is not a known request parameter",
    "LAML205": "some section branches were not checked: checking them all would take too long",
    "LAML206": "Jinja2 template syntax error",
    "LAML207": "template syntax laml does not check (Django templates, Jinja2 includes)",
}

#: The text of a suppression comment (between ``<!--`` and ``-->``); unambiguous, so matching
#: takes time linear in the comment.
_SUPPRESS = re.compile(r"\s*laml:\s*(ignore-file|ignore)\s*(?:=([A-Za-z0-9_,\s-]+))?")


def lint(
    source: Source,
    *,
    dialect: Dialect | None = None,
    channel: ChannelName | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: Mapping[str, RuleOptions] | None = None,
    name: str | None = None,
    template: TemplateKind = None,
    settings: Settings | Mapping[str, object] | os.PathLike[str] | None = None,
) -> list[Diagnostic]:
    """Lint a document: an element tree, text (a ``str``, never a file name), bytes or a path
    (an ``os.PathLike``). A document over 128 kB is read but not parsed: it gets only the
    checks that read its text, and an ``LAML014`` info saying so.

    ``select`` and ``ignore`` take codes, code prefixes (``LAML1``) or rule names; ``options``
    maps a rule code or name to option values (``{"LAML104": {"max": 5}}``). ``template``
    says whether the document is a template (``"mustache"`` or ``True`` for a LaML Bin,
    ``"jinja"``, ``False`` for none); by default it is guessed from its text. ``settings``
    are those ``laml lint`` reads: a :class:`laml.Settings`, a mapping shaped like
    ``[tool.laml]``, or the path of a ``pyproject.toml``; arguments given here win over them,
    and their ``per-file-ignores`` apply to ``name`` (or the path). Raises
    :class:`laml.SettingsError` for an unknown code or rule name.
    """
    if name is None and isinstance(source, os.PathLike):
        name = os.fspath(source)
    dialect, channel, select, ignore, options = resolve_settings(
        settings, name, dialect, channel, select, ignore, options
    )
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


def resolve_settings(
    settings: Settings | Mapping[str, object] | os.PathLike[str] | None,
    name: str | None,
    dialect: Dialect | None,
    channel: ChannelName | None,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    options: Mapping[str, RuleOptions] | None,
) -> tuple[
    Dialect,
    ChannelName | None,
    Sequence[str] | None,
    Sequence[str] | None,
    Mapping[str, RuleOptions] | None,
]:
    """The arguments of :func:`lint` with ``settings`` filled in where they are not given."""
    from laml.settings import Settings, check_codes

    if settings is None:
        for patterns, label in ((select, "select"), (ignore, "ignore")):
            if patterns:
                check_codes(list(patterns), label)
        return dialect or "signalwire", channel, select, ignore, options
    if isinstance(settings, os.PathLike):
        settings = Settings.from_file(settings)
    elif not isinstance(settings, Settings):
        settings = Settings.from_mapping(settings)
    else:
        settings.check()
    chosen, ignored = settings.selection(name)
    if select is not None:
        check_codes(list(select), "select")
        chosen = list(select)
    if ignore is not None:
        check_codes(list(ignore), "ignore")
        ignored = [*ignored, *ignore]
    merged: dict[str, RuleOptions] = dict(settings.rules)
    merged.update(options or {})
    return (
        dialect or settings.dialect or "signalwire",  # type: ignore[return-value]
        channel or settings.channel,  # type: ignore[return-value,unused-ignore]
        chosen,
        ignored or None,
        merged or None,
    )


def lint_document(
    doc: Document,
    *,
    dialect: Dialect = "signalwire",
    channel: ChannelName | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: Mapping[str, RuleOptions] | None = None,
    template: TemplateKind = None,
) -> list[Diagnostic]:
    """Lint a document loaded with :func:`laml.document.load` (see :func:`lint`).

    A document too large to be parsed gets only the checks that read its text, template or not.
    """
    kind = None if doc.too_large else _template_kind(doc, template)
    if kind == "jinja":
        from laml.jinja import lint_jinja

        found = lint_jinja(
            doc.text,
            dialect=dialect,
            channel=channel,
            select=select,
            ignore=ignore,
            options=options,
        )
    elif kind == "mustache":
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


def _template_kind(doc: Document, template: TemplateKind) -> str | None:
    if template is False:
        return None
    if template is True:
        return "mustache"
    if template is not None:
        return template
    if "{%" in doc.text or _JINJA_COMMENT.search(doc.text):
        return "jinja"
    if "{{" not in doc.text:
        return None
    for tag in _TAG.finditer(doc.text):
        if _JINJA_ONLY.search(tag.group(1).strip()):
            return "jinja"
    return "mustache"


#: ``{# comment #}`` (a mustache tag ``{{#name}}`` holds ``{#`` after a ``{``)
_JINJA_COMMENT = re.compile(r"(?<!\{)\{#")
#: the inside of a ``{{ … }}`` tag that is no mustache section, comment, partial, delimiter
#: change or unescaped variable
_TAG = re.compile(r"\{\{(?![{#^/!>=&])([^}]*)")
#: what only a Jinja2 expression holds: filters, calls, subscripts, strings, operators, spaces
_JINJA_ONLY = re.compile(r"""[|()\[\]'"+*~%<>,]|\s""")


def _lint_plain(
    doc: Document,
    dialect: Dialect,
    channel: ChannelName | None,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    options: Mapping[str, RuleOptions] | None,
) -> list[Diagnostic]:
    from laml import rules
    from laml.validation import validate_document

    if channel is not None and doc.channel != channel:
        from laml._records import replace

        doc = replace(doc, channel=channel)
    validation = validate_document(doc, dialect=dialect, channel=channel)
    chosen = rules.selected(select, ignore)
    # A rule turned off by ``ignore`` still takes the place of the validation findings it
    # supersedes: ignoring it silences the problem, not only the rule's wording of it.
    names = {r.code for r in chosen}
    ignored = [r for r in rules.selected(select, None) if r.code not in names and r.supersedes]
    found = rules.run(doc, [*chosen, *ignored], dialect=dialect, options=options)
    supersedes = {r.code: r.supersedes for r in (*chosen, *ignored)}
    # a rule's finding replaces a validation finding it supersedes at the same place: the same
    # path, or an element and one of its attributes
    exact: set[tuple[str, str]] = set()
    owner: set[tuple[str, str]] = set()  # (code, element) of findings about an attribute
    for f in found:
        for code in supersedes.get(f.code, ()):
            exact.add((code, f.path))
            if "/@" in f.path:
                owner.add((code, _element_path(f.path)))
    kept = [
        v
        for v in validation
        if (v.code, v.path) not in exact
        and (v.code, _element_path(v.path)) not in exact
        and (v.code, v.path) not in owner
    ]
    return _sorted(kept + [f for f in found if f.code in names])


def _element_path(path: str) -> str:
    return path.split("/@", 1)[0]


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
    # the codes silenced on a line, or under an element (None: every code)
    by_line: dict[int, frozenset[str] | None] = {}
    by_parent: dict[str, frozenset[str] | None] = {}
    for kind, codes, start, end, parent in _suppressions(doc):
        if kind == "ignore-file":
            if codes is None:
                return []
            whole |= codes
            continue
        for line in range(start, end + 2):  # the comment's lines and the line after it
            _add(by_line, line, codes)
        if parent is not None:
            _add(by_parent, parent, codes)

    def silenced(d: Diagnostic) -> bool:
        keys = {d.code, names.get(d.code, "")}
        if keys & whole:
            return True
        nothing: frozenset[str] = frozenset()
        for codes in (by_line.get(d.line, nothing), by_parent.get(_element_path(d.path), nothing)):
            if codes is None or keys & codes:
                return True
        return False

    return [d for d in found if not silenced(d)]


def _add(
    table: dict[Any, frozenset[str] | None], key: object, codes: frozenset[str] | None
) -> None:
    """Add ``codes`` to what ``table`` silences at ``key`` (None silences everything)."""
    if key in table:
        known = table[key]
        table[key] = None if known is None or codes is None else known | codes
    else:
        table[key] = codes


def _suppressions(
    doc: Document,
) -> Iterable[tuple[str, frozenset[str] | None, int, int, str | None]]:
    """(kind, codes or None for all, first line, last line, path of the enclosing element)."""
    from lxml import etree

    if doc.root is None:  # not well-formed, or not parsed: read the comments from the text
        for start, end in comment_spans(doc.text):
            if not doc.text.startswith("-->", end - 3):
                continue  # never closed
            body = doc.text[start + 4 : end - 3]
            match = _SUPPRESS.fullmatch(body) if "laml:" in body else None
            if match is None:
                continue
            first = doc.line_column(start)[0]
            yield match.group(1), _codes(match.group(2)), first, first + body.count("\n"), None
        return
    comments: list[Any] = list(doc.root.iter(etree.Comment))
    comments += [n for n in doc.root.itersiblings(preceding=True) if isinstance(n, etree._Comment)]
    for comment in comments:
        body = comment.text or ""
        match = _SUPPRESS.fullmatch(body) if "laml:" in body else None
        if match is None:
            continue
        line: int = comment.sourceline or 1
        parent = comment.getparent()
        yield (
            match.group(1),
            _codes(match.group(2)),
            line,
            line + body.count("\n"),
            doc.path(parent) if parent is not None else None,
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
    options: Mapping[str, RuleOptions] | None = None,
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
    * ``LAML204``: a variable that is not a known request parameter (info), a warning with a
      hint for a near miss (``{{from}}`` → ``{{From}}``: it would render empty).
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
    if plain.root is None and not plain.too_large:  # (the rendered documents say it is large)
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
            # A near miss of a parameter the platform sends ({{from}} for {{From}}) renders
            # empty: the caller hears silence, so it is worth a warning.
            out.append(
                Diagnostic(
                    "LAML204",
                    "warning" if check.suggestion else "info",
                    f"{{{{{use.name}}}}} is not a request parameter the platform sends",
                    use.line,
                    use.column,
                    hint=hint or "fine for a query parameter you add to the bin URL yourself",
                )
            )
    coverage = branches.cover_branches(source, placeholder=placeholders(source, plain))
    seen: dict[tuple[str, int, str], tuple[int, dict[str, bool]]] = {}
    template_lines = source.splitlines()
    for rendering in coverage:
        doc = load(rendering.text, channel=channel)
        rendered_lines = rendering.text.splitlines()
        for d in _lint_plain(doc, dialect, channel, select, ignore, options):
            first, last = _template_span(doc, d, rendering)
            around = dict(rendering.sections_around(first, last, _NOTE_SECTIONS + 1))
            key = (d.code, first, d.message)
            known = seen.get(key)
            if known is None:
                seen[key] = (len(out), around)
                column = template_column(d, rendered_lines, template_lines, first)
                out.append(dataclasses.replace(d, line=first, column=column, fix=None))
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


#: The name in a variable tag (what is between ``{{`` and ``}}``, less ``{``, ``&`` and
#: ``}``); sections, comments, partials and delimiter changes have no name here.
_VARIABLE = re.compile(r"[^}#^/!>=\s][^}\s]*")


def _variables(text: str) -> list[str]:
    """The names of the variable tags in ``text``, in one pass over it."""
    found: list[str] = []
    position = 0
    while (start := text.find("{{", position)) >= 0:
        end = text.find("}}", start + 2)
        if end < 0:
            break
        if text.startswith("{", start + 2) and text.startswith("}", end + 2):
            end += 1  # {{{name}}}
        inner = text[start + 2 : end].strip()
        if inner.startswith("{"):
            inner = inner[1:].rstrip("}").strip()
        elif inner.startswith("&"):
            inner = inner[1:].strip()
        if _VARIABLE.fullmatch(inner):
            found.append(inner)
        position = end + 2
    return found


#: How many sections a finding's "(when …)" note names at most.
_NOTE_SECTIONS = 6


def template_column(d: Diagnostic, rendered: Sequence[str], template: Sequence[str],
                    line: int) -> int:
    """The column in template line ``line`` of what finding ``d`` (about a rendered document
    whose lines are ``rendered``) points at: the same attribute name or start tag, counted
    among those of the line; 1 when the template line does not show it."""
    tail = d.path.rsplit("/", 1)[-1] if d.path else ""
    if tail.startswith("@"):
        pattern = re.compile(rf"(?<=[\s\"'}}])({re.escape(tail[1:])})\s*=")
    elif tail:
        pattern = re.compile(rf"(<){re.escape(tail.split('[', 1)[0])}(?=[\s/>{{]|$)")
    else:
        return 1
    if not (0 < d.line <= len(rendered) and 0 < line <= len(template)):
        return 1
    before = len(pattern.findall(rendered[d.line - 1], 0, max(d.column - 1, 0)))
    found = list(pattern.finditer(template[line - 1]))
    return found[before].start(1) + 1 if before < len(found) else 1


def _template_span(doc: Document, d: Diagnostic, rendering: Any) -> tuple[int, int]:
    """The template lines of the element a finding is about, from its start tag to its end
    tag (its first line only when the element cannot be found)."""
    first = rendering.template_line(d.line)
    el = doc.element_at(_element_path(d.path))
    end = doc.end_offset(el) if el is not None else None
    if end is None:
        return first, first
    return first, max(first, rendering.template_line(doc.line_column(end)[0]))


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


def placeholders(
    source: str, template: Document, find: Callable[[str], list[str]] | None = None
) -> Callable[[str], str]:
    """Placeholder values that fit where each variable stands in the template.

    A request parameter gets a sample of its own (an E.164 number for ``From``); any other
    variable gets a valid value of the attribute or element text it is used in (a phone number in
    ``<Number>``, a URL in ``action``, an integer in range in ``timeout``, the first value of an
    enumeration), so that the documents a template renders are judged on their structure, not
    on made-up values. ``find`` lists the variable names in a piece of text (by default those
    of mustache tags; :mod:`laml.jinja` passes its own); ``{{.}}`` counts for the mustache
    section around it.
    """
    from laml.template import branches
    from laml.template.compiler import load as load_template
    from laml.template.nodes import Node, Section, Variable

    mustache = find is None
    names = find or _variables
    contexts: dict[str, str] = {}
    if template.root is not None:
        for el in template.elements():
            tag = str(el.tag)
            for name, value in template.attributes(el).items():
                for var in names(value):
                    sample = _attribute_sample(tag, name)
                    if sample is not None:
                        contexts.setdefault(var, sample)
            for text in (el.text, *(child.tail for child in el)):
                for var in names(text or ""):
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

    if mustache and "." in contexts:
        credit_dots(load_template(source).nodes, None)

    def placeholder(name: str) -> str:
        sample = branches.placeholder_value(name)
        if sample != name:
            return sample  # a request parameter's own sample
        return contexts.get(name, name)

    return placeholder


#: valid values for attributes whose type says little (any text): a voice, a language tag
_NAMED_SAMPLES = {"voice": "man", "language": "en-US"}


def _attribute_sample(tag: str, name: str) -> str | None:
    """A valid value for attribute ``name`` of ``tag`` (in any channel), or None."""
    if name in _PHONE_ATTRIBUTES:
        return _PHONE
    if name in _NAMED_SAMPLES and tag in ("Say", "Gather"):
        return _NAMED_SAMPLES[name]
    attr = _attributes_by_tag().get((tag, name))
    if attr is None:
        return None
    dialect: Dialect = "signalwire" if "signalwire" in attr.dialects else "twilio"
    return _sample(attr.type_in(dialect))


@functools.cache
def _attributes_by_tag() -> dict[tuple[str, str], Any]:
    """Every attribute of the vocabulary by (tag, name); the first channel's where they differ."""
    from laml.vocabulary import CHANNELS, channel_elements

    found: dict[tuple[str, str], Any] = {}
    for channel in CHANNELS:
        for spec in channel_elements(channel):
            for attr in spec.attrs:
                found.setdefault((spec.tag, attr.xml), attr)
    return found


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


