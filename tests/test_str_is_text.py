"""A ``str`` is always the text of a document, never a file name.

A document, a template, a bin's contents or a request parameter that names a file must never
make laml read it: each test names two secret files (plain text, and XML whose problems would be
quoted) in every way a string reaches the parser, and checks that neither is ever opened and
that no output (return values, exceptions, every ``laml lint`` format, ``laml render``, the local
server's answers) holds any of their text.
"""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import laml
from laml.cli import main
from laml.document import load
from laml.format import format_document
from laml.server import LocalServer

#: Paths opened by this process while a test watches (an audit hook cannot be removed, so it
#: is installed once and only records while a test has switched it on).
_OPENED: list[str] = []
_WATCHING: list[bool] = [False]


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _WATCHING[0] and event == "open" and args and isinstance(args[0], str | bytes | Path):
        _OPENED.append(str(args[0]))


sys.addaudithook(_audit)


class Secrets:
    """Two files a hostile document names, and the marker that their text holds."""

    def __init__(self, folder: Path) -> None:
        self.marker = "S3CRET" + uuid.uuid4().hex
        self.text = folder / "netrc"
        self.text.write_text(f"{self.marker} machine example.com password hunter2")
        self.xml = folder / "shadow.xml"
        self.xml.write_text(f'<Response><Pause length="{self.marker}"/><{self.marker}/></Response>')
        self.paths = [str(self.text), str(self.xml)]

    def names(self) -> Iterator[str]:
        """Every way a string names a secret: bare, and with a mustache comment (a template
        whose rendering is the bare path)."""
        for path in self.paths:
            yield path
            yield path + "{{!x}}"

    def check(self, *outputs: object) -> None:
        for output in outputs:
            text = output if isinstance(output, str) else repr(output)
            assert self.marker not in text
            assert "hunter2" not in text
        assert not any(p in self.paths for p in _OPENED), _OPENED


@pytest.fixture
def secrets(tmp_path: Path) -> Iterator[Secrets]:
    found = Secrets(tmp_path)
    _OPENED.clear()
    _WATCHING[0] = True
    try:
        yield found
    finally:
        _WATCHING[0] = False


def test_the_watch_sees_a_real_read(secrets: Secrets) -> None:
    """The checks are not toothless: reading the file is noticed, and its text found."""
    text = Path(secrets.paths[0]).read_text()
    with pytest.raises(AssertionError, match="netrc"):
        secrets.check("")  # opened
    _OPENED.clear()
    with pytest.raises(AssertionError, match="S3CRET"):
        secrets.check(text)  # quoted
    found = laml.lint(Path(secrets.paths[1]))  # a path is a path
    with pytest.raises(AssertionError, match="S3CRET"):
        secrets.check(found)


def test_library_functions(secrets: Secrets) -> None:
    for name in secrets.names():
        with pytest.raises(laml.ParseError) as caught:
            laml.parse(name)
        doc = load(name)
        assert doc.root is None and doc.data == name.encode()
        found = [laml.validate(name), laml.lint(name), laml.lint(name, template=True)]
        assert all(found)  # text that is not a document: findings, never the file's
        with pytest.raises(laml.ParseError) as formatting:
            format_document(name)
        secrets.check(caught.value, formatting.value, doc, *found)


def test_render_bin(secrets: Secrets) -> None:
    for name in secrets.names():
        with pytest.raises(laml.RenderError) as caught:
            laml.render_bin(name, {})
        secrets.check(caught.value, caught.value.diagnostics)
    for template in ("<Response><Say>{{Body}}</Say></Response>", "{{{Body}}}", "{{Body}}"):
        for path in secrets.paths:
            try:
                output: object = laml.render_bin(template, {"Body": path})
            except laml.RenderError as exc:
                output = (exc, exc.diagnostics)
            secrets.check(output)


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_lint_command_in_every_format(
    secrets: Secrets,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    output_format: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    files = []
    for i, name in enumerate(secrets.names()):
        file = tmp_path / f"committed{i}.xml"
        file.write_text(name)  # as committed: no newline after the name
        files.append(str(file))
    status = main(["lint", "--no-config", "--format", output_format, *files])
    out, err = capsys.readouterr()
    assert status == 1
    for file in files:
        assert Path(file).name in out  # each file was reported on
    secrets.check(out, err)
    written = tmp_path / "report.out"
    main(["lint", "--no-config", "--format", output_format, "-o", str(written), *files])
    secrets.check(written.read_text(), *capsys.readouterr())


def test_render_command(secrets: Secrets, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i, name in enumerate(secrets.names()):
        template = tmp_path / f"bin{i}.xml"
        template.write_text(name)
        assert main(["render", str(template)]) == 1
        secrets.check(*capsys.readouterr())
    template = tmp_path / "say.xml"
    template.write_text("{{{Body}}}")
    for path in secrets.paths:
        main(["render", str(template), "-p", f"Body={path}"])
        secrets.check(*capsys.readouterr())


def test_local_server(secrets: Secrets, bins_server: LocalServer) -> None:
    """Contents are linted (create and update answer 422), and a bin whose rendering is a
    request parameter renders it as text (``bins_server`` stores contents unlinted)."""
    with LocalServer() as server, httpx.Client(
        base_url=server.url, auth=(server.project_id, server.token)
    ) as http:
        base = f"/api/laml/2010-04-01/Accounts/{server.project_id}/LamlBins"
        created = http.post(base, data={"Name": "ok", "Contents": "<Response/>"})
        assert created.status_code == 201, created.text
        sid = created.json()["sid"]
        for name in secrets.names():
            refused = http.post(base, data={"Name": "hostile", "Contents": name})
            assert refused.status_code == 422, refused.text
            updated = http.post(f"{base}/{sid}", data={"Name": "ok", "Contents": name})
            assert updated.status_code == 422, updated.text
            secrets.check(refused.text, updated.text)
    with bins_server.client() as client:
        echo = client.create("echo", "{{Body}}", validate=False)
        raw = client.create("raw", "{{{Body}}}", validate=False)
    for item in (echo, raw):
        for path in secrets.paths:
            secrets.check(httpx.get(item.request_url, params={"Body": path}).text)
            secrets.check(httpx.post(item.request_url, data={"Body": path}).text)
