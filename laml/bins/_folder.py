"""The local side of folder sync: file names, reading files safely, and what is in a folder.

A synced folder holds one ``<name>.xml`` file per bin, the manifest ``laml-bins.toml`` and, while
a conflict waits to be merged, ``<name>.remote.xml`` copies of the platform's version. Files are
read without following symbolic links: a link is reported and skipped, so nothing outside the
folder is ever uploaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from laml._fileio import FileState
from laml.bins._exceptions import BinsError

__all__ = [
    "MANIFEST_NAME",
    "REMOTE_SUFFIX",
    "SUFFIX",
    "FolderState",
    "LocalFile",
    "Progress",
    "check_folder",
    "content_hash",
    "fits_name",
    "folder_lock",
    "no_progress",
    "read_regular",
    "remote_copy_name",
    "remove_file",
    "safe_file_name",
]

MANIFEST_NAME = "laml-bins.toml"
SUFFIX = ".xml"
#: Suffix of the copy of the platform's version kept beside a file in conflict.
REMOTE_SUFFIX = ".remote.xml"

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt")
                                                    for n in range(1, 10)}


def safe_file_name(name: str, max_length: int = 100) -> str:
    """A file-name stem for a bin name, safe on Linux, macOS and Windows.

    Path separators, reserved and control characters become ``_``; leading and trailing dots
    and spaces go; reserved device names, and stems that would read as a remote copy
    (``x.remote``), get a ``_`` suffix; an empty result becomes ``bin``.
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join("_" if (ch in '<>:"/\\|?*' or unicodedata.category(ch)[0] == "C") else ch
                   for ch in text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = re.sub(r"_{2,}", "_", text)
    if len(text.encode()) > max_length:
        text = text.encode()[:max_length].decode(errors="ignore").rstrip(" .")
    if not text:
        text = "bin"
    if text.split(".")[0].lower() in _WINDOWS_RESERVED or text.lower().endswith(".remote"):
        text += "_"
    return text


def fits_name(file: str, name: str, sid: str) -> bool:
    """Whether ``file`` is what a pull names the file of bin ``sid`` called ``name``.

    A file that no longer fits its bin's recorded name was renamed by the user, and a push
    renames the bin after it.
    """
    if not file.endswith(SUFFIX):
        return False
    stem, safe = file[: -len(SUFFIX)], safe_file_name(name)
    if stem == safe:
        return True
    marked = f"{safe}--{sid[:8]}"
    return stem == marked or re.fullmatch(re.escape(marked) + r"-\d+", stem) is not None


def remote_copy_name(file: str) -> str:
    """``IVR.xml`` -> ``IVR.remote.xml``."""
    return file[: -len(SUFFIX)] + REMOTE_SUFFIX


def content_hash(contents: str) -> str:
    """SHA-256 of the UTF-8 contents, hex."""
    return hashlib.sha256(contents.encode("utf-8")).hexdigest()


class NotRegularError(BinsError):
    """A path that is a symbolic link, a folder, a device or a pipe, not a plain file."""


def read_regular(path: Path) -> tuple[str, FileState]:
    """The UTF-8 text of a plain file, without following a symbolic link, and its state (for
    :func:`~laml._fileio.write_atomic` to refuse overwriting a file changed since).

    Raises :class:`NotRegularError` for anything but a plain file (a link is never followed,
    even to a file inside the folder) and :class:`BinsError` for text that is not UTF-8.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    if path.is_symlink():
        raise NotRegularError(f"{path}: a symbolic link")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if path.is_symlink():  # replaced by a link since the check
            raise NotRegularError(f"{path}: a symbolic link") from None
        raise exc
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularError(f"{path}: not a plain file")
        data = handle.read()
    state = FileState(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns,
                      hashlib.sha256(data).digest())
    try:
        return data.decode("utf-8"), state
    except UnicodeDecodeError as exc:
        raise BinsError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


@dataclass(frozen=True, slots=True)
class LocalFile:
    """One ``.xml`` file of the folder and its contents."""

    name: str
    contents: str
    sha256: str
    state: FileState | None = None


@dataclass(slots=True)
class FolderState:
    """What is in a synced folder: its files, what was skipped, and the remote copies."""

    files: dict[str, LocalFile] = field(default_factory=dict)
    #: file name -> why it is not synced (a link, not a plain file)
    skipped: dict[str, str] = field(default_factory=dict)
    #: names of ``*.remote.xml`` copies present
    remote_copies: set[str] = field(default_factory=set)

    @classmethod
    def scan(cls, root: Path) -> FolderState:
        """Read every ``*.xml`` file of ``root`` (not hidden files, not the manifest)."""
        state = cls()
        for path in sorted(root.iterdir()):
            name = path.name
            if name.startswith(".") or not name.endswith(SUFFIX):
                continue
            if name.endswith(REMOTE_SUFFIX):
                if path.is_file() and not path.is_symlink():
                    state.remote_copies.add(name)
                continue
            if path.is_dir() and not path.is_symlink():
                continue
            try:
                contents, file_state = read_regular(path)
            except NotRegularError:
                state.skipped[name] = ("a symbolic link: links are not followed (copy the "
                                       "file into the folder instead)" if path.is_symlink()
                                       else "not a plain file")
                continue
            except FileNotFoundError:
                continue
            state.files[name] = LocalFile(name, contents, content_hash(contents), file_state)
        return state

    def new_files(self, known: set[str]) -> list[str]:
        """Files not in ``known``, sorted."""
        return sorted(name for name in self.files if name not in known)


@contextlib.contextmanager
def folder_lock(root: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder while syncing it; refuse when another holds it.

    The lock is taken on the folder itself (no lock file), and the system drops it when the
    process ends, however it ends.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks on folders
        yield
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BinsError(f"{root}: another pull or push is working on this folder") from None
        yield
    finally:
        os.close(fd)


def check_folder(folder: Path, create: bool) -> None:
    """Refuse a path that is not a folder; make it (with ``create``) when it does not exist."""
    if folder.exists() and not folder.is_dir():
        raise BinsError(f"{folder} is not a folder")
    if not folder.exists():
        if not create:
            raise BinsError(f"{folder} does not exist")
        folder.mkdir(parents=True)


def remove_file(path: Path) -> None:
    """Delete ``path`` if it is there."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


_T = TypeVar("_T")

#: Wraps an iterable to show progress: (items, total, label) -> items.
Progress = Callable[[Iterable[_T], int, str], Iterable[_T]]


def no_progress(items: Iterable[_T], total: int, label: str) -> Iterable[_T]:
    """Shows nothing."""
    return items
