"""laml and an independent validator (xmlschema, pure Python) agree on valid and invalid.

Valid documents are generated from the vocabulary (every element, attribute type, content
model and count rule of a dialect); mutations then break them in one known way each: a
required attribute dropped, an attribute misspelled, a child moved under a parent that does
not take it, an enumerated value replaced, a number pushed out of its range.
"""

from __future__ import annotations

import itertools
from functools import cache

import pytest
import xmlschema
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from laml import validate
from laml.schema import schema_path
from laml.vocabulary import (
    CHANNELS,
    DIALECTS,
    Attr,
    Channel,
    Child,
    Dialect,
    ElementSpec,
    Type,
    channel_elements,
)

XML_NS = "{http://www.w3.org/XML/1998/namespace}"

# characters XML allows, without the white space XSD and Python regular expressions disagree on
_CHARS = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc", "Zl", "Zp", "Zs"),
    exclude_characters="\ufffe\uffff",
)
_TEXT = st.text(st.one_of(_CHARS, st.sampled_from(" &<>\"'")), max_size=12)
_WORD = st.text(_CHARS, min_size=1, max_size=8)
_URL = st.builds(
    "{}://{}/{}".format,
    st.sampled_from(["https", "http"]),
    st.sampled_from(["example.com", "a.example.org:8443"]),
    st.text("abcxyz019-_./", max_size=12),
)


@cache
def _specs(channel: Channel) -> dict[str, ElementSpec]:
    return {s.cls: s for s in channel_elements(channel)}


def values(t: Type) -> st.SearchStrategy[str]:
    """Valid values of ``t``."""
    if t.union:
        return st.one_of([values(m) for m in t.union])
    if t.item is not None:
        return st.lists(values(t.item), min_size=1, max_size=3).map(" ".join)
    if t.values:
        return st.sampled_from(t.values)
    if t.pattern is not None:
        return st.from_regex(t.pattern, fullmatch=True, alphabet=_CHARS).filter(
            lambda v: t.max_length is None or len(v) <= t.max_length
        )
    if t.base == "integer":
        lo = int(t.min) if t.min is not None else -1000
        hi = int(t.max) if t.max is not None else lo + 10**6
        return st.integers(lo, hi).map(str)
    if t.base == "decimal":
        lo = int(t.min) if t.min is not None else -1000
        hi = int(t.max) if t.max is not None else lo + 10**6
        return st.integers(lo * 100, hi * 100).map(lambda n: f"{n / 100:.2f}")
    if t.base == "anyURI":
        return _URL if t.min_length else st.one_of(_URL, st.just(""))
    if t.min_length:
        top = t.max_length or 40
        words = st.tuples(_WORD, _TEXT).map("".join)
        return words.filter(lambda v: len(" ".join(v.split())) <= top)
    return _TEXT


@st.composite
def element(
    draw: st.DrawFn, channel: Channel, spec: ElementSpec, dialect: Dialect, depth: int
) -> etree._Element:
    el = etree.Element(spec.tag)
    for attr in spec.attrs_in(dialect):
        if attr.required or draw(st.integers(0, 3)) == 0:
            name = XML_NS + attr.xml[4:] if attr.xml.startswith("xml:") else attr.xml
            el.set(name, draw(values(attr.type_in(dialect))))
    specs = _specs(channel)
    children = [
        (c, specs[c.cls]) for c in spec.children_in(dialect) if dialect in specs[c.cls].dialects
    ]
    if not children:
        if spec.takes_text:
            el.text = draw(values(spec.text_type_in(dialect)))
        return el
    picked: list[tuple[Child, ElementSpec]] = []
    alone = [(c, s) for c, s in children if dialect in c.alone]
    rest = [(c, s) for c, s in children if dialect not in c.alone]
    if alone and draw(st.booleans()):
        c, s = draw(st.sampled_from(alone))
        picked = [(c, s)] * draw(st.integers(1, min(c.max_in(dialect) or 3, 3)))
    elif rest:
        for c, s in rest:
            if c.min:
                picked.extend([(c, s)] * c.min)
        if depth > 0:
            for _ in range(draw(st.integers(0, 3))):
                c, s = draw(st.sampled_from(rest))
                most = c.max_in(dialect)
                if most is None or sum(1 for p in picked if p[1] is s) < most:
                    picked.append((c, s))
    order = draw(st.permutations(range(len(picked)))) if picked else []
    for i in order:
        c, s = picked[i]
        el.append(draw(element(channel, s, dialect, depth - 1)))
    if spec.takes_text:
        el.text = draw(_TEXT)
        for child in el:
            child.tail = draw(_TEXT)
    return el


