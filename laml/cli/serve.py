"""``laml serve``: run the local LaML Bins server (needs ``pip install "laml-tools[server]"``).

Credentials: ``--project-id`` and ``--token``, else ``SIGNALWIRE_PROJECT_ID`` and
``SIGNALWIRE_TOKEN`` (or ``SIGNALWIRE_API_TOKEN``), else the ones kept in the database, made up
on first use and printed, so that a restart serves the same bins with the same credentials.
A database that cannot be written is a usage error (exit 2), found before serving starts.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import stat
import sys
from typing import Any

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(subparsers: Any) -> None:
    """Register ``laml serve``."""
    from laml.cli import examples

    parser = subparsers.add_parser(
        "serve", help="run a local LaML Bins server",
        description="Serve the LamlBins REST API and the bins' URLs (/laml-bins/SID) locally, "
                    "with a SQLite database. Needs pip install \"laml-tools[server]\".",
        epilog=examples(
            ("serve on port 8080 of this machine, keeping the bins in ./.laml/",
             "laml serve"),
            ("a throw-away server on a free port", "laml serve --port 0 --db :memory:"),
        ),
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080; 0 picks one)")
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="SQLite database (default: ./.laml/bins.sqlite3; ':memory:' keeps "
                             "nothing)")
    parser.add_argument("--project-id", metavar="ID",
                        help="project ID clients must use (default: $SIGNALWIRE_PROJECT_ID)")
    parser.add_argument("--token", metavar="TOKEN",
                        help="API token clients must use (default: $SIGNALWIRE_TOKEN; prefer the "
                             "variable, a command line is visible to other users)")
    parser.add_argument("--public-url", metavar="URL",
                        help="base of the bins' request_url, as clients reach this server "
                             "(default: the address a request arrives at)")
    parser.add_argument("--log-level", default="info",
                        choices=("critical", "error", "warning", "info", "debug"),
                        help="least severe messages logged (default: info)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    try:
        from laml.server import (
            DEFAULT_DB,
            BinStore,
            StoreUnavailableError,
            new_credentials,
            public_base,
            serve,
        )
    except ImportError as exc:
        print(f"laml serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from laml.bins._config import ENV_PROJECT_ID, ENV_TOKENS, is_loopback

    project_id = args.project_id or os.environ.get(ENV_PROJECT_ID) or None
    token = args.token or next((os.environ[n] for n in ENV_TOKENS if os.environ.get(n)), None)
    if (project_id is None) != (token is None):
        print(f"laml serve: give both --project-id and --token (or {ENV_PROJECT_ID} and "
              f"{ENV_TOKENS[0]}), or neither", file=sys.stderr)
        return EXIT_USAGE
    if not 0 <= args.port <= 65535:
        print(f"laml serve: no such port: {args.port}", file=sys.stderr)
        return EXIT_USAGE
    if args.public_url is not None:
        try:
            public_base(args.public_url)
        except ValueError as exc:
            print(f"laml serve: --public-url: {exc}", file=sys.stderr)
            return EXIT_USAGE
    db = args.db if args.db is not None else str(DEFAULT_DB)
    try:
        store = BinStore(db)
    except (StoreUnavailableError, sqlite3.Error, OSError) as exc:
        print(f"laml serve: cannot open the database {db}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _warn_if_shared(db)
    made = project_id is None
    if project_id is None or token is None:
        project_id, token = store.local_credentials(new_credentials)
    shown_token = token if made else "<your token>"

    def ready(url: str) -> None:
        print(f"LaML Bins server on {url} (database: {db})")
        if not is_loopback(args.host):
            print("warning: listening beyond this machine over plain HTTP", file=sys.stderr)
        print("Point laml at it with:")
        print(f"  export SIGNALWIRE_SPACE_URL={url}")
        print(f"  export SIGNALWIRE_PROJECT_ID={project_id}")
        print(f"  export SIGNALWIRE_TOKEN={shown_token}")
        sys.stdout.flush()

    try:
        serve(store, project_id=project_id, token=token, host=args.host, port=args.port,
              log_level=args.log_level, on_ready=ready, public_url=args.public_url)
    except OSError as exc:
        print(f"laml serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C is how a foreground server is meant to stop
        pass
    finally:
        store.close()
    return EXIT_OK


def _warn_if_shared(db: str) -> None:
    """Warn when other users may read the database (made by an older laml, or by hand)."""
    try:
        mode = os.stat(db).st_mode
    except OSError:  # ':memory:'
        return
    if stat.S_ISREG(mode) and mode & 0o077:
        print(f"warning: {db} holds the server's token and other users may read it "
              f"(mode {stat.S_IMODE(mode):04o}): chmod 600 {db}", file=sys.stderr)
