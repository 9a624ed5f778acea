"""The vocabulary as the editor needs it: the entry of an element from the tags around it,
what may go inside it, and which channel a document being typed is for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from laml.vocabulary import CHANNELS, Channel, Child, Dialect, ElementSpec, channel_elements

__all__ = ["allowed_children", "by_class", "detect_channel", "resolve", "spec_by_tag"]

_START_TAG = re.compile(r"<([A-Za-z][\w.-]*)")


@cache
def by_class(channel: Channel) -> dict[str, ElementSpec]:
    """Every element entry of ``channel``, by class name."""
    return {spec.cls: spec for spec in channel_elements(channel)}


@cache
def _child_index(channel: Channel) -> dict[tuple[str, str], ElementSpec]:
    """(parent class, child tag) -> the child's entry, for every parent-child pair."""
    specs = by_class(channel)
    index: dict[tuple[str, str], ElementSpec] = {}
    for spec in specs.values():
        for child in spec.children:
            index.setdefault((spec.cls, specs[child.cls].tag), specs[child.cls])
    return index


@cache
def spec_by_tag(channel: Channel, tag: str) -> ElementSpec | None:
    """An entry with ``tag`` in ``channel`` wherever it stands (the first one declared)."""
    return next((s for s in channel_elements(channel) if s.tag == tag), None)


def resolve(channel: Channel, stack: Sequence[str]) -> ElementSpec | None:
    """The entry of the innermost element of ``stack`` (tags, outermost first).

    The parent decides between elements that share a tag (``<Sip>`` in ``<Dial>`` and in
    ``<Refer>``); below an element the vocabulary does not know, the first entry with the tag
    is taken.
    """
    if not stack:
        return None
    root = channel_elements(channel)[0]
    spec: ElementSpec | None = root if stack[0] == root.tag else spec_by_tag(channel, stack[0])
    for tag in stack[1:]:
        found = _child_index(channel).get((spec.cls, tag)) if spec is not None else None
        spec = found or spec_by_tag(channel, tag)
    return spec


def allowed_children(
    channel: Channel, dialect: Dialect, parent: ElementSpec, counts: dict[str, int]
) -> list[tuple[Child, ElementSpec]]:
    """The children ``parent`` may take next in ``dialect``, given the children it already has
    (``counts``, by tag): a kind at its maximum is left out, and where a kind must stand alone
    (``<Sip>`` in a LaML ``<Dial>``), only that kind once it is there."""
    specs = by_class(channel)
    pairs = [(child, specs[child.cls]) for child in parent.children_in(dialect)]
    present = {spec.tag for _, spec in pairs if counts.get(spec.tag)}
    lonely = {spec.tag for child, spec in pairs if dialect in child.alone}
    out: list[tuple[Child, ElementSpec]] = []
    for child, spec in pairs:
        if dialect not in spec.dialects:
            continue
        most = child.max_in(dialect)
        if most is not None and counts.get(spec.tag, 0) >= most:
            continue
        alone_here = present & lonely
        if alone_here and spec.tag not in alone_here:
            continue
        if spec.tag in lonely and present - {spec.tag}:
            continue
        out.append((child, spec))
    return out


@cache
def _exclusive() -> dict[str, Channel]:
    owners: dict[str, set[Channel]] = {}
    for channel in CHANNELS:
        for spec in channel_elements(channel):
            owners.setdefault(spec.tag, set()).add(channel)
    return {tag: next(iter(chs)) for tag, chs in owners.items() if len(chs) == 1}


def detect_channel(text: str, limit: int = 1 << 20) -> Channel:
    """The channel of the first element in ``text`` that belongs to one channel only (voice
    when there is none); like :func:`laml.parsing.detect_channel`, for text being typed."""
    exclusive = _exclusive()
    for found in _START_TAG.finditer(text, 0, limit):
        channel = exclusive.get(found.group(1))
        if channel is not None:
            return channel
    return "voice"
