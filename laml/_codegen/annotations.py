"""Python types of the vocabulary's value types, for the generated builder modules.

Each attribute gets two annotations: what a builder keyword takes (``int`` for a number,
``bool`` for ``true``/``false``, a ``Literal`` for a fixed choice, a sequence for a list) and
what its read accessor returns (the same, with ``list`` for a list); and a *reader*, the
constant that tells :func:`laml._element.read_attribute` how to turn the attribute's text into
that value. A value the vocabulary accepts in either dialect is accepted by the annotation.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from laml.vocabulary import Attr, Type

__all__ = ["Shape", "read_annotation", "reader", "shape", "write_annotation"]

#: Lists of at most this many fixed choices spelled as one string (``"dtmf speech"``) are
#: ``Literal`` values too; longer ones are written as a sequence.
_MAX_COMBINATIONS = 16


@dataclass
class Shape:
    """The Python view of a value type: scalar kinds, fixed choices, or a list of a shape."""

    kinds: set[str] = field(default_factory=set)  # "bool", "int", "float", "str"
    choices: list[str] = field(default_factory=list)
    item: Shape | None = None
    sep: str = " "
    description: str = ""

    def merge(self, other: Shape) -> None:
        self.kinds |= other.kinds
        self.choices += [c for c in other.choices if c not in self.choices]
        if other.item is not None:
            if self.item is None:
                self.item = Shape()
            self.item.merge(other.item)
            self.sep = other.sep
        if other.description and other.description not in self.description.split(" or "):
            joined = f"{self.description} or {other.description}"
            self.description = joined if self.description else other.description

    def simplified(self) -> Shape:
        """``str`` absorbs fixed choices (a choice or any text is just text)."""
        if "str" in self.kinds:
            self.choices = []
        if self.item is not None:
            self.item.simplified()
        return self


def _shape(t: Type) -> Shape:
    if t.item is not None:
        return Shape(item=_shape(t.item), sep=t.sep, description=t.name)
    if t.sep == ",":
        return Shape(item=Shape({"str"}), sep=",", description=t.name)
    if t.union:
        out = Shape(description=t.name)
        for member in t.union:
            out.merge(_shape(member))
        out.description = t.name
        return out
    if t.values:
        bools = "true" in t.values and "false" in t.values
        choices = [v for v in t.values if not (bools and v in ("true", "false"))]
        return Shape({"bool"} if bools else set(), choices, description=t.name)
    if t.base == "integer":
        return Shape({"int"}, description=t.name)
    if t.base == "decimal":
        return Shape({"float"}, description=t.name)
    return Shape({"str"}, description=t.name)


def shape(attr: Attr) -> Shape:
    """The shape of ``attr``'s values in any dialect."""
    types = [attr.type] if isinstance(attr.type, Type) else list(attr.type.values())
    out = _shape(types[0])
    for t in types[1:]:
        out.merge(_shape(t))
    return out.simplified()


_ORDER = ("bool", "int", "float", "str")


def _literal(values: list[str]) -> str:
    return "Literal[" + ", ".join(f'"{v}"' for v in values) + "]"


def _scalar(s: Shape) -> list[str]:
    parts = [k for k in _ORDER if k in s.kinds]
    if s.choices:
        parts.append(_literal(s.choices))
    return parts


def _spelled_lists(item: Shape, sep: str) -> list[str]:
    """The lists of ``item``'s choices spelled as one string, when there are few of them."""
    if item.kinds or not item.choices:
        return []
    values = item.choices
    orderings = [
        sep.join(p)
        for k in range(2, len(values) + 1)
        for p in itertools.permutations(values, k)
    ]
    if len(values) + len(orderings) <= _MAX_COMBINATIONS:
        return orderings
    in_order = [
        sep.join(c) for k in range(2, len(values) + 1) for c in itertools.combinations(values, k)
    ]
    if len(values) + len(in_order) <= _MAX_COMBINATIONS:
        return in_order
    return []


def write_annotation(attr: Attr) -> str:
    """The annotation of ``attr``'s builder keyword (without the default ``None``)."""
    s = shape(attr)
    if s.item is None:
        parts = _scalar(s)
    else:
        items = _scalar(s.item)
        spelled = _spelled_lists(s.item, s.sep)
        if spelled:
            parts = ["Literal[" + ", ".join(f'"{v}"' for v in [*s.item.choices, *spelled]) + "]"]
            parts += [k for k in _ORDER if k in s.item.kinds]
        else:
            parts = list(items)
        parts.append(f"Sequence[{' | '.join(items)}]")
    return " | ".join([*parts, "None"])


def read_annotation(attr: Attr) -> str:
    """The return annotation of ``attr``'s read accessor."""
    s = shape(attr)
    if s.item is None:
        return " | ".join([*_scalar(s), "None"])
    return f"list[{' | '.join(_scalar(s.item))}] | None"


def _alternatives(s: Shape) -> str:
    codes = [f'"{k[0]}"' for k in _ORDER if k in s.kinds]
    if s.choices:
        codes.append("(" + ", ".join(f'"{c}"' for c in s.choices) + ",)")
    return "(" + ", ".join(codes) + ("," if len(codes) == 1 else "") + ")"


def reader(attr: Attr) -> str:
    """Source of the reader constant of ``attr`` (see :func:`laml._element.read_attribute`)."""
    s = shape(attr)
    if s.item is None:
        return _alternatives(s)
    return f'("l", "{s.sep}", {_alternatives(s.item)})'


def description(attr: Attr) -> str:
    """How messages describe ``attr``'s values ("a non-negative integer")."""
    return shape(attr).description
