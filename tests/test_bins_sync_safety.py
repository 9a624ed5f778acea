"""Folder sync never loses data and never creates a bin twice, whatever happens around it.

An interrupted push (a lost answer, SIGKILL), an edit landing in the middle of a push, a
platform that suddenly lists nothing, symbolic links in the folder, the user's umask.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from bins_support import HookTransport, KillingProxy, is_create
from bins_support import read_manifest as manifest

from laml.bins import BinsClient, TransportError, pull, push
from laml.cli import main
from laml.server import LocalServer

ROOT = Path(__file__).resolve().parents[1]


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def names(server: LocalServer) -> list[str]:
    with server.client() as client:
        return sorted(item.name for item in client.list())


# -- an interrupted push never creates twice -------------------------------------------------


def test_a_create_whose_answer_was_lost_is_not_made_again(bins_server: LocalServer,
                                                         tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        write(tmp_path, f"{name}.xml", f"<Response><Say>{name}</Say></Response>")
    lost: list[str] = []

    def lose_the_first_answer(request: httpx.Request, response: httpx.Response) -> None:
        if is_create(request) and not lost:
            lost.append(request.content.decode())
            raise httpx.ReadError("connection reset by peer", request=request)

    hooked = HookTransport(after=lose_the_first_answer)
    with BinsClient(bins_server.url, bins_server.project_id, bins_server.token,
                    transport=hooked) as client, pytest.raises(TransportError):
        push(client, tmp_path, validate=False, jobs=1)
    assert names(bins_server) == ["a"]  # the create landed; its answer was lost
    assert all(entry["sid"] == "" for entry in manifest(tmp_path).values())

    with bins_server.client() as client:
        _, results = push(client, tmp_path, validate=False)
    assert [(r.file, r.status) for r in results] == [("a.xml", "done"), ("b.xml", "done"),
                                                     ("c.xml", "done")]
    assert "not created again" in results[0].message
    assert names(bins_server) == ["a", "b", "c"]
    assert all(entry["sid"] for entry in manifest(tmp_path).values())


def test_a_push_killed_after_sending_a_create_makes_no_duplicate(bins_server: LocalServer,
                                                                tmp_path: Path) -> None:
    for name in ("one", "two"):
        write(tmp_path, f"{name}.xml", f"<Response><Say>{name}</Say></Response>")
    child: list[subprocess.Popen[bytes]] = []
    proxy = KillingProxy(bins_server.port, lambda: child[0].send_signal(signal.SIGKILL))
    env = {**os.environ, **bins_server.env(), "SIGNALWIRE_SPACE_URL": proxy.url,
           "PYTHONPATH": str(ROOT)}
    try:
        child.append(subprocess.Popen(
            [sys.executable, "-m", "laml", "bins", "push", str(tmp_path), "--no-validate",
             "--jobs", "1"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        assert child[0].wait(60) == -signal.SIGKILL
        assert proxy.killed.is_set()
        assert len(names(bins_server)) == 1  # created, never recorded: the process died first
        assert [entry["sid"] for entry in manifest(tmp_path).values()] == ["", ""]

        # the proxy passes everything on now
        with BinsClient(proxy.url, bins_server.project_id, bins_server.token) as client:
            push(client, tmp_path, validate=False)
            pull(client, tmp_path)
    finally:
        proxy.stop()
    assert names(bins_server) == ["one", "two"]
    assert sorted(manifest(tmp_path)) == ["one.xml", "two.xml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laml-bins.toml", "one.xml", "two.xml"]


def test_an_interrupted_create_is_adopted_by_pull_too(bins_server: LocalServer,
                                                      tmp_path: Path) -> None:
    write(tmp_path, "x.xml", "<Response><Say>x</Say></Response>")

    def lose(request: httpx.Request, response: httpx.Response) -> None:
        if is_create(request):
            raise httpx.ReadError("reset", request=request)

    with BinsClient(bins_server.url, bins_server.project_id, bins_server.token,
                    transport=HookTransport(after=lose)) as client, \
            pytest.raises(TransportError):
        push(client, tmp_path, validate=False)
    with bins_server.client() as client:
        report = pull(client, tmp_path)
        assert [(a.file, a.kind) for a in report.actions] == [("x.xml", "unchanged")]
        assert manifest(tmp_path)["x.xml"]["sid"] == next(iter(client.list())).sid
        _, results = push(client, tmp_path, validate=False)
    assert results == ()
    assert names(bins_server) == ["x"]


# -- an edit landing during a push is not overwritten ----------------------------------------


def test_an_edit_landing_between_the_check_and_the_update_is_not_overwritten(
        bins_server: LocalServer, tmp_path: Path) -> None:
    with bins_server.client() as client:
        item = client.create("IVR", "<Response><Say>v1</Say></Response>", validate=False)
        pull(client, tmp_path)
    write(tmp_path, "IVR.xml", "<Response><Say>mine</Say></Response>")
    reads: list[str] = []

    def colleague_edits_after_the_first_read(request: httpx.Request,
                                             response: httpx.Response) -> None:
        if request.method == "GET" and request.url.path.endswith(item.sid):
            reads.append(request.url.path)
            if len(reads) == 1:
                with bins_server.client() as colleague:
                    colleague.update(item.sid, contents="<Response><Say>theirs</Say></Response>",
                                     validate=False)

    with BinsClient(bins_server.url, bins_server.project_id, bins_server.token,
                    transport=HookTransport(after=colleague_edits_after_the_first_read)) as client:
        _, results = push(client, tmp_path, validate=False)
    assert [(r.file, r.status) for r in results] == [("IVR.xml", "conflict")]
    assert "changed on the platform during this push" in results[0].message
    with bins_server.client() as client:
        assert client.get(item.sid).contents == "<Response><Say>theirs</Say></Response>"
    assert len(reads) == 2  # checked, then read again right before the update


# -- pull never empties the folder -----------------------------------------------------------


def test_pull_from_an_empty_platform_keeps_every_file(bins_env: LocalServer, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        for name in ("a", "b", "c"):
            client.create(name, f"<Response><Say>{name}</Say></Response>", validate=False)
    folder = tmp_path / "bins"
    assert main(["bins", "pull", str(folder)]) == 0
    write(folder, "b.xml", "<Response><Say>edited, not pushed</Say></Response>")
    bins_env.store.clear(bins_env.project_id)  # a restarted server, a wrong project ...
    capsys.readouterr()

    assert main(["bins", "pull", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "none of the 3 bins this folder knows is on the platform" in err
    assert "vanished  a.xml" in out and "conflict  b.xml (edited locally and deleted" in out
    assert sorted(p.name for p in folder.glob("*.xml")) == ["a.xml", "b.xml", "c.xml"]
    assert set(manifest(folder)) == {"a.xml", "b.xml", "c.xml"}

    # Only an explicit flag removes files, and never one with unpushed edits, even forced.
    assert main(["bins", "pull", str(folder), "--prune", "--force"]) == 1
    out, _ = capsys.readouterr()
    assert "removed   a.xml (deleted on the platform)" in out
    assert sorted(p.name for p in folder.glob("*.xml")) == ["b.xml"]
    assert (folder / "b.xml").read_text(encoding="utf-8") == \
        "<Response><Say>edited, not pushed</Say></Response>"
    assert set(manifest(folder)) == {"b.xml"}


# -- symbolic links --------------------------------------------------------------------------


def test_push_never_follows_a_symbolic_link(bins_env: LocalServer, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text("<Response><Say>the secret</Say></Response>", encoding="utf-8")
    folder = tmp_path / "bins"
    folder.mkdir()
    write(folder, "real.xml", "<Response><Say>real</Say></Response>")
    (folder / "outside.xml").symlink_to(secret)
    (folder / "inside.xml").symlink_to(folder / "real.xml")

    assert main(["bins", "push", str(folder), "--no-validate"]) == 0
    out, _ = capsys.readouterr()
    assert "skipped   outside.xml (a symbolic link" in out
    assert "skipped   inside.xml (a symbolic link" in out
    with bins_env.client() as client:
        bins = list(client.list())
    assert [b.name for b in bins] == ["real"]
    assert all("secret" not in b.contents for b in bins)
    assert set(manifest(folder)) == {"real.xml"}


def test_pull_never_writes_through_or_over_a_symbolic_link(bins_env: LocalServer,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.xml"
    target.write_text("mine", encoding="utf-8")
    folder = tmp_path / "bins"
    folder.mkdir()
    (folder / "Linked.xml").symlink_to(target)
    with bins_env.client() as client:
        item = client.create("Linked", "<Response/>", validate=False)
        pull(client, folder)
    assert (folder / "Linked.xml").is_symlink() and target.read_text(encoding="utf-8") == "mine"
    assert manifest(folder)[f"Linked--{item.sid[:8]}.xml"]["sid"] == item.sid


# -- file modes ------------------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_pulled_files_honour_the_umask(bins_server: LocalServer, tmp_path: Path, umask: int,
                                       mode: int) -> None:
    with bins_server.client() as client:
        client.create("IVR", "<Response/>", validate=False)
        previous = os.umask(umask)
        try:
            pull(client, tmp_path)
        finally:
            os.umask(previous)
    assert stat.S_IMODE((tmp_path / "IVR.xml").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "laml-bins.toml").stat().st_mode) == mode


def test_a_file_rewritten_by_pull_keeps_its_mode(bins_server: LocalServer,
                                                 tmp_path: Path) -> None:
    with bins_server.client() as client:
        item = client.create("IVR", "<Response/>", validate=False)
        pull(client, tmp_path)
        (tmp_path / "IVR.xml").chmod(0o600)
        client.update(item.sid, contents="<Response><Hangup/></Response>", validate=False)
        pull(client, tmp_path)
    assert (tmp_path / "IVR.xml").read_text(encoding="utf-8") == "<Response><Hangup/></Response>"
    assert stat.S_IMODE((tmp_path / "IVR.xml").stat().st_mode) == 0o600
