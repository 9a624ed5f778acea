"""The mustache specification's own tests, every case of every module.

The JSON files in ``mustache_spec/`` come from the mustache/spec project (see the
LICENSE there). The core modules are required; the optional ones (``~lambdas``,
``~dynamic-names``, ``~inheritance``) are run the same way. The spec's "HTML escaping"
cases only use ``& " < >``, which XML escaping writes the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from laml.template import render

SPEC_DIR = Path(__file__).parent / "mustache_spec"
CORE = ("comments", "delimiters", "interpolation", "inverted", "partials", "sections")
OPTIONAL = ("~lambdas", "~dynamic-names", "~inheritance")


def _load(module: str) -> list[dict[str, Any]]:
    return json.loads((SPEC_DIR / f"{module}.json").read_text(encoding="utf-8"))["tests"]


def _cases(modules: tuple[str, ...]) -> list[Any]:
    return [
        pytest.param(case, id=f"{module}: {case['name']}")
        for module in modules
        for case in _load(module)
    ]


def _data(value: Any, namespace: dict[str, Any]) -> Any:
    """Spec data with its lambdas (``{"__tag__": "code", "python": ...}``) made callable."""
    if isinstance(value, dict):
        if value.get("__tag__") == "code":
            return eval(value["python"], namespace)  # the spec's own lambda source
        return {key: _data(item, namespace) for key, item in value.items()}
    if isinstance(value, list):
        return [_data(item, namespace) for item in value]
    return value


def _run(case: dict[str, Any]) -> str:
    data = _data(case["data"], {})
    return render(case["template"], data, partials=case.get("partials"))


def test_core_modules_have_136_cases() -> None:
    assert sum(len(_load(module)) for module in CORE) == 136


@pytest.mark.parametrize("case", _cases(CORE))
def test_core(case: dict[str, Any]) -> None:
    assert _run(case) == case["expected"], case["desc"]


@pytest.mark.parametrize("case", _cases(OPTIONAL))
def test_optional(case: dict[str, Any]) -> None:
    assert _run(case) == case["expected"], case["desc"]
