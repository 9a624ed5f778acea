"""``laml bins`` as a team uses it: conflicts resolved by merging, renames that keep URLs,
deletes that ask first, pushes over a pool of requests, help that teaches."""

from __future__ import annotations

import argparse
import io
import random
import threading
from pathlib import Path

import httpx
import pytest
from bins_support import HookTransport, is_create
from bins_support import read_manifest as manifest
from bins_support import run_cli as run

from laml.bins import BinsClient, BinsError, plan_push, pull, push
from laml.cli import build_parser, main
from laml.cli._bins_folder import DEFAULT_JOBS as CLI_JOBS
from laml.server import LocalServer

V1 = "<Response>\n  <Say>Welcome.</Say>\n  <Hangup/>\n</Response>\n"
THEIRS = "<Response>\n  <Say>Welcome to Hoth.</Say>\n  <Hangup/>\n</Response>\n"
MINE = "<Response>\n  <Say>Welcome.</Say>\n  <Pause length=\"1\"/>\n  <Hangup/>\n</Response>\n"
MERGED = ("<Response>\n  <Say>Welcome to Hoth.</Say>\n  <Pause length=\"1\"/>\n  <Hangup/>\n"
          "</Response>\n")


class Terminal(io.StringIO):
    """Standard input that is a terminal, with the answers a person would type."""

    def isatty(self) -> bool:
        return True


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# -- conflicts: pull -> diff -> merge -> push ------------------------------------------------


