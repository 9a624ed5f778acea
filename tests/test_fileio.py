"""The atomic writer shared by ``laml fmt`` and folder sync: it never loses or exposes data."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from laml import _fileio
from laml._fileio import UnsafeWriteError, guard_signals, read_file, write_atomic

OLD, NEW = b"<Response/>\n", b"<Response>\n  <Hangup />\n</Response>\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "a.xml"
    path.write_bytes(OLD)
    return path


def test_replaces_the_contents_and_keeps_the_mode(doc: Path) -> None:
    doc.chmod(0o640)
    write_atomic(doc, NEW)
    assert doc.read_bytes() == NEW
    assert stat.S_IMODE(doc.stat().st_mode) == 0o640
    assert leftovers(doc.parent) == []


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.xml", NEW)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.xml").stat().st_mode) == 0o640
    os.umask(0o022)
    try:
        write_atomic(tmp_path / "other.xml", NEW)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "other.xml").stat().st_mode) == 0o644


def test_a_symbolic_link_is_written_through(tmp_path: Path, doc: Path) -> None:
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "b.xml"
    link.symlink_to(os.path.join("..", "a.xml"))
    chain = tmp_path / "c.xml"
    chain.symlink_to(link)
    write_atomic(chain, NEW)
    assert chain.is_symlink() and link.is_symlink()
    assert doc.read_bytes() == NEW
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "links") == []


def test_symbolic_links_that_cannot_be_followed_are_refused(tmp_path: Path, doc: Path) -> None:
    dangling = tmp_path / "gone.xml"
    dangling.symlink_to(tmp_path / "missing.xml")
    with pytest.raises(UnsafeWriteError, match="missing file"):
        write_atomic(dangling, NEW)
    assert not (tmp_path / "missing.xml").exists()
    link = tmp_path / "b.xml"
    link.symlink_to(doc)
    with pytest.raises(UnsafeWriteError, match="symbolic link"):
        write_atomic(link, NEW, follow_symlinks=False)
    assert doc.read_bytes() == OLD and link.is_symlink()


def test_hard_linked_files_are_refused(tmp_path: Path, doc: Path) -> None:
    other = tmp_path / "copy.xml"
    os.link(doc, other)
    with pytest.raises(UnsafeWriteError, match="2 hard links") as info:
        write_atomic(doc, NEW)
    assert isinstance(info.value, OSError) and "not rewritten" in str(info.value)
    assert doc.read_bytes() == OLD == other.read_bytes()
    assert os.path.samefile(doc, other)
    assert leftovers(tmp_path) == []


def test_read_only_files_are_refused(doc: Path) -> None:
    doc.chmod(0o444)
    with pytest.raises(UnsafeWriteError, match="read-only"):
        write_atomic(doc, NEW)
    assert doc.read_bytes() == OLD
    assert stat.S_IMODE(doc.stat().st_mode) == 0o444


def test_other_kinds_of_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.xml").mkdir()
    with pytest.raises(UnsafeWriteError, match="not a regular file"):
        write_atomic(tmp_path / "folder.xml", NEW)


def _foreign(doc: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Make ``doc`` owned by another user and group: really when running as root, else as
    :func:`os.stat` shows it to the writer."""
    uid, gid = 12345, 12346
    if os.geteuid() == 0:
        os.chown(doc, uid, gid)
        return uid, gid
    real_stat = os.stat

    def fake_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        st = real_stat(path, *args, **kwargs)
        if os.fspath(path) != str(doc):
            return st
        values = list(st)[:10]
        values[4], values[5] = uid, gid
        extra = {k: getattr(st, k) for k in dir(st) if k.startswith("st_") and
                 k not in ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                           "st_size")}
        return os.stat_result(values, extra)

    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(_fileio.os, "stat", fake_stat)
    monkeypatch.setattr(_fileio.os, "fchown", lambda fd, u, g: calls.append((u, g)))
    return uid, gid


