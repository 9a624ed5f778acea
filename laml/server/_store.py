"""SQLite storage of the local bins server.

One connection, shared by the server's worker threads behind a lock; every write is one
``BEGIN IMMEDIATE`` transaction, so concurrent requests are serialized and none is lost. File
databases use WAL and a busy timeout, so a second process on the same file waits instead of
failing. ``:memory:`` gives a private database (for tests).

The database holds the server's token: a folder it creates is private to its owner (0700) and
so is the database file (0600; SQLite gives its ``-wal`` and ``-shm`` files the same mode),
whatever the umask. A database that cannot be written is refused when it is opened; one that
is deleted, replaced or made read-only later makes each write raise
:class:`StoreUnavailableError` (nothing is reported stored that was not), while reads go on.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

__all__ = [
    "DEFAULT_CONTENTS",
    "DEFAULT_DB",
    "BinRecord",
    "BinStore",
    "Listing",
    "StoreUnavailableError",
]

#: What a bin created without contents holds, as on the platform.
DEFAULT_CONTENTS = '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n</Response>'

#: Where ``laml serve`` keeps its database unless told otherwise.
DEFAULT_DB = Path(".laml") / "bins.sqlite3"

_T = TypeVar("_T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS bins (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    sid                TEXT NOT NULL UNIQUE,
    account_sid        TEXT NOT NULL,
    name               TEXT NOT NULL,
    contents           TEXT NOT NULL,
    date_created       TEXT NOT NULL,
    date_updated       TEXT NOT NULL,
    date_last_accessed TEXT,
    num_requests       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS bins_by_account ON bins (account_sid, seq);
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

_COLUMNS = ("seq, sid, account_sid, name, contents, date_created, date_updated, "
            "date_last_accessed, num_requests")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class BinRecord:
    """One stored bin; dates are ISO 8601 strings in UTC."""

    seq: int
    sid: str
    account_sid: str
    name: str
    contents: str
    date_created: str
    date_updated: str
    date_last_accessed: str | None
    num_requests: int


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of bins, newest first, and whether pages exist before and after it."""

    records: tuple[BinRecord, ...]
    has_previous: bool
    has_next: bool


class StoreUnavailableError(RuntimeError):
    """The database cannot be written (deleted, replaced, read-only, full, failing)."""


def _private_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each readable by its owner only."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(path, 0o700)  # mkdir's mode passes through the umask


