"""``diff``: how the files of a synced folder compare with their bins on the platform.

Each :class:`FileDiff` holds both sides; :meth:`FileDiff.unified` gives a unified diff from the
platform's version to the local file (what a push would send), or the other way round with
``reverse`` (what a pull would bring).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from laml.bins._exceptions import BinsError, NotFound
from laml.bins._folder import SUFFIX, FolderState, check_folder, fits_name
from laml.bins._manifest import Manifest, ManifestEntry, local_renames
from laml.bins._models import LamlBin

if TYPE_CHECKING:
    from laml.bins._client import BinsClient

__all__ = ["FileDiff", "diff"]

#: Up to this many bins are read one by one; more are read with one listing.
_GET_AT_MOST = 20


@dataclass(frozen=True, slots=True)
class FileDiff:
    """One file of a synced folder and its bin.

    ``local`` is ``None`` when the file is gone; ``remote`` is ``None`` when there is no bin
    (a new file) or it was deleted on the platform. ``local_name`` is the name a push gives
    the bin (a renamed file renames it); ``previous_file`` the file's name at the last sync
    when it was renamed locally.
    """

    file: str
    sid: str | None
    local: str | None
    remote: str | None
    local_name: str
    remote_name: str | None
    previous_file: str = ""

    @property
    def same(self) -> bool:
        """Whether file and bin agree, contents and name."""
        return self.local == self.remote and self.local_name == self.remote_name

    def unified(self, *, reverse: bool = False, context: int = 3) -> list[str]:
        """Unified diff lines from the platform's version to the file (``reverse``: back)."""
        before = ("/dev/null" if self.remote is None
                  else f"platform/{self.previous_file or self.file}")
        after = "/dev/null" if self.local is None else f"local/{self.file}"
        old, new = _lines(self.remote), _lines(self.local)
        if reverse:
            before, after, old, new = after, before, new, old
        return list(difflib.unified_diff(old, new, before, after, n=context))


def _lines(text: str | None) -> list[str]:
    if text is None:
        return []
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


def diff(
    client: BinsClient, folder: str | os.PathLike[str], names: Sequence[str] = ()
) -> list[FileDiff]:
    """Compare the folder's files (or only those ``names`` select) with their bins.

    A name selects a file (``IVR.xml`` or ``IVR``), or the file of a bin by its name or SID.
    Raises :class:`BinsError` for a name that selects nothing.
    """
    root = Path(folder)
    check_folder(root, create=False)
    manifest = Manifest.load(root)
    manifest.check_project(root, client.space_url, client.project_id)
    state = FolderState.scan(root)
    renames = local_renames(manifest, state)
    targets: dict[str, tuple[ManifestEntry | None, str]] = {}
    for file in state.files:
        key = renames.get(file, file)
        targets[file] = (manifest.entries.get(key), key if key != file else "")
    for key, known in manifest.entries.items():
        if key not in state.files and key not in renames.values():
            targets[key] = (known, "")
    if names:
        targets = {file: targets[file] for file in _select(root, targets, names)}
    remote = _remote(client, [e.sid for e, _ in targets.values() if e is not None and e.sid])
    found: list[FileDiff] = []
    for file, (entry, previous) in sorted(targets.items()):
        local = state.files.get(file)
        item = remote.get(entry.sid) if entry is not None and entry.sid else None
        stem = file[: -len(SUFFIX)]
        if entry is None or not entry.sid:
            local_name = entry.name if entry is not None else stem
        else:
            local_name = entry.name if fits_name(file, entry.name, entry.sid) else stem
        sid = entry.sid if entry is not None and entry.sid else None
        found.append(FileDiff(
            file=file, sid=sid,
            local=local.contents if local is not None else None,
            remote=item.contents if item is not None else None,
            local_name=local_name, remote_name=item.name if item is not None else None,
            previous_file=previous,
        ))
    return found


def _select(root: Path, targets: dict[str, tuple[ManifestEntry | None, str]],
            names: Sequence[str]) -> list[str]:
    chosen: list[str] = []
    for wanted in names:
        hits = [
            file for file, (entry, _) in targets.items()
            if wanted in (file, file[: -len(SUFFIX)])
            or (entry is not None and wanted in (entry.name, entry.sid) and wanted)
        ]
        if not hits:
            raise BinsError(f"{wanted!r} is neither a file of {root} nor the name or SID of a "
                            "bin it knows")
        chosen += [file for file in hits if file not in chosen]
    return chosen


def _remote(client: BinsClient, sids: list[str]) -> dict[str, LamlBin]:
    if len(sids) > _GET_AT_MOST:
        wanted = set(sids)
        return {item.sid: item for item in client.list() if item.sid in wanted}
    found: dict[str, LamlBin] = {}
    for sid in sids:
        try:
            found[sid] = client.get(sid)
        except NotFound:
            continue
    return found
