"""``push``: send a folder's changes to the project's bins, never creating one twice.

:func:`plan_push` reads and lints the folder and says what would be sent, with no request.
:func:`push` then works in two passes over a bounded pool of concurrent requests:

1. **check**: read each bin to be changed (and look for bins of the same name before a create)
   and refuse, as a conflict, a bin changed on the platform since the last sync. Many changes
   are checked against one listing of the project when that takes fewer round trips;
2. **send**: read each bin again right before changing it, so that an edit landing since the
   check is not overwritten, then update, rename, delete or create it.

The API has no conditional update: an edit landing on the platform in the round trip between
that second read and the update is still overwritten. Renamed files rename their bins (same
SID, same URL). Before any create is sent, each is saved in the manifest as an entry without a
SID (one atomic save); if the push dies before it records an answer, the next push (or pull)
finds the bin by name instead of creating it again.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from laml.bins._checks import lint_errors
from laml.bins._exceptions import BinsError, NotFound
from laml.bins._folder import (
    FolderState,
    Progress,
    check_folder,
    content_hash,
    fits_name,
    folder_lock,
    no_progress,
    remote_copy_name,
)
from laml.bins._manifest import Manifest, ManifestEntry, adopt_in_flight, local_renames
from laml.bins._models import LamlBin

if TYPE_CHECKING:
    from laml.bins._client import BinsClient
    from laml.diagnostics import Diagnostic

__all__ = ["DEFAULT_JOBS", "PushAction", "PushKind", "PushPlan", "PushStatus", "plan_push",
           "push"]

#: Requests a push has in flight at once, by default.
DEFAULT_JOBS = 8
#: Seconds between manifest saves of updates and deletes (creates are saved before sending).
_SAVE_EVERY = 0.5
#: Bins per page of the listing that may replace the check's separate reads (a page of bins of
#: at most 64 kB each stays far below the client's answer size cap).
_SNAPSHOT_PAGE = 200

PushKind = Literal["create", "update", "rename", "delete", "unchanged", "missing", "skipped"]
PushStatus = Literal["planned", "done", "conflict", "cancelled"]
_CHANGES = ("create", "update", "rename", "delete")
_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True, slots=True)
class PushAction:
    """One file's part in a push: what it needs (``kind``) and what became of it (``status``).

    ``kind``: ``create``, ``update`` (new contents), ``rename`` (the file was renamed: the bin
    takes the new name and keeps its SID and URL; new contents may go with it), ``delete``
    (with ``prune``), ``unchanged``, ``missing`` (file removed, bin kept) or ``skipped`` (not
    a plain file). ``previous_name`` is the bin's name before a rename and ``previous_file``
    the file's name at the last sync when it was renamed locally.
    """

    file: str
    kind: PushKind
    name: str
    sid: str | None = None
    status: PushStatus = "planned"
    message: str = ""
    previous_name: str = ""
    previous_file: str = ""


@dataclass(frozen=True, slots=True)
class PushPlan:
    """What a push would do, before any request; ``invalid`` maps files to lint errors."""

    actions: tuple[PushAction, ...]
    invalid: dict[str, tuple[Diagnostic, ...]]
    #: file name -> the contents read for this plan (what a push sends)
    contents: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def changes(self) -> tuple[PushAction, ...]:
        """Actions that send something (some may already be conflicts)."""
        return tuple(a for a in self.actions if a.kind in _CHANGES)

    @property
    def deletes(self) -> tuple[PushAction, ...]:
        """The bins the push would delete."""
        return tuple(a for a in self.actions if a.kind == "delete")


def plan_push(
    folder: str | os.PathLike[str], *, prune: bool = False, validate: bool = True
) -> PushPlan:
    """Read and lint the folder and say what a push would send; makes no request."""
    root = Path(folder)
    check_folder(root, create=False)
    manifest = Manifest.load(root)
    state = FolderState.scan(root)
    renames = local_renames(manifest, state)
    actions: list[PushAction] = []
    invalid: dict[str, tuple[Diagnostic, ...]] = {}
    contents: dict[str, str] = {}
    used: set[str] = set()
    for file, local in sorted(state.files.items()):
        contents[file] = local.contents
        if validate:
            errors = lint_errors(local.contents)
            if errors:
                invalid[file] = tuple(errors)
        key = renames.get(file, file)
        entry = manifest.entries.get(key)
        if entry is None:
            actions.append(PushAction(file, "create", file[: -len(".xml")]))
            continue
        used.add(key)
        if entry.in_flight:
            actions.append(PushAction(file, "create", entry.name, message=(
                "an earlier push was interrupted after sending this create; the platform "
                "is checked before creating")))
            continue
        actions.append(_file_action(file, local.sha256, entry, key,
                                    remote_copy_name(file) in state.remote_copies))
    for key, entry in sorted(manifest.entries.items()):
        if key in used or key in state.skipped:
            continue
        if entry.in_flight:
            actions.append(PushAction(key, "missing", entry.name, message=(
                "file removed after an interrupted create; pull shows whether the bin "
                "was made")))
        elif prune:
            actions.append(PushAction(key, "delete", entry.name, entry.sid))
        else:
            actions.append(PushAction(key, "missing", entry.name, entry.sid,
                                      message="file removed locally; push --prune deletes "
                                              "the bin"))
    for file, reason in sorted(state.skipped.items()):
        actions.append(PushAction(file, "skipped", file[: -len(".xml")], message=reason))
    return PushPlan(tuple(actions), invalid, contents)


def _file_action(file: str, sha256: str, entry: ManifestEntry, key: str,
                 copy_present: bool) -> PushAction:
    """What a file with a manifest entry needs."""
    previous_file = key if key != file else ""
    name = entry.name if fits_name(file, entry.name, entry.sid) else file[: -len(".xml")]
    changed = sha256 != entry.sha256
    action: PushAction
    if name != entry.name or previous_file:
        note = "; new contents too" if changed else ""
        action = PushAction(file, "rename", name, entry.sid, previous_name=entry.name,
                            previous_file=previous_file,
                            message=f"the bin keeps its SID and URL{note}")
    elif changed:
        action = PushAction(file, "update", entry.name, entry.sid)
    else:
        return PushAction(file, "unchanged", entry.name, entry.sid)
    if copy_present:
        copy = remote_copy_name(file)
        return replace(action, status="conflict", message=(
            f"{copy} holds the platform's version: merge it into {file}, delete {copy}, "
            "then push"))
    return action


def push(
    client: BinsClient,
    folder: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    force: bool = False,
    prune: bool = False,
    validate: bool = True,
    jobs: int = DEFAULT_JOBS,
    progress: Progress[Any] = no_progress,
    notify: Callable[[PushAction], None] | None = None,
    plan: PushPlan | None = None,
    confirm: Callable[[Sequence[PushAction]], bool] | None = None,
) -> tuple[PushPlan, tuple[PushAction, ...]]:
    """Send the folder's changes; returns the plan and what became of each change.

    Nothing is sent when a file has lint errors (see ``plan.invalid``). With ``dry_run`` the
    bins are only read, to find conflicts. ``jobs`` requests run at once. ``force`` overwrites
    bins changed on the platform (and creates again those deleted there). ``confirm`` is
    called with the deletes about to be sent, after the check; when it answers False nothing
    at all is sent (every change comes back ``cancelled``). ``plan`` is a :func:`plan_push`
    result made just before, with the same ``prune`` and ``validate``. The manifest is kept
    up to date as changes land, so an interrupted push can simply be run again.
    """
    if jobs < 1:
        raise ValueError("jobs must be 1 or more")
    root = Path(folder)
    if plan is None:
        plan = plan_push(root, prune=prune, validate=validate)
    if plan.invalid:
        return plan, ()
    with folder_lock(root):
        manifest = Manifest.load(root)
        manifest.check_project(root, client.space_url, client.project_id)
        if not manifest.project_id:
            manifest.space_url, manifest.project_id = client.space_url, client.project_id
        run = _Push(client, root, manifest, plan, force=force, jobs=jobs, notify=notify)
        return plan, run.run(dry_run=dry_run, progress=progress, confirm=confirm)


@dataclass(frozen=True, slots=True)
class _Ready:
    """A change that passed the check: the bin as read then, and what to do."""

    action: PushAction
    seen: LamlBin | None = None
    adopt: ManifestEntry | None = None
    recreate: bool = False


def _version(item: LamlBin) -> tuple[str, str, str]:
    return (str(item.date_updated), item.name, content_hash(item.contents))


class _Push:
    def __init__(self, client: BinsClient, root: Path, manifest: Manifest, plan: PushPlan, *,
                 force: bool, jobs: int, notify: Callable[[PushAction], None] | None) -> None:
        self.client, self.root, self.manifest, self.plan = client, root, manifest, plan
        self.force, self.jobs, self.notify = force, jobs, notify
        self.lock = threading.Lock()
        self.claimed = set(manifest.by_sid())
        self.results: dict[int, PushAction] = {}
        self.dirty = False
        self.saved_at = time.monotonic()
        self.snapshot: dict[str, LamlBin] | None = None

    # -- the two passes --------------------------------------------------------------------

    def run(self, *, dry_run: bool, progress: Progress[Any],
            confirm: Callable[[Sequence[PushAction]], bool] | None) -> tuple[PushAction, ...]:
        changes = self.plan.changes
        todo = []
        for i, action in enumerate(changes):
            if action.status == "conflict":
                self._done(i, action)
            else:
                todo.append((i, action))
        ready: list[tuple[int, _Ready]] = []

        def checked(i: int, outcome: PushAction | _Ready) -> None:
            if isinstance(outcome, _Ready):
                ready.append((i, outcome))
            else:
                self._done(i, outcome)

        try:
            self.snapshot = self._snapshot(len(todo))
            jobs = self.jobs if self.snapshot is None else 1  # a snapshot needs no requests
            self._pool(self._check, todo, progress, "check", checked, jobs=jobs)
            ready.sort(key=lambda pair: pair[0])
            if dry_run:
                for i, item in ready:
                    self._done(i, item.action)
            elif confirm is not None and any(r.action.kind == "delete" for _, r in ready) \
                    and not confirm([r.action for _, r in ready if r.action.kind == "delete"]):
                for i, item in ready:
                    self._done(i, replace(item.action, status="cancelled"))
            else:
                self._intents([item for _, item in ready])
                self._pool(self._send, ready, progress, "push", self._done)
        finally:
            with self.lock:
                if self.dirty:
                    self.manifest.save(self.root)
        return tuple(self.results[i] for i in sorted(self.results))

    def _done(self, index: int, action: PushAction) -> None:
        self.results[index] = action
        if self.notify is not None:
            self.notify(action)

    def _pool(self, work: Callable[[_T], _R], items: Sequence[tuple[int, _T]],
              progress: Progress[Any], label: str, done: Callable[[int, _R], None], *,
              jobs: int | None = None) -> None:
        """Run ``work`` on every item, ``jobs`` at once; ``done`` sees each result in turn.

        The first error stops what has not started; what is in flight finishes, then the
        error is raised.
        """
        jobs = self.jobs if jobs is None else jobs
        if not items:
            return
        if jobs == 1 or len(items) == 1:
            for i, item in progress(items, len(items), label):
                done(i, work(item))
            return
        with ThreadPoolExecutor(max_workers=min(jobs, len(items)),
                                thread_name_prefix="laml-bins-push") as pool:
            futures: dict[Future[_R], int] = {pool.submit(work, item): i for i, item in items}
            try:
                for future in progress(as_completed(futures), len(futures), label):
                    done(futures[future], future.result())
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    # -- check -----------------------------------------------------------------------------

    def _snapshot(self, reads: int) -> dict[str, LamlBin] | None:
        """Every bin of the project from one listing, when that takes fewer rounds of requests
        than ``reads`` separate reads in the pool would; None otherwise."""
        budget = -(-reads // self.jobs)
        if reads < 2 * self.jobs:
            return None
        found: dict[str, LamlBin] = {}
        try:
            for count, page in enumerate(self.client.pages(page_size=_SNAPSHOT_PAGE), 1):
                if count > budget:
                    return None
                found.update((item.sid, item) for item in page.bins)
        except BinsError as exc:
            if exc.limit is None:
                raise
            return None
        return found

    def _read(self, sid: str) -> LamlBin | None:
        """The bin as the check sees it: from the snapshot, or read now."""
        if self.snapshot is not None:
            return self.snapshot.get(sid)
        try:
            return self.client.get(sid)
        except NotFound:
            return None

    def _named(self, name: str) -> list[LamlBin]:
        """Bins named exactly ``name``: from the snapshot, or listed now."""
        if self.snapshot is not None:
            return [b for b in self.snapshot.values() if b.name == name]
        return [b for b in self.client.list(name=name) if b.name == name]

    def _entry(self, action: PushAction) -> ManifestEntry | None:
        return self.manifest.entries.get(action.previous_file or action.file)

    def _check(self, action: PushAction) -> PushAction | _Ready:
        entry = self._entry(action)
        if action.kind == "create":
            return self._check_create(action, entry)
        assert entry is not None and entry.sid
        current = self._read(entry.sid)
        if current is None:
            if self.force:
                return _Ready(action, recreate=True)
            again = "forgets it" if action.kind == "delete" else "creates it again"
            return replace(action, status="conflict", message=(
                f"the bin was deleted on the platform since the last sync; push --force {again}"))
        if action.kind != "delete" and self._in_step(action, current):
            return _Ready(action, current)
        if entry.changed_remotely(current) and not entry.merged(current) and not self.force:
            return replace(action, status="conflict", message=(
                "the bin was changed on the platform since the last sync; pull to merge "
                "(or push --force to overwrite it)"))
        return _Ready(action, current)

    def _in_step(self, action: PushAction, current: LamlBin) -> bool:
        """Whether the bin already holds what this push would send."""
        wanted = self.plan.contents.get(action.file)
        return current.contents == wanted and current.name == action.name

    def _check_create(self, action: PushAction, entry: ManifestEntry | None) -> PushAction | _Ready:
        bins = self._named(action.name)
        if entry is not None and entry.in_flight:
            with self.lock:
                adopted = adopt_in_flight(entry, bins, self.claimed)
            if adopted is None:
                return _Ready(action)
            if not adopted.sha256:
                return replace(action, status="conflict", sid=adopted.sid, message=(
                    f"a bin named {action.name!r} exists that an interrupted push may have "
                    f"created and someone changed since ({adopted.sid}); pull to merge it into "
                    f"{action.file}"))
            seen = next(b for b in bins if b.sid == adopted.sid)
            return _Ready(replace(action, sid=adopted.sid, message=(
                "an interrupted push already created it: recorded, not created again")),
                seen=seen, adopt=adopted)
        with self.lock:
            strangers = [b for b in bins if b.sid not in self.claimed]
        if strangers and not self.force:
            return replace(action, status="conflict", message=(
                f"a bin named {action.name!r} that this folder has not pulled exists on the "
                f"platform ({strangers[0].sid}); pull to merge it into {action.file}, rename "
                "the file, or push --force to create another"))
        return _Ready(action)

    # -- send ------------------------------------------------------------------------------

    def _record(self, file: str, entry: ManifestEntry | None, *, drop: str = "",
                durable: bool = False) -> None:
        """Change the manifest; saved now when ``durable``, otherwise now and then."""
        with self.lock:
            if drop and drop != file:
                self.manifest.entries.pop(drop, None)
            if entry is None:
                self.manifest.entries.pop(file, None)
            else:
                self.manifest.entries[file] = entry
                if entry.sid:
                    self.claimed.add(entry.sid)
            self.dirty = True
            if durable or time.monotonic() - self.saved_at >= _SAVE_EVERY:
                self.manifest.save(self.root)
                self.dirty, self.saved_at = False, time.monotonic()

    def _send(self, ready: _Ready) -> PushAction:
        action = ready.action
        key = action.previous_file or action.file
        contents = self.plan.contents.get(action.file, "")
        if ready.adopt is not None:
            self._record(action.file, ready.adopt, durable=True)
            if content_hash(contents) == ready.adopt.sha256:
                return replace(action, status="done")
        elif action.kind == "create":
            return self._create(action, contents)
        elif ready.recreate:
            if action.kind == "delete":
                self._record(key, None)
                return replace(action, status="done", message="already gone from the platform")
            return self._create(action, contents, again=True)
        sid = ready.seen.sid if ready.seen is not None else action.sid
        assert sid is not None
        try:
            current: LamlBin | None = self.client.get(sid)  # read again, right before writing
        except NotFound:
            current = None
        if current is None:
            if action.kind == "delete":
                self._record(key, None)
                return replace(action, status="done", message="already gone from the platform")
            return replace(action, status="conflict", message=(
                "the bin was deleted on the platform during this push; push --force creates "
                "it again"))
        if ready.seen is not None and _version(current) != _version(ready.seen) \
                and not self.force:
            return replace(action, status="conflict", message=(
                "the bin was changed on the platform during this push; pull to merge "
                "(or push --force to overwrite it)"))
        if action.kind == "delete":
            with contextlib.suppress(NotFound):
                self.client.delete(sid)
            self._record(key, None)
            return replace(action, status="done")
        name = action.name if action.kind == "rename" else current.name
        new_contents = None if contents == current.contents else contents
        updated = current
        if new_contents is not None or name != current.name:
            updated = self.client.update(sid, name=name, contents=new_contents, validate=False)
        self._record(action.file, ManifestEntry.of(action.file, updated), drop=key)
        return replace(action, status="done", sid=updated.sid, name=updated.name)

    @staticmethod
    def _creates(item: _Ready) -> bool:
        """Whether sending ``item`` creates a bin."""
        kind = item.action.kind
        return item.adopt is None and (kind == "create" or (item.recreate and kind != "delete"))

    def _intents(self, ready: list[_Ready]) -> None:
        """Record every create about to be sent, in one durable save, before any is sent."""
        creates = [item.action for item in ready if self._creates(item)]
        if not creates:
            return
        with self.lock:
            for action in creates:
                self.manifest.entries.pop(action.previous_file or action.file, None)
                self.manifest.entries[action.file] = ManifestEntry.create_in_flight(
                    action.file, action.name, self.plan.contents.get(action.file, ""))
            self.manifest.save(self.root)
            self.dirty, self.saved_at = False, time.monotonic()

    def _create(self, action: PushAction, contents: str, *, again: bool = False) -> PushAction:
        created = self.client.create(action.name, contents, validate=False)
        self._record(action.file, ManifestEntry.of(action.file, created))
        return replace(action, kind="create", sid=created.sid, status="done",
                       message="created again" if again else "")
