"""Contents are linted before they are sent, and the local server refuses invalid ones (422).

These tests call the real linter, ``laml.lint``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from laml.bins import InvalidContents, plan_push
from laml.cli import main
from laml.server import LocalServer

GOOD = "<Response><Say>Hello {{From}}</Say></Response>"
NOT_WELL_FORMED = "<Response><Say>Hello</Response>"
UNCLOSED_SECTION = "<Response>{{#Digits}}<Say>You pressed {{Digits}}</Say></Response>"


@pytest.fixture(scope="module")
def linting_server() -> Iterator[LocalServer]:
    with LocalServer() as server:  # validate=True: the server lints like the platform
        yield server


@pytest.fixture
def checking_server(linting_server: LocalServer) -> LocalServer:
    linting_server.store.clear(linting_server.project_id)
    return linting_server


@pytest.mark.parametrize("contents", [NOT_WELL_FORMED, UNCLOSED_SECTION])
def test_create_refuses_invalid_contents_before_sending(checking_server: LocalServer,
                                                        contents: str) -> None:
    with checking_server.client() as client, pytest.raises(InvalidContents) as info:
        client.create("Broken", contents)
    error = info.value
    assert error.status is None and error.code == 20422
    assert error.diagnostics
    assert all(d.severity == "error" for d in error.diagnostics)
    assert "refused before sending" in str(error)
    assert checking_server.store.count(checking_server.project_id) == 0


def test_valid_templates_go_through(checking_server: LocalServer) -> None:
    with checking_server.client() as client:
        created = client.create("Greeting", GOOD)
        assert client.update(created.sid, contents=GOOD.replace("Hello", "Hi")).contents == \
            GOOD.replace("Hello", "Hi")


def test_update_refuses_invalid_contents_and_leaves_the_bin(checking_server: LocalServer
                                                            ) -> None:
    with checking_server.client() as client:
        created = client.create("Greeting", GOOD)
        with pytest.raises(InvalidContents):
            client.update(created.sid, contents=NOT_WELL_FORMED)
        assert client.get(created.sid).contents == GOOD


def test_async_client_refuses_too(checking_server: LocalServer) -> None:
    async def scenario() -> None:
        async with checking_server.async_client() as client:
            with pytest.raises(InvalidContents) as info:
                await client.create("Broken", NOT_WELL_FORMED)
            assert info.value.diagnostics

    asyncio.run(scenario())


def test_the_server_answers_422_when_the_client_does_not_check(checking_server: LocalServer
                                                               ) -> None:
    with checking_server.client() as client:
        with pytest.raises(InvalidContents) as info:
            client.create("Broken", NOT_WELL_FORMED, validate=False)
        assert (info.value.status, info.value.code) == (422, 20422)
        assert info.value.diagnostics == ()
        created = client.create("Fine", GOOD)
        with pytest.raises(InvalidContents) as info:
            client.update(created.sid, contents=UNCLOSED_SECTION, validate=False)
        assert info.value.status == 422
        assert client.get(created.sid).contents == GOOD


def test_the_422_body_is_the_platform_error(checking_server: LocalServer) -> None:
    base = f"/api/laml/2010-04-01/Accounts/{checking_server.project_id}/LamlBins"
    response = httpx.post(checking_server.url + base,
                          data={"Name": "x", "Contents": NOT_WELL_FORMED},
                          auth=(checking_server.project_id, checking_server.token))
    assert response.status_code == 422
    body = response.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert (body["code"], body["status"]) == (20422, 422)


def test_cli_create_shows_the_findings(checking_server: LocalServer, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in checking_server.env().items():
        monkeypatch.setenv(name, value)
    bad = tmp_path / "bad.xml"
    bad.write_text(NOT_WELL_FORMED, encoding="utf-8")
    assert main(["bins", "create", "Broken", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:" in err and "Traceback" not in err
    assert "nothing was sent" in err and "--no-validate" in err
    # each finding once: a line per diagnostic and one summary, not the findings again
    finding = next(line for line in err.splitlines() if line.startswith(f"{bad}:"))
    assert err.count(finding.split(":", 1)[1]) == 1
    assert checking_server.store.count(checking_server.project_id) == 0


def test_push_lints_every_file_first_and_sends_nothing_on_errors(
        checking_server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in checking_server.env().items():
        monkeypatch.setenv(name, value)
    (tmp_path / "good.xml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.xml").write_text(UNCLOSED_SECTION, encoding="utf-8")
    plan = plan_push(tmp_path)
    assert set(plan.invalid) == {"bad.xml"}

    assert main(["bins", "push", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert f"{tmp_path / 'bad.xml'}:" in captured.err
    assert "nothing was sent" in captured.err
    assert checking_server.store.count(checking_server.project_id) == 0

    (tmp_path / "bad.xml").write_text(GOOD.replace("Hello", "Bye"), encoding="utf-8")
    assert main(["bins", "push", str(tmp_path)]) == 0
    assert "2 changes sent" in capsys.readouterr().out
    assert checking_server.store.count(checking_server.project_id) == 2
