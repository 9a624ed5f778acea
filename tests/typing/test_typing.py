"""The types a user's checker sees: mypy --strict and pyright (strict) on the files beside this one.

``good/`` holds code that must type-check with no error at all; each file in ``bad/`` makes one
mistake, on the line marked ``# error``, and both checkers must report it there and nowhere
else. Each checker runs twice: in this environment (where the development extra installs
lxml-stubs), and against the wheel built from this repository, installed into a new
environment next to lxml and laml's other dependencies but without any stub package, which
is what a user who runs ``pip install laml-tools`` type-checks against.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
GOOD = sorted((HERE / "good").glob("*.py"))
BAD = sorted((HERE / "bad").glob("*.py"))
MARK = "# error"

Errors = dict[str, set[int]]  # file name -> lines with an error


def _marked(path: Path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(lines, 1) if line.rstrip().endswith(MARK)}


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def mypy(python: Path, files: list[Path], work: Path) -> Errors:
    result = _run(
        [
            sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11",
            "--python-executable", str(python), "--cache-dir", str(work / "mypy-cache"),
            "--no-error-summary", "--show-column-numbers", "--hide-error-context",
            "--config-file", os.devnull, *map(str, files),
        ],
        work,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stdout + result.stderr
    found: Errors = {f.name: set() for f in files}
    for line in result.stdout.splitlines():
        match = re.match(r"(.+?):(\d+):(?:\d+:)? error:", line)
        if match:
            found.setdefault(Path(match[1]).name, set()).add(int(match[2]))
    return found


def _pyright_available() -> str | None:
    """Why pyright cannot run here, or None when it can."""
    try:
        importlib.metadata.version("pyright")
    except importlib.metadata.PackageNotFoundError:
        return "pyright is not installed (it comes with the dev extra: pip install -e '.[dev]')"
    result = _run([sys.executable, "-m", "pyright", "--version"], ROOT)
    if result.returncode != 0:
        return f"pyright cannot start: {(result.stderr or result.stdout).strip()[:300]}"
    return None


def pyright(python: Path, files: list[Path], work: Path) -> Errors:
    reason = _pyright_available()
    if reason:
        pytest.skip(reason)
    config = work / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "reportUnnecessaryTypeIgnoreComment": True,
            }
        )
    )
    result = _run(
        [
            sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", str(python),
            "-p", str(config), *map(str, files),
        ],
        work,
    )  # fmt: skip
    report = json.loads(result.stdout)
    found: Errors = {f.name: set() for f in files}
    for d in report["generalDiagnostics"]:
        if d["severity"] == "error":
            found.setdefault(Path(d["file"]).name, set()).add(d["range"]["start"]["line"] + 1)
    return found


def _distributions(name: str) -> Iterator[importlib.metadata.Distribution]:
    """``name`` and what it needs to run (no extras), as installed here."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        try:
            dist = importlib.metadata.distribution(todo.pop())
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another platform (colorama on Windows)
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen.add(key)
        yield dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            todo.append(re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0])


@pytest.fixture(scope="module")
def user_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new environment holding the wheel of this repository and laml's runtime dependencies
    (linked from this one), and no stub package: the Python executable of it."""
    work = tmp_path_factory.mktemp("user-env")
    wheels = work / "wheels"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(wheels), str(ROOT)],
        work,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("laml_tools-*.whl")
    env = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    site = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], work)
        .stdout.strip()
    )
    installed = _run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(site), str(wheel)],
        work,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    for dist in _distributions("laml-tools"):
        if dist.metadata["Name"].lower() == "laml-tools":
            continue
        tops = {Path(str(f)).parts[0] for f in dist.files or []}
        for top in tops:
            source = Path(str(dist.locate_file(top)))
            if top.endswith((".dist-info", "-stubs")) or top in ("..", "__pycache__"):
                continue
            if source.exists() and not (site / top).exists():
                (site / top).symlink_to(source)
    assert not any(p.name.endswith("-stubs") for p in site.iterdir())
    return python


@pytest.fixture(scope="module")
def dev_env() -> Path:
    return Path(sys.executable)


def _check(errors: Errors) -> None:
    for path in GOOD:
        assert errors.get(path.name) == set(), f"{path.name}: unexpected errors on lines {errors}"
    for path in BAD:
        marked = _marked(path)
        assert len(marked) == 1, f"{path.name} must mark exactly one line with {MARK!r}"
        assert errors.get(path.name) == marked, (
            f"{path.name}: errors on lines {sorted(errors.get(path.name, ()))}, "
            f"expected on {sorted(marked)}"
        )


@pytest.mark.parametrize("checker", [mypy, pyright], ids=["mypy", "pyright"])
@pytest.mark.parametrize("environment", ["dev_env", "user_env"])
def test_good_files_pass_and_each_mistake_is_caught(
    checker: object, environment: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    python = request.getfixturevalue(environment)
    work = tmp_path / "work"
    work.mkdir()
    files = [*GOOD, *BAD]
    for f in files:  # checked where they are not inside the repository (no config, no package)
        shutil.copy(f, work / (("good_" if f in GOOD else "bad_") + f.name))
    copies = sorted(work.glob("*.py"))
    errors = checker(python, copies, work)  # type: ignore[operator]
    renamed = {
        name.partition("_")[2]: lines for name, lines in errors.items() if "_" in name
    }
    _check(renamed)


def test_every_bad_file_marks_one_line() -> None:
    assert GOOD and BAD
    for path in BAD:
        assert len(_marked(path)) == 1, path.name