def _private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, unless something is there."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class BinStore:
    """Bins of any number of accounts in one SQLite database.

    Opening a file database that cannot be written raises :class:`StoreUnavailableError`.
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path: str = str(path)
        self._file: Path | None = None if self.path == ":memory:" else Path(self.path)
        if self._file is not None:
            _private_folder(self._file.parent)
            _private_file(self._file)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                   timeout=30.0)
        self._db.row_factory = sqlite3.Row
        self._identity: tuple[int, int] | None = None
        try:
            if self._file is not None:
                stat = os.stat(self._file)
                self._identity = (stat.st_dev, stat.st_ino)
                self.check_writable()
            with self._lock:
                self._db.execute("PRAGMA busy_timeout = 30000")
                if self._file is not None:
                    self._db.execute("PRAGMA journal_mode = WAL")
                    self._db.execute("PRAGMA synchronous = NORMAL")
                self._db.executescript(_SCHEMA)
            # SQLite opens a file it may not write read-only and says so only at the first
            # write: write once now, so that such a database is refused here.
            with self._transaction() as db:
                db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('schema', '1')")
        except StoreUnavailableError:
            self._db.close()
            raise
        except (sqlite3.Error, OSError) as exc:
            self._db.close()
            raise StoreUnavailableError(f"the database cannot be written: {exc}") from exc

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def check_writable(self) -> None:
        """Raise :class:`StoreUnavailableError` when the database file cannot take a write.

        The file must still be the one opened (not deleted or replaced) and writable.
        """
        if self._file is None or self._identity is None:
            return
        try:
            stat = os.stat(self._file)
        except FileNotFoundError:
            raise StoreUnavailableError("the database file was deleted") from None
        except OSError as exc:
            raise StoreUnavailableError(f"the database file cannot be read: {exc}") from None
        if (stat.st_dev, stat.st_ino) != self._identity:
            raise StoreUnavailableError("the database file was replaced by another file")
        if not os.access(self._file, os.W_OK):
            raise StoreUnavailableError("the database file is read-only")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.check_writable()
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreUnavailableError(f"the database cannot be written: {exc}") from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
                # Deleted or replaced meanwhile: what was just written is in no file any more.
                self.check_writable()
            except BaseException as exc:
                if self._db.in_transaction:
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise StoreUnavailableError(
                        f"the database cannot be written: {exc}"
                    ) from exc
                raise

    def _read(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        with self._lock:
            return work(self._db)

    @staticmethod
    def _record(row: sqlite3.Row | None) -> BinRecord | None:
        return None if row is None else BinRecord(*tuple(row))

    def create(self, account_sid: str, name: str, contents: str) -> BinRecord:
        """Store a new bin and return it."""
        sid, now = str(uuid.uuid4()), _now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO bins (sid, account_sid, name, contents, date_created, date_updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (sid, account_sid, name, contents, now, now),
            )
            row = db.execute(f"SELECT {_COLUMNS} FROM bins WHERE sid = ?", (sid,)).fetchone()
        record = self._record(row)
        assert record is not None
        return record

    def get(self, account_sid: str, sid: str) -> BinRecord | None:
        """The bin, or None."""
        row = self._read(lambda db: db.execute(
            f"SELECT {_COLUMNS} FROM bins WHERE account_sid = ? AND sid = ?", (account_sid, sid)
        ).fetchone())
        return self._record(row)

    def update(
        self, account_sid: str, sid: str, name: str, contents: str | None
    ) -> BinRecord | None:
        """Change the name (and the contents when given); None when there is no such bin."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE bins SET name = ?, contents = COALESCE(?, contents), date_updated = ?"
                " WHERE account_sid = ? AND sid = ?",
                (name, contents, _now(), account_sid, sid),
            )
            if cursor.rowcount == 0:
                return None
            row = db.execute(f"SELECT {_COLUMNS} FROM bins WHERE sid = ?", (sid,)).fetchone()
        return self._record(row)

    def delete(self, account_sid: str, sid: str) -> bool:
        """Remove the bin; False when there was none."""
        with self._transaction() as db:
            cursor = db.execute(
                "DELETE FROM bins WHERE account_sid = ? AND sid = ?", (account_sid, sid)
            )
            return cursor.rowcount > 0

    def find(self, sid: str) -> BinRecord | None:
        """The bin with this SID, of whichever account, or None."""
        row = self._read(lambda db: db.execute(
            f"SELECT {_COLUMNS} FROM bins WHERE sid = ?", (sid,)
        ).fetchone())
        return self._record(row)

    def record_access(self, sid: str) -> BinRecord | None:
        """Count one request to the bin's URL and stamp its last access; None when unknown."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE bins SET num_requests = num_requests + 1, date_last_accessed = ?"
                " WHERE sid = ?",
                (_now(), sid),
            )
            if cursor.rowcount == 0:
                return None
            row = db.execute(f"SELECT {_COLUMNS} FROM bins WHERE sid = ?", (sid,)).fetchone()
        return self._record(row)

    def list(
        self,
        account_sid: str,
        *,
        name: str | None = None,
        page_size: int = 50,
        page: int = 0,
        after: int | None = None,
        before: int | None = None,
    ) -> Listing:
        """One page of the account's bins, newest first.

        ``name`` keeps bins whose name contains it (case-insensitively). Without a cursor the
        page is found by number; ``after`` (a ``seq``) gives the bins older than it, ``before``
        the bins newer than it.
        """
        where, args = ["account_sid = ?"], [account_sid]
        if name:
            where.append("instr(lower(name), lower(?)) > 0")
            args.append(name)
        if before is not None:
            where.append("seq > ?")
            sql = (f"SELECT {_COLUMNS} FROM bins WHERE {' AND '.join(where)}"
                   " ORDER BY seq ASC LIMIT ?")
            rows = self._read(lambda db: db.execute(sql, (*args, before, page_size + 1))
                              .fetchall())
            records = [r for r in (self._record(row) for row in rows) if r is not None]
            more = len(records) > page_size
            return Listing(tuple(reversed(records[:page_size])), has_previous=more,
                           has_next=True)
        if after is not None:
            where.append("seq < ?")
            query_args: tuple[object, ...] = (*args, after, page_size + 1)
            offset_sql = ""
        else:
            query_args = (*args, page_size + 1, page * page_size)
            offset_sql = " OFFSET ?"
        sql = (f"SELECT {_COLUMNS} FROM bins WHERE {' AND '.join(where)}"
               f" ORDER BY seq DESC LIMIT ?{offset_sql}")
        rows = self._read(lambda db: db.execute(sql, query_args).fetchall())
        records = [r for r in (self._record(row) for row in rows) if r is not None]
        return Listing(
            tuple(records[:page_size]),
            has_previous=after is not None or page > 0,
            has_next=len(records) > page_size,
        )

    def clear(self, account_sid: str) -> int:
        """Delete every bin of the account; returns how many there were."""
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM bins WHERE account_sid = ?", (account_sid,))
            return cursor.rowcount

    def local_credentials(self, make: Callable[[], tuple[str, str]]) -> tuple[str, str]:
        """The project ID and token kept in this database, made with ``make`` the first time.

        They let ``laml serve`` come back with the same credentials, and so the same bins,
        when none are given.
        """
        with self._transaction() as db:
            rows = dict(db.execute(
                "SELECT key, value FROM settings WHERE key IN ('project_id', 'token')"
            ).fetchall())
            if "project_id" in rows and "token" in rows:
                return str(rows["project_id"]), str(rows["token"])
            project_id, token = make()
            db.executemany(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                [("project_id", project_id), ("token", token)],
            )
        return project_id, token

    def count(self, account_sid: str) -> int:
        """How many bins the account has."""
        row = self._read(lambda db: db.execute(
            "SELECT COUNT(*) FROM bins WHERE account_sid = ?", (account_sid,)
        ).fetchone())
        return int(row[0])
