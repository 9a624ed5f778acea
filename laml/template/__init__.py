"""Mustache templates that always produce XML-safe text.

>>> from laml.template import render
>>> render('<Say>Hello {{From}}</Say>', {"From": "+1 <555>"})
'<Say>Hello +1 &lt;555&gt;</Say>'

The engine follows the mustache specification (interpolation, sections, inverted
sections, comments, partials, set-delimiter tags, lambdas, dynamic partial names and
template inheritance) with two deliberate differences that make output safe inside XML:

* ``{{name}}`` escapes ``&``, ``<``, ``>``, ``"`` and ``'`` as ``&amp;``, ``&lt;``,
  ``&gt;``, ``&quot;`` and ``&#39;`` (no HTML named entities), so a value is safe in
  element text and in single- or double-quoted attributes.
* Every interpolated value, escaped or not (``{{{name}}}``, ``{{& name}}``), loses the
  characters XML 1.0 forbids: C0 controls other than tab, LF and CR, lone surrogates,
  U+FFFE and U+FFFF. The template's own text is left as written.

``None`` and missing names render as the empty string, unless ``strict=True``, which
raises :class:`MissingVariableError` naming the variable and its line and column.

Names are read from mappings, sequences and plain data attributes, never by calling a
method or a property of the data. Hostile templates stay cheap: sections nest at most
:data:`~laml.template.parser.MAX_NESTING` deep (deeper is a
:class:`~laml.errors.TemplateSyntaxError`), and a render whose output (with the work of
loops and partials) would pass ``max_size`` characters (8 MiB by default) stops with
:class:`RenderLimitError`.

The pipeline: :mod:`.lexer` (tokens, standalone lines) -> :mod:`.parser` (tree of
:mod:`.nodes`) -> :mod:`.compiler` (Python source, compiled once and cached) ->
:mod:`.runtime` (what the generated code calls). Hosted-bin conventions (request
parameters, the ``e164`` helper, known parameter names, branch rendering for linting)
live in :mod:`.bins` and :mod:`.branches`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from laml.template.compiler import load
from laml.template.nodes import Node
from laml.template.parser import MAX_NESTING, parse
from laml.template.runtime import (
    MAX_SIZE,
    Env,
    MissingVariableError,
    RenderLimitError,
    SectionHelper,
    escape,
    sanitize,
)

__all__ = [
    "MAX_NESTING",
    "MAX_SIZE",
    "MissingVariableError",
    "RenderLimitError",
    "SectionHelper",
    "Template",
    "compile",
    "escape",
    "parse",
    "render",
    "sanitize",
]

class Template:
    """A parsed and compiled template; render it as often as needed.

    Instances are cheap to keep: the compiled code is shared by every template with the
    same source.
    """

    __slots__ = ("_program", "source")

    def __init__(self, source: str) -> None:
        self.source: str = source
        self._program = load(source)

    @property
    def nodes(self) -> tuple[Node, ...]:
        """The template's parse tree."""
        return self._program.nodes

    def render(
        self,
        data: Mapping[str, Any] | object,
        partials: Mapping[str, str] | None = None,
        *,
        strict: bool = False,
        max_size: int = MAX_SIZE,
    ) -> str:
        """Render with ``data`` as the root context.

        ``partials`` maps names to template sources for ``{{>name}}``. With ``strict``,
        a missing interpolated name or partial raises :class:`MissingVariableError`
        (sections keep treating a missing name as false). A render that would output
        more than ``max_size`` characters (counting the work of section iterations and
        partials, see :mod:`laml.template.runtime`) raises :class:`RenderLimitError`.
        """
        env = Env(partials, strict, max_size)
        program = self._program
        if type(data) is dict and program.fast is not None and not strict:
            text = program.fast.run((data,), env)
            if text is not None:
                return text  # type: ignore[no-any-return]
        return program.run((data,), env)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        head = self.source if len(self.source) <= 40 else self.source[:37] + "..."
        return f"Template({head!r})"


@lru_cache(maxsize=256)
def compile(source: str) -> Template:
    """Parse and compile ``source`` (cached by source).

    Raises :class:`laml.errors.TemplateSyntaxError` with a 1-based line and column.
    """
    return Template(source)


def render(
    source: str,
    data: Mapping[str, Any] | object,
    *,
    partials: Mapping[str, str] | None = None,
    strict: bool = False,
    max_size: int = MAX_SIZE,
) -> str:
    """Render the template ``source`` with ``data``; see :meth:`Template.render`."""
    return compile(source).render(data, partials, strict=strict, max_size=max_size)
