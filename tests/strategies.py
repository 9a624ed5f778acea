"""Hypothesis strategies: random builder programs, runnable on laml and on twilio alike.

A program is a tree of calls: ``Call(method, body, attrs, children)`` made on a parent, plus
``Text`` appended to it. :func:`run` replays a program on any builder with twilio's API, so
the same random document can be built by laml and by twilio and the bytes compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from laml.vocabulary import Channel, Dialect, ElementSpec, channel_elements

# Text both builders write the same way: no characters XML forbids, no carriage return (twilio
# writes it raw, laml as &#13;), not empty (twilio drops falsy bodies).
_TEXT_ALPHABET = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\r\ufffe\uffff"
    + "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n"),
)
TEXT = st.text(_TEXT_ALPHABET, min_size=1, max_size=20)
ATTRIBUTE_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\ufffe\uffff"
        + "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"),
    ),
    max_size=15,
)
ATTRIBUTE_VALUE = st.one_of(ATTRIBUTE_TEXT, st.integers(-5, 10**6), st.booleans())


@dataclass
class Call:
    method: str
    body: str | None
    attrs: dict[str, Any]
    children: list[Call | Text] = field(default_factory=list)


@dataclass
class Text:
    text: str


def _specs(channel: Channel) -> dict[str, ElementSpec]:
    return {s.cls: s for s in channel_elements(channel)}


@st.composite
def calls(
    draw: st.DrawFn,
    channel: Channel,
    parent: str,
    dialect: Dialect | None,
    depth: int,
    builder_only: bool = False,
) -> list[Call | Text]:
    """Calls to make on an element of class ``parent`` (and on the elements they create)."""
    specs = _specs(channel)
    spec = specs[parent]
    children = [
        c
        for c in spec.children
        if (dialect is None or dialect in c.dialects) and (builder_only or not c.builder_only)
    ]
    ops: list[Call | Text] = []
    has_text = False
    if depth <= 0 or not children:
        return ops
    for _ in range(draw(st.integers(0, 4))):
        child = draw(st.sampled_from(children))
        cspec = specs[child.cls]
        attrs = [a for a in cspec.attrs if dialect is None or dialect in a.dialects]
        chosen = (
            draw(st.lists(st.sampled_from(attrs), unique_by=lambda a: a.python, max_size=4))
            if attrs
            else []
        )
        values = {a.python: draw(ATTRIBUTE_VALUE) for a in chosen}
        body = draw(TEXT) if cspec.body and (cspec.body_required or draw(st.booleans())) else None
        grandchildren = draw(calls(channel, child.cls, dialect, depth - 1, builder_only))
        if body and grandchildren and isinstance(grandchildren[0], Text):
            grandchildren = grandchildren[1:]  # twilio would replace the body with that text
        ops.append(Call(child.method, body, values, grandchildren))
        # one piece of text after a child: appended the same way by both builders
        if not has_text and draw(st.integers(0, 5)) == 0:
            ops.append(Text(draw(TEXT)))
            has_text = True
        else:
            has_text = False
    return ops


def programs(
    channel: Channel = "voice", dialect: Dialect | None = None, depth: int = 3
) -> st.SearchStrategy[list[Call | Text]]:
    """Programs for the root of ``channel``, restricted to ``dialect``'s vocabulary if given."""
    root = channel_elements(channel)[0].cls
    return calls(channel, root, dialect, depth)


def run(program: list[Call | Text], parent: Any) -> Any:
    """Replay ``program`` on ``parent`` (a laml or a twilio element); returns ``parent``."""
    for op in program:
        if isinstance(op, Text):
            parent.append(op.text)
            continue
        method = getattr(parent, op.method)
        args = [op.body] if op.body is not None else []
        child = method(*args, **op.attrs)
        run(op.children, child)
    return parent
