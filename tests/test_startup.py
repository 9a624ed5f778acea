"""What starting laml costs: which modules each entry point loads, and when workers start.

The figures themselves are measured by ``benchmarks/bench_import.py`` and
``benchmarks/bench_cli.py``; these tests hold the structure that makes them small.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import laml.cli.lint as lint_command

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "documents" / "ivr.xml"


def loaded_after(code: str) -> set[str]:
    """The modules loaded in a fresh interpreter after running ``code``."""
    script = f"import sys\nbefore = set(sys.modules)\n{code}\n"
    script += "import json\nprint(json.dumps(sorted(set(sys.modules) - before)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, check=True, cwd=ROOT).stdout
    return set(json.loads(out.splitlines()[-1])) - {"json", "json.decoder", "json.scanner",
                                                    "json.encoder", "_json"}


def test_import_laml_loads_only_the_package_and_its_errors() -> None:
    loaded = loaded_after("import laml")
    assert {m for m in loaded if m.startswith("laml")} == {"laml", "laml.errors"}
    assert "lxml.etree" not in loaded
    assert "typing" not in loaded or "typing" in loaded_after("pass")


def test_building_a_response_loads_no_vocabulary_validator_or_linter() -> None:
    loaded = loaded_after(
        "from laml.voice import VoiceResponse\n"
        "r = VoiceResponse()\n"
        "r.gather(num_digits=1, input=['dtmf']).say('Hi')\n"
        "r.dial('+15551234567', caller_id='+15557654321')\n"
        "r.to_xml()"
    )
    ours = {m for m in loaded if m.startswith("laml")}
    assert ours == {"laml", "laml.errors", "laml._names", "laml._element", "laml.voice"}
    for heavy in ("dataclasses", "difflib", "xml.etree.ElementTree", "pathlib"):
        assert heavy not in loaded, heavy


def test_a_build_warning_loads_the_vocabulary_only_then() -> None:
    loaded = loaded_after(
        "import warnings\n"
        "from laml.voice import Dial\n"
        "with warnings.catch_warnings(record=True):\n"
        "    Dial(callerid='+1555')"
    )
    assert "laml.vocabulary" in loaded
    assert "laml.validation" not in loaded


def test_laml_lint_loads_no_unneeded_module() -> None:
    loaded = loaded_after(
        "import contextlib, io\n"
        "from laml.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['lint', '--no-config', {str(FIXTURE)!r}])"
    )
    assert "laml.rules" in loaded and "laml.validation" in loaded
    for unneeded in ("shutil", "bz2", "lzma", "difflib", "pathlib", "laml.template", "laml.voice",
                     "laml.bins", "laml.server", "httpx", "xmlschema", "jinja2"):
        assert unneeded not in loaded, unneeded


# ------------------------------------------------------------------------------ workers


def test_idle_cores_follow_the_load_average(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.0, 0.0), raising=False)
    assert lint_command._idle_cores() == 4
    monkeypatch.setattr(os, "getloadavg", lambda: (2.6, 0.0, 0.0), raising=False)
    assert lint_command._idle_cores() == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (9.0, 0.0, 0.0), raising=False)
    assert lint_command._idle_cores() == 1


def _pool_used(monkeypatch: pytest.MonkeyPatch, files: int, jobs: int, idle: int) -> bool:
    used: list[int] = []

    def pooled(files_: list[str], settings: object, workers: int, names: object,
               unsure: object = None) -> object:
        used.append(workers)
        return iter(([], None) for _ in files_)

    monkeypatch.setattr(lint_command, "_lint_pooled", pooled)
    monkeypatch.setattr(lint_command, "_idle_cores", lambda: idle)
    monkeypatch.setattr(lint_command, "_lint_stdin", lambda *a, **k: ([], None))
    paths = [f"f{i}.xml" for i in range(files)]
    list(lint_command._lint_all(paths, lint_command.Settings(), jobs, {p: p for p in paths}))
    return bool(used)


def test_default_jobs_start_workers_only_for_many_files_on_idle_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    many = lint_command.POOL_THRESHOLD
    assert not _pool_used(monkeypatch, 1000, jobs=0, idle=2)  # 1,000 small files: one process
    assert _pool_used(monkeypatch, many, jobs=0, idle=2)
    assert not _pool_used(monkeypatch, many * 5, jobs=0, idle=1)  # the cores are busy
    assert _pool_used(monkeypatch, 10, jobs=2, idle=1)  # asked for: always
    assert not _pool_used(monkeypatch, 10_000, jobs=1, idle=8)
