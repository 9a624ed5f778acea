"""Tokenizer: template text -> a flat list of :class:`Token`.

The lexer finds tags between the current delimiters (``{{`` and ``}}`` until a
set-delimiter tag changes them), records where each token starts (1-based line and
column) and then marks *standalone* tags: a section, inverted-section, close,
comment, partial, set-delimiter, parent or block tag that is alone on its line
(only spaces and tabs around it). The whitespace and line ending of a standalone
line are dropped; the indentation before a standalone partial is kept on its token
because the partial is re-indented with it. Two adjacent inheritance tags alone on a
line (``{{<parent}}{{/parent}}``, ``{{<parent}}{{$block}}``, ``{{/block}}{{/parent}}``,
``{{$block}}{{/block}}``) stand alone together.

Text tokens never span more than one line: each ends at the first newline it holds,
which makes the standalone pass a walk over lines. Tokens are produced as they are read,
one line at a time, so a parser can stop at the first problem.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, replace

from laml.errors import TemplateSyntaxError

__all__ = ["DEFAULT_DELIMITERS", "Token", "TokenKind", "tokenize"]

#: The delimiters every template starts with.
DEFAULT_DELIMITERS: tuple[str, str] = ("{{", "}}")


class TokenKind(enum.Enum):
    """What a token is."""

    TEXT = "text"
    VARIABLE = "variable"  # {{name}}: escaped interpolation
    RAW = "raw"  # {{{name}}} or {{& name}}: unescaped interpolation
    SECTION = "section"  # {{#name}}
    INVERTED = "inverted"  # {{^name}}
    CLOSE = "close"  # {{/name}}
    COMMENT = "comment"  # {{! ...}}
    PARTIAL = "partial"  # {{>name}} or {{>*name}}
    DELIMITERS = "delimiters"  # {{=<% %>=}}
    PARENT = "parent"  # {{<name}}
    BLOCK = "block"  # {{$name}}


_SIGILS: dict[str, TokenKind] = {
    "#": TokenKind.SECTION,
    "^": TokenKind.INVERTED,
    "/": TokenKind.CLOSE,
    "!": TokenKind.COMMENT,
    ">": TokenKind.PARTIAL,
    "&": TokenKind.RAW,
    "<": TokenKind.PARENT,
    "$": TokenKind.BLOCK,
}

#: Tags that may stand alone on a line (interpolations never do).
_STANDALONE_KINDS = frozenset(
    {
        TokenKind.SECTION,
        TokenKind.INVERTED,
        TokenKind.CLOSE,
        TokenKind.COMMENT,
        TokenKind.PARTIAL,
        TokenKind.DELIMITERS,
        TokenKind.PARENT,
        TokenKind.BLOCK,
    }
)

@dataclass(frozen=True, slots=True)
class Token:
    """One piece of a template.

    ``value`` is the text of a TEXT token, the stripped name of a named tag, the body of
    a comment, or the new delimiters of a set-delimiter tag (``"<% %>"``). ``start`` and
    ``end`` are offsets into the source; ``line`` and ``column`` are 1-based.
    ``delimiters`` are those in force where the tag was read. ``standalone`` tags had
    their line's whitespace removed; ``indent`` is the whitespace that preceded them.
    ``outer_start`` and ``outer_end`` widen ``start`` and ``end`` to the part of the
    line that disappeared with a standalone tag (-1: not widened).
    """

    kind: TokenKind
    value: str
    line: int
    column: int
    start: int
    end: int
    delimiters: tuple[str, str] = DEFAULT_DELIMITERS
    standalone: bool = False
    indent: str = ""
    outer_start: int = -1
    outer_end: int = -1

    @property
    def span(self) -> tuple[int, int]:
        """Source offsets of the tag and, for a standalone tag, of its line's whitespace."""
        start = self.start if self.outer_start < 0 else self.outer_start
        end = self.end if self.outer_end < 0 else self.outer_end
        return start, end


def _error(message: str, line: int, column: int) -> TemplateSyntaxError:
    return TemplateSyntaxError(message, line, column)


