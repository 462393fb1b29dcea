"""The samplers ``bench/_traced.py`` runs inside a measured harvest process: they read what
the process's own status file and the store say, keep one descriptor and one connection, and
leave the store's write-ahead log free to be checkpointed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench._traced import _Status, _Stored


def _status_mb() -> dict[str, int]:
    with open("/proc/self/status") as fh:
        rows = [line.split() for line in fh]
    return {row[0].rstrip(":"): int(row[1]) // 1024 for row in rows if row[-1:] == ["kB"]}


def test_the_status_read_into_one_buffer_says_what_the_file_says() -> None:
    status = _Status()
    before = _status_mb()
    rss, anon, file = status.read()
    after = _status_mb()
    for got, key in ((rss, "VmRSS"), (anon, "RssAnon"), (file, "RssFile")):
        assert min(before[key], after[key]) - 1 <= got <= max(before[key], after[key]) + 1
    ballast = bytearray(64 * 2**20)  # resident once written: the next read sees it
    ballast[::4096] = b"x" * len(ballast[::4096])
    assert status.read()[0] >= rss + 48


def _store(path: Path, rows: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE records (id TEXT, seq INTEGER)")
    conn.executemany(
        "INSERT INTO records VALUES (?, ?)", [(f"r{i}", i) for i in range(1, rows + 1)]
    )
    return conn


def test_the_store_is_counted_through_one_connection_that_holds_no_read(tmp_path: Path) -> None:
    db = tmp_path / "chm.sqlite"
    stored = _Stored(db)
    assert stored.count() == -1  # no store yet: asked again later
    writer = _store(db, 3)
    assert stored.count() == 3
    conn = stored.conn
    writer.execute("INSERT INTO records VALUES ('r4', 4)")
    assert stored.count() == 4 and stored.conn is conn
    # a reader left inside a read transaction would keep the log from being reset
    busy, _log, _done = writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    assert (tmp_path / "chm.sqlite-wal").stat().st_size == 0
