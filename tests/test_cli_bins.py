"""``laml bins``: every action against a local server, and pull -> edit -> push round trips.

Contents are sent with ``--no-validate`` here; the linting paths are in test_bins_lint.py.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from bins_support import read_manifest as manifest
from bins_support import run_cli as run

from laml.bins import safe_file_name
from laml.cli.bins import progress_bar
from laml.server import LocalServer

SAY = "<Response><Say>Hello {{From}}</Say></Response>\n"


def test_create_ls_get_update_rm(bins_env: LocalServer, capsys: pytest.CaptureFixture[str],
                                 tmp_path: Path) -> None:
    status, out, _ = run(capsys, "bins", "ls")
    assert (status, out.strip()) == (0, "no bins")

    source = tmp_path / "ivr.xml"
    source.write_text(SAY, encoding="utf-8")
    status, out, _ = run(capsys, "bins", "create", "Death Star IVR", str(source), "--no-validate")
    assert status == 0
    sid = out.split()[1]
    assert out.startswith(f"created {sid} 'Death Star IVR'")
    assert f"/laml-bins/{sid}" in out

    status, out, _ = run(capsys, "bins", "ls")
    header, row = out.strip().splitlines()
    assert header.split() == ["SID", "NAME", "UPDATED", "(UTC)", "REQUESTS", "URL"]
    assert row.startswith(sid) and "Death Star IVR" in row
    assert row.endswith(f"/laml-bins/{sid}")

    status, out, _ = run(capsys, "bins", "ls", "--format", "json", "--name", "star")
    assert [b["sid"] for b in json.loads(out)] == [sid]
    status, out, _ = run(capsys, "bins", "ls", "--name", "Endor")
    assert "no bins whose name contains 'Endor'" in out

    status, out, _ = run(capsys, "bins", "get", sid)
    fields, _, contents = out.partition("\n--\n")
    assert status == 0 and contents == SAY
    assert fields.splitlines()[:3] == [
        "name:      Death Star IVR", f"sid:       {sid}", f"url:       {bins_env.url}/laml-bins/{sid}"
    ]
    assert "requests:  0" in fields
    status, out, _ = run(capsys, "bins", "get", "Death Star IVR", "--format", "json")
    assert status == 0 and json.loads(out)["sid"] == sid and json.loads(out)["contents"] == SAY
    status, out, _ = run(capsys, "bins", "get", sid, "--format", "xml")
    assert out == SAY

    status, out, _ = run(capsys, "bins", "update", sid, "--name", "Hoth IVR")
    assert status == 0 and out.startswith(f"updated {sid} 'Hoth IVR'")
    source.write_text("<Response><Hangup/></Response>", encoding="utf-8")
    status, out, _ = run(capsys, "bins", "update", sid, "--file", str(source), "--no-validate")
    assert status == 0
    with bins_env.client() as client:
        item = client.get(sid)
    assert (item.name, item.contents) == ("Hoth IVR", "<Response><Hangup/></Response>")

    status, out, _ = run(capsys, "bins", "rm", sid, "--yes")
    assert (status, out.strip()) == (0, f"deleted {sid}")
    status, _, err = run(capsys, "bins", "get", sid)
    assert status == 2 and f"no bin is named {sid!r} or has that SID" in err


def test_create_from_standard_input(bins_env: LocalServer, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("<Response/>"))
    status, out, _ = run(capsys, "bins", "create", "piped", "-", "--no-validate")
    assert status == 0
    with bins_env.client() as client:
        assert client.get(out.split()[1]).contents == "<Response/>"


def test_usage_and_io_errors_exit_2_with_a_message(bins_env: LocalServer, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "bins", "create", "x", str(tmp_path / "absent.xml"))
    assert status == 2 and "absent.xml" in err
    status, _, err = run(capsys, "bins", "update", "5184b831-184f-4209-872d-ccdccc80f2f1")
    assert status == 2 and "--name" in err
    status, _, err = run(capsys, "bins", "get", "../../etc")
    assert status == 2 and "no bin is named '../../etc'" in err
    (tmp_path / "latin1.xml").write_bytes(b"<Response><Say>caf\xe9</Say></Response>")
    status, _, err = run(capsys, "bins", "create", "x", str(tmp_path / "latin1.xml"))
    assert status == 2 and "not UTF-8" in err
    status, _, _ = run(capsys, "bins", "frobnicate")
    assert status == 2


def test_missing_configuration_is_explained(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("SIGNALWIRE_SPACE_URL", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN",
                 "SIGNALWIRE_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    status, _, err = run(capsys, "bins", "ls")
    assert status == 2
    assert "SIGNALWIRE_SPACE_URL" in err and "SIGNALWIRE_TOKEN" in err
    monkeypatch.setenv("SIGNALWIRE_TOKEN", "t")
    status, _, err = run(capsys, "bins", "ls", "--space", "http://example.com",
                         "--project-id", "p")
    assert status == 2 and "refusing plain HTTP" in err


def test_wrong_token_exits_2_without_showing_it(bins_env: LocalServer,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SIGNALWIRE_TOKEN", "not-the-token")
    status, out, err = run(capsys, "bins", "ls")
    assert status == 2 and "Authentication" in err and "HTTP 401" in err
    assert "not-the-token" not in out + err


def test_unreachable_space_exits_2(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from bins_support import free_port

    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "p")
    monkeypatch.setenv("SIGNALWIRE_TOKEN", "t")
    status, _, err = run(capsys, "bins", "ls", "--timeout", "1", "--retries", "0")
    assert status == 2 and "ConnectError" in err


# -- pull / push ---------------------------------------------------------------------------


def test_pull_edit_push_round_trip(bins_env: LocalServer, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        ivr = client.create("Death Star IVR", SAY, validate=False)
        hoth = client.create("Hoth", "<Response><Hangup/></Response>", validate=False)
    folder = tmp_path / "bins"

    status, out, _ = run(capsys, "bins", "pull", str(folder))
    assert status == 0
    assert "pulled into" in out and "2 written" in out
    assert (folder / "Death Star IVR.xml").read_text(encoding="utf-8") == SAY
    assert (folder / "Hoth.xml").read_text(encoding="utf-8") == "<Response><Hangup/></Response>"
    recorded = manifest(folder)
    assert recorded["Death Star IVR.xml"]["sid"] == ivr.sid
    assert recorded["Hoth.xml"]["sid"] == hoth.sid
    assert recorded["Hoth.xml"]["date_updated"]
    assert not list(folder.glob(".*.tmp"))

    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 0 and "0 changes sent, 2 files unchanged" in out

    (folder / "Hoth.xml").write_text("<Response><Say>Cold</Say></Response>", encoding="utf-8")
    (folder / "Endor.xml").write_text("<Response><Say>Ewoks</Say></Response>", encoding="utf-8")
    status, out, _ = run(capsys, "bins", "push", str(folder), "--dry-run", "--no-validate")
    assert status == 0
    assert "would create Endor.xml" in out and "would update Hoth.xml" in out
    with bins_env.client() as client:
        assert client.get(hoth.sid).contents == "<Response><Hangup/></Response>"
        assert len(list(client.list())) == 2

    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 0 and "2 changes sent" in out
    assert f"updated   Hoth.xml -> {hoth.sid}" in out
    with bins_env.client() as client:
        assert client.get(hoth.sid).contents == "<Response><Say>Cold</Say></Response>"
        endor = [b for b in client.list(name="Endor")]
    assert [b.contents for b in endor] == ["<Response><Say>Ewoks</Say></Response>"]
    assert manifest(folder)["Endor.xml"]["sid"] == endor[0].sid

    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 0 and "0 changes sent, 3 files unchanged" in out

    status, out, _ = run(capsys, "bins", "pull", str(folder))
    assert status == 0 and "3 unchanged" in out
    assert not list(folder.glob(".*.tmp"))


def test_a_remote_change_since_the_pull_is_refused_without_force(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("IVR", "<Response><Say>v1</Say></Response>", validate=False)
    folder = tmp_path / "bins"
    assert run(capsys, "bins", "pull", str(folder))[0] == 0

    with bins_env.client() as client:
        client.update(item.sid, contents="<Response><Say>theirs</Say></Response>",
                      validate=False)
    (folder / "IVR.xml").write_text("<Response><Say>mine</Say></Response>", encoding="utf-8")

    status, out, err = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 1
    assert "CONFLICT  IVR.xml: the bin was changed on the platform" in out
    assert "--force" in err
    with bins_env.client() as client:
        assert client.get(item.sid).contents == "<Response><Say>theirs</Say></Response>"

    status, out, _ = run(capsys, "bins", "push", str(folder), "--dry-run", "--no-validate")
    assert status == 1 and "CONFLICT" in out

    status, out, _ = run(capsys, "bins", "push", str(folder), "--force", "--no-validate")
    assert status == 0 and "1 change sent" in out
    with bins_env.client() as client:
        assert client.get(item.sid).contents == "<Response><Say>mine</Say></Response>"
    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 0 and "0 changes sent" in out


def test_a_remote_rename_alone_is_a_change_too(bins_env: LocalServer, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("IVR", "<Response/>", validate=False)
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    with bins_env.client() as client:
        client.update(item.sid, name="IVR renamed")
    (folder / "IVR.xml").write_text("<Response><Hangup/></Response>", encoding="utf-8")
    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 1 and "CONFLICT" in out


def test_a_bin_deleted_remotely_is_not_silently_recreated(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("Gone", "<Response/>", validate=False)
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    with bins_env.client() as client:
        client.delete(item.sid)
    (folder / "Gone.xml").write_text("<Response><Hangup/></Response>", encoding="utf-8")
    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 1 and "deleted on the platform" in out
    status, out, _ = run(capsys, "bins", "push", str(folder), "--force", "--no-validate")
    assert status == 0 and "created again" in out
    with bins_env.client() as client:
        assert [b.contents for b in client.list()] == ["<Response><Hangup/></Response>"]


def test_prune_deletes_the_bins_of_removed_files(bins_env: LocalServer, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        keep = client.create("Keep", "<Response/>", validate=False)
        drop = client.create("Drop", "<Response/>", validate=False)
        unknown = client.create("Made later", "<Response/>", validate=False)
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    (folder / "Made later.xml").unlink()
    manifest_text = (folder / "laml-bins.toml").read_text(encoding="utf-8")
    assert unknown.sid in manifest_text
    (folder / "Drop.xml").unlink()

    status, out, _ = run(capsys, "bins", "push", str(folder), "--no-validate")
    assert status == 0 and "missing   Drop.xml" in out and "--prune" in out
    with bins_env.client() as client:
        assert client.get(drop.sid).name == "Drop"

    status, out, _ = run(capsys, "bins", "push", str(folder), "--prune", "--yes",
                         "--no-validate")
    assert status == 0 and f"deleted   Drop.xml -> {drop.sid}" in out
    with bins_env.client() as client:
        assert sorted(b.sid for b in client.list()) == sorted([keep.sid])
    assert set(manifest(folder)) == {"Keep.xml"}


def test_prune_refuses_a_bin_changed_remotely(bins_env: LocalServer, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("Busy", "<Response/>", validate=False)
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    (folder / "Busy.xml").unlink()
    with bins_env.client() as client:
        client.update(item.sid, contents="<Response><Hangup/></Response>", validate=False)
    status, out, _ = run(capsys, "bins", "push", str(folder), "--prune", "--yes",
                         "--no-validate")
    assert status == 1 and "CONFLICT" in out
    with bins_env.client() as client:
        assert client.get(item.sid).name == "Busy"


def test_pull_keeps_local_edits_and_reports_conflicts(bins_env: LocalServer, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        quiet = client.create("Quiet", "<Response/>", validate=False)
        busy = client.create("Busy", "<Response/>", validate=False)
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    (folder / "Quiet.xml").write_text("<Response><Say>local</Say></Response>", encoding="utf-8")
    (folder / "Busy.xml").write_text("<Response><Say>local</Say></Response>", encoding="utf-8")
    with bins_env.client() as client:
        client.update(busy.sid, contents="<Response><Say>remote</Say></Response>",
                      validate=False)

    status, out, err = run(capsys, "bins", "pull", str(folder))
    assert status == 1
    assert "kept      Quiet.xml (edited locally, not pushed yet)" in out
    assert "conflict  Busy.xml" in out and "--force" in err
    assert (folder / "Busy.xml").read_text(encoding="utf-8") == \
        "<Response><Say>local</Say></Response>"

    status, out, _ = run(capsys, "bins", "pull", str(folder), "--force")
    assert status == 0
    assert (folder / "Busy.xml").read_text(encoding="utf-8") == \
        "<Response><Say>remote</Say></Response>"
    assert (folder / "Quiet.xml").read_text(encoding="utf-8") == "<Response/>"
    assert manifest(folder)["Quiet.xml"]["sid"] == quiet.sid


def test_pull_follows_remote_renames_and_keeps_files_of_deleted_bins(
        bins_env: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        gone = client.create("Gone", "<Response/>", validate=False)
        moved = client.create("Old name", "<Response/>", validate=False)
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    with bins_env.client() as client:
        client.delete(gone.sid)
        client.update(moved.sid, name="New name")
    status, out, err = run(capsys, "bins", "pull", str(folder))
    assert status == 0
    assert "vanished  Gone.xml (deleted on the platform; the file is kept" in out
    assert "removed   Old name.xml (renamed on the platform)" in out
    assert "1 file kept although its bin is gone" in err and "--prune removes it" in err
    assert sorted(p.name for p in folder.iterdir()) == ["Gone.xml", "New name.xml",
                                                        "laml-bins.toml"]
    assert manifest(folder)["Gone.xml"]["sid"] == gone.sid

    status, out, _ = run(capsys, "bins", "pull", str(folder), "--prune")
    assert status == 0 and "removed   Gone.xml (deleted on the platform)" in out
    assert sorted(p.name for p in folder.iterdir()) == ["New name.xml", "laml-bins.toml"]
    assert set(manifest(folder)) == {"New name.xml"}


def test_pull_makes_safe_distinct_file_names(bins_env: LocalServer, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    names = ["a/b", "a:b", "A:B", "CON", "..", "  spaced  out  ", "laml-bins.toml"]
    with bins_env.client() as client:
        sids = {client.create(name, "<Response/>", validate=False).sid: name for name in names}
    folder = tmp_path / "bins"
    status, _, _ = run(capsys, "bins", "pull", str(folder))
    assert status == 0
    recorded = manifest(folder)
    assert {entry["sid"]: entry["name"] for entry in recorded.values()} == sids
    files = sorted(recorded)
    assert len({f.lower() for f in files}) == len(names)
    assert "a_b.xml" in files and "CON_.xml" in files and "bin.xml" in files
    assert "spaced out.xml" in files and "laml-bins.toml.xml" in files
    assert all("/" not in f and ":" not in f for f in files)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*files, "laml-bins.toml"])


def test_safe_file_name_rules() -> None:
    assert safe_file_name("Death Star IVR") == "Death Star IVR"
    assert safe_file_name("../../etc/passwd") == "_.._etc_passwd"
    assert safe_file_name("tab\there") == "tab_here"
    assert safe_file_name("many   spaces ") == "many spaces"
    assert safe_file_name("nul.txt") == "nul.txt_"
    assert safe_file_name("") == "bin"
    assert safe_file_name("é" * 80).encode().__len__() <= 100
    assert safe_file_name("question?") == "question_"


def test_a_folder_of_another_project_is_refused(bins_env: LocalServer, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bins"
    run(capsys, "bins", "pull", str(folder))
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "another-project")
    for action in ("pull", "push"):
        status, _, err = run(capsys, "bins", action, str(folder), "--no-validate") \
            if action == "push" else run(capsys, "bins", action, str(folder))
        assert status == 2 and "holds the bins of project" in err


def test_push_of_a_missing_folder_is_an_error(bins_env: LocalServer, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "bins", "push", str(tmp_path / "nowhere"), "--no-validate")
    assert status == 2 and "does not exist" in err


def test_a_broken_manifest_is_reported(bins_env: LocalServer, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "laml-bins.toml").write_text("[[bins]\nfile = ", encoding="utf-8")
    status, _, err = run(capsys, "bins", "pull", str(tmp_path))
    assert status == 2 and "not a readable manifest" in err
    (tmp_path / "laml-bins.toml").write_text(
        '[[bins]]\nfile = "../x.xml"\nsid = "s"\nname = "n"\nsha256 = "h"\n', encoding="utf-8")
    status, _, err = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert status == 2 and "refusing the file name" in err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_on_a_terminal_only() -> None:
    terminal = FakeTerminal()
    items = list(progress_bar(terminal, delay=0)(iter(range(30)), 30, "push"))
    assert items == list(range(30))
    assert "push:" in terminal.getvalue() and "/30" in terminal.getvalue()
    plain = io.StringIO()
    wrapped = progress_bar(plain, delay=0)(range(30), 30, "push")
    assert list(wrapped) == list(range(30)) and plain.getvalue() == ""


def test_pull_does_not_overwrite_a_stranger_file(bins_env: LocalServer, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with bins_env.client() as client:
        item = client.create("Notes", "<Response/>", validate=False)
    (tmp_path / "Notes.xml").write_text("my own notes", encoding="utf-8")
    status, out, _ = run(capsys, "bins", "pull", str(tmp_path))
    assert status == 1 and "no pull wrote is in the way" in out and "Notes.remote.xml" in out
    assert (tmp_path / "Notes.xml").read_text(encoding="utf-8") == "my own notes"
    assert (tmp_path / "Notes.remote.xml").read_text(encoding="utf-8") == "<Response/>"
    entry = manifest(tmp_path)["Notes.xml"]
    assert (entry["sid"], entry["sha256"]) == (item.sid, "")  # linked, with no common base
    status, out, _ = run(capsys, "bins", "push", str(tmp_path), "--no-validate")
    assert status == 1 and "Notes.remote.xml holds the platform's version" in out
    status, _, _ = run(capsys, "bins", "pull", str(tmp_path), "--force")
    assert status == 0
    assert (tmp_path / "Notes.xml").read_text(encoding="utf-8") == "<Response/>"
    assert not (tmp_path / "Notes.remote.xml").exists()


def test_an_interrupted_pull_keeps_what_it_did_not_reach(bins_env: LocalServer, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from laml.bins import _folder, _pull, pull

    with bins_env.client() as client:
        for i in range(4):
            client.create(f"bin {i}", f"<Response><Say>{i}</Say></Response>", validate=False)
        pull(client, tmp_path)
        before = manifest(tmp_path)
        for item in client.list():
            client.update(item.sid, contents=item.contents.replace("Say", "Play"),
                          validate=False)
        real_write = _pull.write_atomic
        calls: list[Path] = []

        def failing_write(path: Path, data: bytes, **options: object) -> None:
            if path.suffix == ".xml" and len(calls) == 2:
                raise OSError("disk full")
            calls.append(path)
            real_write(path, data, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(_pull, "write_atomic", failing_write)
        with pytest.raises(OSError, match="disk full"):
            pull(client, tmp_path)
    after = manifest(tmp_path)
    assert set(after) == set(before)
    changed = {f for f in after if after[f]["sha256"] != before[f]["sha256"]}
    assert len(changed) == 2
    for file, entry in after.items():
        text = (tmp_path / file).read_text(encoding="utf-8")
        assert ("Play" in text) == (file in changed)
        assert _folder.content_hash(text) == entry["sha256"]


def test_an_interrupted_push_can_be_run_again_without_duplicates(
        bins_env: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from laml.bins import BinsClient, ServerError, push

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.xml").write_text(f"<Response><Say>{name}</Say></Response>",
                                              encoding="utf-8")
    real_create = BinsClient.create
    made: list[str] = []

    def flaky_create(self: BinsClient, name: str, contents: str | None = None, *,
                     validate: bool = True) -> object:
        if len(made) == 1:
            raise ServerError("boom", status=500)
        made.append(name)
        return real_create(self, name, contents, validate=validate)

    with bins_env.client() as client:
        monkeypatch.setattr(BinsClient, "create", flaky_create)
        with pytest.raises(ServerError):
            push(client, tmp_path, validate=False, jobs=1)
        monkeypatch.setattr(BinsClient, "create", real_create)
        recorded = manifest(tmp_path)
        assert set(recorded) == {"a.xml", "b.xml", "c.xml"}
        assert recorded["a.xml"]["sid"]
        assert recorded["b.xml"]["sid"] == recorded["c.xml"]["sid"] == ""  # recorded as sent
        _, results = push(client, tmp_path, validate=False)
        assert [(r.file, r.kind, r.status) for r in results] == [
            ("b.xml", "create", "done"), ("c.xml", "create", "done")]
        assert sorted(b.name for b in client.list()) == ["a", "b", "c"]
        assert all(entry["sid"] for entry in manifest(tmp_path).values())


def test_names_from_the_platform_never_reach_the_terminal_raw(
    bins_env: LocalServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "ivr.xml"
    source.write_text(SAY, encoding="utf-8")
    hostile = "IVR\x1b[2J\x1b]0;pwned\x07\u202e"
    status, out, _ = run(capsys, "bins", "create", hostile, str(source), "--no-validate")
    assert status == 0
    for args in (("ls",), ("get", hostile)):
        status, out, err = run(capsys, "bins", *args)
        assert status == 0 and "\x1b" not in out + err and "\u202e" not in out + err
        assert "IVR\\x1b[2J\\x1b]0;pwned\\x07\\u202e" in out
