"""``laml bins pull``, ``push`` and ``diff``: a folder of ``.xml`` files kept with the bins."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from laml.cli._bins_text import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    color_enabled,
    confirm,
    echo,
    err,
    interactive,
    plural,
    whole,
)

if TYPE_CHECKING:
    from laml.bins import BinsClient, FileDiff, PullAction, PushAction

__all__ = ["DEFAULT_JOBS", "PROGRESS_DELAY", "add_folder_actions", "progress_bar"]

#: Seconds a pull or push runs before its progress bar appears (on a terminal only).
PROGRESS_DELAY = 0.5
#: ``--jobs`` by default: ``laml.bins.DEFAULT_JOBS`` (not imported: building the parser
#: must not import httpx).
DEFAULT_JOBS = 8
_T = TypeVar("_T")


def add_folder_actions(action: Callable[..., argparse.ArgumentParser]) -> None:
    """Register pull, push and diff through ``action(name, help, description, *examples)``."""
    pull = action(
        "pull", "write every bin to DIR/<name>.xml",
        "Write every bin to DIR/<name>.xml and record SIDs and versions in DIR/laml-bins.toml.\n"
        "A file edited locally is kept; when its bin changed on the platform too, the\n"
        "platform's version is written beside it as <name>.remote.xml for you to merge.\n"
        "Files whose bins are gone from the platform are kept and reported.",
        ("laml bins pull bins/", "fetch every bin into bins/"),
        ("laml bins pull bins/ --prune", "also remove files of bins deleted on the platform"),
    )
    pull.add_argument("dir", metavar="DIR", help="the folder (made when missing)")
    pull.add_argument("--force", action="store_true",
                      help="overwrite local edits with the platform's version")
    pull.add_argument("--prune", action="store_true",
                      help="remove the files of bins deleted on the platform (never a file "
                           "with unpushed edits)")
    pull.set_defaults(action=_pull)

    push = action(
        "push", "send DIR's changes to the platform",
        "Lint every DIR/*.xml, then create bins for new files, update the bins of changed\n"
        "files and rename the bins of renamed files (they keep their SID and URL). A bin\n"
        "changed on the platform since the last pull is a conflict and is left alone: pull,\n"
        "merge NAME.remote.xml into NAME.xml, delete it, and push again. --prune deletes the\n"
        "bins of removed files, after asking (or with --yes).",
        ("laml bins push bins/ --dry-run", "what would be sent"),
        ("laml bins push bins/ --prune --yes", "in CI: also delete bins of removed files"),
    )
    push.add_argument("dir", metavar="DIR", help="the folder")
    push.add_argument("-n", "--dry-run", action="store_true",
                      help="say what would be sent and find conflicts; send nothing")
    push.add_argument("--force", action="store_true",
                      help="overwrite bins changed on the platform since the last pull")
    push.add_argument("--prune", action="store_true",
                      help="delete the bins of files removed from DIR (only bins DIR knows)")
    push.add_argument("-y", "--yes", action="store_true",
                      help="delete without asking (needed for --prune when not on a terminal)")
    push.add_argument("-j", "--jobs", type=whole(1, 64), default=DEFAULT_JOBS, metavar="N",
                      help=f"requests in flight at once (default: {DEFAULT_JOBS})")
    push.add_argument("--no-validate", dest="validate", action="store_false",
                      help="send the files without linting them first")
    push.set_defaults(action=_push)

    diff = action(
        "diff", "show how DIR's files differ from their bins",
        "Show a unified diff from each bin on the platform to its file in DIR: what a push\n"
        "would send ('-' lines are the platform's, '+' lines yours). -R shows what a pull\n"
        "would bring instead.",
        ("laml bins diff bins/", "every file that differs"),
        ("laml bins diff bins/ IVR.xml -R", "what a pull would change in IVR.xml"),
    )
    diff.add_argument("dir", metavar="DIR", help="the folder")
    diff.add_argument("names", nargs="*", metavar="NAME",
                      help="only these: a file (IVR.xml or IVR), or a bin's name or SID")
    diff.add_argument("-R", "--reverse", action="store_true",
                      help="from the file to the platform's version (what a pull would bring)")
    diff.add_argument("-U", "--unified", type=whole(0), default=3, metavar="N",
                      help="lines of context around each change (default: 3)")
    diff.add_argument("--exit-code", action="store_true",
                      help="exit 1 when something differs, as git diff --exit-code")
    diff.set_defaults(action=_diff)


def progress_bar(stream: Any = None, delay: float | None = None
                 ) -> Callable[[Iterable[_T], int, str], Iterable[_T]]:
    """Wrap items in a tqdm bar on ``stream`` (stderr) when it is a terminal."""

    def wrap(items: Iterable[_T], total: int, label: str) -> Iterable[_T]:
        out = sys.stderr if stream is None else stream
        if not (hasattr(out, "isatty") and out.isatty()):
            return items
        from tqdm import tqdm

        return tqdm(items, total=total, desc=label, unit="bin", file=out, leave=False,
                    delay=PROGRESS_DELAY if delay is None else delay)

    return wrap


# -- pull ----------------------------------------------------------------------------------


def _pull(client: BinsClient, args: argparse.Namespace) -> int:
    from laml.bins import pull

    def show(action: PullAction) -> None:
        if action.kind == "unchanged":
            return
        note = f" ({action.message})" if action.message else ""
        echo(f"{action.kind:<9} {action.file}{note}")

    report = pull(client, args.dir, force=args.force, prune=args.prune,
                  progress=progress_bar(), notify=show)
    counts: dict[str, int] = {}
    for action in report.actions:
        counts[action.kind] = counts.get(action.kind, 0) + 1
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "no bins"
    print(f"pulled into {args.dir}: {summary}")
    if report.known and report.missing == report.known:
        err(f"laml bins pull: none of the {plural(report.known, 'bin')} this folder knows is on "
            "the platform any more (is SIGNALWIRE_PROJECT_ID right? was the server reset?); "
            "their files were kept")
    elif report.vanished:
        gone = len(report.vanished)
        its = "its bin is" if gone == 1 else "their bins are"
        err(f"laml bins pull: {plural(gone, 'file')} kept although {its} gone from the "
            "platform; --prune removes " + ("it" if gone == 1 else "them"))
    if report.conflicts:
        err(f"laml bins pull: {plural(len(report.conflicts), 'conflict')}: merge each "
            f"NAME.remote.xml into NAME.xml and delete it, then push (laml bins diff "
            f"{args.dir} shows the differences), or pull --force to take the platform's version")
        return EXIT_FINDINGS
    return EXIT_OK


# -- push ----------------------------------------------------------------------------------

_DONE = {"create": "created", "update": "updated", "rename": "renamed", "delete": "deleted"}


def _describe(action: PushAction) -> str:
    """What happens to the file, in words."""
    if action.kind == "rename":
        line = f"{action.file}: {action.previous_name!r} -> {action.name!r}"
        if action.previous_file:
            line += f" (was {action.previous_file})"
        return line
    return action.file


def _show_push(action: PushAction) -> None:
    if action.status == "conflict":
        echo(f"CONFLICT  {action.file}: {action.message}")
    elif action.status == "planned":
        note = f" ({action.message})" if action.message else ""
        echo(f"would {action.kind:<6} {_describe(action)}{note}")
    elif action.status == "done":
        note = f" ({action.message})" if action.message else ""
        echo(f"{_DONE[action.kind]:<9} {_describe(action)} -> {action.sid}{note}")


def _ask_deletes(deletes: Sequence[PushAction]) -> bool:
    for action in deletes:
        err(f"  {action.file}  bin {action.name!r}  {action.sid}")
    return confirm(f"Delete {plural(len(deletes), 'bin')}? Phone numbers pointing at "
                   f"{'its URL' if len(deletes) == 1 else 'their URLs'} will stop working.")


def _push(client: BinsClient, args: argparse.Namespace) -> int:
    from laml.bins import plan_push, push

    plan = plan_push(args.dir, prune=args.prune, validate=args.validate)
    if plan.invalid:
        for file, diagnostics in sorted(plan.invalid.items()):
            for d in diagnostics:
                err(f"{Path(args.dir) / file}:{d}")
        err(f"laml bins push: {plural(len(plan.invalid), 'file')} with errors; nothing was sent")
        return EXIT_FINDINGS
    for action in plan.actions:
        if action.kind in ("missing", "skipped"):
            echo(f"{action.kind:<9} {action.file} ({action.message})")
    if plan.deletes and not args.dry_run and not args.yes and not interactive():
        files = ", ".join(a.file for a in plan.deletes)
        err(f"laml bins push: --prune would delete {plural(len(plan.deletes), 'bin')} ({files}) "
            "and nobody can be asked (not on a terminal); add --yes to delete them. Nothing "
            "was sent")
        return EXIT_USAGE

    _, results = push(client, args.dir, dry_run=args.dry_run, force=args.force,
                      prune=args.prune, validate=args.validate, jobs=args.jobs,
                      progress=progress_bar(), notify=_show_push, plan=plan,
                      confirm=None if args.yes else _ask_deletes)
    conflicts = [r for r in results if r.status == "conflict"]
    unchanged = plural(sum(1 for a in plan.actions if a.kind == "unchanged"), "file")
    if any(r.status == "cancelled" for r in results):
        err("laml bins push: nothing was sent")
        return EXIT_FINDINGS
    if args.dry_run:
        planned = plural(len(results) - len(conflicts), "change")
        print(f"dry run: {planned} to send, {unchanged} unchanged")
    else:
        sent = plural(sum(1 for r in results if r.status == "done"), "change")
        print(f"pushed {args.dir}: {sent} sent, {unchanged} unchanged")
    if conflicts:
        err(f"laml bins push: {plural(len(conflicts), 'conflict')} left alone: pull, merge each "
            f"NAME.remote.xml into NAME.xml (laml bins diff {args.dir} shows the differences) "
            "and push again, or --force to overwrite the platform's version")
        return EXIT_FINDINGS
    return EXIT_OK


# -- diff ----------------------------------------------------------------------------------

_PAINT = {"+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def _notes(item: FileDiff, reverse: bool) -> list[str]:
    notes = []
    if item.previous_file:
        notes.append(f"renamed locally from {item.previous_file}")
    if item.remote_name is not None and item.local_name != item.remote_name:
        sides = (f"platform {item.remote_name!r}", f"local {item.local_name!r}")
        notes.append("name: " + " -> ".join(reversed(sides) if reverse else sides))
    if item.remote is None:
        notes.append("no bin on the platform" + (" any more" if item.sid else " yet"))
    if item.local is None:
        notes.append("the file is gone from the folder")
    return notes


def _diff(client: BinsClient, args: argparse.Namespace) -> int:
    from laml.bins import diff

    found = diff(client, args.dir, args.names)
    color = color_enabled(sys.stdout)
    differing = [item for item in found if not item.same]
    for item in differing:
        where = f"bin {item.sid}" if item.sid else "no bin yet"
        header = f"diff {item.file} ({where})"
        print(f"{_BOLD}{header}{_RESET}" if color else header)
        for note in _notes(item, args.reverse):
            print(f"# {note}")
        for line in item.unified(reverse=args.reverse, context=args.unified):
            text = line if line.endswith("\n") else line + "\n"
            paint = _PAINT.get(line[:1]) if color and not line.startswith(("+++", "---")) \
                else None
            sys.stdout.write(f"{paint}{text.rstrip(chr(10))}{_RESET}\n" if paint else text)
    if not differing:
        err(f"no differences between {args.dir} and the platform")
    return EXIT_FINDINGS if differing and args.exit_code else EXIT_OK
