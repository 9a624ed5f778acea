"""``laml bins``: list, show, create, update, delete, pull and push hosted LaML Bins.

Credentials come from ``SIGNALWIRE_SPACE_URL``, ``SIGNALWIRE_PROJECT_ID`` and
``SIGNALWIRE_TOKEN`` (or ``SIGNALWIRE_API_TOKEN``); ``--space`` and ``--project-id`` override
the first two. The token is only read from the environment, so it never shows in a process
list. Exit status: 0 done, 1 refused contents or sync conflicts, 2 usage, I/O or API errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from laml.bins import BinsClient, LamlBin, PullAction, PushAction
    from laml.diagnostics import Diagnostic

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
#: Seconds a pull or push runs before its progress bar appears (on a terminal only).
PROGRESS_DELAY = 0.5
_T = TypeVar("_T")


def add_parser(subparsers: Any) -> None:
    """Register ``laml bins`` and its actions."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--space", metavar="URL",
                        help="space name, host or URL (default: $SIGNALWIRE_SPACE_URL)")
    common.add_argument("--project-id", metavar="ID",
                        help="project ID (default: $SIGNALWIRE_PROJECT_ID)")
    common.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="timeout of each request (default: 30)")
    common.add_argument("--retries", type=int, default=3, metavar="N",
                        help="retries of a failed read or delete (default: 3)")

    parser = subparsers.add_parser(
        "bins", help="manage hosted LaML Bins",
        description="Manage the LaML Bins of a project. The API token is read from "
                    "$SIGNALWIRE_TOKEN (or $SIGNALWIRE_API_TOKEN).",
    )
    actions = parser.add_subparsers(dest="bins_action", metavar="ACTION", required=True)

    ls = actions.add_parser("ls", parents=[common], help="list bins, newest first")
    ls.add_argument("--name", metavar="TEXT", help="only bins whose name contains TEXT")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(action=_ls)

    get = actions.add_parser("get", parents=[common], help="show one bin")
    get.add_argument("sid", metavar="SID")
    get.add_argument("--format", choices=("json", "xml"), default="json",
                     help="json: the whole bin (default); xml: its contents only")
    get.set_defaults(action=_get)

    create = actions.add_parser("create", parents=[common], help="create a bin from a file")
    create.add_argument("name", metavar="NAME")
    create.add_argument("file", metavar="FILE", help="the contents ('-' reads standard input)")
    create.add_argument("--no-validate", dest="validate", action="store_false",
                        help="send the contents without linting them first")
    create.set_defaults(action=_create)

    update = actions.add_parser("update", parents=[common], help="rename a bin or replace "
                                "its contents")
    update.add_argument("sid", metavar="SID")
    update.add_argument("--name", metavar="N", help="new name")
    update.add_argument("--file", metavar="F", help="new contents ('-' reads standard input)")
    update.add_argument("--no-validate", dest="validate", action="store_false",
                        help="send the contents without linting them first")
    update.set_defaults(action=_update)

    rm = actions.add_parser("rm", parents=[common], help="delete a bin")
    rm.add_argument("sid", metavar="SID")
    rm.set_defaults(action=_rm)

    pull = actions.add_parser(
        "pull", parents=[common], help="write every bin to DIR/<name>.xml",
        description="Write every bin to DIR/<name>.xml and record SIDs and remote update "
                    "times in DIR/laml-bins.toml. Files edited locally are kept.",
    )
    pull.add_argument("dir", metavar="DIR")
    pull.add_argument("--force", action="store_true",
                      help="overwrite local edits with the platform's version")
    pull.set_defaults(action=_pull)

    push = actions.add_parser(
        "push", parents=[common], help="send DIR's changed files to their bins",
        description="Lint every DIR/*.xml, then create bins for new files and update the bins "
                    "of changed ones. A bin changed on the platform since the last pull is "
                    "not overwritten unless --force is given.",
    )
    push.add_argument("dir", metavar="DIR")
    push.add_argument("--dry-run", action="store_true", help="say what would be sent, send nothing")
    push.add_argument("--force", action="store_true",
                      help="overwrite bins changed on the platform since the last pull")
    push.add_argument("--prune", action="store_true",
                      help="delete the bins of files removed from DIR (only bins DIR knows)")
    push.add_argument("--no-validate", dest="validate", action="store_false",
                      help="send the files without linting them first")
    push.set_defaults(action=_push)

    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run one ``laml bins`` action."""
    from laml.bins import BinsClient, BinsConfigError, BinsError, InvalidContents

    try:
        with BinsClient(args.space, args.project_id, timeout=args.timeout,
                        retries=args.retries) as client:
            status: int = args.action(client, args)
            return status
    except InvalidContents as exc:
        _err(f"laml bins: {exc}")
        _print_diagnostics(args_file(args), exc.diagnostics)
        return EXIT_FINDINGS
    except BinsConfigError as exc:
        _err(f"laml bins: {exc}")
        return EXIT_USAGE
    except BinsError as exc:
        _err(f"laml bins: {exc}")
        return EXIT_USAGE
    except (OSError, ValueError) as exc:
        _err(f"laml bins: {exc}")
        return EXIT_USAGE


def args_file(args: argparse.Namespace) -> str:
    """The file an action read, for messages."""
    return str(getattr(args, "file", None) or "<contents>")


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _print_diagnostics(source: str, diagnostics: Sequence[Diagnostic]) -> None:
    for d in diagnostics:
        _err(f"{source}:{d}")


def _read(file: str) -> str:
    if file == "-":
        return sys.stdin.read()
    data = Path(file).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _date(value: Any) -> str:
    return "-" if value is None else str(value.strftime("%Y-%m-%d %H:%M:%S"))


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    return "\n".join(lines)


def _ls(client: BinsClient, args: argparse.Namespace) -> int:
    items = client.list(name=args.name)
    if args.format == "json":
        print(json.dumps([item.to_json() for item in items], indent=2))
        return EXIT_OK
    rows = [["SID", "NAME", "UPDATED (UTC)", "REQUESTS"]]
    rows += [[b.sid, b.name, _date(b.date_updated), str(b.num_requests)] for b in items]
    if len(rows) == 1:
        print("no bins" + (f" whose name contains {args.name!r}" if args.name else ""))
        return EXIT_OK
    print(_table(rows))
    return EXIT_OK


def _get(client: BinsClient, args: argparse.Namespace) -> int:
    item = client.get(args.sid)
    if args.format == "xml":
        sys.stdout.write(item.contents if item.contents.endswith("\n") else item.contents + "\n")
    else:
        print(json.dumps(item.to_json(), indent=2))
    return EXIT_OK


def _describe(verb: str, item: LamlBin) -> None:
    print(f"{verb} {item.sid} {item.name!r}")
    print(f"  url: {item.request_url}")


def _create(client: BinsClient, args: argparse.Namespace) -> int:
    item = client.create(args.name, _read(args.file), validate=args.validate)
    _describe("created", item)
    return EXIT_OK


def _update(client: BinsClient, args: argparse.Namespace) -> int:
    if args.name is None and args.file is None:
        _err("laml bins update: give --name, --file or both")
        return EXIT_USAGE
    contents = _read(args.file) if args.file is not None else None
    item = client.update(args.sid, name=args.name, contents=contents, validate=args.validate)
    _describe("updated", item)
    return EXIT_OK


def _rm(client: BinsClient, args: argparse.Namespace) -> int:
    client.delete(args.sid)
    print(f"deleted {args.sid}")
    return EXIT_OK


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


def _echo(line: str) -> None:
    from tqdm import tqdm

    tqdm.write(line, file=sys.stdout)


def _pull(client: BinsClient, args: argparse.Namespace) -> int:
    from laml.bins import pull

    def show(action: PullAction) -> None:
        if action.kind == "unchanged":
            return
        note = f" ({action.message})" if action.message else ""
        _echo(f"{action.kind:<9} {action.file}{note}")

    report = pull(client, args.dir, force=args.force, progress=progress_bar(), notify=show)
    counts: dict[str, int] = {}
    for action in report.actions:
        counts[action.kind] = counts.get(action.kind, 0) + 1
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "no bins"
    print(f"pulled into {args.dir}: {summary}")
    if report.conflicts:
        _err(f"laml bins pull: {len(report.conflicts)} file(s) not overwritten because of local "
             "edits; --force takes the platform's version")
        return EXIT_FINDINGS
    return EXIT_OK


def _push(client: BinsClient, args: argparse.Namespace) -> int:
    from laml.bins import plan_push, push

    plan = plan_push(args.dir, prune=args.prune, validate=args.validate)
    if plan.invalid:
        for file, diagnostics in sorted(plan.invalid.items()):
            _print_diagnostics(str(Path(args.dir) / file), diagnostics)
        _err(f"laml bins push: {len(plan.invalid)} file(s) with errors; nothing was sent")
        return EXIT_FINDINGS
    for action in plan.actions:
        if action.kind == "missing":
            _echo(f"missing   {action.file} ({action.message})")

    verbs = {"create": "created", "update": "updated", "delete": "deleted"}

    def show(action: PushAction) -> None:
        if action.status == "conflict":
            _echo(f"CONFLICT  {action.file}: {action.message}")
        elif action.status == "planned":
            _echo(f"would {action.kind:<6} {action.file}")
        else:
            note = f" ({action.message})" if action.message else ""
            _echo(f"{verbs[action.kind]:<9} {action.file} -> {action.sid}{note}")

    _, results = push(client, args.dir, dry_run=args.dry_run, force=args.force,
                      prune=args.prune, validate=args.validate, progress=progress_bar(),
                      notify=show, plan=plan)
    conflicts = [r for r in results if r.status == "conflict"]
    sent = [r for r in results if r.status == "done"]
    unchanged = sum(1 for a in plan.actions if a.kind == "unchanged")
    if args.dry_run:
        planned = len(results) - len(conflicts)
        print(f"dry run: {planned} change(s) to send, {unchanged} file(s) unchanged")
    else:
        print(f"pushed {args.dir}: {len(sent)} change(s) sent, {unchanged} file(s) unchanged")
    if conflicts:
        _err(f"laml bins push: {len(conflicts)} bin(s) changed on the platform since the last "
             "pull were left alone; pull first, or --force to overwrite them")
        return EXIT_FINDINGS
    return EXIT_OK
