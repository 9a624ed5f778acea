"""Compiler: template tree -> Python source -> a render function.

Each template becomes one straight-line function. Sections open nested ``for`` loops
whose loop variables are the new context frames (``c1``, ``c2`` ...), so a name is
looked up frame by frame with one ``get`` call each, from the innermost frame out,
without building a stack; only misses and the rare slow paths (lambdas, helpers,
partials, strict errors) go through :mod:`laml.template.runtime`. For a dict frame the
lookup is the dict's own bound ``get``. A clean string value (the common case) is
used as is after one regular-expression check; anything else goes through
``runtime.interpolate``.

Three more things keep the generated code short on work:

* consecutive text and values are written with one f-string and one ``append``;
* a name interpolated more than once at the top level is looked up and escaped once per
  render (lambdas excepted: they are still called at every use);
* every template with plain ``{{name}}`` tags gets a second, *fast* variant for dict data
  (request parameters, most of the time). It looks up each such name once, checks all
  their values in one pass over their concatenation and, when some need escaping,
  escapes them all with one ``str.replace`` per character class and splits them apart
  again: per render, a handful of C calls instead of a check per tag. It gives up (returns
  ``None``, and the caller renders with the general variant) when a value is not a
  string or holds a character XML forbids.

Compiled programs are cached by (source, delimiters, indentation, line marks).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from laml.template import runtime
from laml.template.lexer import DEFAULT_DELIMITERS
from laml.template.nodes import Block, Node, Parent, Partial, Section, Text, Variable, walk
from laml.template.parser import parse

__all__ = ["CompiledProgram", "generate", "load", "mark", "root_names"]

#: Python allows 20 nested loops and 100 indentation levels; sections nested deeper
#: than these limits are rendered through a separately compiled body instead.
_MAX_LEVEL = 16
_MAX_INDENT = 80

_NAMESPACE: dict[str, Any] = {
    "M": runtime.MISSING,
    "getter": runtime.getter,
    "nonames": runtime.getter(""),
    "outer": runtime.lookup_outer,
    "walk": runtime.walk,
    "bad": runtime.needs_escape,
    "esc": runtime.escape,
    "clean": runtime.sanitize,
    "badraw": runtime.needs_sanitize,
    "val": runtime.interpolate,
    "escape_all": runtime.escape_joined,
    "frames": runtime.frames,
    "over": runtime.over,
    "special": runtime.special_section,
    "section": None,  # filled below
    "inverted": None,
    "deepblock": None,
    "partial": runtime.render_partial,
    "parent": runtime.render_parent,
    "block": runtime.render_block,
}

#: At most this many values are joined into one output string before the limit check.
_MAX_PIECES = 32


def mark(line: int) -> str:
    """The line marker written before each piece in line-marking mode."""
    return f"\x00{line}\x00"


def _literal_body(text: str) -> str:
    """``text`` as the inside of a single-quoted Python f-string literal."""
    quoted = repr(text + "'\"")  # both quote kinds: repr picks ' and escapes it
    return quoted[1:-4].replace("{", "{{").replace("}", "}}")


class _Writer:
    """Accumulates generated lines.

    Output pieces (literal text and the names of locals holding values) wait in
    ``pending`` until control flow needs them written; a run of pieces becomes a single
    ``a(f'...')``, one append and one string build however many tags it holds.

    Every render spends from ``env.left`` (see :class:`laml.template.runtime.Env`): an
    output string holding values pays its length when written; literal text is paid for
    in advance, once per execution of its scope (the function or a section's loop body),
    together with the loop's iterations, so plain text costs no check at all.
    """

    def __init__(self, refs: list[Any], marks: bool, roots: dict[str, str] | None) -> None:
        self.refs = refs
        self.marks = marks
        #: In the fast variant: plain names -> the local holding their escaped root value.
        self.roots = roots or {}
        self.lines: list[str] = []
        self.pending: list[tuple[bool, str]] = []  # (is a local's name, text)
        self.pending_indent = 0
        self.locals = 0
        #: Literal text written so far in each open scope, innermost last.
        self.static: list[int] = []
        #: (path, escape) of names looked up once at the top of the function -> local
        self.hoisted: dict[tuple[tuple[str, ...], bool], str] = {}

    def ref(self, item: object) -> int:
        self.refs.append(item)
        return len(self.refs) - 1

    def local(self) -> str:
        self.locals += 1
        return f"x{self.locals}"

    def _piece(self, indent: int, piece: tuple[bool, str]) -> None:
        if self.pending and self.pending_indent != indent:
            self.flush()
        if piece[0] and sum(is_name for is_name, _ in self.pending) >= _MAX_PIECES:
            self.flush()
        self.pending_indent = indent
        self.pending.append(piece)

    def text(self, indent: int, text: str) -> None:
        if text:
            self._piece(indent, (False, text))

    def value(self, indent: int, name: str) -> None:
        self._piece(indent, (True, name))

    def flush(self) -> None:
        if not self.pending:
            return
        pieces, self.pending = self.pending, []
        merged: list[tuple[bool, str]] = []
        for is_name, text in pieces:
            if merged and not is_name and not merged[-1][0]:
                merged[-1] = (False, merged[-1][1] + text)
            else:
                merged.append((is_name, text))
        pad = "    " * self.pending_indent
        if len(merged) == 1 and not merged[0][0]:
            self.static[-1] += len(merged[0][1])
            self.lines.append(pad + f"a({merged[0][1]!r})")
            return
        if len(merged) == 1:
            code = merged[0][1]
        else:
            body = "".join(
                "{" + text + "}" if is_name else _literal_body(text) for is_name, text in merged
            )
            code = f"f'{body}'"
        self.lines.append(pad + f"a(s := {code})")
        self.lines.append(pad + "env.left -= len(s)")
        self.lines.append(pad + "if env.left < 0: over(env)")

    def code(self, indent: int, line: str) -> None:
        """A line computing values: it may precede output still pending."""
        self.lines.append("    " * indent + line)

    def emit(self, indent: int, line: str) -> None:
        """A line after which pending output must already be written."""
        self.flush()
        self.lines.append("    " * indent + line)

    def open_scope(self, indent: int) -> int:
        """Start a scope; returns where its advance payment goes (see :meth:`close_scope`)."""
        self.flush()
        self.static.append(0)
        self.lines.append("    " * indent + "pass")
        return len(self.lines) - 1

    def close_scope(self, where: int, items: str | None = None) -> None:
        """Write the scope's payment: its literal text, times ``items`` iterations."""
        self.flush()
        static = self.static.pop()
        pad = self.lines[where][: len(self.lines[where]) - len("pass")]
        if items is None:
            if static:
                self.lines[where] = (
                    f"{pad}env.left -= {static}\n{pad}if env.left < 0: over(env)"
                )
            return
        cost = runtime.ITEM_COST + static
        self.lines[where] = (
            f"{pad}env.left -= len({items}) * {cost}\n{pad}if env.left < 0: over(env)"
        )


def _full_stack(level: int) -> str:
    if level == 0:
        return "stack"
    frames = ", ".join(f"c{i}" for i in range(1, level + 1))
    return f"(*stack, {frames},)"


def _lookup(w: _Writer, ind: int, level: int, path: tuple[str, ...]) -> None:
    """Emit code leaving the value of ``path`` (or MISSING) in ``v``."""
    if not path:
        w.code(ind, f"v = c{level}")
        return
    first = repr(path[0])
    w.code(ind, f"v = g{level}({first}, M)")
    for outer in range(level - 1, -1, -1):
        w.code(ind, f"if v is M: v = g{outer}({first}, M)")
    w.code(ind, f"if v is M: v = outer(stack, {first})")
    if len(path) > 1:
        w.code(ind, f"if v is not M: v = walk(v, {path[1:]!r})")


def _text(escape: bool) -> str:
    """The expression turning the string ``v`` into output text."""
    if escape:
        return "(v if not bad(v) else esc(v))"
    return "(v if not badraw(v) else clean(v))"


def _root_name(node: Variable) -> str | None:
    """The name of a ``{{name}}`` tag that the fast variant resolves up front."""
    return node.path[0] if node.escape and len(node.path) == 1 else None


def _variable(w: _Writer, node: Variable, ind: int, level: int) -> None:
    if w.marks:
        w.text(ind, mark(node.line))
    index = w.ref(node)
    full = _full_stack(level)
    root = w.roots.get(_root_name(node) or "")
    if root is not None and level == 0:
        w.value(ind, root)
        return
    name = w.local()
    general = f"{_text(node.escape)} if type(v) is str else val(P, {index}, v, env, {full})"
    if root is not None:  # inner frames first, then the value escaped up front
        first = repr(node.path[0])
        w.code(ind, f"v = g{level}({first}, M)")
        for outer in range(level - 1, 0, -1):
            w.code(ind, f"if v is M: v = g{outer}({first}, M)")
        w.code(ind, f"{name} = {root} if v is M else {general}")
        w.value(ind, name)
        return
    hoisted = w.hoisted.get((node.path, node.escape)) if level == 0 else None
    at = ind
    if hoisted is not None:
        w.code(ind, f"{name} = {hoisted}")
        w.code(ind, f"if {name} is None:")
        at = ind + 1
    _lookup(w, at, level, node.path)
    w.code(at, f"{name} = {general}")
    w.value(ind, name)


def _nodes(w: _Writer, nodes: Sequence[Node], ind: int, level: int) -> None:
    start = len(w.lines)
    for node in nodes:
        if isinstance(node, Text):
            if w.marks:
                w.text(ind, mark(node.line))
            w.text(ind, node.text)
        elif isinstance(node, Variable):
            _variable(w, node, ind, level)
        elif isinstance(node, Section):
            _section(w, node, ind, level)
        elif isinstance(node, Partial):
            if w.marks:
                w.text(ind, mark(node.line))
            w.emit(ind, f"a(partial(P, {w.ref(node)}, env, {_full_stack(level)}))")
        elif isinstance(node, Parent):
            if w.marks:
                w.text(ind, mark(node.line))
            w.emit(ind, f"a(parent(P, {w.ref(node)}, env, {_full_stack(level)}))")
        elif isinstance(node, Block):
            index = w.ref(node)
            full = _full_stack(level)
            if ind >= _MAX_INDENT:
                w.emit(ind, f"a(deepblock(P, {index}, env, {full}))")
                continue
            w.emit(ind, f"f = env.blocks.get({node.name!r})")
            w.emit(ind, "if f is None:")
            _nodes(w, node.children, ind + 1, level)
            w.emit(ind, "else:")
            w.emit(ind + 1, f"a(block(P, {index}, f, env, {full}))")
    w.flush()
    if len(w.lines) == start:
        w.emit(ind, "pass")


def _section(w: _Writer, node: Section, ind: int, level: int) -> None:
    index = w.ref(node)
    full = _full_stack(level)
    w.flush()
    _lookup(w, ind, level, node.path)
    if node.inverted:
        if ind >= _MAX_INDENT:
            w.emit(ind, f"if not v: a(inverted(P, {index}, env, {full}))")
            return
        w.emit(ind, "if not v:")
        _nodes(w, node.children, ind + 1, level)
        return
    if level >= _MAX_LEVEL or ind >= _MAX_INDENT:
        w.emit(ind, f"if v: a(section(P, {index}, v, env, {full}))")
        return
    inner = level + 1
    w.emit(ind, "if v:")
    w.emit(ind + 1, "f = frames(v)")
    w.emit(ind + 1, "if f is None:")
    w.emit(ind + 2, f"a(special(P, {index}, v, env, {full}))")
    w.emit(ind + 1, "else:")
    scope = w.open_scope(ind + 2)
    w.emit(ind + 2, f"for c{inner} in f:")
    w.emit(
        ind + 3,
        f"g{inner} = c{inner}.get if type(c{inner}) is dict"
        f" else nonames if type(c{inner}) is str else getter(c{inner})",
    )
    _nodes(w, node.children, ind + 3, inner)
    w.close_scope(scope, "f")


def _top_level_uses(nodes: Sequence[Node]) -> Counter[tuple[tuple[str, ...], bool]]:
    """How often each (path, escape) is interpolated outside every loop."""
    counts: Counter[tuple[tuple[str, ...], bool]] = Counter()
    pending = [iter(nodes)]
    while pending:
        node = next(pending[-1], None)
        if node is None:
            pending.pop()
        elif isinstance(node, Variable) and node.path:
            counts[(node.path, node.escape)] += 1
        elif (isinstance(node, Section) and node.inverted) or isinstance(node, Block):
            pending.append(iter(node.children))
    return counts


def _hoist(w: _Writer, nodes: Sequence[Node]) -> None:
    """Look up once, up front, the names interpolated more than once at the top level.

    A local then holds the finished text (or ``None`` when the value is not a string, so
    that each use takes the general path: lambdas are still called once per use).
    """
    for (path, escape), count in _top_level_uses(nodes).items():
        if count < 2:
            continue
        name = f"h{len(w.hoisted) + 1}"
        w.hoisted[(path, escape)] = name
        _lookup(w, 1, 0, path)
        w.code(1, f"{name} = {_text(escape)} if type(v) is str else None")


def root_names(nodes: Sequence[Node]) -> tuple[str, ...]:
    """The names of the plain ``{{name}}`` tags of a template, in order of first use."""
    names: dict[str, None] = {}
    for node in walk(nodes):
        if isinstance(node, Variable):
            name = _root_name(node)
            if name is not None:
                names.setdefault(name)
    return tuple(names)


def generate(
    nodes: Sequence[Node], refs: list[Any], marks: bool = False, fast: bool = False
) -> str:
    """Python source of ``def render(stack, env) -> str`` for ``nodes``.

    ``refs`` receives the nodes the generated code refers to by index (``P.refs[i]``).
    With ``marks``, a :func:`mark` precedes every piece of output taken from the template.
    With ``fast``, the function is the fast variant described above: the root frame must
    be a dict, and the function returns ``None`` when the data does not suit it.
    """
    names = root_names(nodes) if fast else ()
    w = _Writer(refs, marks, {name: f"r{i}" for i, name in enumerate(names)})
    w.emit(0, "def render(stack, env):")
    w.emit(1, "out = []")
    w.emit(1, "a = out.append")
    w.emit(1, "c0 = stack[-1]")
    if fast:
        w.emit(1, "g0 = c0.get")
        w.emit(1, f"r = (*map(g0, {names!r}, {('',) * len(names)!r}),)")
        w.emit(1, "try:")
        w.emit(2, "j = '\\x00'.join(r)")
        w.emit(1, "except TypeError:")
        w.emit(2, "return None")
        w.emit(1, f"k = escape_all(j, {len(names)})")
        w.emit(1, "if k is not None:")
        w.emit(2, "if not k: return None")
        w.emit(2, "r = k")
        w.emit(1, ", ".join(w.roots.values()) + ", = r")
    else:
        w.emit(1, "g0 = c0.get if type(c0) is dict else getter(c0)")
    scope = w.open_scope(1)
    if not fast:
        _hoist(w, nodes)
    _nodes(w, nodes, 1, 0)
    w.close_scope(scope)
    w.emit(1, "return ''.join(out)")
    return "\n".join(w.lines) + "\n"


class CompiledProgram:
    """A compiled template: ``run(stack, env)`` renders it.

    ``refs`` holds the nodes the generated code points at; ``code`` is the generated
    Python source (useful when debugging). ``fast`` is the fast variant (see
    :func:`generate`), or ``None`` when the template has no plain ``{{name}}`` tag.
    """

    __slots__ = ("_bodies", "code", "fast", "marks", "nodes", "refs", "run")

    def __init__(self, nodes: Sequence[Node], *, marks: bool = False, fast: bool = False) -> None:
        self.nodes: tuple[Node, ...] = tuple(nodes)
        self.marks: bool = marks
        self.refs: list[Any] = []
        self._bodies: dict[int, CompiledProgram] = {}
        self.code: str = generate(self.nodes, self.refs, marks, fast)
        namespace = dict(_NAMESPACE)
        namespace["P"] = self
        exec(compile(self.code, "<laml template>", "exec"), namespace)
        self.run: Any = namespace["render"]
        self.fast: CompiledProgram | None = None
        if not fast and not marks and root_names(self.nodes):
            self.fast = CompiledProgram(self.nodes, fast=True)

    def body(self, index: int) -> CompiledProgram:
        """The compiled body of the section or block ``refs[index]`` (compiled once)."""
        program = self._bodies.get(index)
        if program is None:
            node: Section | Block = self.refs[index]
            program = CompiledProgram(node.children, marks=self.marks)
            self._bodies[index] = program
        return program

    def load(
        self, source: str, delimiters: tuple[str, str], indent: str = ""
    ) -> CompiledProgram:
        """Another template, compiled with the cache (partials are never line-marked)."""
        return load(source, delimiters, indent)


def indent_source(source: str, indent: str) -> str:
    """Prefix every line of ``source`` with ``indent`` (not after a final newline)."""
    if not indent:
        return source
    trailing = source.endswith("\n")
    body = source[:-1] if trailing else source
    return indent + body.replace("\n", "\n" + indent) + ("\n" if trailing else "")


@lru_cache(maxsize=512)
def load(
    source: str,
    delimiters: tuple[str, str] = DEFAULT_DELIMITERS,
    indent: str = "",
    marks: bool = False,
) -> CompiledProgram:
    """Parse and compile ``source``; cached, so a template is compiled once."""
    return CompiledProgram(parse(indent_source(source, indent), delimiters), marks=marks)


def _generic_section(
    program: CompiledProgram, index: int, value: Any, env: runtime.Env, stack: runtime.Stack
) -> str:
    frames = runtime.frames(value)
    if frames is None:
        return runtime.special_section(program, index, value, env, stack)
    env.left -= len(frames) * runtime.ITEM_COST
    if env.left < 0:
        runtime.over(env)
    node: Section = program.refs[index]
    where = f" at {node.name!r} (line {node.line}, column {node.column})"
    return runtime.loop(env, program.body(index), stack, frames, where)


def _generic_inverted(
    program: CompiledProgram, index: int, env: runtime.Env, stack: runtime.Stack
) -> str:
    node: Section = program.refs[index]
    where = f" at {node.name!r} (line {node.line}, column {node.column})"
    return runtime.nested(env, program.body(index), stack, where)


def _deep_block(
    program: CompiledProgram, index: int, env: runtime.Env, stack: runtime.Stack
) -> str:
    node: Block = program.refs[index]
    replacement = env.blocks.get(node.name)
    if replacement is not None:
        return runtime.render_block(program, index, replacement, env, stack)
    where = f" at {node.name!r} (line {node.line}, column {node.column})"
    return runtime.nested(env, program.body(index), stack, where)


_NAMESPACE["section"] = _generic_section
_NAMESPACE["inverted"] = _generic_inverted
_NAMESPACE["deepblock"] = _deep_block
