"""Linting Jinja2 templates of documents (``render_template("voice.xml")`` in a Flask app).

A document holding Jinja2 syntax (``{% if %}``, ``{{ name|filter }}``, ``{# … #}``) is checked
with Jinja2 itself, imported only then:

1. ``LAML206``: a syntax error, at its line;
2. the template is rendered in Jinja2's sandbox with placeholder values and the documents it
   gives are linted, each finding reported at the template line it comes from. A placeholder
   fits where its variable stands (the same logic as for LaML Bins: a phone number in
   ``<Number>``, a URL in ``action``; request parameters such as ``From`` get their sample).
   Each name an ``{% if %}`` tests is a switch rendered on and off (on, it equals the value it
   is compared with: ``{% if Digits == "1" %}``), so both branches of every ``if`` are
   checked; loops run once; anything the template cannot know renders as a placeholder;
3. ``LAML207`` (info): what is not checked: a Django template (recognised by its own tags and
   filters, reported once), ``{% include %}``/``{% import %}`` (rendered empty: laml never reads
   another file) and ``{% extends %}`` (its blocks are not rendered).

Rendering is bounded: loop iterations and calls, the size of strings and of the output, and
the number of renderings are capped; a template that goes beyond them is reported as not fully
checked (``LAML207``), never run for long.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final

from laml.diagnostics import Diagnostic

if TYPE_CHECKING:
    from jinja2 import nodes as jnodes
    from jinja2.sandbox import SandboxedEnvironment

    from laml.settings import RuleOptions
    from laml.vocabulary import Dialect

__all__ = ["is_django", "lint_jinja"]

#: Loop iterations and calls allowed in all the renderings of one template.
MAX_STEPS: Final = 200_000
#: Characters of output allowed in all the renderings of one template.
MAX_OUTPUT: Final = 4_000_000
#: Longest string an operator or a call may make.
MAX_STRING: Final = 100_000
#: Switches (names tested by ``if``) rendered each on and off; above, the rest stay on.
MAX_SWITCHES: Final = 64

_DJANGO: Final = re.compile(
    r"\{%-?\s*(?:load|csrf_token|url|trans|blocktrans|endblocktrans|blocktranslate|translate|"
    r"ifequal|ifnotequal|endifequal|empty|comment|endcomment|now|spaceless|verbatim|static|"
    r"cycle|firstof|widthratio|templatetag|lorem|regroup|resetcycle|querystring)\b"
    r"|\{\{[^{}]*\|\s*[a-z_]+:[^{}]*\}\}"
    r"|\{\{\s*block\.super\s*\}\}"
)


def is_django(source: str) -> re.Match[str] | None:
    """Where ``source`` uses syntax only Django templates have (``{% load %}``,
    ``{{ x|date:"Y" }}`` …), or ``None``."""
    return _DJANGO.search(source)


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def lint_jinja(
    source: str,
    *,
    dialect: Dialect = "signalwire",
    channel: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: Mapping[str, RuleOptions] | None = None,
) -> list[Diagnostic]:
    """Lint Jinja2 template ``source`` and the documents it renders (see the module)."""
    django = is_django(source)
    if django is not None:
        return [Diagnostic(
            "LAML207", "info",
            "this is a Django template: laml does not check Django template syntax or what it "
            "renders", _line(source, django.start()), 1,
            hint="check the documents your views render, e.g. laml.lint(response.content)",
        )]
    from jinja2 import TemplateSyntaxError

    env = _environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        return [Diagnostic("LAML206", "error", f"Jinja2 syntax error: {exc.message}",
                           exc.lineno or 1, 1, hint="see the Jinja2 template documentation")]
    notes = _not_read(tree)
    if any(n.message.startswith("{% extends") for n in notes):
        return notes
    found = _render_and_lint(env, source, tree, dialect, channel, select, ignore, options)
    return sorted([*notes, *found], key=lambda d: (d.line, d.column, d.code, d.message))


def _not_read(tree: jnodes.Template) -> list[Diagnostic]:
    from jinja2 import nodes

    out: list[Diagnostic] = []
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        named = getattr(node, "template", None)
        target = named.value if isinstance(named, nodes.Const) else "…"
        kind = {"Extends": "extends", "Include": "include", "Import": "import",
                "FromImport": "from … import"}[type(node).__name__]
        what = ("its blocks are not rendered, only its syntax was checked"
                if kind == "extends" else "rendered empty: laml never reads another file")
        out.append(Diagnostic(
            "LAML207", "info", f"{{% {kind} {target!r} %}} is not checked: {what}",
            node.lineno, 1, hint="lint that template on its own"))
    return out


# ------------------------------------------------------------------ the sandbox


class _OverBudgetError(Exception):
    """The renderings went beyond :data:`MAX_STEPS` or :data:`MAX_OUTPUT`."""


class _Budget:
    def __init__(self) -> None:
        self.steps = 0

    def tick(self, n: int = 1) -> None:
        self.steps += n
        if self.steps > MAX_STEPS:
            raise _OverBudgetError

    def loop(self, iterable: Any) -> Iterator[Any]:
        for item in iterable:
            self.tick()
            yield item


#: printf-style and str.format fields wider than any document needs (``%1000000000d``)
_WIDE_FORMAT: Final = re.compile(
    r"%[-+ #0]*(?:\*|[0-9]{5,})|%[-+ #0]*[0-9]*\.(?:\*|[0-9]{5,})"
    r"|\{[^{}]*:[^{}]*(?:[0-9]{5,}|\{)"
)


def _environment() -> SandboxedEnvironment:
    from jinja2 import BaseLoader
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    class Loader(BaseLoader):
        """Every template another one names is empty: no file is ever read."""

        def get_source(
            self, environment: Any, template: str
        ) -> tuple[str, None, Callable[[], bool]]:
            return "", None, lambda: True

    class Sandbox(SandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**", "%", "//"])
        budget = _Budget()

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int) and abs(right) > 64:
                raise SecurityError("exponent too large")
            if operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, str | list | tuple) and isinstance(n, int) and (
                        len(seq) * n > MAX_STRING
                    ):
                        raise SecurityError("string too large")
            if operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
                raise SecurityError("format too wide")
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            __self.budget.tick()
            for value in (*args, *kwargs.values()):
                if _too_large(value):
                    raise SecurityError("argument too large")
            return super().call(__context, __obj, *args, **kwargs)

        def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
            owner = getattr(value, "__self__", None)
            if isinstance(owner, str) and _WIDE_FORMAT.search(owner) and getattr(
                value, "__name__", ""
            ) in ("format", "format_map"):
                raise SecurityError("format too wide")
            wrapped: Callable[..., str] | None = super().wrap_str_format(value)
            return wrapped

    env = Sandbox(loader=Loader(), autoescape=True, keep_trailing_newline=True,
                  extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
    env.globals.pop("lipsum", None)
    env.globals["range"] = _range
    env.globals["laml_loop"] = env.budget.loop
    for name, function in list(env.filters.items()):
        env.filters[name] = _bounded(function)
    return env


def _too_large(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_STRING


def _range(*args: int) -> range:
    from jinja2.exceptions import SecurityError

    numbers = range(*args)
    if len(numbers) > 10_000:
        raise SecurityError("range too large")
    return numbers


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses arguments that would make huge strings (``center(10**9)``)."""
    from jinja2.exceptions import SecurityError
    from jinja2.utils import _PassArg, pass_context, pass_environment, pass_eval_context

    def bounded(*args: Any, **kwargs: Any) -> Any:
        for index, value in enumerate((*args, *kwargs.values())):
            if index and _too_large(value):
                raise SecurityError("argument too large")
            if isinstance(value, str) and _WIDE_FORMAT.search(value):
                raise SecurityError("format too wide")
        return function(*args, **kwargs)

    passing = _PassArg.from_obj(function)
    decorate = {_PassArg.context: pass_context, _PassArg.eval_context: pass_eval_context,
                _PassArg.environment: pass_environment}.get(passing)  # type: ignore[arg-type]
    bounded.__name__ = getattr(function, "__name__", "filter")
    return decorate(bounded) if decorate is not None else bounded