def test_owner_and_group_are_kept(doc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc.chmod(0o664)
    uid, gid = _foreign(doc, monkeypatch)
    write_atomic(doc, NEW)
    assert doc.read_bytes() == NEW
    after = os.stat(doc)
    assert (after.st_uid, after.st_gid) == (uid, gid)
    assert stat.S_IMODE(os.lstat(doc).st_mode) == 0o664


def test_an_owner_that_cannot_be_kept_is_refused(doc: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _foreign(doc, monkeypatch)

    def refuse(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(_fileio.os, "fchown", refuse)
    with pytest.raises(UnsafeWriteError, match="owner or group"):
        write_atomic(doc, NEW)
    assert doc.read_bytes() == OLD
    assert leftovers(doc.parent) == []


def test_an_edit_saved_after_reading_is_never_overwritten(doc: Path) -> None:
    data, state = read_file(doc, 1000)
    assert data == OLD
    doc.write_bytes(b"<Response><Say>edited</Say></Response>")
    with pytest.raises(UnsafeWriteError, match="changed since it was read"):
        write_atomic(doc, NEW, expect=state)
    assert b"edited" in doc.read_bytes()


def test_an_edit_of_the_same_size_and_time_is_caught_by_its_contents(doc: Path) -> None:
    data, state = read_file(doc, 1000)
    times = os.stat(doc)
    doc.write_bytes(OLD.replace(b"Response", b"Respons!"))
    os.utime(doc, ns=(times.st_atime_ns, times.st_mtime_ns))
    with pytest.raises(UnsafeWriteError, match="changed"):
        write_atomic(doc, NEW, expect=state)
    assert b"Respons!" in doc.read_bytes()


def test_an_edit_saved_during_the_write_is_never_overwritten(
    doc: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def edit_meanwhile(fd: int) -> None:
        real_fsync(fd)
        doc.write_bytes(b"<Response><Say>saved meanwhile</Say></Response>")

    monkeypatch.setattr(_fileio.os, "fsync", edit_meanwhile)
    with pytest.raises(UnsafeWriteError, match="changed while it was being rewritten"):
        write_atomic(doc, NEW)
    assert b"saved meanwhile" in doc.read_bytes()
    assert leftovers(doc.parent) == []


def test_a_file_deleted_or_created_meanwhile_is_left_alone(tmp_path: Path, doc: Path) -> None:
    _, state = read_file(doc, 1000)
    doc.unlink()
    with pytest.raises(UnsafeWriteError, match="deleted"):
        write_atomic(doc, NEW, expect=state)
    assert not doc.exists()


_SCRIPT = """
import os, signal, sys
from laml import _fileio
real_fsync = os.fsync
def interrupted(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.{signal})
_fileio.os.fsync = interrupted
_fileio.write_atomic(sys.argv[1], b"new contents")
"""


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_during_the_write_leaves_no_temporary_file(doc: Path, name: str) -> None:
    script = textwrap.dedent(_SCRIPT.format(signal=name))
    result = subprocess.run([sys.executable, "-c", script, str(doc)], capture_output=True,
                            timeout=60, check=False)
    if name == "SIGINT":  # Python's own handler: KeyboardInterrupt
        assert result.returncode in (1, -signal.SIGINT) and b"KeyboardInterrupt" in result.stderr
    else:
        assert result.returncode == -getattr(signal, name), result.stderr
    assert doc.read_bytes() == OLD
    assert leftovers(doc.parent) == []


def test_signal_handlers_are_restored(doc: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    with guard_signals():
        write_atomic(doc, NEW)
        assert signal.getsignal(signal.SIGTERM) not in (before, signal.SIG_IGN)
    assert signal.getsignal(signal.SIGTERM) == before


def test_writes_from_other_threads(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            write_atomic(tmp_path / f"{i}.xml", NEW)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    with guard_signals():
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{i}.xml" for i in range(8))


def test_a_failed_write_leaves_the_file_and_no_temporary(
    doc: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_fileio.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(doc, NEW)
    assert doc.read_bytes() == OLD and leftovers(doc.parent) == []
