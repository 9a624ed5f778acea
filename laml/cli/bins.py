"""``laml bins``: list, show, create, update, delete, pull, push and diff hosted LaML Bins.

Credentials come from ``SIGNALWIRE_SPACE_URL``, ``SIGNALWIRE_PROJECT_ID`` and
``SIGNALWIRE_TOKEN`` (or ``SIGNALWIRE_API_TOKEN``); ``--space`` and ``--project-id`` override
the first two. The token is only read from the environment, so it never shows in a process
list. Exit status: 0 done, 1 refused contents, conflicts or a declined confirmation, 2 usage,
I/O or API errors. The folder actions (pull, push, diff) are in :mod:`laml.cli._bins_folder`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from laml.cli._bins_folder import add_folder_actions, progress_bar
from laml.cli._bins_text import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    confirm,
    err,
    examples,
    interactive,
    plural,
    seconds,
    whole,
)
from laml.cli._files import printable

if TYPE_CHECKING:
    from laml.bins import BinsClient, BinsError, LamlBin
    from laml.diagnostics import Diagnostic

__all__ = ["add_parser", "progress_bar", "run"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_DEADLINE = 60.0


def add_parser(subparsers: Any) -> None:
    """Register ``laml bins`` and its actions."""
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_argument_group("connection")
    where.add_argument("--space", metavar="URL",
                       help="space name, host or URL (default: $SIGNALWIRE_SPACE_URL)")
    where.add_argument("--project-id", metavar="ID",
                       help="project ID (default: $SIGNALWIRE_PROJECT_ID); the token is "
                            "always read from $SIGNALWIRE_TOKEN")
    where.add_argument("--timeout", type=seconds(zero=False), default=DEFAULT_TIMEOUT,
                       metavar="SECONDS",
                       help="longest wait for each network operation: connecting, or one "
                            f"read or write (default: {DEFAULT_TIMEOUT:g})")
    where.add_argument("--deadline", type=seconds(zero=True), default=DEFAULT_DEADLINE,
                       metavar="SECONDS",
                       help="longest time for one request, retries and waits included; 0 for "
                            f"none (default: {DEFAULT_DEADLINE:g})")
    where.add_argument("--retries", type=whole(0), default=3, metavar="N",
                       help="retries of a read or delete that failed for a passing reason "
                            "(default: 3)")

    parser = subparsers.add_parser(
        "bins", help="manage hosted LaML Bins (list, create, pull, push, diff ...)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Manage the LaML Bins of a project, one at a time or as a folder of .xml "
                    "files\nkept in version control. The space and project come from "
                    "$SIGNALWIRE_SPACE_URL\nand $SIGNALWIRE_PROJECT_ID (or --space and "
                    "--project-id), the API token from\n$SIGNALWIRE_TOKEN (or "
                    "$SIGNALWIRE_API_TOKEN). 'laml bins ACTION --help' tells more.",
        epilog=examples(
            ("laml bins ls", "every bin with its URL"),
            ("laml bins pull bins/ && $EDITOR bins/IVR.xml && laml bins push bins/",
             "the team workflow"),
        ),
    )
    actions = parser.add_subparsers(dest="bins_action", metavar="ACTION", required=True,
                                    title="actions", help="one of:")

    def action(name: str, help_text: str, description: str,
               *shown: tuple[str, str]) -> argparse.ArgumentParser:
        return actions.add_parser(  # type: ignore[no-any-return]
            name, parents=[common], help=help_text, description=description,
            formatter_class=argparse.RawDescriptionHelpFormatter, epilog=examples(*shown))

    ls = action("ls", "list bins with their URLs, newest first",
                "List the project's bins, newest first: SID, name, last update, requests "
                "served and the URL\nto put in a phone number's settings.",
                ("laml bins ls", "every bin"),
                ("laml bins ls --name IVR --format json", "bins whose name contains IVR, as JSON"))
    ls.add_argument("--name", metavar="TEXT", help="only bins whose name contains TEXT")
    ls.add_argument("--format", choices=("table", "json"), default="table",
                    help="table: one line per bin (default); json: every field of every bin")
    ls.set_defaults(action=_ls)

    get = action("get", "show one bin, by name or SID",
                 "Show one bin: its fields and contents, all its fields as JSON, or only its "
                 "contents.",
                 ("laml bins get 'Main IVR'", "the bin named 'Main IVR'"),
                 ("laml bins get 5184b831-184f-4209-872d-ccdccc80f2f1 --format xml > ivr.xml",
                  "its contents, into a file"))
    get.add_argument("bin", metavar="BIN", help="the bin's exact name, or its SID")
    get.add_argument("--format", choices=("text", "json", "xml"), default="text",
                     help="text: its fields, then its contents (default); json: the whole bin "
                          "as the API gives it; xml: its contents only")
    get.set_defaults(action=_get)

    create = action("create", "create a bin from a file",
                    "Create a bin. The contents are linted first, and refused with their "
                    "findings when they\nhave errors.",
                    ("laml bins create 'Main IVR' ivr.xml", "a bin named 'Main IVR'"),
                    ("curl -s https://example.com/ivr.xml | laml bins create Greeting -",
                     "from standard input"))
    create.add_argument("name", metavar="NAME", help="the bin's name")
    create.add_argument("file", metavar="FILE", help="the contents ('-' reads standard input)")
    create.add_argument("--no-validate", dest="validate", action="store_false",
                        help="send the contents without linting them first")
    create.set_defaults(action=_create)

    update = action("update", "rename a bin or replace its contents",
                    "Rename a bin, replace its contents, or both. Its SID and URL stay the same.",
                    ("laml bins update 'Main IVR' --file ivr.xml", "new contents"),
                    ("laml bins update 'Main IVR' --name 'Support IVR'", "a new name"))
    update.add_argument("bin", metavar="BIN", help="the bin's exact name, or its SID")
    update.add_argument("--name", metavar="NAME", help="the new name")
    update.add_argument("--file", metavar="FILE",
                        help="the new contents ('-' reads standard input)")
    update.add_argument("--no-validate", dest="validate", action="store_false",
                        help="send the contents without linting them first")
    update.set_defaults(action=_update)

    rm = action("rm", "delete bins (asks first)",
                "Delete bins. On a terminal it shows them and asks first; elsewhere (scripts, "
                "CI) it refuses\nunless --yes is given. Phone numbers pointing at a deleted "
                "bin's URL stop working.",
                ("laml bins rm 'Old IVR'", "asks, then deletes"),
                ("laml bins rm --yes 5184b831-184f-4209-872d-ccdccc80f2f1", "in a script"))
    rm.add_argument("bins", nargs="+", metavar="BIN", help="a bin's exact name, or its SID")
    rm.add_argument("-y", "--yes", action="store_true",
                    help="delete without asking (needed when not on a terminal)")
    rm.set_defaults(action=_rm)

    add_folder_actions(action)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run one ``laml bins`` action."""
    from laml.bins import BinsClient, BinsConfigError, BinsError, ClientLimits, InvalidContents

    name = f"laml bins {args.bins_action}"
    try:
        limits = ClientLimits(deadline=args.deadline or None)
        with BinsClient(args.space, args.project_id, timeout=args.timeout,
                        limits=limits, retries=args.retries) as client:
            status: int = args.action(client, args)
            return status
    except InvalidContents as exc:
        if exc.diagnostics:
            source = _source(args)
            _print_diagnostics(source, exc.diagnostics)
            err(f"{name}: {plural(len(exc.diagnostics), 'error')} in {source}; nothing was "
                "sent (--no-validate sends it anyway)")
        else:
            err(f"{name}: {exc}")
        return EXIT_FINDINGS
    except BinsConfigError as exc:
        err(f"{name}: {_config_message(exc)}")
        return EXIT_USAGE
    except BinsError as exc:
        err(f"{name}: {_api_message(exc)}")
        return EXIT_USAGE
    except (OSError, ValueError) as exc:
        err(f"{name}: {exc}")
        return EXIT_USAGE


