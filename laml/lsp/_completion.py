"""Completion: what may be written where the cursor is.

* after ``<``: the elements the enclosing element takes next, in the document's channel and
  dialect (an element that has reached its count, or that cannot share its parent with the
  children already there, is left out); after ``</``: the element to close;
* in a start tag: the attributes of that element it does not have yet, required ones first;
* in an attribute value: its fixed choices (an enumeration, each item of a list), voice names
  for ``voice``, language codes for ``language`` and ``xml:lang``;
* inside ``{{ }}``: the request parameters the platform sends (and the ``e164`` helper after
  ``{{#``);
* in a ``<!-- laml: ignore=`` comment: the codes and rule names.
"""

from __future__ import annotations

from collections.abc import Iterable

from lsprotocol import types

from laml.lsp._context import Cursor, attributes_after, scan
from laml.lsp._hover import attribute_markdown, element_markdown
from laml.lsp._positions import Lines
from laml.lsp._specs import allowed_children, resolve
from laml.vocabulary import Attr, Channel, Dialect, ElementSpec, channel_elements

__all__ = ["complete"]

_Kind = types.CompletionItemKind
_SNIPPET = types.InsertTextFormat.Snippet


def complete(
    text: str,
    offset: int,
    lines: Lines,
    channel: Channel,
    dialect: Dialect,
    *,
    snippets: bool = True,
    invoked: bool = True,
) -> list[types.CompletionItem]:
    """The completion items at ``offset`` of ``text``. ``invoked``: asked for by the user
    rather than after a trigger character (elements are offered in a text without ``<`` only
    then, so that typing a space in ``<Say>`` text pops nothing up)."""
    cursor = scan(text, offset)
    where = _range(lines, cursor.start, offset)
    if cursor.kind == "element":
        return _elements(cursor, channel, dialect, where, snippets, opened=True)
    if cursor.kind == "text":
        if not invoked:
            return []
        return _elements(cursor, channel, dialect, where, snippets, opened=False)
    if cursor.kind == "close":
        return _close(cursor, where)
    if cursor.kind == "attribute":
        return _attributes(cursor, text, offset, channel, dialect, where, snippets)
    if cursor.kind == "value":
        return _values(cursor, channel, dialect, where)
    if cursor.kind == "template":
        return _parameters(cursor, text, channel, where)
    if cursor.kind == "comment":
        return _codes(cursor, lines, offset)
    return []


def _range(lines: Lines, start: int, end: int) -> types.Range:
    return types.Range(types.Position(*lines.position(start)), types.Position(*lines.position(end)))


def _markdown(value: str) -> types.MarkupContent:
    return types.MarkupContent(kind=types.MarkupKind.Markdown, value=value)


# ------------------------------------------------------------------------------ elements


def _elements(
    cursor: Cursor, channel: Channel, dialect: Dialect, where: types.Range, snippets: bool,
    *, opened: bool,
) -> list[types.CompletionItem]:
    if not cursor.stack:
        root = channel_elements(channel)[0]
        choices: list[ElementSpec] = [root]
    else:
        parent = resolve(channel, cursor.stack)
        if parent is None:
            return []
        choices = [spec for _, spec in allowed_children(channel, dialect, parent, cursor.siblings)]
    items = []
    for rank, spec in enumerate(choices):
        body = _element_snippet(spec, dialect, snippets)
        insert = body if opened else "<" + body
        items.append(types.CompletionItem(
            label=spec.tag,
            kind=_Kind.Class if spec.kind in ("root", "verb") else _Kind.Field,
            detail=_element_detail(spec),
            documentation=_markdown(element_markdown(spec, dialect)),
            sort_text=f"{rank:03d}",
            filter_text=spec.tag if opened else "<" + spec.tag,
            text_edit=types.TextEdit(range=where, new_text=insert),
            insert_text_format=_SNIPPET if snippets else types.InsertTextFormat.PlainText,
        ))
    return items


