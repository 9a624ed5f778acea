"""The type of JSON data: what ``json.loads`` returns and ``json.dumps`` writes."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["JSON"]

#: A JSON value: an object, an array, a string, a number, a boolean or null.
JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"
