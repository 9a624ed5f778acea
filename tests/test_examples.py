"""Every script in examples/ runs and prints a document laml reads back."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from laml import parse

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = sorted(p for p in EXAMPLES.glob("*.py") if p.name != "run_all.py")
#: the examples that build one document and print it (the others narrate what they do)
DOCUMENT_SCRIPTS = [p for p in SCRIPTS if "def build(" in p.read_text(encoding="utf-8")]


def test_there_are_examples() -> None:
    names = {p.stem for p in DOCUMENT_SCRIPTS}
    assert {"ivr_menu", "voicemail", "conference", "call_forwarding", "sms_auto_reply",
            "fax_receive"} <= names


@pytest.mark.parametrize("script", DOCUMENT_SCRIPTS, ids=lambda p: p.name)
def test_example_runs_and_prints_its_document(script: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    printed = parse(result.stdout.strip())
    namespace = runpy.run_path(str(script))
    if "build" in namespace:
        assert printed.to_xml(pretty=True) == namespace["build"]().to_xml(pretty=True)


def test_run_all_runs_every_example() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "run_all.py")],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for script in SCRIPTS:
        assert f"== {script.name}" in result.stdout


def test_run_all_lints_what_it_prints() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "run_all.py")],
        capture_output=True, text=True, check=False, timeout=300,
    )
    documents = sorted(EXAMPLES.glob("*.xml"))
    assert documents, "examples/ keeps at least one XML document"
    for doc in documents:
        assert f"== {doc.name}" in result.stdout
    checked = result.stdout.count("   lint: 1 file checked: 0 errors")
    assert checked == len(DOCUMENT_SCRIPTS) + len(documents), result.stdout


def test_run_all_fails_on_a_lint_error(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "run_all.py", tmp_path / "run_all.py")
    (tmp_path / "broken.xml").write_text('<Response><Dial method="post">+15551234567</Dial></Response>')
    result = subprocess.run(
        [sys.executable, str(tmp_path / "run_all.py")],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert result.returncode == 1
    assert "LAML" in result.stdout and "!! broken.xml has lint errors" in result.stdout
    assert "0 example scripts, 1 XML document, 1 failed" in result.stdout
