"""Generators of the files derived from :mod:`laml.vocabulary` and :mod:`laml.rules`.

``python -m laml._codegen`` rewrites them; ``python -m laml._codegen --check`` fails when one is
out of date. Runtime code never imports this package.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from laml._codegen import builders, rules_doc, schemas

ROOT = Path(__file__).resolve().parents[2]


def outputs() -> dict[Path, Callable[[], str]]:
    """Every generated file, by path, with the function that produces its text."""
    files: dict[Path, Callable[[], str]] = {}
    for channel in ("voice", "messaging", "fax"):
        files[ROOT / "laml" / f"{channel}.py"] = lambda c=channel: builders.generate(c)  # type: ignore[misc]
    for name in schemas.files():
        files[ROOT / "schemas" / name] = lambda n=name: schemas.files()[n]  # type: ignore[misc]
    files[ROOT / "docs" / "rules.md"] = rules_doc.generate
    return files
