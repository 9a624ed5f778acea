"""Every element class of the vocabulary, one by one: attributes, body, creators, round trip."""

from __future__ import annotations

from types import ModuleType

import pytest

import laml.fax
import laml.messaging
import laml.voice
from laml import parse
from laml.vocabulary import ElementSpec, channel_elements

MODULES: dict[str, ModuleType] = {"voice": laml.voice, "messaging": laml.messaging, "fax": laml.fax}
CASES = [(channel, spec) for channel in MODULES for spec in channel_elements(channel)]  # type: ignore[arg-type]


def _sample(spec: ElementSpec) -> dict[str, str]:
    return {a.python: f"v-{a.xml}" for a in spec.attrs}


@pytest.mark.parametrize(("channel", "spec"), CASES, ids=[f"{c}-{s.cls}" for c, s in CASES])
def test_element_class(channel: str, spec: ElementSpec) -> None:
    cls = getattr(MODULES[channel], spec.cls)
    args = ["body text"] if spec.body else []
    el = cls(*args) if spec.kind == "root" and not args else cls(*args, **_sample(spec))
    assert el.tag == spec.tag
    assert cls.TAG == spec.tag
    names = [a.xml for a in spec.attrs]
    if spec.kind != "root":
        written = list(el.attrs)
        assert written == sorted(names), "every attribute, under its XML name, in twilio's order"
        assert all(el.attrs[n] == f"v-{n}" for n in names)
    assert cls._KNOWN == frozenset(names)
    if spec.body:
        assert el.text == "body text"
    back = parse(el.to_xml(), channel=channel)  # type: ignore[arg-type]
    assert back == el


CREATORS = [
    (channel, parent, child)
    for channel in MODULES
    for parent in channel_elements(channel)  # type: ignore[arg-type]
    for child in parent.children
]


@pytest.mark.parametrize(
    ("channel", "parent", "child"),
    CREATORS,
    ids=[f"{c}-{p.cls}.{ch.method}" for c, p, ch in CREATORS],
)
def test_creator_method(channel: str, parent: ElementSpec, child: object) -> None:
    module = MODULES[channel]
    child_spec = next(s for s in channel_elements(channel) if s.cls == child.cls)  # type: ignore[arg-type, attr-defined]
    owner = getattr(module, parent.cls)
    holder = owner("x") if parent.body_required else owner()
    args = ["body"] if child_spec.body else []
    made = getattr(holder, child.method)(*args, **_sample(child_spec))  # type: ignore[attr-defined]
    assert type(made).__name__ == child_spec.cls
    assert made.getparent() is holder
    assert list(made.attrs) == sorted(a.xml for a in child_spec.attrs)