def _budget_loops(tree: jnodes.Template) -> None:
    """Make every ``{% for %}`` count its iterations against the budget."""
    from jinja2 import nodes

    for loop in tree.find_all(nodes.For):
        loop.iter = nodes.Call(nodes.Name("laml_loop", "load"), [loop.iter], [], None, None,
                               lineno=loop.lineno)


# ------------------------------------------------------------------ placeholder values


#: One rendering's switches: name -> None (off), "" (on: a placeholder), or the value it is
#: compared with.
Setting = Mapping[str, str | None]


@dataclass(frozen=True)
class _State:
    """What the placeholders of one rendering know: samples by name, loops, switches."""

    fill: Callable[[str], str]
    loops: Mapping[str, tuple[str, ...]]
    setting: Setting

    def text(self, name: str) -> str:
        if name in self.setting:
            value = self.setting[name]
            if value is None:
                return ""
            if value:
                return value
        return self.fill(name)


#: Attributes Jinja2 and its sandbox look up on objects; a placeholder does not have them.
_NOT_ATTRIBUTES: Final = frozenset({"unsafe_callable", "alters_data", "contextfunction",
                                    "evalcontextfunction", "environmentfunction"})


class _Value(str):
    """A placeholder: renders as its sample, and has any attribute or item (another
    placeholder, named after it), so ``request.form["From"]`` or ``call.to`` render too."""

    __slots__ = ("_name", "_state")

    _name: str
    _state: _State

    def __new__(cls, name: str, state: _State) -> _Value:
        value = super().__new__(cls, state.text(name))
        value._name, value._state = name, state
        return value

    def _child(self, name: str) -> _Value:
        return _Value(name, self._state)

    def __getattr__(self, name: str) -> _Value:
        if name.startswith(("_", "jinja_")) or name in _NOT_ATTRIBUTES:
            raise AttributeError(name)
        return self._child(name)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return self._child(key)
        return str.__getitem__(self, key)

    def __call__(self, *args: Any, **kwargs: Any) -> _Value:
        from laml.template.bins import check_parameter

        if args and isinstance(args[0], str) and check_parameter(args[0]).known:
            return self._child(args[0])  # request.values.get("From")
        return self

    def __iter__(self) -> Iterator[Any]:
        targets = self._state.loops.get(self._name)
        if targets is None:
            yield from str.__iter__(self)
            return
        if not self:
            return  # switched off: the loop runs no time
        items = [self._child(t) for t in targets]
        yield items[0] if len(items) == 1 else tuple(items)