@st.composite
def documents(draw: st.DrawFn, dialect: Dialect) -> tuple[Channel, etree._Element]:
    channel = draw(st.sampled_from(CHANNELS))
    return channel, draw(element(channel, channel_elements(channel)[0], dialect, 3))


@cache
def _independent(channel: Channel, dialect: Dialect) -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(schema_path(channel, dialect)))


def _both(root: etree._Element, channel: Channel, dialect: Dialect) -> tuple[list[str], bool]:
    text = etree.tostring(root, encoding="unicode")
    codes = [d.code for d in validate(text, dialect=dialect, channel=channel)]
    return codes, _independent(channel, dialect).is_valid(text)


_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("dialect", DIALECTS)
@_SETTINGS
@given(data=st.data())
def test_generated_documents_are_valid_for_both(dialect: Dialect, data: st.DataObject) -> None:
    channel, root = data.draw(documents(dialect))
    codes, independent = _both(root, channel, dialect)
    assert codes == [], etree.tostring(root)
    assert independent, etree.tostring(root)


def _with_spec(
    root: etree._Element, channel: Channel, dialect: Dialect
) -> list[tuple[etree._Element, ElementSpec]]:
    """Each element of a generated document with its element class."""
    specs = _specs(channel)
    out = [(root, channel_elements(channel)[0])]
    for el, spec in out:
        for child in el:
            relation = next(
                s for c in spec.children_in(dialect) if (s := specs[c.cls]).tag == child.tag
            )
            out.append((child, relation))
    return out


def _targets(kind: str, spec: ElementSpec, dialect: Dialect) -> list[Attr]:
    """The attributes of ``spec`` a mutation of ``kind`` can break."""
    out = []
    for attr in spec.attrs_in(dialect):
        t = attr.type_in(dialect)
        if (
            (kind == "drop-required" and attr.required)
            or (kind == "misspell" and not attr.xml.startswith("xml:"))
            or (kind == "enum" and t.values and not t.union and t.item is None)
            or (kind == "range" and t.base == "integer" and (t.min, t.max) != (None, None))
        ):
            out.append(attr)
    return out


def _break(kind: str, el: etree._Element, attr: Attr, dialect: Dialect) -> str:
    """Break attribute ``attr`` of ``el``; the code laml must report."""
    t = attr.type_in(dialect)
    value = el.attrib.pop(attr.xml, "")
    if kind == "drop-required":
        return "LAML006"
    if kind == "misspell":
        lowered = attr.xml.lower()
        el.set(lowered if lowered != attr.xml else attr.xml + "Mode", value or "1")
        return "LAML004"
    if kind == "enum":
        el.set(attr.xml, "not-" + t.values[0])
    elif t.max is not None:
        el.set(attr.xml, str(int(t.max) + 1))
    else:
        assert t.min is not None
        el.set(attr.xml, str(int(t.min) - 1))
    return "LAML005"