def _check_name(kind: TokenKind, name: str, line: int, column: int) -> None:
    if not name:
        raise _error(f"empty tag name in {kind.value} tag", line, column)
    if any(ch.isspace() for ch in name):
        raise _error(f"tag name {name!r} contains whitespace", line, column)


def _split_text(
    source: str, start: int, stop: int, line: int, column: int, out: list[Token]
) -> tuple[int, int]:
    """Append TEXT tokens for ``source[start:stop]``, one per line; return the next position."""
    pos = start
    while pos < stop:
        nl = source.find("\n", pos, stop)
        end = stop if nl < 0 else nl + 1
        out.append(Token(TokenKind.TEXT, source[pos:end], line, column, pos, end))
        if nl < 0:
            column += end - pos
        else:
            line += 1
            column = 1
        pos = end
    return line, column


def _advance(text: str, line: int, column: int) -> tuple[int, int]:
    """Line and column after reading ``text`` from (line, column)."""
    count = text.count("\n")
    if count:
        return line + count, len(text) - text.rfind("\n")
    return line, column + len(text)


def _parse_delimiters(content: str, line: int, column: int) -> tuple[str, str]:
    parts = content.split()
    if len(parts) != 2:
        raise _error(
            "set-delimiter tag needs two delimiters separated by whitespace,"
            f" got {content.strip()!r}",
            line,
            column,
        )
    opening, closing = parts
    if "=" in opening or "=" in closing:
        raise _error(f"delimiters may not contain '=': {content.strip()!r}", line, column)
    return opening, closing


def tokenize(
    source: str, delimiters: tuple[str, str] = DEFAULT_DELIMITERS
) -> Iterator[Token]:
    """The tokens of ``source``, in order, standalone tags marked.

    Raises :class:`TemplateSyntaxError` on a malformed tag when reading reaches it.
    """
    stack: list[Token] = []  # open sections, to know what each close tag closes
    line: list[tuple[Token, TokenKind | None]] = []
    tags = 0  # on the current line; with more than two, none stands alone
    for token in _scan(source, delimiters):
        closes: TokenKind | None = None
        if token.kind in _OPENERS:
            stack.append(token)
        elif token.kind is TokenKind.CLOSE and stack and stack[-1].value == token.value:
            closes = stack.pop().kind
        ends_line = token.kind is TokenKind.TEXT and token.value.endswith("\n")
        if token.kind is not TokenKind.TEXT:
            tags += 1
        if tags > 2:
            yield from (buffered for buffered, _ in line)
            line.clear()
            yield token
        else:
            line.append((token, closes))
        if ends_line:
            if line:
                yield from _flush_line(line)
            line = []
            tags = 0
    if line:
        yield from _flush_line(line)


def _scan(source: str, delimiters: tuple[str, str]) -> Iterator[Token]:
    """Tokens as read, before the standalone pass."""
    tokens: list[Token] = []
    opening, closing = delimiters
    pos = 0
    line = column = 1
    size = len(source)
    while pos < size:
        if tokens:
            yield from tokens
            tokens.clear()
        index = source.find(opening, pos)
        if index < 0:
            _split_text(source, pos, size, line, column, tokens)
            break
        line, column = _split_text(source, pos, index, line, column, tokens)
        tag_line, tag_column = line, column
        body = index + len(opening)
        sigil = source[body : body + 1]
        if sigil == "{":
            kind, terminator, body = TokenKind.RAW, "}" + closing, body + 1
        elif sigil == "=":
            kind, terminator, body = TokenKind.DELIMITERS, "=" + closing, body + 1
        elif sigil in _SIGILS:
            kind, terminator, body = _SIGILS[sigil], closing, body + 1
        else:
            kind, terminator = TokenKind.VARIABLE, closing
        stop = source.find(terminator, body)
        if stop < 0:
            if kind is TokenKind.RAW and source.find(closing, body) >= 0:
                message = f"triple mustache is not closed with '}}{closing}'"
            elif kind is TokenKind.DELIMITERS and source.find(closing, body) >= 0:
                message = f"set-delimiter tag is not closed with '={closing}'"
            else:
                message = f"unclosed tag: no {terminator!r} after {opening!r}"
            raise _error(message, tag_line, tag_column)
        content = source[body:stop]
        end = stop + len(terminator)
        used = (opening, closing)
        if kind is TokenKind.DELIMITERS:
            value = content.strip()
            opening, closing = _parse_delimiters(content, tag_line, tag_column)
        elif kind is TokenKind.COMMENT:
            value = content
        else:
            value = content.strip()
            if kind is TokenKind.PARTIAL or kind is TokenKind.PARENT:
                # ``{{> * name }}``: a dynamic name may have spaces after the asterisk.
                if value.startswith("*"):
                    rest = value[1:].strip()
                    _check_name(kind, rest, tag_line, tag_column)
                    value = "*" + rest
                else:
                    _check_name(kind, value, tag_line, tag_column)
            else:
                _check_name(kind, value, tag_line, tag_column)
        tokens.append(Token(kind, value, tag_line, tag_column, index, end, used))
        line, column = _advance(source[index:end], tag_line, tag_column)
        pos = end
    yield from tokens


