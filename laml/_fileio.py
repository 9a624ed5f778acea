"""Writing files safely: all or nothing, and never behind the user's back.

:func:`write_atomic` replaces a file's contents through a temporary file in the same folder and
a rename, so that readers see the old contents or the new ones, never a mix. It refuses (with
:class:`UnsafeWriteError`) whatever would lose data or surprise the file's owner:

* a symbolic link is written through: its target is replaced, the link stays (or, with
  ``follow_symlinks=False``, refused); a link to a missing file is refused;
* a file with several hard links is refused: a rename would leave the other names with the old
  contents, and writing in place is not atomic;
* a read-only file (no write permission bit, or not writable by this user) is refused;
* an existing file keeps its mode, owner and group; when its owner or group cannot be kept (a
  file of another user), it is refused;
* a file changed since it was read (``expect``, from :func:`read_file`), or during the write,
  is refused: the check comes right before the rename (what remains is the instant between the
  check and the rename);
* a new file gets mode ``0o666`` less the umask, like any file a program creates.

The temporary file is removed when the write fails or is interrupted, including by SIGTERM,
SIGHUP or SIGQUIT (the process then dies of the signal as it would have) and SIGINT.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import signal
import stat
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType

__all__ = ["FileState", "UnsafeWriteError", "guard_signals", "read_file", "write_atomic"]


class UnsafeWriteError(OSError):
    """A write refused because it would lose data or change what the user did not ask for."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(errno.EPERM, reason, os.fspath(path))
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class FileState:
    """What a file was when it was read: identity, size, modification time and a digest."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    sha256: bytes

    def same_file(self, st: os.stat_result) -> bool:
        """Whether ``st`` shows the same file, unchanged as far as its metadata tells."""
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) == (
            self.device, self.inode, self.size, self.mtime_ns)


def read_file(path: str | os.PathLike[str], limit: int) -> tuple[bytes, FileState]:
    """At most ``limit + 1`` bytes of ``path``, and the state to hand to :func:`write_atomic`
    as ``expect``; raises ``OSError``."""
    with open(path, "rb") as handle:
        st = os.fstat(handle.fileno())
        data = handle.read(limit + 1)
    return data, FileState(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns,
                           hashlib.sha256(data).digest())


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    expect: FileState | None = None,
    follow_symlinks: bool = True,
) -> None:
    """Replace the contents of ``path`` with ``data`` through a temporary file and a rename.

    ``expect`` is the state :func:`read_file` returned: the write is refused when the file
    changed since. Raises :class:`UnsafeWriteError` when the write is refused (see the module's
    documentation), ``OSError`` when it fails; either way the file is left as it was.
    """
    target = _target(path, follow_symlinks)
    try:
        before: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        before = None
    if before is None:
        if expect is not None:
            raise UnsafeWriteError(path, "deleted since it was read (not rewritten)")
    else:
        _check_writable(path, target, before, expect)
    directory = os.path.dirname(os.path.abspath(target))
    with guard_signals():
        tmp, fd = _create_temporary(directory, os.path.basename(target), before is None)
        try:
            with os.fdopen(fd, "wb") as handle:
                if before is not None:
                    _keep_metadata(path, handle.fileno(), before)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            _check_unchanged(path, target, before, expect)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        finally:
            with _lock:
                _pending.discard(tmp)
    _sync_directory(directory)


def _target(path: str | os.PathLike[str], follow_symlinks: bool) -> str:
    """The file to replace: ``path``, or the file its symbolic link (chain) points to."""
    name = os.fspath(path)
    if not os.path.islink(name):
        return name
    if not follow_symlinks:
        raise UnsafeWriteError(path, "a symbolic link (not rewritten)")
    try:
        return os.path.realpath(name, strict=True)
    except OSError:
        raise UnsafeWriteError(path, "a symbolic link to a missing file or a loop (not rewritten)"
                          ) from None


def _check_writable(
    path: str | os.PathLike[str], target: str, st: os.stat_result, expect: FileState | None
) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeWriteError(path, "not a regular file (not rewritten)")
    if st.st_nlink > 1:
        raise UnsafeWriteError(path, f"has {st.st_nlink} hard links: replacing it would leave the "
                          "other names with the old contents (not rewritten)")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise UnsafeWriteError(path, "read-only (not rewritten)")
    if expect is not None and not expect.same_file(st):
        raise UnsafeWriteError(path, "changed since it was read (not rewritten; run again)")


def _keep_metadata(path: str | os.PathLike[str], fd: int, before: os.stat_result) -> None:
    """Give the temporary file ``fd`` the owner, group and mode of the file it replaces."""
    if hasattr(os, "fchown"):
        now = os.fstat(fd)
        if (now.st_uid, now.st_gid) != (before.st_uid, before.st_gid):
            try:
                os.fchown(fd, before.st_uid, before.st_gid)
            except PermissionError:
                raise UnsafeWriteError(path, "its owner or group cannot be kept by this user "
                                  "(not rewritten)") from None
    if os.chmod in os.supports_fd:
        os.chmod(fd, stat.S_IMODE(before.st_mode))


def _check_unchanged(
    path: str | os.PathLike[str], target: str, before: os.stat_result | None,
    expect: FileState | None,
) -> None:
    """Refuse when someone wrote the file since it was read, or since this write began."""
    try:
        now = os.stat(target)
    except FileNotFoundError:
        if before is None:
            return
        raise UnsafeWriteError(path, "deleted while it was being rewritten (not rewritten)"
                               ) from None
    if before is None:
        raise UnsafeWriteError(path, "created by someone else while it was being written "
                          "(not overwritten)")
    changed = (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != (
        before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns)
    if not changed and expect is not None:
        with open(target, "rb") as handle:
            changed = hashlib.sha256(handle.read(expect.size + 1)).digest() != expect.sha256
    if changed:
        raise UnsafeWriteError(path, "changed while it was being rewritten (not rewritten; "
                          "run again)")


def _create_temporary(directory: str, name: str, new: bool) -> tuple[str, int]:
    """A new temporary file beside the target: ``(path, descriptor)``, registered for removal
    on signals before it exists. A new file's mode is ``0o666`` less the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(
        os, "O_BINARY", 0)
    while True:
        tmp = os.path.join(directory, f".{name[:100]}.{secrets.token_hex(4)}.tmp")
        with _lock:
            _pending.add(tmp)
        try:
            return tmp, os.open(tmp, flags, 0o666 if new else 0o600)
        except FileExistsError:
            continue
        except BaseException:
            with _lock:
                _pending.discard(tmp)
            raise


