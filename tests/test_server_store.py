"""SQLite storage: WAL, transactions, and nothing lost under concurrent writes."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from server_support import read_only

from laml.bins import BinsClient, LamlBin, ServerError
from laml.server import BinStore, LocalServer, StoreUnavailableError, new_credentials

CONCURRENT = 200


def test_file_databases_use_wal(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "bins.sqlite3"
    store = BinStore(path)
    try:
        store.create("acct", "x", "<Response/>")
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT COUNT(*) FROM bins").fetchone()[0] == 1


def test_store_crud_and_accounts_are_separate() -> None:
    store = BinStore()
    try:
        a = store.create("acct-a", "one", "<Response/>")
        store.create("acct-b", "two", "<Response/>")
        assert store.get("acct-b", a.sid) is None
        assert store.get("acct-a", a.sid) == a
        assert store.update("acct-b", a.sid, "x", None) is None
        updated = store.update("acct-a", a.sid, "uno", None)
        assert updated is not None and updated.contents == "<Response/>"
        assert updated.name == "uno"
        assert store.count("acct-a") == 1 and store.count("acct-b") == 1
        assert not store.delete("acct-b", a.sid)
        assert store.delete("acct-a", a.sid)
        assert store.record_access(a.sid) is None
    finally:
        store.close()


def test_access_is_counted_and_stamped() -> None:
    store = BinStore()
    try:
        item = store.create("acct", "x", "<Response/>")
        first = store.record_access(item.sid)
        second = store.record_access(item.sid)
        assert first is not None and second is not None
        assert (first.num_requests, second.num_requests) == (1, 2)
        assert first.date_last_accessed is not None and second.date_last_accessed is not None
        assert second.date_last_accessed >= first.date_last_accessed
    finally:
        store.close()


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = BinStore(tmp_path / "bins.sqlite3")
    try:
        store.create("acct", "kept", "<Response/>")
        try:
            with store._transaction() as db:
                db.execute("INSERT INTO bins (sid, account_sid, name, contents, date_created, "
                           "date_updated) VALUES ('s1', 'acct', 'half', '', 'd', 'd')")
                db.execute("INSERT INTO bins (sid) VALUES ('s1')")  # breaks: NOT NULL, UNIQUE
        except sqlite3.IntegrityError:
            pass
        assert store.count("acct") == 1
        store.create("acct", "after", "<Response/>")
        assert store.count("acct") == 2
    finally:
        store.close()


def test_local_credentials_are_kept_in_the_database(tmp_path: Path) -> None:
    path = tmp_path / "bins.sqlite3"
    store = BinStore(path)
    made = store.local_credentials(new_credentials)
    store.close()
    again = BinStore(path)
    try:
        assert again.local_credentials(new_credentials) == made
    finally:
        again.close()


def test_threads_on_two_connections_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bins.sqlite3"
    stores = [BinStore(path), BinStore(path)]
    target = stores[0].create("acct", "counter", "<Response/>")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        store = stores[n % 2]
        try:
            for i in range(25):
                store.create("acct", f"t{n}-{i}", "<Response/>")
                store.record_access(target.sid)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert errors == []
        assert stores[1].count("acct") == 1 + 8 * 25
        counted = stores[1].get("acct", target.sid)
        assert counted is not None and counted.num_requests == CONCURRENT
    finally:
        for store in stores:
            store.close()


def test_concurrent_creates_and_updates_over_http_lose_nothing(tmp_path: Path) -> None:
    with LocalServer(validate=False, db=tmp_path / "bins.sqlite3") as server:

        async def scenario() -> tuple[list[str], list[str]]:
            async with server.async_client(retries=0, timeout=60) as client:
                created = await asyncio.gather(*(
                    client.create(f"bin {i:03d}", f"<Response><Say>{i}</Say></Response>",
                                  validate=False)
                    for i in range(CONCURRENT)
                ))
                sids = [b.sid for b in created]
                # Updates of every bin, and as many new creates, all at once.
                await asyncio.gather(
                    *(client.update(sid, name=f"bin {i:03d} v2",
                                    contents=f"<Response><Say>{i} v2</Say></Response>",
                                    validate=False)
                      for i, sid in enumerate(sids)),
                    *(client.create(f"more {i:03d}", validate=False) for i in range(CONCURRENT)),
                )
                listed = [b.name async for b in client.list(page_size=1000)]
                contents = [(await client.get(sid)).contents for sid in sids]
                return listed, contents

        listed, contents = asyncio.run(scenario())
    assert len(created_names := [n for n in listed if n.startswith("bin ")]) == CONCURRENT
    assert all(name.endswith(" v2") for name in created_names)
    assert len({n for n in listed if n.startswith("more ")}) == CONCURRENT
    assert contents == [f"<Response><Say>{i} v2</Say></Response>" for i in range(CONCURRENT)]


def test_clear_empties_one_account() -> None:
    store = BinStore()
    try:
        for i in range(3):
            store.create("a", f"a{i}", "<Response/>")
        store.create("b", "b0", "<Response/>")
        assert store.clear("a") == 3
        assert (store.count("a"), store.count("b")) == (0, 1)
    finally:
        store.close()


def test_new_folders_and_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    outer_mode = tmp_path.stat().st_mode
    path = tmp_path / "a" / "b" / "bins.sqlite3"
    old = os.umask(0)
    try:
        store = BinStore(path)
        try:
            store.local_credentials(new_credentials)
            store.create("acct", "x", "<Response/>")
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(f.exists() for f in files)
            assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {
                f.name: 0o600 for f in files}
        finally:
            store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700
    assert tmp_path.stat().st_mode == outer_mode  # a folder that was there is left alone


def test_a_read_only_database_is_refused_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "bins.sqlite3"
    BinStore(path).close()
    with read_only(path), pytest.raises(StoreUnavailableError, match="read-only"):
        BinStore(path)


@contextmanager
def serving_file(path: Path) -> Iterator[tuple[LocalServer, BinsClient, LamlBin]]:
    """A server on the database file ``path`` with one bin, a client of it, and that bin."""
    with LocalServer(validate=False, db=path) as server, server.client(retries=0) as client:
        item = client.create("Greeting", "<Response><Say>Hi {{Name}}</Say></Response>",
                             validate=False)
        yield server, client, item


def test_a_database_deleted_while_serving_refuses_writes_and_keeps_rendering(
    tmp_path: Path,
) -> None:
    with serving_file(tmp_path / "bins.sqlite3") as (_, client, item):
        for file in tmp_path.iterdir():
            file.unlink()
        for write in (lambda: client.create("Lost"),
                      lambda: client.update(item.sid, name="Renamed"),
                      lambda: client.delete(item.sid)):
            with pytest.raises(ServerError) as refused:
                write()
            assert refused.value.status == 503
            assert "deleted" in refused.value.message
        rendered = httpx.get(item.request_url, params={"Name": "Ada"})
        assert rendered.status_code == 200 and "Hi Ada" in rendered.text
        assert [b.name for b in client.list()] == ["Greeting"]


def test_a_database_made_read_only_while_serving_refuses_writes_until_writable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bins.sqlite3"
    with serving_file(path) as (server, client, item):
        with read_only(path):
            with pytest.raises(ServerError) as refused:
                client.create("Lost")
            assert refused.value.status == 503 and "read-only" in refused.value.message
            rendered = httpx.get(item.request_url, params={"Name": "Ada"})
            assert rendered.status_code == 200 and "Hi Ada" in rendered.text
        assert client.get(item.sid).num_requests == 0  # that render could not be counted
        assert client.create("Back").name == "Back"
    reopened = BinStore(path)
    try:
        assert reopened.count(server.project_id) == 2
    finally:
        reopened.close()