def _iterable_name(node: jnodes.Node) -> str | None:
    from jinja2 import nodes

    while isinstance(node, nodes.Call | nodes.Filter) and node.node is not None:
        node = node.node
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return str(node.arg.value)
    return None


def _structure(
    tree: jnodes.Template,
) -> tuple[dict[str, list[str]], dict[str, tuple[str, ...]]]:
    """The switches (names an ``if`` tests, with the values they are compared with) and the
    loops (the name iterated, and the names of its loop variables)."""
    from jinja2 import nodes

    switches: dict[str, list[str]] = {}

    def compared(name: str, value: object) -> None:
        values = switches.setdefault(name, [])
        if str(value) not in values:
            values.append(str(value))

    def within(node: jnodes.Node,
               kind: type[jnodes.Node] | tuple[type[jnodes.Node], ...]) -> Iterator[Any]:
        if isinstance(node, kind):
            yield node
        yield from node.find_all(kind)

    for branch in tree.find_all((nodes.If, nodes.CondExpr)):
        test: jnodes.Node = branch.test  # type: ignore[attr-defined]
        # in `request.form["Digits"]` only Digits decides: request and form are its containers
        containers = {id(n.node) for n in within(test, (nodes.Getattr, nodes.Getitem))}
        for name in within(test, nodes.Name):
            if id(name) not in containers:
                switches.setdefault(name.name, [])
        for getattr_ in within(test, nodes.Getattr):
            if id(getattr_) not in containers:
                switches.setdefault(getattr_.attr, [])
        for compare in within(test, nodes.Compare):
            left = compare.expr
            for operand in compare.ops:
                for a, b in ((left, operand.expr), (operand.expr, left)):
                    if not isinstance(a, nodes.Name | nodes.Getattr | nodes.Getitem):
                        continue
                    named = _iterable_name(a)
                    if named is None:
                        continue
                    if isinstance(b, nodes.Const) and operand.op in ("eq", "ne"):
                        compared(named, b.value)
                    elif isinstance(b, nodes.List | nodes.Tuple) and operand.op in ("in", "notin"):
                        for item in b.items:
                            if isinstance(item, nodes.Const):
                                compared(named, item.value)
                    else:
                        switches.setdefault(named, [])
                left = operand.expr
    loops: dict[str, tuple[str, ...]] = {}
    for loop in tree.find_all(nodes.For):
        source = _iterable_name(loop.iter)
        if source is None:
            continue
        if isinstance(loop.target, nodes.Name):
            targets: tuple[str, ...] = (loop.target.name,)
        else:
            targets = tuple(t.name for t in loop.target.find_all(nodes.Name))
        loops.setdefault(source, targets)
    assigned = {"loop", "caller", "varargs", "kwargs", "self", "true", "false", "none",
                "True", "False", "None"}
    for node in tree.find_all((nodes.Assign, nodes.AssignBlock, nodes.For, nodes.Macro,
                               nodes.CallBlock)):
        target = getattr(node, "target", None)
        if target is not None:
            assigned.update(n.name for n in target.find_all(nodes.Name))
            if isinstance(target, nodes.Name):
                assigned.add(target.name)
        for arg in getattr(node, "args", None) or ():
            if isinstance(arg, nodes.Name):
                assigned.add(arg.name)
    return {k: v for k, v in switches.items() if k not in assigned}, loops


