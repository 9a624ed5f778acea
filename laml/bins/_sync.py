"""Keep a folder of ``.xml`` files in step with a project's bins.

:func:`pull` writes each bin to ``DIR/<name>.xml`` and records, in ``DIR/laml-bins.toml``, the
bin's SID, name, remote ``date_updated`` and a hash of its contents. :func:`push` lints every
file, then creates the files that have no bin yet and updates those whose contents changed
since they were last synced; it refuses to overwrite (or, with ``prune``, delete) a bin that
was changed on the platform since then, unless ``force`` is given. Only bins named in the
manifest are ever updated or deleted. Every local write goes to a temporary file that is then
renamed over the target, so a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from laml._fileio import write_atomic
from laml.bins._checks import lint_errors
from laml.bins._exceptions import BinsError, NotFound
from laml.bins._models import LamlBin, parse_datetime

if TYPE_CHECKING:
    from laml.bins._client import BinsClient
    from laml.diagnostics import Diagnostic

__all__ = [
    "MANIFEST_NAME",
    "Manifest",
    "ManifestEntry",
    "PullAction",
    "PullReport",
    "PushAction",
    "PushPlan",
    "content_hash",
    "plan_push",
    "pull",
    "push",
    "safe_file_name",
]

MANIFEST_NAME = "laml-bins.toml"
SUFFIX = ".xml"
_T = TypeVar("_T")

#: Wraps an iterable to show progress: (items, total, label) -> items.
Progress = Callable[[Iterable[_T], int, str], Iterable[_T]]

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt")
                                                    for n in range(1, 10)}


def _no_progress(items: Iterable[_T], total: int, label: str) -> Iterable[_T]:
    return items


def safe_file_name(name: str, max_length: int = 100) -> str:
    """A file-name stem for a bin name, safe on Linux, macOS and Windows.

    Path separators, reserved and control characters become ``_``; leading and trailing dots
    and spaces go; reserved device names get a ``_`` suffix; an empty result becomes ``bin``.
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
    if text.split(".")[0].lower() in _WINDOWS_RESERVED:
        text += "_"
    return text


def content_hash(contents: str) -> str:
    """SHA-256 of the UTF-8 contents, hex."""
    return hashlib.sha256(contents.encode("utf-8")).hexdigest()


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BinsError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _iso(value: datetime | None) -> str:
    return "" if value is None else value.isoformat().replace("+00:00", "Z")


def _same_time(recorded: str, remote: datetime | None) -> bool:
    try:
        return parse_datetime(recorded) == remote
    except ValueError:
        return False


# -- manifest ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What the folder last knew about one bin."""

    file: str
    sid: str
    name: str
    date_updated: str
    sha256: str

    @classmethod
    def of(cls, file: str, item: LamlBin) -> ManifestEntry:
        """The entry for ``item`` stored in ``file``."""
        return cls(file, item.sid, item.name, _iso(item.date_updated), content_hash(item.contents))

    def changed_remotely(self, item: LamlBin) -> bool:
        """Whether ``item`` differs from what was recorded at the last sync."""
        return (
            not _same_time(self.date_updated, item.date_updated)
            or content_hash(item.contents) != self.sha256
            or item.name != self.name
        )


def _toml_str(value: str) -> str:
    out = []
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