def _config_message(exc: Any) -> str:
    """A configuration error in command-line words."""
    words = {"space_url": "SIGNALWIRE_SPACE_URL (or --space)",
             "project_id": "SIGNALWIRE_PROJECT_ID (or --project-id)",
             "token": "SIGNALWIRE_TOKEN"}
    missing = [words[key] for key in getattr(exc, "missing", ()) if key in words]
    if missing:
        return "set " + ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + \
            missing[-1]
    return str(exc)


def _api_message(exc: BinsError) -> str:
    """An API error, with what to do about a cap the command line can change."""
    from laml.bins import RateLimited

    text = str(exc)
    if exc.limit == "deadline":
        text += "; --deadline SECONDS allows more"
    if isinstance(exc, RateLimited) and exc.retry_after is not None:
        text += f"; the platform asks to wait {exc.retry_after:g} s before trying again"
    return text


def _source(args: argparse.Namespace) -> str:
    """The file an action read, for messages."""
    file = getattr(args, "file", None)
    return "<stdin>" if file == "-" else str(file or "<contents>")


def _print_diagnostics(source: str, diagnostics: Sequence[Diagnostic]) -> None:
    for d in diagnostics:
        err(f"{source}:{d}")


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
    rows = [[printable(cell) for cell in row] for row in rows]  # names come from the platform
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    return "\n".join(lines)