def _is_blank(text: str) -> bool:
    return not text.strip(" \t")


def _line_end_is_blank(text: str) -> bool:
    """True for a last text token of a line made of spaces/tabs and an optional line ending."""
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    return _is_blank(text)


_OPENERS = frozenset({TokenKind.SECTION, TokenKind.INVERTED, TokenKind.PARENT, TokenKind.BLOCK})


def _pair_kind(
    first: Token,
    first_closes: TokenKind | None,
    second: Token,
    second_closes: TokenKind | None,
) -> str | None:
    """How two adjacent inheritance tags alone on a line behave: "line", "keep-newline" or None.

    ``{{<parent}}{{/parent}}``, ``{{<parent}}{{$block}}`` and ``{{/block}}{{/parent}}``
    stand alone together like one tag; ``{{$block}}{{/block}}`` too, except that the
    line's newline stays (an empty block on its own line still ends that line).
    """
    if first.kind is TokenKind.PARENT:
        if second.kind is TokenKind.BLOCK:
            return "line"
        if second_closes is TokenKind.PARENT and second.value == first.value:
            return "line"
    if first_closes is TokenKind.BLOCK and second_closes is TokenKind.PARENT:
        return "line"
    if (
        first.kind is TokenKind.BLOCK
        and second_closes is TokenKind.BLOCK
        and second.value == first.value
    ):
        return "keep-newline"
    return None


def _flush_line(line: list[tuple[Token, TokenKind | None]]) -> Iterator[Token]:
    """The tokens of one line, with a tag (or a pair) alone on it marked standalone.

    Each token comes with the kind of tag it closes (``None`` if it closes nothing).
    """
    tokens = [token for token, _ in line]
    tags = [i for i, t in enumerate(tokens) if t.kind is not TokenKind.TEXT]
    line_start = tokens[0].start
    line_end = tokens[-1].end
    if len(tags) == 1 and tokens[tags[0]].kind in _STANDALONE_KINDS:
        where = tags[0]
        if _blank_around(tokens, where, where):
            indent = "".join(t.value for t in tokens[:where])
            yield replace(
                tokens[where],
                standalone=True,
                indent=indent,
                outer_start=line_start,
                outer_end=line_end,
            )
            return
    if len(tags) == 2 and tags[1] == tags[0] + 1:
        first, second = tags
        pair = _pair_kind(tokens[first], line[first][1], tokens[second], line[second][1])
        if pair is not None and _blank_around(tokens, first, second):
            indent = "".join(t.value for t in tokens[:first])
            keep = pair == "keep-newline"
            yield replace(tokens[first], standalone=True, indent=indent, outer_start=line_start)
            yield replace(tokens[second], standalone=True, outer_end=-1 if keep else line_end)
            if keep:
                yield from tokens[second + 1 :]
            return
    yield from tokens


def _blank_around(tokens: list[Token], first: int, last: int) -> bool:
    return all(_is_blank(t.value) for t in tokens[:first]) and all(
        _line_end_is_blank(t.value) for t in tokens[last + 1 :]
    )
