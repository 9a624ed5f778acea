"""The template tree: immutable nodes produced by the parser.

A name is kept both as written (``name``) and split on dots (``path``); the implicit
iterator ``.`` has an empty ``path``. Positions are 1-based and point at the opening
delimiter of the tag.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Block",
    "Node",
    "Parent",
    "Partial",
    "Section",
    "Text",
    "Variable",
    "children",
    "walk",
]


@dataclass(frozen=True, slots=True)
class Text:
    """Literal text; ``line`` is the template line it starts on."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Variable:
    """``{{name}}`` (``escape=True``), ``{{{name}}}`` or ``{{& name}}`` (``escape=False``)."""

    name: str
    path: tuple[str, ...]
    escape: bool
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Section:
    """``{{#name}}...{{/name}}`` or, with ``inverted``, ``{{^name}}...{{/name}}``.

    ``raw`` is the unprocessed template text between the two tags and ``delimiters``
    those in force at the opening tag: a lambda receives the first and the second is
    used to render what it returns. The node keeps offsets into the template's
    ``source`` (shared by every node, never copied), so a tree takes memory linear in
    the template whatever its nesting.
    """

    name: str
    path: tuple[str, ...]
    inverted: bool
    children: tuple[Node, ...]
    delimiters: tuple[str, str]
    line: int
    column: int
    end_line: int
    source: str = field(default="", repr=False, compare=False)
    body_start: int = 0
    body_end: int = 0

    @property
    def raw(self) -> str:
        """The template text between the opening and the closing tag, as written."""
        return self.source[self.body_start : self.body_end]


@dataclass(frozen=True, slots=True)
class Partial:
    """``{{>name}}``; ``dynamic`` for ``{{>*name}}`` (the partial's name is looked up).

    ``indent`` is the whitespace before a standalone partial tag, prefixed to every
    line of the partial.
    """

    name: str
    dynamic: bool
    indent: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Block:
    """``{{$name}}default{{/name}}``: a replaceable region of a parent template.

    ``text`` is the block's content as template source (dedented when the block's tag
    stands alone on its line) and ``delimiters`` those it was written with: inside a
    parent tag they are the replacement passed to the parent. ``indent`` (``None`` for
    an inline block) is prefixed to the lines of a replacement rendered here. Like a
    :class:`Section`, a block keeps offsets into the shared ``source``; ``tag_indent``
    is the whitespace before a standalone opening tag (``None``: not standalone).
    """

    name: str
    children: tuple[Node, ...]
    line: int
    column: int
    delimiters: tuple[str, str] = ("{{", "}}")
    source: str = field(default="", repr=False, compare=False)
    body_start: int = 0
    body_end: int = 0
    tag_indent: str | None = None

    @property
    def text(self) -> str:
        """The block's content as template source (dedented for a standalone tag)."""
        text = self.source[self.body_start : self.body_end]
        return text if self.tag_indent is None else textwrap.dedent(text)

    @property
    def indent(self) -> str | None:
        """What prefixes the lines of a replacement rendered here (``None``: inline)."""
        if self.tag_indent is None:
            return None
        text = self.source[self.body_start : self.body_end]
        first_line = text.split("\n", 1)[0]
        dedented = textwrap.dedent(text).split("\n", 1)[0]
        return first_line[: len(first_line) - len(dedented)] or self.tag_indent


@dataclass(frozen=True, slots=True)
class Parent:
    """``{{<name}}{{$block}}...{{/block}}{{/name}}``: a partial rendered with blocks replaced."""

    name: str
    dynamic: bool
    indent: str
    blocks: tuple[Block, ...]
    line: int
    column: int


Node = Text | Variable | Section | Partial | Parent | Block


def children(node: Node) -> Sequence[Node]:
    """The nodes directly inside ``node`` (a parent's blocks; nothing for a leaf)."""
    if isinstance(node, Section | Block):
        return node.children
    if isinstance(node, Parent):
        return node.blocks
    return ()


def walk(nodes: Sequence[Node]) -> Iterator[Node]:
    """Every node of ``nodes`` and of their bodies, depth first, in template order.

    Iterative: the depth of the tree costs no Python stack.
    """
    pending: list[Iterator[Node]] = [iter(nodes)]
    while pending:
        node = next(pending[-1], None)
        if node is None:
            pending.pop()
            continue
        yield node
        inner = children(node)
        if inner:
            pending.append(iter(inner))