def _element_detail(spec: ElementSpec) -> str:
    kind = {"root": "root", "verb": "verb", "noun": "noun", "ssml": "SSML"}[spec.kind]
    only = {"signalwire": " (SignalWire only)", "twilio": " (Twilio only)"}
    extra = only[next(iter(spec.dialects))] if len(spec.dialects) == 1 else ""
    return f"{spec.channel} {kind}{extra}"


def _element_snippet(spec: ElementSpec, dialect: Dialect, snippets: bool) -> str:
    """``Tag required="…">…</Tag>``, or ``Tag />`` for an element that holds nothing."""
    required = [a for a in spec.attrs_in(dialect) if a.required]
    if not snippets:
        attrs = "".join(f' {a.xml}=""' for a in required)
        if spec.takes_text or spec.children:
            return f"{spec.tag}{attrs}></{spec.tag}>"
        return f"{spec.tag}{attrs} />"
    attrs = "".join(f' {a.xml}="${i}"' for i, a in enumerate(required, 1))
    if spec.takes_text or any(spec.children_in(dialect)):
        return f"{spec.tag}{attrs}>$0</{spec.tag}>"
    return f"{spec.tag}{attrs}$0 />"


def _close(cursor: Cursor, where: types.Range) -> list[types.CompletionItem]:
    if not cursor.stack:
        return []
    tag = cursor.stack[-1]
    return [types.CompletionItem(
        label=f"/{tag}", kind=_Kind.Class, detail=f"close <{tag}>", filter_text=tag,
        text_edit=types.TextEdit(range=where, new_text=f"{tag}>"),
    )]


# ---------------------------------------------------------------------------- attributes


def _spec_of(cursor: Cursor, channel: Channel) -> ElementSpec | None:
    if cursor.tag is None:
        return None
    return resolve(channel, (*cursor.stack, cursor.tag))


def _attributes(
    cursor: Cursor, text: str, offset: int, channel: Channel, dialect: Dialect,
    where: types.Range, snippets: bool,
) -> list[types.CompletionItem]:
    spec = _spec_of(cursor, channel)
    if spec is None:
        return []
    items = []
    present = cursor.present | attributes_after(text, offset, typing=bool(cursor.prefix))
    attrs = sorted(spec.attrs_in(dialect), key=lambda a: (not a.required, a.xml.lower()))
    for rank, attr in enumerate(attrs):
        if attr.xml in present:
            continue
        insert = f'{attr.xml}="$1"' if snippets else f'{attr.xml}=""'
        items.append(types.CompletionItem(
            label=attr.xml,
            kind=_Kind.Property,
            detail=attr.type_in(dialect).name + (" (required)" if attr.required else ""),
            documentation=_markdown(attribute_markdown(spec, attr, dialect)),
            sort_text=f"{rank:03d}",
            text_edit=types.TextEdit(range=where, new_text=insert),
            insert_text_format=_SNIPPET if snippets else types.InsertTextFormat.PlainText,
        ))
    return items


def _values(
    cursor: Cursor, channel: Channel, dialect: Dialect, where: types.Range
) -> list[types.CompletionItem]:
    spec = _spec_of(cursor, channel)
    attr = spec.attr(cursor.attribute) if spec is not None and cursor.attribute else None
    if spec is None or attr is None:
        return []
    kind = attr.type_in(dialect)
    prefix = cursor.prefix
    done = ""
    if kind.item is not None and kind.sep in prefix:
        # a list: complete its last item
        cut = prefix.rfind(kind.sep) + 1
        done, prefix = prefix[:cut], prefix[cut:]
    quote = "" if cursor.quote else '"'
    start = where.start
    if done:
        line, character = start.line, start.character + len(done)
        start = types.Position(line, character)
    place = types.Range(start, where.end)
    items = []
    for rank, (value, detail) in enumerate(_value_choices(spec, attr, dialect)):
        items.append(types.CompletionItem(
            label=value,
            kind=_Kind.EnumMember,
            detail=detail,
            sort_text=f"{rank:04d}",
            text_edit=types.TextEdit(range=place, new_text=f"{quote}{value}{quote}"),
        ))
    return items


