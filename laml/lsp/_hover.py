"""Hover: what an element, an attribute or a request parameter is, from the vocabulary.

An element shows its description, where it goes and what it holds; an attribute its
description, value type, default, range (or choices, length, pattern) and whether it is
required; a ``{{Variable}}`` the requests that carry it.
"""

from __future__ import annotations

from lsprotocol import types

from laml.lsp._context import scan, word_at
from laml.lsp._positions import Lines
from laml.lsp._specs import by_class, resolve
from laml.vocabulary import Attr, Channel, Dialect, ElementSpec, Type, default

__all__ = ["attribute_markdown", "element_markdown", "hover"]


def hover(
    text: str, offset: int, lines: Lines, channel: Channel, dialect: Dialect
) -> types.Hover | None:
    """The hover at ``offset`` of ``text``, or ``None`` when there is nothing to say."""
    word = word_at(text, offset)
    if word is None:
        return None
    cursor = scan(text, word.end)
    value: str | None = None
    if cursor.kind in ("element", "close") and cursor.prefix == word.text:
        closing = cursor.kind == "close" and cursor.stack[-1:] == (word.text,)
        spec = resolve(channel, cursor.stack if closing else (*cursor.stack, word.text))
        if spec is not None:
            value = element_markdown(spec, dialect)
    elif cursor.kind in ("attribute", "value") and cursor.tag is not None:
        spec = resolve(channel, (*cursor.stack, cursor.tag))
        name = word.text if cursor.kind == "attribute" else cursor.attribute
        attr = spec.attr(name) if spec is not None and name else None
        if spec is not None and attr is not None:
            value = attribute_markdown(spec, attr, dialect)
    elif cursor.kind == "template" and cursor.prefix == word.text:
        value = _parameter_markdown(word.text)
    if value is None:
        return None
    where = types.Range(types.Position(*lines.position(word.start)),
                        types.Position(*lines.position(word.end)))
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=value), range=where
    )


def _dialect_note(dialects: frozenset[str], dialect: Dialect) -> str:
    if len(dialects) != 1:
        return ""
    only = next(iter(dialects))
    name = {"signalwire": "SignalWire (LaML)", "twilio": "Twilio (TwiML)"}[only]
    return f"\n\nOnly in {name}" + ("." if only == dialect else "; not in this dialect.")


def element_markdown(spec: ElementSpec, dialect: Dialect) -> str:
    """An element's description: what it is, where it goes, what it holds."""
    kind = {"root": "root element", "verb": "verb", "noun": "noun", "ssml": "SSML element"}
    parts = [f"**`<{spec.tag}>`** ({spec.channel} {kind[spec.kind]})", "", spec.doc]
    specs = by_class(spec.channel)
    parents = sorted({p.tag for p in specs.values()
                      if any(c.cls == spec.cls for c in p.children_in(dialect))})
    if parents:
        parts += ["", "Inside: " + ", ".join(f"`<{p}>`" for p in parents)]
    children = [specs[c.cls].tag for c in spec.children_in(dialect)]
    if children:
        parts += ["", "Holds: " + ", ".join(f"`<{c}>`" for c in dict.fromkeys(children))]
    if spec.takes_text:
        what = spec.text_type_in(dialect).name
        parts += ["", f"Text: {what}" + (" (required)" if spec.body_required else "")]
    required = [a.xml for a in spec.attrs_in(dialect) if a.required]
    if required:
        parts += ["", "Required attributes: " + ", ".join(f"`{a}`" for a in required)]
    return "\n".join(parts) + _dialect_note(spec.dialects, dialect)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _limits(kind: Type) -> list[str]:
    """The range, length, choices and pattern of a value type, as lines."""
    lines: list[str] = []
    for member in kind.members():
        low, high = member.min, member.max
        if low is not None and high is not None:
            lines.append(f"Range: {_number(low)} to {_number(high)}")
        elif low is not None:
            lines.append(f"Range: {_number(low)} or more")
        elif high is not None:
            lines.append(f"Range: at most {_number(high)}")
        if member.min_length is not None or member.max_length is not None:
            low_len, high_len = member.min_length or 0, member.max_length
            length = f"{low_len} to {high_len}" if high_len is not None else f"at least {low_len}"
            lines.append(f"Length: {length} characters")
    choices = (kind.item or kind).choices()
    if choices:
        joined = ", ".join(f"`{c}`" for c in choices)
        lines.append(("Items: " if kind.item is not None else "Values: ") + joined)
    return lines


def attribute_markdown(spec: ElementSpec, attr: Attr, dialect: Dialect) -> str:
    """An attribute's description, type, default, range and choices."""
    kind = attr.type_in(dialect)
    parts = [f"**`{attr.xml}`** on `<{spec.tag}>`" + (" (required)" if attr.required else "")]
    doc = spec.notes.get(attr.xml) or attr.doc
    if doc:
        parts += ["", doc[0].upper() + doc[1:] + ("" if doc.endswith(".") else ".")]
    parts += ["", f"Type: {kind.name}"]
    fallback = default(spec, attr.xml, dialect)
    if fallback is not None:
        parts += ["", f"Default: `{fallback}`" if fallback else "Default: empty"]
    parts += [line for limit in _limits(kind) for line in ("", limit)]
    return "\n".join(parts) + _dialect_note(attr.dialects, dialect)


def _parameter_markdown(name: str) -> str | None:
    from laml.template.bins import PARAMETER_GROUPS, check_parameter

    groups = [group for group, names in PARAMETER_GROUPS.items() if name in names]
    if groups:
        return (f"**`{name}`**: request parameter\n\nSent by the platform with: "
                f"{', '.join(groups)} requests.")
    check = check_parameter(name)
    if check.known:
        return f"**`{name}`**: request parameter (one of a numbered or named family)"
    if check.suggestion:
        return f"**`{name}`** is not a request parameter the platform sends; did you mean " \
               f"`{check.suggestion}`?"
    return f"**`{name}`** is not a request parameter the platform sends: a query parameter " \
           "of the bin's URL, or empty."
