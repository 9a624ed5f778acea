"""Byte-level mutations of documents, for fuzzing the linter and the formatter.

:func:`mutants` turns seed documents into an endless, reproducible stream of damaged ones:
flipped bits, inserted, deleted, repeated or swapped ranges, truncations, splices of two seeds,
and tokens that parsers and the linter treat specially (markup, entities, CDATA, DOCTYPE,
mustache tags, byte order marks, invalid UTF-8, control characters).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["TOKENS", "mutants", "mutate", "seeds"]

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


def mutants(corpus: Sequence[bytes], count: int, seed: int = 0) -> Iterator[bytes]:
    """``count`` mutated documents made from ``corpus``, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    for _ in range(count):
        yield mutate(rng.choice(corpus), rng, corpus)
