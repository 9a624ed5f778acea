"""``laml-bins.toml``: what a synced folder knows about its bins.

One entry per file: the bin's SID and name, and the *base* (the bin's ``date_updated`` and a
hash of its contents when the folder and the platform last agreed). A file differs from its
base when edited locally; a bin differs from it when changed on the platform; both at once is a
conflict. Two more states are recorded:

* a **create in flight**: an entry without a SID is written (atomically) before a create is
  sent, so that a push interrupted before it recorded the answer finds the bin by name on the
  next run instead of creating it again;
* a **remote version to merge**: after a conflicting pull, ``remote_date_updated`` and
  ``remote_sha256`` name the platform's version written to ``<name>.remote.xml``. Once the
  user has merged it (and deleted the copy), a push may overwrite exactly that version.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from laml._fileio import write_atomic
from laml.bins._exceptions import BinsError
from laml.bins._folder import MANIFEST_NAME, SUFFIX, FolderState, content_hash
from laml.bins._models import LamlBin, parse_datetime

__all__ = ["Manifest", "ManifestEntry", "adopt_in_flight", "iso", "local_renames"]

_MAX_MANIFEST_BYTES = 64 * 1024 * 1024


def iso(value: datetime | None) -> str:
    """A date as the manifest writes it."""
    return "" if value is None else value.isoformat().replace("+00:00", "Z")


def _same_time(recorded: str, remote: datetime | None) -> bool:
    try:
        return parse_datetime(recorded) == remote
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What the folder knows about one bin (see the module's description)."""

    file: str
    sid: str
    name: str
    date_updated: str
    sha256: str
    remote_date_updated: str = ""
    remote_sha256: str = ""

    @classmethod
    def of(cls, file: str, item: LamlBin) -> ManifestEntry:
        """The entry for ``item`` stored in ``file``: both sides agree."""
        return cls(file, item.sid, item.name, iso(item.date_updated), content_hash(item.contents))

    @classmethod
    def create_in_flight(cls, file: str, name: str, contents: str) -> ManifestEntry:
        """The entry written just before a create of ``name`` with ``contents`` is sent."""
        return cls(file, "", name, "", content_hash(contents))

    @property
    def in_flight(self) -> bool:
        """Whether a create was sent for this file and its answer never recorded."""
        return not self.sid

    def changed_remotely(self, item: LamlBin) -> bool:
        """Whether ``item`` differs from the base."""
        return (
            not _same_time(self.date_updated, item.date_updated)
            or content_hash(item.contents) != self.sha256
            or item.name != self.name
        )

    def merged(self, item: LamlBin) -> bool:
        """Whether ``item`` is the remote version a conflicting pull handed over to merge."""
        return bool(self.remote_sha256) and (
            content_hash(item.contents) == self.remote_sha256
            and _same_time(self.remote_date_updated, item.date_updated)
        )

    def to_merge(self, item: LamlBin) -> ManifestEntry:
        """This entry, recording ``item`` as the remote version to merge."""
        return replace(self, remote_date_updated=iso(item.date_updated),
                       remote_sha256=content_hash(item.contents))


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
            if path.stat().st_size > _MAX_MANIFEST_BYTES:
                raise BinsError(f"{path}: larger than {_MAX_MANIFEST_BYTES} bytes")
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise BinsError(f"{path}: not a readable manifest ({exc})") from None
        manifest = cls(str(data.get("space_url", "")), str(data.get("project_id", "")))
        bins = data.get("bins", [])
        if not isinstance(bins, list):
            raise BinsError(f"{path}: 'bins' must be a list of tables")
        for raw in bins:
            try:
                entry = ManifestEntry(
                    file=str(raw["file"]), sid=str(raw.get("sid", "")), name=str(raw["name"]),
                    date_updated=str(raw.get("date_updated", "")), sha256=str(raw["sha256"]),
                    remote_date_updated=str(raw.get("remote_date_updated", "")),
                    remote_sha256=str(raw.get("remote_sha256", "")),
                )
            except (KeyError, TypeError, AttributeError) as exc:
                raise BinsError(f"{path}: an entry lacks {exc}") from None
            if Path(entry.file).name != entry.file or not entry.file.endswith(SUFFIX):
                raise BinsError(f"{path}: refusing the file name {entry.file!r}")
            manifest.entries[entry.file] = entry
        return manifest

    def save(self, folder: Path) -> None:
        """Write the manifest atomically."""
        lines = [
            "# LaML Bins synced with `laml bins pull` / `laml bins push`.",
            "# One [[bins]] table per file: its bin's SID and name, the bin's date_updated and",
            "# the SHA-256 of its contents when the folder and the platform last agreed. An",
            "# empty sid marks a create that was sent but whose answer was not recorded;",
            "# remote_* name the platform's version kept in <name>.remote.xml for merging.",
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
            if entry.remote_sha256:
                lines += [
                    f"remote_date_updated = {_toml_str(entry.remote_date_updated)}",
                    f"remote_sha256 = {_toml_str(entry.remote_sha256)}",
                ]
        write_atomic(folder / MANIFEST_NAME, ("\n".join(lines) + "\n").encode("utf-8"),
                     follow_symlinks=False)

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
        """Entries keyed by bin SID (creates in flight left out)."""
        return {entry.sid: entry for entry in self.entries.values() if entry.sid}


def local_renames(manifest: Manifest, state: FolderState) -> dict[str, str]:
    """Files renamed locally since the last sync: new file name -> the entry's file name.

    An entry whose file is gone and a new file (one no entry names) with exactly the entry's
    base contents are the same file under a new name, when that pairing is the only one
    possible for those contents.
    """
    gone: dict[str, list[str]] = {}
    for entry in manifest.entries.values():
        if entry.sid and entry.sha256 and entry.file not in state.files \
                and entry.file not in state.skipped:
            gone.setdefault(entry.sha256, []).append(entry.file)
    if not gone:
        return {}
    fresh: dict[str, list[str]] = {}
    for name in state.new_files(set(manifest.entries)):
        fresh.setdefault(state.files[name].sha256, []).append(name)
    return {
        fresh[digest][0]: files[0]
        for digest, files in gone.items()
        if len(files) == 1 and len(fresh.get(digest, ())) == 1
    }


def adopt_in_flight(
    entry: ManifestEntry, bins: list[LamlBin], claimed: set[str]
) -> ManifestEntry | None:
    """The entry of the bin an interrupted create made, found among ``bins`` by name.

    Candidates are bins named exactly like the create whose SID no entry claims. One with the
    contents that were sent is adopted as synced; otherwise the oldest is adopted with no
    common base, so that its contents and the file's are merged rather than one overwriting
    the other. None when no bin fits (the create never landed).
    """
    candidates = [b for b in bins if b.name == entry.name and b.sid not in claimed]
    if not candidates:
        return None
    exact = [b for b in candidates if content_hash(b.contents) == entry.sha256]
    chosen = min(exact or candidates, key=lambda b: (iso(b.date_created), b.sid))
    claimed.add(chosen.sid)
    if exact:
        return ManifestEntry.of(entry.file, chosen)
    return ManifestEntry(entry.file, chosen.sid, chosen.name, "", "")