def test_a_conflict_is_resolved_by_diff_merge_and_push(bins_env: LocalServer, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("IVR", V1, validate=False)
    folder = tmp_path / "bins"
    assert run(capsys, "bins", "pull", str(folder))[0] == 0
    with bins_env.client() as client:  # a colleague's edit
        client.update(item.sid, contents=THEIRS, validate=False)
    (folder / "IVR.xml").write_text(MINE, encoding="utf-8")

    status, out, err = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 1 and "CONFLICT  IVR.xml" in out and "pull to merge" in out

    status, out, err = run(capsys, "bins", "pull", str(folder))
    assert status == 1 and "conflict  IVR.xml" in out and "IVR.remote.xml" in out
    assert text(folder / "IVR.xml") == MINE  # never overwritten
    assert text(folder / "IVR.remote.xml") == THEIRS
    assert manifest(folder)["IVR.xml"]["remote_sha256"]

    status, out, _ = run(capsys, "bins", "diff", str(folder))
    assert status == 0
    assert f"diff IVR.xml (bin {item.sid})" in out
    assert "--- platform/IVR.xml" in out and "+++ local/IVR.xml" in out
    assert "-  <Say>Welcome to Hoth.</Say>" in out and '+  <Pause length="1"/>' in out
    status, out, _ = run(capsys, "bins", "diff", str(folder), "IVR", "-R", "--exit-code")
    assert status == 1 and "--- local/IVR.xml" in out and "+  <Say>Welcome to Hoth.</Say>" in out

    # Not merged yet: the copy is still there.
    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 1 and "IVR.remote.xml holds the platform's version" in out
    status, out, _ = run(capsys, "bins", "pull", str(folder))
    assert status == 1 and "not merged yet" in out

    (folder / "IVR.xml").write_text(MERGED, encoding="utf-8")
    (folder / "IVR.remote.xml").unlink()
    status, out, _ = run(capsys, "bins", "pull", str(folder))
    assert status == 0 and "kept      IVR.xml (merged with the platform's version" in out
    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 0 and f"updated   IVR.xml -> {item.sid}" in out and "1 change sent" in out
    with bins_env.client() as client:
        assert client.get(item.sid).contents == MERGED
    entry = manifest(folder)["IVR.xml"]
    assert "remote_sha256" not in entry and entry["sid"] == item.sid
    status, out, err = run(capsys, "bins", "diff", str(folder), "--exit-code")
    assert (status, out) == (0, "") and "no differences" in err


def test_a_merge_of_a_version_that_changed_again_is_refused(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("IVR", V1, validate=False)
        pull(client, tmp_path)
        client.update(item.sid, contents=THEIRS, validate=False)
    (tmp_path / "IVR.xml").write_text(MINE, encoding="utf-8")
    run(capsys, "bins", "pull", str(tmp_path))
    (tmp_path / "IVR.xml").write_text(MERGED, encoding="utf-8")
    (tmp_path / "IVR.remote.xml").unlink()
    with bins_env.client() as client:  # the colleague again, after the pull
        client.update(item.sid, contents=THEIRS.replace("Hoth", "Endor"), validate=False)
    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert status == 1 and "CONFLICT" in out
    with bins_env.client() as client:
        assert "Endor" in client.get(item.sid).contents


# -- renames ---------------------------------------------------------------------------------


def test_either_side_of_a_manifest_conflict_is_repaired_by_pull(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two colleagues push from clones of one repository; git then reports a conflict in
    laml-bins.toml. Whichever side is kept, a pull records where folder and platform agree."""
    with bins_env.client() as client:
        client.create("IVR", V1, validate=False)
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    assert run(capsys, "bins", "pull", str(alice))[0] == 0
    shared = {p.name: p.read_bytes() for p in alice.iterdir()}
    bob.mkdir()
    for name, data in shared.items():  # bob clones alice's commit
        (bob / name).write_bytes(data)
    (alice / "IVR.xml").write_text(THEIRS, encoding="utf-8")
    assert run(capsys, "bins", "push", str(alice), "--no-validate")[0] == 0
    alices_manifest = (alice / "laml-bins.toml").read_bytes()
    (bob / "IVR.xml").write_text(MINE, encoding="utf-8")
    assert run(capsys, "bins", "pull", str(bob))[0] == 1  # a conflict: merge, then push
    (bob / "IVR.xml").write_text(MERGED, encoding="utf-8")
    (bob / "IVR.remote.xml").unlink()
    assert run(capsys, "bins", "pull", str(bob))[0] == 0
    assert run(capsys, "bins", "push", str(bob), "--no-validate")[0] == 0
    for kept in (alices_manifest, (bob / "laml-bins.toml").read_bytes()):
        # git merged the files; the manifest kept one side
        (alice / "IVR.xml").write_text(MERGED, encoding="utf-8")
        (alice / "laml-bins.toml").write_bytes(kept)
        status, out, _ = run(capsys, "bins", "pull", str(alice))
        assert status == 0 and "1 unchanged" in out, out
        status, out, _ = run(capsys, "bins", "push", str(alice), "--dry-run")
        assert status == 0 and "0 changes to send" in out
        assert not (alice / "IVR.remote.xml").exists()


def test_a_renamed_file_renames_its_bin_keeping_sid_and_url(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("IVR", V1, validate=False)
    assert run(capsys, "bins", "pull", str(tmp_path))[0] == 0
    (tmp_path / "IVR.xml").rename(tmp_path / "Main IVR.xml")

    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--dry-run", "--no-validate")
    assert status == 0
    assert "would rename Main IVR.xml: 'IVR' -> 'Main IVR' (was IVR.xml)" in out
    assert "keeps its SID and URL" in out and "create" not in out and "missing" not in out

    # A pull in between keeps the local rename.
    assert run(capsys, "bins", "pull", str(tmp_path))[0] == 0
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == ["Main IVR.xml"]

    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert status == 0 and "renamed   Main IVR.xml: 'IVR' -> 'Main IVR'" in out
    with bins_env.client() as client:
        (renamed,) = list(client.list())
    assert (renamed.sid, renamed.name, renamed.request_url, renamed.contents) == \
        (item.sid, "Main IVR", item.request_url, V1)
    assert set(manifest(tmp_path)) == {"Main IVR.xml"}
    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert status == 0 and "0 changes sent, 1 file unchanged" in out


def test_a_rename_recorded_in_the_manifest_goes_with_new_contents(
        bins_server: LocalServer, tmp_path: Path) -> None:
    with bins_server.client() as client:
        item = client.create("IVR", V1, validate=False)
        pull(client, tmp_path)
        (tmp_path / "IVR.xml").rename(tmp_path / "Support.xml")
        (tmp_path / "Support.xml").write_text(MINE, encoding="utf-8")
        path = tmp_path / "laml-bins.toml"
        path.write_text(text(path).replace('file = "IVR.xml"', 'file = "Support.xml"'),
                        encoding="utf-8")
        plan = plan_push(tmp_path, validate=False)
        assert [(a.file, a.kind, a.name, a.previous_name) for a in plan.changes] == [
            ("Support.xml", "rename", "Support", "IVR")]
        assert "new contents too" in plan.changes[0].message
        _, results = push(client, tmp_path, validate=False, plan=plan)
        assert [r.status for r in results] == ["done"]
        after = client.get(item.sid)
    assert (after.name, after.contents) == ("Support", MINE)


def test_files_pulled_under_a_made_up_name_do_not_rename_their_bins(
        bins_server: LocalServer, tmp_path: Path) -> None:
    with bins_server.client() as client:
        for _ in range(2):
            client.create("Twin", V1, validate=False)
        client.create("a/b", V1, validate=False)
        pull(client, tmp_path)
        assert len(list(tmp_path.glob("Twin*.xml"))) == 2 and (tmp_path / "a_b.xml").exists()
        plan = plan_push(tmp_path, validate=False)
    assert plan.changes == ()


# -- deletes ask first -----------------------------------------------------------------------


def test_rm_asks_on_a_terminal_and_refuses_elsewhere(bins_env: LocalServer,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("Old IVR", V1, validate=False)

    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # piped: nobody to ask
    status, out, err = run(capsys, "bins", "rm", "Old IVR")
    assert status == 2 and "not on a terminal" in err and "--yes" in err and out == ""

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    status, out, err = run(capsys, "bins", "rm", "Old IVR")
    assert status == 1 and "Delete 1 bin?" in err and item.request_url in err
    assert "nothing was deleted" in err

    with bins_env.client() as client:
        assert client.get(item.sid).name == "Old IVR"
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    status, out, _ = run(capsys, "bins", "rm", "Old IVR")
    assert (status, out.strip()) == (0, f"deleted {item.sid}")
    with bins_env.client() as client:
        assert list(client.list()) == []


def test_rm_with_yes_deletes_without_asking(bins_env: LocalServer,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        first = client.create("one", V1, validate=False)
        second = client.create("two", V1, validate=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, out, _ = run(capsys, "bins", "rm", "--yes", first.sid, "two")
    assert status == 0 and out.split() == ["deleted", first.sid, "deleted", second.sid]


def test_push_prune_asks_on_a_terminal_and_refuses_elsewhere(
        bins_env: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        drop = client.create("Drop", V1, validate=False)
        client.create("Keep", V1, validate=False)
    run(capsys, "bins", "pull", str(tmp_path))
    (tmp_path / "Drop.xml").unlink()
    (tmp_path / "Keep.xml").write_text(MINE, encoding="utf-8")

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, _, err = run(capsys, "bins", "push", str(tmp_path), "--prune", "--no-validate")
    assert status == 2 and "would delete 1 bin (Drop.xml)" in err and "--yes" in err
    assert "Nothing was sent" in err
    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    status, _, err = run(capsys, "bins", "push", str(tmp_path), "--prune", "--no-validate")
    assert status == 1 and "Delete 1 bin?" in err and "nothing was sent" in err
    with bins_env.client() as client:
        assert client.get(drop.sid).name == "Drop"
        assert {b.contents for b in client.list()} == {V1}  # the update was not sent either

    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--prune", "--no-validate")
    assert status == 0 and f"deleted   Drop.xml -> {drop.sid}" in out and "2 changes sent" in out
    with bins_env.client() as client:
        assert [b.contents for b in client.list()] == [MINE]


# -- a bounded pool of requests --------------------------------------------------------------


def test_concurrent_pushes_under_latency_and_faults_never_duplicate(
        bins_server: LocalServer, tmp_path: Path) -> None:
    with bins_server.client() as client:
        for i in range(20):
            client.create(f"old {i:02d}", f"<Response><Say>{i}</Say></Response>",
                          validate=False)
        pull(client, tmp_path)
    for i in range(20):
        (tmp_path / f"old {i:02d}.xml").write_text(f"<Response><Say>{i}!</Say></Response>",
                                                  encoding="utf-8")
    for i in range(30):
        (tmp_path / f"new {i:02d}.xml").write_text(f"<Response><Say>n{i}</Say></Response>",
                                                  encoding="utf-8")
    rng, lock = random.Random(7), threading.Lock()
    count = {"requests": 0}

    def latency() -> float:
        with lock:
            return rng.uniform(0.0, 0.03)

    def before(request: httpx.Request) -> None:
        with lock:
            count["requests"] += 1
            n = count["requests"]
        if n % 7 == 0:  # refused before anything was sent: retried by the client
            raise httpx.ConnectError("connection refused", request=request)

    def after(request: httpx.Request, response: httpx.Response) -> None:
        with lock:
            n = count["requests"]
        if is_create(request) and n % 5 == 0:  # handled, but the answer never arrives
            raise httpx.ReadError("connection reset", request=request)

    transport = HookTransport(before=before, after=after, latency=latency)
    runs = 0
    with BinsClient(bins_server.url, bins_server.project_id, bins_server.token,
                    transport=transport, retries=5, sleep=lambda _: None) as client:
        while True:
            runs += 1
            assert runs <= 30, "the push never finished"
            try:
                _, results = push(client, tmp_path, validate=False, jobs=8)
            except BinsError:
                continue
            assert all(r.status == "done" for r in results)
            break
    assert runs > 1 and transport.peak > 1
    with bins_server.client() as client:
        bins = list(client.list(page_size=1000))
    names = [b.name for b in bins]
    assert len(names) == len(set(names)) == 50
    by_name = {b.name: b.contents for b in bins}
    assert by_name["old 03"] == "<Response><Say>3!</Say></Response>"
    assert by_name["new 29"] == "<Response><Say>n29</Say></Response>"
    recorded = manifest(tmp_path)
    assert len(recorded) == 50 and all(entry["sid"] for entry in recorded.values())
    assert len({entry["sid"] for entry in recorded.values()}) == 50


def test_a_conflict_in_a_concurrent_push_leaves_that_bin_alone(bins_server: LocalServer,
                                                               tmp_path: Path) -> None:
    with bins_server.client() as client:
        items = [client.create(f"b{i:02d}", V1, validate=False) for i in range(20)]
        pull(client, tmp_path)
        client.update(items[5].sid, contents=THEIRS, validate=False)
        for i in range(20):
            (tmp_path / f"b{i:02d}.xml").write_text(MINE, encoding="utf-8")
        _, results = push(client, tmp_path, validate=False)
        assert [r.file for r in results if r.status == "conflict"] == ["b05.xml"]
        assert sum(r.status == "done" for r in results) == 19
        assert client.get(items[5].sid).contents == THEIRS


def test_the_command_line_and_the_library_agree_on_the_pool() -> None:
    from laml.bins import DEFAULT_JOBS

    assert CLI_JOBS == DEFAULT_JOBS


def test_a_same_named_bin_the_folder_has_not_pulled_is_not_shadowed(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        client.create("Endor", V1, validate=False)  # a colleague's new bin
    (tmp_path / "Endor.xml").write_text(MINE, encoding="utf-8")
    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert status == 1 and "a bin named 'Endor' that this folder has not pulled" in out
    with bins_env.client() as client:
        assert len(list(client.list())) == 1


# -- small things ----------------------------------------------------------------------------


def test_get_refuses_a_name_shared_by_several_bins(bins_env: LocalServer,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        first = client.create("Twin", V1, validate=False)
        client.create("Twin", V1, validate=False)
    status, _, err = run(capsys, "bins", "get", "Twin")
    assert status == 2 and "2 bins are named 'Twin'" in err and first.sid in err
    status, out, _ = run(capsys, "bins", "update", first.sid, "--name", "Single")
    assert status == 0 and "updated" in out
    status, out, _ = run(capsys, "bins", "get", "Single", "--format", "xml")
    assert (status, out) == (0, V1)


def test_counts_are_singular_and_plural(bins_env: LocalServer, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.xml").write_text(V1, encoding="utf-8")
    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--dry-run", "--no-validate")
    assert "dry run: 1 change to send, 0 files unchanged" in out
    run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    (tmp_path / "b.xml").write_text(V1, encoding="utf-8")
    (tmp_path / "c.xml").write_text(V1, encoding="utf-8")
    _, out, _ = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert "2 changes sent, 1 file unchanged" in out


def test_configuration_errors_speak_command_line(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("SIGNALWIRE_SPACE_URL", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN",
                 "SIGNALWIRE_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    status, _, err = run(capsys, "bins", "ls", "--project-id", "p")
    assert status == 2
    assert "SIGNALWIRE_SPACE_URL (or --space)" in err and "SIGNALWIRE_TOKEN" in err
    assert "space_url=" not in err and "token=" not in err and "project" not in err


def test_diff_selects_by_file_bin_name_or_sid(bins_env: LocalServer, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        a = client.create("Alpha", V1, validate=False)
        client.create("Beta", V1, validate=False)
    run(capsys, "bins", "pull", str(tmp_path))
    for name in ("Alpha.xml", "Beta.xml"):
        (tmp_path / name).write_text(MINE, encoding="utf-8")
    (tmp_path / "Gamma.xml").write_text(V1, encoding="utf-8")
    for ref in ("Alpha.xml", "Alpha", a.sid):
        status, out, _ = run(capsys, "bins", "diff", str(tmp_path), ref)
        assert status == 0 and "diff Alpha.xml" in out and "Beta" not in out
    status, out, _ = run(capsys, "bins", "diff", str(tmp_path))
    assert "diff Beta.xml" in out and "diff Gamma.xml (no bin yet)" in out
    assert "--- /dev/null" in out and "+++ local/Gamma.xml" in out
    status, _, err = run(capsys, "bins", "diff", str(tmp_path), "Delta")
    assert status == 2 and "'Delta' is neither a file" in err


# -- help ------------------------------------------------------------------------------------


def subparsers_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_bins_action_and_option_has_help_and_examples() -> None:
    bins = subparsers_of(build_parser("bins"))["bins"]
    actions = subparsers_of(bins)
    assert set(actions) == {"ls", "get", "create", "update", "rm", "pull", "push", "diff"}
    for name, parser in {"bins": bins, **actions}.items():
        assert parser.description, name
        assert parser.epilog and parser.epilog.startswith("examples:"), name
        shown = [line for line in parser.epilog.splitlines()[1:] if "laml " in line]
        assert 1 <= len(shown) <= 2, name
        for action in parser._actions:
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)
        help_text = parser.format_help()
        last = help_text.rstrip().splitlines()[-1].strip()
        assert last.startswith("#") or "# " in last, name  # the help ends with its examples


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["bins", "--help"], ["bins", "push", "--help"], ["bins", "diff", "-h"]):
        assert main(argv) == 0
        assert "examples:" in capsys.readouterr().out


def test_a_request_past_its_deadline_says_which_option_allows_more(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bins_support import PROJECT_ID, SID, TOKEN, Drip, FaultServer

    with FaultServer([Drip(size=100, interval=0.2)]) as server:
        monkeypatch.setenv("SIGNALWIRE_SPACE_URL", server.url)
        monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT_ID)
        monkeypatch.setenv("SIGNALWIRE_TOKEN", TOKEN)
        status, _, err = run(capsys, "bins", "get", SID, "--deadline", "0.5", "--retries", "0")
    assert status == 2 and "within the 0.5 s deadline" in err
    assert "--deadline SECONDS allows more" in err and TOKEN not in err


def test_file_names_never_read_as_a_remote_copy() -> None:
    from laml.bins import safe_file_name

    assert safe_file_name("IVR.remote") == "IVR.remote_"
    assert safe_file_name("IVR.REMOTE") == "IVR.REMOTE_"
    assert safe_file_name("remote") == "remote"