@st.composite
def mutated(
    draw: st.DrawFn, kind: str, dialect: Dialect
) -> tuple[Channel, etree._Element, set[str]]:
    """A valid document broken in one way, with the codes laml may report (one at least)."""
    reachable = {c: _reachable(c, dialect) for c in CHANNELS}
    with_targets = {
        c: [
            cls
            for cls, path in paths.items()
            if len(path) > 1 and (kind == "move" or _targets(kind, path[-1], dialect))
        ]
        for c, paths in reachable.items()
    }
    channel = draw(st.sampled_from([c for c in CHANNELS if with_targets[c]]))
    root = draw(element(channel, channel_elements(channel)[0], dialect, 3))

    def candidates() -> list[tuple[etree._Element, ElementSpec]]:
        found = _with_spec(root, channel, dialect)
        if kind == "move":
            return [(el, spec) for el, spec in found if el is not root]
        return [(el, spec) for el, spec in found if _targets(kind, spec, dialect)]

    def graft() -> None:  # add an element that has what is needed
        path = reachable[channel][draw(st.sampled_from(with_targets[channel]))]
        built = [_minimal(s, channel, dialect, True, draw) for s in path]
        for parent, child in itertools.pairwise(built):
            parent.append(child)
        root.append(built[1])

    if not candidates() or draw(st.booleans()):
        graft()
    el, spec = draw(st.sampled_from(candidates()))
    if kind != "move":
        attr = draw(st.sampled_from(_targets(kind, spec, dialect)))
        return channel, root, {_break(kind, el, attr, dialect)}
    specs = _specs(channel)
    for _ in range(3):
        targets = []
        for target, target_spec in _with_spec(root, channel, dialect):
            allowed = {specs[c.cls].tag for c in target_spec.children_in(dialect)}
            inside = target is el or any(a is el for a in target.iterancestors())
            if el.tag not in allowed and not inside:
                targets.append(target)
        if targets:
            draw(st.sampled_from(targets)).append(el)
            return channel, root, {"LAML003", "LAML012"}
        graft()
    assume(False)  # a channel too small to misplace anything (TwiML fax: one verb)
    raise AssertionError("unreachable")


@pytest.mark.parametrize("kind", ["drop-required", "misspell", "move", "enum", "range"])
@pytest.mark.parametrize("dialect", DIALECTS)
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_mutated_documents_are_invalid_for_both(
    kind: str, dialect: Dialect, data: st.DataObject
) -> None:
    channel, root, expected = data.draw(mutated(kind, dialect))
    codes, independent = _both(root, channel, dialect)
    assert not independent, etree.tostring(root)
    assert codes, etree.tostring(root)
    assert expected & set(codes), (codes, etree.tostring(root))


def _reachable(channel: Channel, dialect: Dialect) -> dict[str, list[ElementSpec]]:
    """Every element class of ``dialect`` with the path of classes leading to it from the root."""
    specs = _specs(channel)
    root = channel_elements(channel)[0]
    paths = {root.cls: [root]}
    todo = [root]
    while todo:
        spec = todo.pop(0)
        for c in spec.children_in(dialect):
            child = specs[c.cls]
            if dialect in child.dialects and child.cls not in paths:
                paths[child.cls] = [*paths[spec.cls], child]
                todo.append(child)
    return paths


def _minimal(
    spec: ElementSpec, channel: Channel, dialect: Dialect, every_attribute: bool, draw: st.DrawFn
) -> etree._Element:
    """``spec`` with its required attributes, children and text (or with every attribute)."""
    el = etree.Element(spec.tag)
    for attr in spec.attrs_in(dialect):
        if attr.required or every_attribute:
            name = XML_NS + attr.xml[4:] if attr.xml.startswith("xml:") else attr.xml
            el.set(name, draw(values(attr.type_in(dialect))))
    specs = _specs(channel)
    children = [c for c in spec.children_in(dialect) if dialect in specs[c.cls].dialects]
    for c in children:
        for _ in range(c.min):
            el.append(_minimal(specs[c.cls], channel, dialect, False, draw))
    if spec.takes_text and not children:
        el.text = draw(values(spec.text_type_in(dialect)))
    return el


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("channel", CHANNELS)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_element_and_attribute_in_a_small_document(
    channel: Channel, dialect: Dialect, data: st.DataObject
) -> None:
    """Each element class of the dialect, with every attribute set, where it belongs."""
    paths = _reachable(channel, dialect)
    declared = {s.cls for s in channel_elements(channel) if dialect in s.dialects}
    assert set(paths) == declared  # nothing of the dialect is unreachable
    for cls, path in paths.items():
        built = [_minimal(s, channel, dialect, s.cls == cls, data.draw) for s in path]
        for parent, child in itertools.pairwise(built):
            existing = next((e for e in parent if e.tag == child.tag), None)
            if existing is not None:
                parent.replace(existing, child)
            else:
                parent.append(child)
        codes, independent = _both(built[0], channel, dialect)
        assert codes == [] and independent, (cls, etree.tostring(built[0]))