@dataclass(slots=True)
class Manifest:
    """``laml-bins.toml``: the space and project of a folder, and one entry per synced file."""

    space_url: str = ""
    project_id: str = ""
    entries: dict[str, ManifestEntry] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The folder's manifest; an empty one when there is none yet."""
        path = folder / MANIFEST_NAME
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise BinsError(f"{path}: not a readable manifest ({exc})") from None
        manifest = cls(str(data.get("space_url", "")), str(data.get("project_id", "")))
        for raw in data.get("bins", []):
            try:
                entry = ManifestEntry(
                    file=str(raw["file"]), sid=str(raw["sid"]), name=str(raw["name"]),
                    date_updated=str(raw.get("date_updated", "")), sha256=str(raw["sha256"]),
                )
            except (KeyError, TypeError) as exc:
                raise BinsError(f"{path}: an entry lacks {exc}") from None
            if Path(entry.file).name != entry.file or not entry.file.endswith(SUFFIX):
                raise BinsError(f"{path}: refusing the file name {entry.file!r}")
            manifest.entries[entry.file] = entry
        return manifest

    def save(self, folder: Path) -> None:
        """Write the manifest atomically."""
        lines = [
            "# LaML Bins synced with `laml bins pull` / `laml bins push`.",
            "# One [[bins]] table per file: its bin's SID and name, the bin's date_updated on the",
            "# platform and the SHA-256 of its contents at the last sync.",
            "version = 1",
            f"space_url = {_toml_str(self.space_url)}",
            f"project_id = {_toml_str(self.project_id)}",
        ]
        for entry in sorted(self.entries.values(), key=lambda e: e.file):
            lines += [
                "",
                "[[bins]]",
                f"file = {_toml_str(entry.file)}",
                f"sid = {_toml_str(entry.sid)}",
                f"name = {_toml_str(entry.name)}",
                f"date_updated = {_toml_str(entry.date_updated)}",
                f"sha256 = {_toml_str(entry.sha256)}",
            ]
        write_atomic(folder / MANIFEST_NAME, ("\n".join(lines) + "\n").encode("utf-8"))

    def check_project(self, folder: Path, space_url: str, project_id: str) -> None:
        """Refuse a folder synced with another project."""
        if self.project_id and self.project_id != project_id:
            raise BinsError(
                f"{folder} holds the bins of project {self.project_id}, not {project_id}; "
                "use another folder"
            )
        if self.space_url and self.space_url != space_url and self.entries:
            raise BinsError(
                f"{folder} was synced with {self.space_url}, not {space_url}; use another folder"
            )

    def by_sid(self) -> dict[str, ManifestEntry]:
        """Entries keyed by bin SID."""
        return {entry.sid: entry for entry in self.entries.values()}