def _value_choices(spec: ElementSpec, attr: Attr, dialect: Dialect) -> Iterable[tuple[str, str]]:
    from laml.rules import _tts

    kind = attr.type_in(dialect)
    item = kind.item if kind.item is not None else kind
    seen: set[str] = set()
    for value in item.choices():
        if value not in seen:
            seen.add(value)
            yield value, kind.name
    if attr.xml == "voice" and spec.tag == "Say":
        yield from _tts.voice_names(dialect)
    elif attr.xml in ("language", "xml:lang"):
        yield from ((code, "language") for code in _tts.language_codes(spec.tag, dialect))


# ---------------------------------------------------------------------------- templates


def _open_sections(text: str) -> list[str]:
    """The sections open at the end of ``text``, outermost first."""
    import re

    stack: list[str] = []
    for found in re.finditer(r"\{\{([#^/])\s*([^{}\s]+)\s*\}\}", text):
        sigil, name = found.groups()
        if sigil != "/":
            stack.append(name)
        elif name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(name) :]
    return stack


def _parameters(
    cursor: Cursor, text: str, channel: Channel, where: types.Range
) -> list[types.CompletionItem]:
    from laml.template.bins import PARAMETER_GROUPS

    ours = {"voice": ("voice", "voice-status", "sip", "gather", "dial", "record", "queue", "refer",
                      "pay", "conference"),
            "messaging": ("messaging",), "fax": ("fax",)}[channel]
    sent_with: dict[str, list[str]] = {}
    for group, names in PARAMETER_GROUPS.items():
        for name in names:
            sent_with.setdefault(name, []).append(group)
    items = []
    if cursor.section == "/":
        return [types.CompletionItem(
            label=name, kind=_Kind.Module, detail=f"close {{{{#{name}}}}}", sort_text=f"{i:03d}",
            text_edit=types.TextEdit(range=where, new_text=name),
        ) for i, name in enumerate(reversed(_open_sections(text[: cursor.start])))]
    if cursor.section in ("#", "^", ""):
        items.append(types.CompletionItem(
            label="e164", kind=_Kind.Function,
            detail="helper: the number inside, in E.164 form",
            documentation=_markdown("`{{#e164}}{{From}}{{/e164}}` writes the number `From` "
                                    "holds in E.164 form (`+14155550100`)."),
            sort_text="2",
            text_edit=types.TextEdit(range=where, new_text="e164"),
        ))
    for name, groups in sorted(sent_with.items()):
        mine = any(g in ours for g in groups)
        items.append(types.CompletionItem(
            label=name,
            kind=_Kind.Variable,
            detail="request parameter",
            documentation=_markdown(f"Sent by the platform with: {', '.join(groups)} requests."),
            sort_text=("0" if mine else "1") + name,
            text_edit=types.TextEdit(range=where, new_text=name),
        ))
    return items


# ------------------------------------------------------------------------ suppressions


def _codes(cursor: Cursor, lines: Lines, offset: int) -> list[types.CompletionItem]:
    import re

    # (the end of the comment only: a long comment costs no more)
    found = re.search(r"laml:\s*ignore(?:-file)?\s*=\s*(?:[\w-]+\s*,\s*)*([\w-]*)\Z",
                      cursor.prefix[-300:])
    if found is None:
        return []
    from laml.linting import TEMPLATE_CODES
    from laml.rules import all_rules
    from laml.validation import CODES

    where = _range(lines, offset - len(found.group(1)), offset)
    items = []
    for code, rule in all_rules().items():
        items.append(types.CompletionItem(
            label=code, kind=_Kind.Constant, detail=rule.name, documentation=rule.summary,
            text_edit=types.TextEdit(range=where, new_text=code)))
        items.append(types.CompletionItem(
            label=rule.name, kind=_Kind.Constant, detail=code, documentation=rule.summary,
            text_edit=types.TextEdit(range=where, new_text=rule.name)))
    for table in (CODES, TEMPLATE_CODES):
        for code, summary in table.items():
            items.append(types.CompletionItem(
                label=code, kind=_Kind.Constant, detail=summary,
                text_edit=types.TextEdit(range=where, new_text=code)))
    return items
