"""``pull``: bring a folder up to date with the project's bins, losing nothing local.

Each bin goes to ``DIR/<name>.xml``. A file edited locally is never overwritten (unless
``force``); when its bin changed on the platform too, the platform's version goes beside it as
``<name>.remote.xml`` for the user to merge. A file whose bin is gone from the platform stays
(a restarted server or the wrong project must not empty the folder): it is reported, and only
``prune`` removes it, and then only when it has no unpushed edits. Every write goes through a
temporary file and a rename, and the manifest is saved even when the pull is interrupted.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from laml._fileio import write_atomic
from laml.bins._folder import (
    MANIFEST_NAME,
    SUFFIX,
    FolderState,
    LocalFile,
    Progress,
    check_folder,
    folder_lock,
    no_progress,
    remote_copy_name,
    remove_file,
    safe_file_name,
)
from laml.bins._manifest import (
    Manifest,
    ManifestEntry,
    adopt_in_flight,
    iso,
    local_renames,
)
from laml.bins._models import LamlBin

if TYPE_CHECKING:
    from laml.bins._client import BinsClient

__all__ = ["PullAction", "PullKind", "PullReport", "pull"]

PullKind = Literal["written", "unchanged", "removed", "kept", "conflict", "vanished"]


@dataclass(frozen=True, slots=True)
class PullAction:
    """What :func:`pull` did with one file.

    ``kind``: ``written`` (the platform's version), ``unchanged``, ``removed`` (the bin was
    renamed or, with ``prune``, deleted on the platform), ``kept`` (local edits not pushed
    yet), ``conflict`` (local edits and platform changes: see ``message``) or ``vanished``
    (the bin is gone from the platform; the file was kept).
    """

    file: str
    sid: str
    name: str
    kind: PullKind
    message: str = ""


@dataclass(frozen=True, slots=True)
class PullReport:
    """Everything :func:`pull` did.

    ``known`` is how many bins the folder knew before the pull and ``missing`` how many of
    them the platform no longer lists: all of them suggests the wrong project or a reset server.
    """

    actions: tuple[PullAction, ...]
    known: int = 0
    missing: int = 0

    @property
    def conflicts(self) -> tuple[PullAction, ...]:
        """Files that need the user: local edits meeting changes or deletes on the platform."""
        return tuple(a for a in self.actions if a.kind == "conflict")

    @property
    def vanished(self) -> tuple[PullAction, ...]:
        """Files kept although their bins are gone from the platform."""
        return tuple(a for a in self.actions if a.kind == "vanished")


def _assign_files(
    bins: Sequence[LamlBin], entries: dict[str, ManifestEntry], stay: set[str],
    blocked: set[str],
) -> dict[str, str]:
    """sid -> file name.

    A bin keeps its recorded file while its name is unchanged on the platform, or when its SID
    is in ``stay`` (its file has local edits or a local rename); otherwise the file is named
    after the bin, with part of the SID added when two names would give the same file. Files
    in ``blocked`` are never given to a bin.
    """
    known = {entry.sid: entry for entry in entries.values() if entry.sid}
    taken: set[str] = {MANIFEST_NAME.lower()} | {name.lower() for name in blocked}
    files: dict[str, str] = {}
    ordered = sorted(bins, key=lambda b: (iso(b.date_created), b.sid))
    for item in ordered:
        entry = known.get(item.sid)
        if (
            entry is not None
            and (entry.name == item.name or item.sid in stay)
            and entry.file.lower() not in taken
        ):
            files[item.sid] = entry.file
            taken.add(entry.file.lower())
    for item in ordered:
        if item.sid in files:
            continue
        stem = safe_file_name(item.name)
        candidate = stem + SUFFIX
        if candidate.lower() in taken:
            candidate = f"{stem}--{item.sid[:8]}{SUFFIX}"
        n = 2
        while candidate.lower() in taken:
            candidate = f"{stem}--{item.sid[:8]}-{n}{SUFFIX}"
            n += 1
        files[item.sid] = candidate
        taken.add(candidate.lower())
    return files


def pull(
    client: BinsClient,
    folder: str | os.PathLike[str],
    *,
    force: bool = False,
    prune: bool = False,
    progress: Progress[LamlBin] = no_progress,
    notify: Callable[[PullAction], None] | None = None,
) -> PullReport:
    """Write every bin of the project to ``folder`` and record it in the manifest.

    A file edited locally is kept; when its bin also changed on the platform, the platform's
    version is written to ``<name>.remote.xml`` (a conflict). ``force`` takes the platform's
    version instead. Files whose bins are gone from the platform are kept and reported;
    ``prune`` removes those without local edits. A file with unpushed edits is never deleted.
    """
    root = Path(folder)
    check_folder(root, create=True)
    with folder_lock(root):
        manifest = Manifest.load(root)
        manifest.check_project(root, client.space_url, client.project_id)
        remote = list(client.list())
        manifest.space_url, manifest.project_id = client.space_url, client.project_id
        return _Pull(root, manifest, remote, force, prune, notify).run(progress)


class _Pull:
    def __init__(self, root: Path, manifest: Manifest, remote: list[LamlBin], force: bool,
                 prune: bool, notify: Callable[[PullAction], None] | None) -> None:
        self.root, self.manifest, self.remote = root, manifest, remote
        self.force, self.prune, self.notify = force, prune, notify
        self.remote_sids = {item.sid for item in remote}
        self.actions: list[PullAction] = []
        self.done: dict[str, ManifestEntry] = {}
        self.state = FolderState.scan(root)
        self.entries = self._current_entries()

    def _current_entries(self) -> dict[str, ManifestEntry]:
        """The manifest's entries, with creates in flight resolved and local renames applied."""
        entries = dict(self.manifest.entries)
        claimed = {entry.sid for entry in entries.values() if entry.sid}
        for file, entry in list(entries.items()):
            if entry.in_flight:
                adopted = adopt_in_flight(entry, self.remote, claimed)
                if adopted is None:
                    del entries[file]  # the create never landed: a new file again
                else:
                    entries[file] = adopted
        self.renamed: set[str] = set()
        for new, old in local_renames(Manifest(entries=entries), self.state).items():
            entry = entries.pop(old)
            entries[new] = replace(entry, file=new)
            self.renamed.add(entry.sid)
        return entries

    def record(self, action: PullAction) -> None:
        self.actions.append(action)
        if self.notify is not None:
            self.notify(action)

    def local(self, file: str) -> LocalFile | None:
        return self.state.files.get(file)

    def edited(self, entry: ManifestEntry) -> bool:
        found = self.local(entry.file)
        return found is not None and found.sha256 != entry.sha256

    def run(self, progress: Progress[LamlBin]) -> PullReport:
        stay = {e.sid for e in self.entries.values() if e.sid and self.edited(e)} | self.renamed
        blocked = set(self.state.skipped) | {
            e.file for e in self.entries.values()
            if e.sid not in self.remote_sids and self.local(e.file) is not None
        }
        files = _assign_files(self.remote, self.entries, stay, blocked)
        before = [e for e in self.manifest.entries.values() if e.sid]
        finished = False
        try:
            for item in progress(self.remote, len(self.remote), "pull"):
                self._one(item, files[item.sid])
            self._leftovers()
            finished = True
        finally:
            entries = dict(self.done)
            if not finished:  # interrupted: what was not brought up to date stays as it was
                reached = {entry.sid for entry in self.done.values()}
                for entry in self.entries.values():
                    if entry.sid not in reached and entry.file not in entries:
                        entries[entry.file] = entry
            self.manifest.entries = entries
            self.manifest.save(self.root)
        return PullReport(tuple(self.actions), known=len(before),
                          missing=sum(1 for e in before if e.sid not in self.remote_sids))

    def _write(self, file: str, contents: str, replacing: LocalFile | None = None) -> None:
        """Write ``file``; one read by this pull is refused if it changed since."""
        write_atomic(self.root / file, contents.encode("utf-8"), follow_symlinks=False,
                     expect=None if replacing is None else replacing.state)

    def _drop_copy(self, file: str) -> None:
        if remote_copy_name(file) in self.state.remote_copies:
            remove_file(self.root / remote_copy_name(file))

    def _one(self, item: LamlBin, file: str) -> None:
        found = self.local(file)
        owner = self.entries.get(file)
        copy = remote_copy_name(file)
        if found is not None and found.contents == item.contents:
            self._drop_copy(file)
            self.done[file] = ManifestEntry.of(file, item)
            self.record(PullAction(file, item.sid, item.name, "unchanged"))
            return
        free = found is None or self.force or (
            owner is not None and found.sha256 == owner.sha256
            and (owner.sid == item.sid or owner.sid in self.remote_sids)
        )
        if free:
            self._write(file, item.contents, found)
            self._drop_copy(file)
            self.done[file] = ManifestEntry.of(file, item)
            self.record(PullAction(file, item.sid, item.name, "written"))
            return
        if owner is not None and owner.sid == item.sid:
            if not owner.changed_remotely(item):
                self.done[file] = owner
                self.record(PullAction(file, item.sid, item.name, "kept",
                                       "edited locally, not pushed yet"))
            elif owner.merged(item) and copy not in self.state.remote_copies:
                self.done[file] = owner
                self.record(PullAction(file, item.sid, item.name, "kept",
                                       "merged with the platform's version, not pushed yet"))
            elif owner.merged(item):
                self.done[file] = owner
                self.record(PullAction(file, item.sid, item.name, "conflict",
                                       f"not merged yet: merge {copy} into {file}, delete "
                                       f"{copy}, then push"))
            else:
                self._write(copy, item.contents)
                self.done[file] = owner.to_merge(item)
                self.record(PullAction(
                    file, item.sid, item.name, "conflict",
                    f"edited locally and changed on the platform; the platform's version is in "
                    f"{copy}: merge it into {file}, delete {copy}, then push "
                    "(pull --force takes the platform's version)"))
            return
        self._write(copy, item.contents)
        self.done[file] = ManifestEntry(file, item.sid, item.name, "", "").to_merge(item)
        self.record(PullAction(
            file, item.sid, item.name, "conflict",
            f"a file that no pull wrote is in the way; the platform's version is in {copy}: "
            f"merge it into {file}, delete {copy}, then push (pull --force overwrites the "
            "file)"))

    def _leftovers(self) -> None:
        """Files of known bins that no bin was written to in this pull."""
        for entry in self.entries.values():
            if entry.file in self.done:
                continue
            found = self.local(entry.file)
            if entry.file in self.state.skipped:
                self.done[entry.file] = entry
                continue
            if found is None:
                continue  # gone on both sides, or moved by a rename: nothing left to keep
            unchanged = found.sha256 == entry.sha256
            if entry.sid in self.remote_sids:
                # the bin was renamed on the platform and written under its new name
                if unchanged:
                    self._remove(entry, "renamed on the platform")
                else:
                    self.done[entry.file] = entry
                continue
            if not unchanged:
                self.done[entry.file] = entry
                self.record(PullAction(entry.file, entry.sid, entry.name, "conflict",
                                       "edited locally and deleted on the platform; the file is "
                                       "kept (push --force creates the bin again)"))
            elif self.prune:
                self._remove(entry, "deleted on the platform")
            else:
                self.done[entry.file] = entry
                self.record(PullAction(entry.file, entry.sid, entry.name, "vanished",
                                       "deleted on the platform; the file is kept "
                                       "(pull --prune removes it)"))

    def _remove(self, entry: ManifestEntry, why: str) -> None:
        """Remove the unedited file of ``entry`` (and any platform copy beside it)."""
        remove_file(self.root / entry.file)
        self._drop_copy(entry.file)
        self.record(PullAction(entry.file, entry.sid, entry.name, "removed", why))