def find_bin(client: BinsClient, ref: str) -> LamlBin:
    """The bin whose SID or exact name is ``ref``; one that several bins share is refused."""
    from laml.bins import BinsError, NotFound

    try:
        return client.get(ref)
    except (NotFound, ValueError):
        pass
    named = [item for item in client.list(name=ref) if item.name == ref]
    if len(named) > 1:
        sids = ", ".join(item.sid for item in named)
        raise BinsError(f"{len(named)} bins are named {ref!r}; give one's SID: {sids}")
    if not named:
        raise NotFound(f"no bin is named {ref!r} or has that SID", status=None, code=None)
    return named[0]


def _ls(client: BinsClient, args: argparse.Namespace) -> int:
    items = list(client.list(name=args.name))
    if args.format == "json":
        print(json.dumps([item.to_json() for item in items], indent=2))
        return EXIT_OK
    if not items:
        print("no bins" + (f" whose name contains {args.name!r}" if args.name else ""))
        return EXIT_OK
    rows = [["SID", "NAME", "UPDATED (UTC)", "REQUESTS", "URL"]]
    rows += [[b.sid, b.name, _date(b.date_updated), str(b.num_requests), b.request_url]
             for b in items]
    print(_table(rows))
    return EXIT_OK


def _get(client: BinsClient, args: argparse.Namespace) -> int:
    item = find_bin(client, args.bin)
    contents = item.contents if item.contents.endswith("\n") else item.contents + "\n"
    if args.format == "xml":
        sys.stdout.write(contents)
    elif args.format == "json":
        print(json.dumps(item.to_json(), indent=2))
    else:
        accessed = _date(item.date_last_accessed)
        print(_table([["name:", item.name], ["sid:", item.sid], ["url:", item.request_url],
                      ["created:", _date(item.date_created) + " UTC"],
                      ["updated:", _date(item.date_updated) + " UTC"],
                      ["requests:", f"{item.num_requests} (last {accessed})"]]))
        print("--")
        sys.stdout.write(contents)
    return EXIT_OK


def _describe(verb: str, item: LamlBin) -> None:
    print(f"{verb} {item.sid} {item.name!r}")
    print(f"  url: {printable(item.request_url)}")


def _create(client: BinsClient, args: argparse.Namespace) -> int:
    item = client.create(args.name, _read(args.file), validate=args.validate)
    _describe("created", item)
    return EXIT_OK


def _update(client: BinsClient, args: argparse.Namespace) -> int:
    if args.name is None and args.file is None:
        err("laml bins update: give --name, --file or both")
        return EXIT_USAGE
    contents = _read(args.file) if args.file is not None else None
    sid = find_bin(client, args.bin).sid
    item = client.update(sid, name=args.name, contents=contents, validate=args.validate)
    _describe("updated", item)
    return EXIT_OK


def _rm(client: BinsClient, args: argparse.Namespace) -> int:
    if not args.yes and not interactive():
        err("laml bins rm: not on a terminal, so nothing was deleted; add --yes to delete "
            "without asking")
        return EXIT_USAGE
    found: dict[str, LamlBin] = {}
    for ref in args.bins:
        item = find_bin(client, ref)
        found[item.sid] = item
    if not args.yes:
        for item in found.values():
            err(f"  {item.name!r}  {item.sid}  {item.request_url}")
        question = (f"Delete {plural(len(found), 'bin')}? Phone numbers pointing at "
                    f"{'its URL' if len(found) == 1 else 'their URLs'} will stop working.")
        if not confirm(question):
            err("laml bins rm: nothing was deleted")
            return EXIT_FINDINGS
    for sid in found:
        client.delete(sid)
        print(f"deleted {sid}")
    return EXIT_OK
