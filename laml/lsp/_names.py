"""Voice and language names offered for ``voice``, ``language`` and ``xml:lang`` values."""

from __future__ import annotations

from collections.abc import Iterator

from laml.vocabulary import Dialect

__all__ = ["languages", "voices"]


def voices(dialect: Dialect) -> Iterator[tuple[str, str]]:
    """(voice name, what it is) for ``<Say voice>`` in ``dialect``."""
    yield from (("man", "basic voice"), ("woman", "basic voice"))


def languages(tag: str, dialect: Dialect) -> Iterator[tuple[str, str]]:
    """(language code, what it is) for the ``language`` of ``tag`` in ``dialect``."""
    yield from ()
