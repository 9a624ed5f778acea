"""The types a user's checker sees: mypy --strict and pyright (strict) on the files beside this one.

``good/`` holds code that must type-check with no error at all, and with no expression of type
``Any`` (mypy's ``--disallow-any-expr``); each file in ``bad/`` makes one mistake, on the line
marked ``# error``, and both checkers must report it there and nowhere else. Each checker runs
twice: in this environment (where the development extra installs lxml-stubs), and against the
wheel built from this repository, installed into a new environment next to lxml and laml's
other dependencies but without any stub package, which is what a user who runs
``pip install laml-tools`` type-checks against.

``pyright --verifytypes`` then measures the whole public interface in such environments: see
:data:`COMPLETENESS` and :data:`EXTERNAL_GAPS`.
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


def _environ(python: Path | None = None) -> dict[str, str]:
    """This process's environment without search paths; with ``python``'s folder first on PATH
    (how ``pyright --verifytypes`` finds the environment to measure)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    if python is not None:
        env.pop("VIRTUAL_ENV", None)
        env["PATH"] = os.pathsep.join([str(python.parent), env.get("PATH", "")])
    return env


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=_environ(), capture_output=True, text=True, timeout=600, check=False
    )


def mypy(python: Path, files: list[Path], work: Path) -> Errors:
    result = _run(
        [
            sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11",
            "--disallow-any-expr",
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


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0]


def _distributions(*names: str) -> Iterator[importlib.metadata.Distribution]:
    """``names`` and what they need to run (no extras), as installed here."""
    seen: set[str] = set()
    todo = list(names)
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
            todo.append(_requirement_name(requirement))


#: The extras whose packages the adapters plug into (and pytest, for the pytest plugin).
FRAMEWORK_EXTRAS = ("server", "flask", "starlette", "fastapi", "django", "lsp")


def _extra_requirements(extras: tuple[str, ...]) -> list[str]:
    """The packages the ``extras`` of laml-tools add, by name."""
    found: list[str] = []
    for requirement in importlib.metadata.distribution("laml-tools").requires or []:
        match = re.search(r"""extra\s*==\s*["']([\w-]+)["']""", requirement)
        if match and match[1] in extras:
            found.append(_requirement_name(requirement))
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this repository."""
    work = tmp_path_factory.mktemp("wheel")
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(work), str(ROOT)],
        work,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (found,) = work.glob("laml_tools-*.whl")
    return found


def _environment(work: Path, wheel: Path, packages: list[str]) -> Path:
    """A new environment holding ``wheel`` and ``packages`` with what they need (linked from
    this one), and no stub package: the Python executable of it."""
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
    for dist in _distributions(*packages):
        if dist.metadata["Name"].lower() == "laml-tools":
            continue
        tops = {Path(str(f)).parts[0] for f in dist.files or []}
        for top in tops:
            source = Path(str(dist.locate_file(top)))
            if top.endswith((".dist-info", "-stubs")) or top in ("..", "__pycache__", "bin"):
                continue
            if source.exists() and not (site / top).exists():
                (site / top).symlink_to(source)
    assert not any(p.name.endswith("-stubs") for p in site.iterdir())
    return python


@pytest.fixture(scope="module")
def user_env(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """The wheel and laml's runtime dependencies only, no stub package."""
    return _environment(tmp_path_factory.mktemp("user-env"), wheel, ["laml-tools"])


@pytest.fixture(scope="module")
def frameworks_env(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """As :func:`user_env`, with the packages of :data:`FRAMEWORK_EXTRAS` and pytest: what a
    user of each adapter (Flask, Starlette, FastAPI, Django, the bins server, the language
    server, the pytest plugin) has installed."""
    packages = ["laml-tools", *_extra_requirements(FRAMEWORK_EXTRAS), "pytest"]
    return _environment(tmp_path_factory.mktemp("frameworks-env"), wheel, packages)


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


# ------------------------------------------------------------------ the whole public interface

#: ``pyright --verifytypes laml --ignoreexternal`` where every adapter's framework is installed
#: (:func:`frameworks_env`): the share of the public symbols whose type is known (1.0: all).
COMPLETENESS = 1.0
#: The same where only laml and its runtime dependencies are (:func:`user_env`): there the
#: modules below cannot know the types of the framework they adapt (Flask's app, Starlette's
#: request ...), and nothing else may be incomplete. (Measured: 99.3%.)
USER_COMPLETENESS = 0.99
NEEDS_AN_EXTRA = (
    "laml.webhooks.flask.",
    "laml.webhooks.starlette.",
    "laml.webhooks.fastapi.",
    "laml.webhooks.django.",
    "laml.server.",
    "laml.lsp.",
    "laml.simulate.pytest_plugin.",
)
#: Without ``--ignoreexternal`` (where every adapter's framework is installed), the public
#: symbols still reported incomplete, and why: each one names a type of another package that
#: declares no type for some of its own attributes or parameters. laml's own annotations are
#: complete; no lxml type appears in the interface but :func:`laml.validation.compiled_schema`'s.
#: (Measured: 98.8%; with lxml-typed trees it was 91.6%.)
EXTERNAL_GAPS = {
    "laml.bins.BinsClient": "httpx: Request.method/url/headers, Response.history ... unannotated",
    "laml.bins.AsyncBinsClient": "httpx, as BinsClient",
    "laml.bins.RetryPolicy": "httpx.Response (delay_after_response)",
    "laml.bins.diff": "takes a BinsClient (httpx)",
    "laml.bins.pull": "takes a BinsClient (httpx)",
    "laml.bins.push": "takes a BinsClient (httpx)",
    "laml.cli.bins.find_bin": "takes a BinsClient (httpx)",
    "laml.server.create_app": "returns a Starlette app (Starlette's attributes)",
    "laml.server.LocalServer": "holds the Starlette app and gives bins clients (httpx)",
    "laml.simulate.pytest_plugin.": "pytest's fixture decorator and hook types",
    "laml.validation.compiled_schema": "returns lxml's XMLSchema by design (lxml has no types)",
    "laml.webhooks.flask.": "Flask and Blueprint",
    "laml.webhooks.starlette.": "Starlette's Request, Response and ASGI types",
    "laml.webhooks.fastapi.": "FastAPI's APIRoute, and Starlette's types",
}


def _verifytypes(python: Path, work: Path, *, external: bool) -> subprocess.Popen[str]:
    """``pyright --verifytypes laml`` in the environment of ``python``, started."""
    args = [sys.executable, "-m", "pyright", "--verifytypes", "laml", "--outputjson"]
    if not external:
        args.append("--ignoreexternal")
    work.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(
        args, cwd=work, env=_environ(python), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )


def _completeness(run: subprocess.Popen[str]) -> tuple[float, dict[str, str]]:
    """The score of a finished run, and each incomplete public symbol with why."""
    out, err = run.communicate(timeout=600)
    try:
        report = json.loads(out)
    except json.JSONDecodeError:
        raise AssertionError(f"pyright printed no report: {err or out}") from None
    errors = [d["message"] for d in report["generalDiagnostics"] if not d.get("file")]
    assert not errors, errors  # e.g. no py.typed found: the wrong environment
    completeness = report["typeCompleteness"]
    incomplete = {
        symbol["name"]: " / ".join(
            " ".join(d["message"].split()) for d in symbol["diagnostics"]
            if "docstring" not in d["message"]
        )
        for symbol in completeness["symbols"]
        if symbol["isExported"] and not symbol["isTypeKnown"]
    }
    return completeness["completenessScore"], incomplete


def _show(incomplete: dict[str, str]) -> str:
    return "\n".join(f"  {name}: {why}" for name, why in sorted(incomplete.items()))


def test_public_interface_is_fully_typed(
    user_env: Path, frameworks_env: Path, tmp_path: Path
) -> None:
    reason = _pyright_available()
    if reason:
        pytest.skip(reason)
    runs = {  # (all at once: each takes a few seconds)
        "frameworks": _verifytypes(frameworks_env, tmp_path / "a", external=False),
        "external": _verifytypes(frameworks_env, tmp_path / "b", external=True),
        "user": _verifytypes(user_env, tmp_path / "c", external=False),
    }
    (score, incomplete), (_, external), (user_score, user_incomplete) = (
        _completeness(run) for run in runs.values()
    )
    assert score >= COMPLETENESS, f"{score:.2%}; not fully typed:\n{_show(incomplete)}"
    left = {n: why for n, why in user_incomplete.items() if not n.startswith(NEEDS_AN_EXTRA)}
    assert not left, f"without the frameworks, incomplete beyond the adapters:\n{_show(left)}"
    assert user_score >= USER_COMPLETENESS, f"{user_score:.2%}:\n{_show(user_incomplete)}"
    unexplained = {
        name: why for name, why in external.items()
        if not any(name == gap or (gap.endswith(".") and name.startswith(gap))
                   for gap in EXTERNAL_GAPS)
    }
    assert not unexplained, (
        "incomplete types that no other package explains (an lxml type in laml's interface?):"
        f"\n{_show(unexplained)}"
    )
