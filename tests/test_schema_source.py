"""One source of truth: the XSDs and the builder classes describe the same language.

The schemas are read as plain XML (not compiled) and walked from ``<Response>``; the builder
classes are walked from the root class through their creator methods. Which vocabulary belongs
to one dialect only, and which creators exist only for drop-in compatibility, comes from the
declarations in :mod:`laml.vocabulary`, nowhere else.
"""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest
from lxml import etree

import laml.fax
import laml.messaging
import laml.voice
from laml import vocabulary
from laml.schema import schema_dir, schema_path
from laml.vocabulary import CHANNELS, DIALECTS, Channel, Dialect

XS = "{http://www.w3.org/2001/XMLSchema}"
MODULES: dict[str, ModuleType] = {"voice": laml.voice, "messaging": laml.messaging, "fax": laml.fax}

# (class, tag), {class: attributes}, {(parent class, child tag, child class)}
Language = tuple[set[tuple[str, str]], dict[str, set[str]], set[tuple[str, str, str]]]


def _schema_documents(channel: Channel, dialect: Dialect) -> list[etree._Element]:
    """The channel's schema and every schema it includes, as XML trees."""
    todo = [schema_path(channel, dialect)]
    done: list[etree._Element] = []
    seen = set()
    while todo:
        path = todo.pop().resolve()
        if path in seen:
            continue
        seen.add(path)
        root = etree.parse(str(path)).getroot()
        done.append(root)
        for inc in root.iter(f"{XS}include"):
            todo.append(path.parent / inc.get("schemaLocation", ""))
    return done


def schema_language(channel: Channel, dialect: Dialect) -> Language:
    types: dict[str, etree._Element] = {}
    roots: list[tuple[str, str]] = []
    for doc in _schema_documents(channel, dialect):
        for ct in doc.iterchildren(f"{XS}complexType"):
            types[ct.get("name", "")] = ct
        roots.extend(
            (e.get("name", ""), e.get("type", "")) for e in doc.iterchildren(f"{XS}element")
        )
    assert len(roots) == 1, "one global element: the root"
    elements: set[tuple[str, str]] = set()
    attributes: dict[str, set[str]] = {}
    pairs: set[tuple[str, str, str]] = set()
    todo = [roots[0]]
    while todo:
        tag, name = todo.pop()
        if (name, tag) in elements:
            continue
        elements.add((name, tag))
        ct = types[name]
        attributes[name] = {a.get("name") or a.get("ref", "") for a in ct.iter(f"{XS}attribute")}
        for child in ct.iter(f"{XS}element"):
            pair = (name, child.get("name", ""), child.get("type", ""))
            pairs.add(pair)
            todo.append(pair[1:])
    return elements, attributes, pairs


def _creators(cls: type, module: ModuleType) -> dict[str, type]:
    """Creator methods of a builder class: method name -> class of the element it adds."""
    found: dict[str, type] = {}
    for name, fn in vars(cls).items():
        if name.startswith("_") or not inspect.isfunction(fn):
            continue
        returned = fn.__annotations__.get("return")
        target = getattr(module, str(returned), None) if returned else None
        if isinstance(target, type) and issubclass(target, laml.Element):
            found[name] = target
    return found


def builder_language(channel: Channel, dialect: Dialect) -> Language:
    module = MODULES[channel]
    specs = {s.cls: s for s in vocabulary.channel_elements(channel)}
    root = getattr(module, vocabulary.channel_elements(channel)[0].cls)
    elements: set[tuple[str, str]] = set()
    attributes: dict[str, set[str]] = {}
    pairs: set[tuple[str, str, str]] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        spec = specs[cls.__name__]
        if (cls.__name__, cls.TAG) in elements:
            continue
        elements.add((cls.__name__, cls.TAG))
        other_dialect_attrs = {a.xml for a in spec.attrs if dialect not in a.dialects}
        attributes[cls.__name__] = set(cls._KNOWN) - other_dialect_attrs
        creators = _creators(cls, module)
        assert {c.TAG for c in creators.values()} == set(cls._CHILDREN), cls.__name__
        for method, child in creators.items():
            relation = next(c for c in spec.children if c.method == method)
            if relation.builder_only or dialect not in relation.dialects:
                continue
            if dialect not in specs[child.__name__].dialects:
                continue
            pairs.add((cls.__name__, child.TAG, child.__name__))
            todo.append(child)
    return elements, attributes, pairs


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_schemas_and_builders_describe_the_same_language(
    channel: Channel, dialect: Dialect
) -> None:
    xsd_elements, xsd_attributes, xsd_pairs = schema_language(channel, dialect)
    py_elements, py_attributes, py_pairs = builder_language(channel, dialect)
    assert xsd_elements - py_elements == set(), "elements only in the schema"
    assert py_elements - xsd_elements == set(), "elements only in the builders"
    assert xsd_pairs - py_pairs == set(), "parent→child pairs only in the schema"
    assert py_pairs - xsd_pairs == set(), "parent→child pairs only in the builders"
    for cls, attrs in py_attributes.items():
        assert xsd_attributes[cls] - attrs == set(), f"attributes of {cls} only in the schema"
        assert attrs - xsd_attributes[cls] == set(), f"attributes of {cls} only in the builders"


def test_dialects_really_differ() -> None:
    """The walk sees dialect-only vocabulary (so the comparison above is not vacuous)."""
    sw_elements, sw_attributes, sw_pairs = schema_language("voice", "signalwire")
    tw_elements, tw_attributes, tw_pairs = schema_language("voice", "twilio")
    assert ("Denoise", "Denoise") in sw_elements - tw_elements
    assert ("Client", "Client") in tw_elements - sw_elements
    assert "timeout" in sw_attributes["Echo"] - tw_attributes["Echo"]
    assert ("Conference", "Stream", "ConferenceStream") in sw_pairs - tw_pairs
    assert ("Refer", "Sip", "ReferSip") in sw_pairs & tw_pairs
    assert ("Dial", "Sip", "Sip") in sw_pairs & tw_pairs
    builder_only = {("VoiceResponse", "Queue", "Queue"), ("VoiceResponse", "Prompt", "Prompt")}
    assert not builder_only & (sw_pairs | tw_pairs)


def test_a_difference_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """An attribute the builders know but the schema lacks fails the comparison."""
    monkeypatch.setattr(laml.voice.Pause, "_KNOWN", laml.voice.Pause._KNOWN | {"volume"})
    with pytest.raises(AssertionError, match="attributes of Pause only in the builders"):
        test_schemas_and_builders_describe_the_same_language("voice", "signalwire")


def test_layout() -> None:
    base = schema_dir()
    names = sorted(str(p.relative_to(base)) for p in base.rglob("*.xsd"))
    assert names == [
        "common.xsd",
        *(f"{d}/{c}.xsd" for d in DIALECTS for c in ("fax", "messaging", "ssml", "voice")),
        "xml.xsd",
    ]
