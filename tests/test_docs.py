"""The README and docs/ say what works: their Python examples run, every `laml` command line
they show parses with the options it names, and every install line names the distribution."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from laml.cli import build_parser
from laml.server import LocalServer

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[tuple[str, int, str]]:
    """``(page, number, code)`` of every fenced block in ``language`` across the pages."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for number, match in enumerate(m for m in FENCE.finditer(text) if m[1] == language):
            found.append((page.relative_to(ROOT).as_posix(), number, match[2]))
    return found


# Blocks that are files of a user's project, run elsewhere (the README's call-flow tests run
# against the example app in test_simulate_pytest_plugin.py).
PYTHON = [b for b in blocks("python") if not b[2].startswith("# conftest.py")]


@pytest.mark.parametrize("page, number, code", PYTHON, ids=[f"{p}#{n}" for p, n, _ in PYTHON])
def test_python_examples_run(page: str, number: int, code: str, bins_env: LocalServer,
                             capsys: pytest.CaptureFixture[str]) -> None:
    if "laml.webhooks.django" in code:
        pytest.importorskip("django")
        from django.conf import settings

        if not settings.configured:
            settings.configure()
    exec(compile(code, f"{page} python block {number}", "exec"), {"__name__": "example"})
    capsys.readouterr()


def test_results_shown_in_comments_are_what_the_examples_give() -> None:
    import laml
    from laml.template import render
    from laml.template.bins import render_bin_template

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    templates = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    [finding] = laml.validate('<Response><Dial method="post">+15557654321</Dial></Response>')
    assert f"# {finding}" in readme
    assert f"# {render('<Say>Hello {{From}}</Say>', {'From': '+14155550100'})!r}" in templates
    rendered = render_bin_template(
        '<Dial callerId="{{#e164}}{{From}}{{/e164}}">'
        "{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial>",
        [("From", "sip:+14155550100@pbx.example.com"), ("Dest[]", "+12025550101"),
         ("Dest[]", "+17035550102")],
    )
    assert f"# {rendered!r}" in templates


def test_the_number_of_rules_is_the_number_there_are() -> None:
    from laml.rules import all_rules

    for page in PAGES:
        for count in re.findall(r"\b(\d+) (?:lint )?rules\b", page.read_text(encoding="utf-8")):
            assert int(count) == len(all_rules()), page.name


def _command_lines() -> list[tuple[str, str]]:
    """Command lines of shell blocks and console sessions (whole commands), and ``laml …`` code
    spans of the prose (a command's name with some of its options)."""
    lines = []
    for page, _, code in blocks("sh"):
        for raw in code.splitlines():
            line = raw.split("  #")[0].strip().removeprefix("$ ")
            if line.startswith("laml ") and "[" not in line.replace("[]", ""):
                lines.extend((page, "$ " + part.strip()) for part in line.split("&&")
                             if part.strip().startswith("laml "))
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(ROOT).as_posix()
        for line in text.splitlines():  # console sessions shown as plain blocks
            if line.startswith("$ laml "):
                lines.append((name, line))
        for span in re.findall(r"`(laml [^`]+)`", FENCE.sub("", text)):  # in the prose
            if not re.search(r"[\[…|]|\.\.\.|^laml [A-Z]+\b", span):
                lines.append((name, " ".join(span.split())))
    return lines


COMMANDS = list(dict.fromkeys(_command_lines()))


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser | None = action.choices.get(name)
            return found
    return None


@pytest.mark.parametrize("page, line", COMMANDS, ids=[f"{p}: {c}" for p, c in COMMANDS])
def test_command_lines_name_real_commands_and_options(page: str, line: str) -> None:
    whole = line.startswith("$ ")
    words = shlex.split(line.removeprefix("$ ").replace("$EDITOR", "editor"), comments=True)[1:]
    if whole and "--help" not in words:
        try:
            build_parser().parse_args(words)
        except SystemExit:
            pytest.fail(f"{page}: {line!r} is not a valid command line")
    parser = build_parser()
    while words and not words[0].startswith("-"):
        sub = _subparser(parser, words[0])
        if sub is None:
            break
        parser = sub
        words = words[1:]
    assert parser.prog != "laml", f"{page}: {line!r} names no command"
    known = set(parser._option_string_actions)
    for word in words:
        if word.startswith("-") and word != "-":
            assert word.split("=")[0] in known, f"{page}: {line!r}: {word} is no option of " \
                f"{parser.prog}"


def test_there_are_command_lines_to_check() -> None:
    assert len(COMMANDS) > 60
    assert len(PYTHON) > 10


def test_install_lines_name_the_distribution() -> None:
    pattern = re.compile(r"""pip install[^`\n]*?(["']?)(laml[\w-]*)(\[[^\]]*\])?\1""")
    for page in PAGES:
        for match in pattern.finditer(page.read_text(encoding="utf-8")):
            assert match[2] == "laml-tools", f"{page.name}: {match[0]}"
    for path in (ROOT / "laml").rglob("*.py"):  # messages and help that tell what to install
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            assert match[2] == "laml-tools", f"{path}: {match[0]}"


def test_docs_say_nothing_of_how_the_project_is_made() -> None:
    words = re.compile(r"\b(issue|ticket|session|agent)s?\b", re.IGNORECASE)
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"VirtualAgent|agent-7", "", text)  # a verb and a conference member
        assert not words.search(text), f"{page.name}: {words.search(text)}"


def test_links_between_pages_lead_somewhere() -> None:
    link = re.compile(r"\]\(((?:docs/)?[\w.-]+\.md)(?:#([\w-]+))?\)")
    for page in PAGES:
        for match in link.finditer(page.read_text(encoding="utf-8")):
            target = (page.parent / match[1]).resolve()
            assert target.is_file(), f"{page.name}: {match[0]}"
            if match[2]:
                headings = {
                    re.sub(r"[^\w\- ]", "", h.strip("# ").lower()).replace(" ", "-")
                    for h in target.read_text(encoding="utf-8").splitlines()
                    if h.startswith("#")
                }
                assert match[2] in headings, f"{page.name}: {match[0]}"