_STATEMENT: Final = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_EXPRESSION_NAME: Final = re.compile(
    r"\{\{-?\s*(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\s*['\"][^'\"]*['\"]\s*\])*\.)?"
    r"(?:[A-Za-z_]\w*\[\s*['\"])?([A-Za-z_][\w-]*)"
)


def _names(text: str) -> list[str]:
    """The variable each ``{{ … }}`` in ``text`` ends with (``{{ call.From }}`` → From)."""
    return _EXPRESSION_NAME.findall(text)


def _fill(source: str) -> Callable[[str], str]:
    """Placeholder values by position, as for LaML Bins (:func:`laml.linting.placeholders`)."""
    from laml.document import load
    from laml.linting import placeholders

    shape = _STATEMENT.sub("", source)  # statements out: the rest is more often XML
    return placeholders(shape, load(shape), find=_names)


# ------------------------------------------------------------------ rendering


def _marked(env: SandboxedEnvironment, source: str) -> str:
    """``source`` with a line mark after each line break of its text (not inside tags), so that
    each rendered line can be traced to the template line it comes from."""
    out: list[str] = []
    for lineno, kind, value in env.lex(source):
        if kind != "data" or "\n" not in value:
            out.append(value)
            continue
        parts = value.split("\n")
        line = lineno
        pieces = [parts[0]]
        for part in parts[1:]:
            line += 1
            pieces.append(f"\x00{line}\x00{part}")
        out.append("\n".join(pieces))
    marked = "".join(out)
    return marked if _unmarked(marked) == source else source