def _sync_directory(directory: str) -> None:
    """Make the rename durable (where folders can be opened)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ------------------------------------------------------------------------ signals

_lock = threading.RLock()  # a signal handler may take it in the thread that holds it
#: Temporary files being written, removed if a signal ends the process.
_pending: set[str] = set()
_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGINT")
                 if hasattr(signal, n))
_guard_depth = 0
_replaced: set[int] = set()


def _remove_pending() -> None:
    with _lock:
        names = list(_pending)
        _pending.clear()
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    _remove_pending()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)  # end as the signal would have ended the process


@contextlib.contextmanager
def guard_signals() -> Iterator[None]:
    """While inside, a signal that would end the process first removes the temporary files of
    the writes under way (in every thread). Only the main thread can set it up; elsewhere it
    does nothing (wrap a pool of writing threads in it from the main thread)."""
    global _guard_depth  # noqa: PLW0603 - signal dispositions are per process
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _guard_depth == 0:
        for signum in _SIGNALS:
            if signal.getsignal(signum) == signal.SIG_DFL:
                signal.signal(signum, _on_signal)
                _replaced.add(signum)
    _guard_depth += 1
    try:
        yield
    finally:
        _guard_depth -= 1
        if _guard_depth == 0:
            for signum in _replaced:
                signal.signal(signum, signal.SIG_DFL)
            _replaced.clear()
