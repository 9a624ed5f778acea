"""Reading files up to a size: the one reader of settings, parameters files and templates.

Kept apart from :mod:`laml._fileio` (the safe writer), so that reading imports nothing more
than ``sys``.
"""

from __future__ import annotations

import sys

__all__ = ["read_bytes", "read_limited"]


def read_bytes(path: str, limit: int, *, stdin: bool = True) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (``-``: standard input, unless ``stdin`` is
    false); raises ``OSError``."""
    if path == "-" and stdin:
        return sys.stdin.buffer.read(limit + 1)
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


def read_limited(path: str, limit: int, *, stdin: bool = True) -> bytes:
    """All of ``path`` (see :func:`read_bytes`) when it holds at most ``limit`` bytes; else
    ``ValueError`` saying why (``cannot read: …``, ``larger than … MiB``)."""
    try:
        data = read_bytes(path, limit, stdin=stdin)
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        size = f"{limit // 2**20} MiB" if limit % 2**20 == 0 else f"{limit // 1024} KiB"
        raise ValueError(f"larger than {size}")
    return data
