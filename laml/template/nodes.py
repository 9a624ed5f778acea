"""The template tree: immutable nodes produced by the parser.

A name is kept both as written (``name``) and split on dots (``path``); the implicit
iterator ``.`` has an empty ``path``. Positions are 1-based and point at the opening
delimiter of the tag.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = [
    "Block",
    "Node",
    "Parent",
    "Partial",
    "Section",
    "Text",
    "Variable",
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
    used to render what it returns.
    """

    name: str
    path: tuple[str, ...]
    inverted: bool
    children: tuple[Node, ...]
    raw: str
    delimiters: tuple[str, str]
    line: int
    column: int
    end_line: int


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
    an inline block) is prefixed to the lines of a replacement rendered here.
    """

    name: str
    children: tuple[Node, ...]
    line: int
    column: int
    text: str = ""
    delimiters: tuple[str, str] = ("{{", "}}")
    indent: str | None = None


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


def walk(nodes: Sequence[Node]) -> Iterator[Node]:
    """Every node of ``nodes`` and of their bodies, depth first, in template order."""
    for node in nodes:
        yield node
        if isinstance(node, Section | Block):
            yield from walk(node.children)
        elif isinstance(node, Parent):
            yield from walk(node.blocks)