def _unmarked(text: str) -> str:
    return re.sub("\x00[0-9]+\x00", "", text)


def _settings(switches: Mapping[str, list[str]]) -> list[dict[str, str | None]]:
    """The renderings to make: every switch on (with the first value it is compared with),
    then, one switch at a time, that switch off and set to each other value compared with:
    every branch of every ``if`` that a single name decides; and every switch off, for the
    ``else`` of an ``if``/``elif`` chain that tests several names."""
    base: dict[str, str | None] = {n: (v[0] if v else "") for n, v in switches.items()}
    chosen: dict[tuple[tuple[str, str | None], ...], dict[str, str | None]] = {}
    variants: list[dict[str, str | None]] = [base, dict.fromkeys(switches)]
    for name in list(switches)[:MAX_SWITCHES]:
        variants.append({**base, name: None})
        variants.extend({**base, name: value} for value in switches[name][1:])
    for variant in variants:
        chosen.setdefault(tuple(sorted(variant.items())), variant)
    return list(chosen.values())


def _note(setting: Setting) -> str:
    if not setting:
        return ""
    parts = [f"{n} empty" if v is None else f"{n} set" if v == "" else f"{n} == {v!r}"
             for n, v in setting.items()]
    return f" (when {', '.join(parts)})"


def _render_and_lint(
    env: SandboxedEnvironment,
    source: str,
    tree: jnodes.Template,
    dialect: Dialect,
    channel: str | None,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    options: Mapping[str, RuleOptions] | None,
) -> list[Diagnostic]:
    from jinja2 import meta
    from jinja2.exceptions import SecurityError, TemplateError

    from laml.document import load
    from laml.linting import _lint_plain, template_column
    from laml.template.branches import BranchRendering, _strip_marks

    marked_source = _marked(env, source)
    marked_tree = env.parse(marked_source)
    _budget_loops(marked_tree)
    template = env.from_string(marked_tree)
    switches, loops = _structure(tree)
    variables = meta.find_undeclared_variables(tree)
    fill = _fill(source)
    out: list[Diagnostic] = []
    seen: set[tuple[str, int, str]] = set()
    failures: list[str] = []
    output = 0
    source_lines = source.splitlines()
    for setting in _settings(switches):
        state = _State(fill, loops, setting)
        data: dict[str, Any] = {name: _Value(name, state) for name in variables}
        try:
            rendered = "".join(_capped(template.generate(data), output))
        except _OverBudgetError:
            out.append(_partial("its loops, calls or output are too large to render in full"))
            break
        except (SecurityError, TemplateError, ArithmeticError, LookupError, TypeError,
                ValueError, RecursionError) as exc:
            failures.append(f"{type(exc).__name__}: {exc}")
            continue
        output += len(rendered)
        text, lines = _strip_marks(rendered)
        rendering = BranchRendering(text, lines, frozenset())
        doc = load(text, channel=channel)  # type: ignore[arg-type]
        for d in _lint_plain(doc, dialect, channel, select, ignore, options):  # type: ignore[arg-type]
            line = rendering.template_line(d.line)
            key = (d.code, line, d.message)
            if key in seen:
                continue
            seen.add(key)
            column = template_column(d, text.splitlines(), source_lines, line)
            out.append(replace(d, line=line, column=column, message=d.message + _note(setting),
                               fix=None))
    if failures and not seen:
        out.append(_partial(f"rendering it with placeholder values failed ({failures[0]})"))
    return out


def _partial(why: str) -> Diagnostic:
    return Diagnostic("LAML207", "info", f"the template was not fully checked: {why}", 1, 1,
                      hint="lint the documents it renders in your tests, e.g. "
                      "laml.lint(response.data)")


def _capped(chunks: Iterator[str], already: int) -> Iterator[str]:
    total = already
    for chunk in chunks:
        total += len(chunk)
        if total > MAX_OUTPUT:
            raise _OverBudgetError
        yield chunk