def _check_folder(folder: Path, create: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise BinsError(f"{folder} is not a folder")
    if not folder.exists():
        if not create:
            raise BinsError(f"{folder} does not exist")
        folder.mkdir(parents=True)


# -- pull ----------------------------------------------------------------------------------

PullKind = Literal["written", "unchanged", "removed", "kept", "conflict"]


@dataclass(frozen=True, slots=True)
class PullAction:
    """What :func:`pull` did with one file."""

    file: str
    sid: str
    name: str
    kind: PullKind
    message: str = ""


@dataclass(frozen=True, slots=True)
class PullReport:
    """Everything :func:`pull` did; ``conflicts`` lists files it would not overwrite."""

    actions: tuple[PullAction, ...]

    @property
    def conflicts(self) -> tuple[PullAction, ...]:
        """Files with local changes that were also changed remotely, left as they are."""
        return tuple(a for a in self.actions if a.kind == "conflict")


def _assign_files(
    bins: Sequence[LamlBin], manifest: Manifest, stay: set[str]
) -> dict[str, str]:
    """sid -> file name.

    A bin keeps its recorded file while its name is unchanged, or when its SID is in ``stay``
    (its file has local edits); otherwise the file is named after the bin, with part of the SID
    added when two names would give the same file.
    """
    known = manifest.by_sid()
    taken: set[str] = {MANIFEST_NAME.lower()}
    files: dict[str, str] = {}
    ordered = sorted(bins, key=lambda b: (_iso(b.date_created), b.sid))
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
    progress: Progress[LamlBin] = _no_progress,
    notify: Callable[[PullAction], None] | None = None,
) -> PullReport:
    """Write every bin of the project to ``folder`` and record it in the manifest.

    A file edited locally since the last sync is kept as it is; when its bin also changed on
    the platform that is a conflict, which ``force`` settles by taking the platform's version.
    Files of bins deleted on the platform are removed unless they were edited locally.
    """
    root = Path(folder)
    _check_folder(root, create=True)
    manifest = Manifest.load(root)
    manifest.check_project(root, client.space_url, client.project_id)
    remote = list(client.list())
    edited_sids = {
        entry.sid
        for entry in manifest.entries.values()
        if (root / entry.file).is_file()
        and content_hash(_read_text(root / entry.file)) != entry.sha256
    }
    files = _assign_files(remote, manifest, edited_sids)
    known = manifest.by_sid()
    actions: list[PullAction] = []

    def record(action: PullAction) -> None:
        actions.append(action)
        if notify is not None:
            notify(action)

    new_entries: dict[str, ManifestEntry] = {}
    finished = False
    try:
        for item in progress(remote, len(remote), "pull"):
            file = files[item.sid]
            path = root / file
            entry = known.get(item.sid)
            local = _read_text(path) if path.is_file() else None
            if local is not None and local == item.contents:
                new_entries[file] = ManifestEntry.of(file, item)
                record(PullAction(file, item.sid, item.name, "unchanged"))
                continue
            edited = local is not None and (
                entry is None or entry.file != file or content_hash(local) != entry.sha256
            )
            if edited and not force:
                if entry is not None and entry.file == file and not entry.changed_remotely(item):
                    new_entries[file] = entry
                    record(PullAction(file, item.sid, item.name, "kept",
                                      "edited locally, not pushed yet"))
                elif entry is not None and entry.file == file:
                    new_entries[file] = entry
                    record(PullAction(file, item.sid, item.name, "conflict",
                                      "edited locally and changed on the platform; "
                                      "--force takes the platform's version"))
                else:
                    record(PullAction(file, item.sid, item.name, "conflict",
                                      "a file of that name that no pull wrote is in the way; "
                                      "--force overwrites it"))
                continue
            write_atomic(path, item.contents.encode("utf-8"))
            new_entries[file] = ManifestEntry.of(file, item)
            record(PullAction(file, item.sid, item.name, "written"))
        remote_sids = {item.sid for item in remote}
        for entry in manifest.entries.values():
            if entry.file in new_entries:
                continue
            path = root / entry.file
            local = _read_text(path) if path.is_file() else None
            if local is None:
                continue
            if content_hash(local) == entry.sha256 or force:
                path.unlink()
                why = ("renamed on the platform" if entry.sid in remote_sids
                       else "deleted on the platform")
                record(PullAction(entry.file, entry.sid, entry.name, "removed", why))
            else:
                new_entries[entry.file] = entry
                record(PullAction(entry.file, entry.sid, entry.name, "conflict",
                                  "edited locally and deleted on the platform; "
                                  "--force removes the file"))
        finished = True
    finally:
        if not finished:  # interrupted: what was not brought up to date stays as it was
            done = {entry.sid for entry in new_entries.values()}
            for entry in manifest.entries.values():
                if entry.sid not in done and entry.file not in new_entries:
                    new_entries[entry.file] = entry
        manifest.space_url, manifest.project_id = client.space_url, client.project_id
        manifest.entries = new_entries
        manifest.save(root)
    return PullReport(tuple(actions))


# -- push ----------------------------------------------------------------------------------

PushKind = Literal["create", "update", "delete", "unchanged", "missing"]
PushStatus = Literal["planned", "done", "conflict"]


@dataclass(frozen=True, slots=True)
class PushAction:
    """One file's part in a push: what it needs (``kind``) and what became of it."""

    file: str
    kind: PushKind
    name: str
    sid: str | None = None
    status: PushStatus = "planned"
    message: str = ""


@dataclass(frozen=True, slots=True)
class PushPlan:
    """What a push would do, before any request; ``invalid`` maps files to lint errors."""

    actions: tuple[PushAction, ...]
    invalid: dict[str, tuple[Diagnostic, ...]]

    @property
    def changes(self) -> tuple[PushAction, ...]:
        """Actions that send something."""
        return tuple(a for a in self.actions if a.kind in ("create", "update", "delete"))


def _local_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.iterdir()):
        if path.name.startswith(".") or path.suffix != SUFFIX or not path.is_file():
            continue
        yield path


