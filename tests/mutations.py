"""Mutations of documents, for fuzzing the linter and the formatter.

:func:`mutants` turns seed documents into an endless, reproducible stream of damaged ones.
Half are byte-level mutations (:func:`mutate`): flipped bits, inserted, deleted, repeated or
swapped ranges, truncations, splices of two seeds, and tokens that parsers and the linter treat
specially (markup, entities, CDATA, DOCTYPE, mustache tags, byte order marks, invalid UTF-8,
control characters); most of those are no longer well-formed. The other half are tree-level
mutations (:func:`mutate_tree`) that stay well-formed and reach the rules: elements moved,
copied, dropped or renamed to other verbs, attributes of the vocabulary set to odd values, text
replaced.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["TOKENS", "mutants", "mutate", "mutate_tree", "seeds"]

TOKENS: tuple[bytes, ...] = (
    b"<", b">", b"/>", b"</", b"&", b"&amp;", b"&#0;", b"&#x110000;", b"&bogus;", b"]]>",
    b"<![CDATA[", b"<!--", b"-->", b"<?", b"?>", b'<?xml version="1.0"?>',
    b'<!DOCTYPE r [<!ENTITY e "x">]>', b"<!ENTITY", b"{{", b"}}", b"{{#x}}", b"{{/x}}",
    b"{{{x}}}", b"{{>p}}", b"{{=<% %>=}}", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\x01",
    b"\xc3", b"\xed\xa0\x80", b"\r\n", b"\t", b'"', b"'", b"=", b"xmlns:a='b'", b"xml:space",
    b"<Response>", b"</Response>", b"<Say>", b"</Say>", b"<Dial>", b"<Number>", b"<Gather>",
    b"<Message>", b"<Receive/>", b"<break time='99s'/>", b' loop="0"', b' action=""',
    b' method="post"', b' callerId="555"', b"<!-- laml: ignore=LAML1 -->",
    b"<!-- laml: ignore-file -->", b"<!-- laml: ignore=",
)


def seeds(*folders: Path) -> list[bytes]:
    """The contents of every ``.xml``, ``.twiml``, ``.laml`` and ``.cxml`` file in ``folders``."""
    found: list[bytes] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".xml", ".twiml", ".laml", ".cxml") and path.is_file():
                found.append(path.read_bytes())
    return found


def mutate(data: bytes, rng: random.Random, others: Sequence[bytes] = ()) -> bytes:
    """``data`` with one to four random mutations."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(10)
        n = len(buf)
        i = rng.randint(0, n)
        j = rng.randint(i, min(n, i + rng.choice((1, 4, 16, 64, 256))))
        if kind == 0 and n:
            k = rng.randrange(n)
            buf[k] ^= 1 << rng.randrange(8)
        elif kind == 1:
            buf[i:i] = bytes([rng.randrange(256)])
        elif kind == 2:
            del buf[i:j]
        elif kind == 3:
            buf[i:i] = buf[i:j] * rng.randint(1, 8)
        elif kind in (4, 5):
            buf[i:i] = rng.choice(TOKENS)
        elif kind == 6:
            buf = buf[: rng.randint(0, n)]
        elif kind == 7 and others:
            other = rng.choice(others)
            cut = rng.randint(0, len(other))
            buf = buf[:i] + other[cut:]
        elif kind == 8 and n > 2:
            a, b = sorted(rng.sample(range(n), 2))
            c = rng.randint(b, n)
            buf = buf[:a] + buf[b:c] + buf[a:b] + buf[c:]
        else:
            buf[i:j] = rng.choice(TOKENS) * rng.randint(1, 3)
    return bytes(buf)


VALUES: tuple[str, ...] = (
    "", " ", "0", "-1", "1", "99999999999", "true", "false", "TRUE", "POST", "post", "GET", "PUT",
    "+15551234567", "555-0100", "(555) 123-4567", "+1", "sip:alice@example.com", "client:bob",
    "https://example.com/a", "http://example.com/a b", "ftp://x", "/relative", "wss://x/s?q=1",
    "rtmp://x/y", "https://", "{{From}}", "{{#e164}}{{To}}{{/e164}}", "w" * 300, "é漢字🙂",
    "dtmf speech", "speech", "1s", "99s", "500ms", "alice", "man", "Polly.Joanna", "en-US",
    "record-from-answer", "0.5", "ww12#*", "CA" + "0" * 32, "a,b," * 60,
)
_TREE_CACHE: dict[str, tuple[list[str], list[str]]] = {}


def _vocabulary() -> tuple[list[str], list[str]]:
    if not _TREE_CACHE:
        from laml.vocabulary import CHANNELS, channel_elements

        tags: set[str] = set()
        attrs: set[str] = set()
        for channel in CHANNELS:
            for spec in channel_elements(channel):
                tags.add(spec.tag)
                attrs.update(a.xml for a in spec.attrs if ":" not in a.xml)
        _TREE_CACHE["v"] = (sorted(tags), sorted(attrs))
    return _TREE_CACHE["v"]


def mutate_tree(data: bytes, rng: random.Random) -> bytes:
    """``data`` parsed and changed as a tree (one to four changes), then written back; the
    input unchanged when it is not well-formed."""
    import copy

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return data
    tags, attrs = _vocabulary()
    for _ in range(rng.randint(1, 4)):
        elements = list(root.iter(tag=etree.Element))
        el = rng.choice(elements)
        kind = rng.randrange(8)
        if kind == 0:
            el.tag = rng.choice(tags)
        elif kind == 1:
            el.set(rng.choice(attrs), rng.choice(VALUES))
        elif kind == 2 and el is not root:
            parent = el.getparent()
            assert parent is not None
            parent.remove(el)
        elif kind == 3:
            target = rng.choice(elements)
            if target is not el and el not in target.iterancestors():
                if el is not root:
                    target.append(el)  # moves it, text tail included
        elif kind == 4 and el is not root:
            el.addnext(copy.deepcopy(el))
        elif kind == 5:
            el.text = rng.choice(VALUES)
        elif kind == 6:
            etree.SubElement(el, rng.choice(tags)).text = rng.choice(VALUES) or None
        else:
            el.attrib.clear()
    return etree.tostring(root, encoding="utf-8", xml_declaration=rng.random() < 0.5)


def mutants(corpus: Sequence[bytes], count: int, seed: int = 0) -> Iterator[bytes]:
    """``count`` mutated documents made from ``corpus``, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    for _ in range(count):
        if rng.random() < 0.5:
            yield mutate_tree(rng.choice(corpus), rng)
        else:
            yield mutate(rng.choice(corpus), rng, corpus)
