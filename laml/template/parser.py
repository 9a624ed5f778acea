"""Parser: tokens -> a tuple of :mod:`~laml.template.nodes`.

Every syntax problem raises :class:`laml.errors.TemplateSyntaxError` with the 1-based
line and column of the offending tag: an unclosed tag or section, a close tag that
matches nothing or the wrong section, an empty or malformed name, a bad set-delimiter
tag, sections nested deeper than :data:`MAX_NESTING`.

The parser is a loop over the tokens with an explicit stack: neither its time nor the
Python stack it uses grows with the nesting of the template, and nodes refer to the
source by offsets instead of copying it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from laml.errors import TemplateSyntaxError
from laml.template.lexer import DEFAULT_DELIMITERS, Token, TokenKind, tokenize
from laml.template.nodes import Block, Node, Parent, Partial, Section, Text, Variable

__all__ = ["MAX_NESTING", "parse", "split_name"]

#: How many sections, inverted sections, parent and block tags may be open at once.
#: Real templates nest a handful deep; a deeper one is refused as a syntax error, which
#: bounds every later stage (compiling, rendering, branch linting).
MAX_NESTING: Final = 100


def split_name(name: str, line: int = 1, column: int = 1) -> tuple[str, ...]:
    """``"a.b.c"`` -> ``("a", "b", "c")``; ``"."`` -> ``()``. Empty parts are an error."""
    if name == ".":
        return ()
    parts = tuple(name.split("."))
    if any(not part for part in parts):
        raise TemplateSyntaxError(f"malformed dotted name {name!r}", line, column)
    return parts


@dataclass
class _Frame:
    token: Token | None
    children: list[Node] = field(default_factory=list)


_OPENERS = frozenset({TokenKind.SECTION, TokenKind.INVERTED, TokenKind.PARENT, TokenKind.BLOCK})


def parse(source: str, delimiters: tuple[str, str] = DEFAULT_DELIMITERS) -> tuple[Node, ...]:
    """Parse ``source`` into a tree of nodes."""
    stack: list[_Frame] = [_Frame(None)]
    for token in tokenize(source, delimiters):
        frame = stack[-1]
        kind = token.kind
        if kind is TokenKind.TEXT:
            frame.children.append(Text(token.value, token.line))
        elif kind is TokenKind.VARIABLE or kind is TokenKind.RAW:
            path = split_name(token.value, token.line, token.column)
            frame.children.append(
                Variable(token.value, path, kind is TokenKind.VARIABLE, token.line, token.column)
            )
        elif kind is TokenKind.PARTIAL:
            dynamic = token.value.startswith("*")
            name = token.value[1:] if dynamic else token.value
            if dynamic:
                split_name(name, token.line, token.column)
            frame.children.append(Partial(name, dynamic, token.indent, token.line, token.column))
        elif kind in _OPENERS:
            if kind is TokenKind.SECTION or kind is TokenKind.INVERTED:
                split_name(token.value, token.line, token.column)
            if len(stack) > MAX_NESTING:
                raise TemplateSyntaxError(
                    f"sections nest deeper than {MAX_NESTING} levels at {token.value!r}",
                    token.line,
                    token.column,
                )
            stack.append(_Frame(token))
        elif kind is TokenKind.CLOSE:
            opener = frame.token
            if opener is None:
                raise TemplateSyntaxError(
                    f"closing tag {token.value!r} has no open section", token.line, token.column
                )
            if opener.value != token.value:
                raise TemplateSyntaxError(
                    f"closing tag {token.value!r} does not match open section {opener.value!r}"
                    f" (opened at line {opener.line}, column {opener.column})",
                    token.line,
                    token.column,
                )
            stack.pop()
            stack[-1].children.append(_close(source, opener, token, frame.children))
        # Comments and set-delimiter tags leave nothing in the tree.
    if len(stack) > 1:
        opener = stack[-1].token
        assert opener is not None
        raise TemplateSyntaxError(
            f"unclosed section {opener.value!r}: no {{{{/{opener.value}}}}} tag",
            opener.line,
            opener.column,
        )
    return tuple(stack[0].children)


def _close(source: str, opener: Token, closer: Token, children: list[Node]) -> Node:
    name = opener.value
    if opener.kind is TokenKind.BLOCK:
        return Block(
            name,
            tuple(children),
            opener.line,
            opener.column,
            opener.delimiters,
            source,
            opener.span[1],
            closer.span[0],
            opener.indent if opener.standalone else None,
        )
    if opener.kind is TokenKind.PARENT:
        dynamic = name.startswith("*")
        blocks = tuple(child for child in children if isinstance(child, Block))
        return Parent(
            name[1:] if dynamic else name,
            dynamic,
            opener.indent,
            blocks,
            opener.line,
            opener.column,
        )
    return Section(
        name,
        split_name(name, opener.line, opener.column),
        opener.kind is TokenKind.INVERTED,
        tuple(children),
        opener.delimiters,
        opener.line,
        opener.column,
        closer.line,
        source,
        opener.end,
        closer.start,
    )
