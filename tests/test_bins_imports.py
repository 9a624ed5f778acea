"""Heavy modules stay out of ``import laml`` and of the command line's start-up."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("httpx", "httpcore", "tqdm", "starlette", "uvicorn", "laml.bins", "laml.server")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_import_laml_is_light() -> None:
    assert loaded_after("import laml").isdisjoint(HEAVY)


def test_building_the_command_line_is_light() -> None:
    modules = loaded_after("import laml.cli\nlaml.cli.build_parser()")
    assert "laml.cli.bins" in modules and "laml.cli.serve" in modules
    assert modules.isdisjoint(HEAVY)


def test_the_bins_package_brings_httpx_but_not_the_server() -> None:
    modules = loaded_after("import laml.bins")
    assert "httpx" in modules
    assert modules.isdisjoint({"starlette", "uvicorn", "laml.server", "tqdm"})