def plan_push(
    folder: str | os.PathLike[str], *, prune: bool = False, validate: bool = True
) -> PushPlan:
    """Read and lint the folder and say what a push would send; makes no request."""
    root = Path(folder)
    _check_folder(root, create=False)
    manifest = Manifest.load(root)
    actions: list[PushAction] = []
    invalid: dict[str, tuple[Diagnostic, ...]] = {}
    for path in _local_files(root):
        contents = _read_text(path)
        if validate:
            errors = lint_errors(contents)
            if errors:
                invalid[path.name] = tuple(errors)
        entry = manifest.entries.get(path.name)
        if entry is None:
            actions.append(PushAction(path.name, "create", path.stem))
        elif content_hash(contents) == entry.sha256:
            actions.append(PushAction(path.name, "unchanged", entry.name, entry.sid))
        else:
            actions.append(PushAction(path.name, "update", entry.name, entry.sid))
    for entry in manifest.entries.values():
        if not (root / entry.file).is_file():
            kind: PushKind = "delete" if prune else "missing"
            message = "" if prune else "file removed locally; --prune deletes the bin"
            actions.append(PushAction(entry.file, kind, entry.name, entry.sid, message=message))
    return PushPlan(tuple(actions), invalid)


def push(
    client: BinsClient,
    folder: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    force: bool = False,
    prune: bool = False,
    validate: bool = True,
    progress: Progress[PushAction] = _no_progress,
    notify: Callable[[PushAction], None] | None = None,
    plan: PushPlan | None = None,
) -> tuple[PushPlan, tuple[PushAction, ...]]:
    """Send the folder's changes; returns the plan and what became of each change.

    Nothing is sent when a file has lint errors (see ``plan.invalid``). With ``dry_run`` the
    bins are only read, to find conflicts. The manifest is saved after every change, so an
    interrupted push can simply be run again. ``plan`` is a :func:`plan_push` result made
    just before, with the same ``prune`` and ``validate``, to avoid reading the folder twice.
    """
    root = Path(folder)
    if plan is None:
        plan = plan_push(root, prune=prune, validate=validate)
    if plan.invalid:
        return plan, ()
    manifest = Manifest.load(root)
    manifest.check_project(root, client.space_url, client.project_id)
    if not manifest.project_id:
        manifest.space_url, manifest.project_id = client.space_url, client.project_id
    results: list[PushAction] = []
    for action in progress(plan.changes, len(plan.changes), "push"):
        result = _push_one(client, root, manifest, action, dry_run=dry_run, force=force)
        results.append(result)
        if notify is not None:
            notify(result)
    return plan, tuple(results)


def _push_one(
    client: BinsClient,
    root: Path,
    manifest: Manifest,
    action: PushAction,
    *,
    dry_run: bool,
    force: bool,
) -> PushAction:
    entry = manifest.entries.get(action.file)
    current: LamlBin | None = None
    if entry is not None:
        try:
            current = client.get(entry.sid)
        except NotFound:
            current = None
        if current is None and not force:
            return replace(action, status="conflict",
                           message="the bin was deleted on the platform since the last sync; "
                           "--force " + ("creates it again" if action.kind == "update"
                                         else "forgets it"))
        if current is not None and entry.changed_remotely(current) and not force:
            return replace(action, status="conflict",
                           message="the bin was changed on the platform since the last sync; "
                           "pull first, or --force to overwrite it")
    if dry_run:
        return action
    if action.kind == "delete":
        assert entry is not None
        if current is not None:
            with contextlib.suppress(NotFound):
                client.delete(entry.sid)
        del manifest.entries[action.file]
        manifest.save(root)
        return replace(action, status="done")
    contents = _read_text(root / action.file)
    if current is None:
        created = client.create(action.name, contents, validate=False)
        manifest.entries[action.file] = ManifestEntry.of(action.file, created)
        manifest.save(root)
        return replace(action, kind="create", sid=created.sid, status="done",
                       message="" if entry is None else "created again")
    if current.contents == contents:
        updated = current
    else:
        updated = client.update(current.sid, name=current.name, contents=contents,
                                validate=False)
    manifest.entries[action.file] = ManifestEntry.of(action.file, updated)
    manifest.save(root)
    return replace(action, status="done", name=updated.name)
