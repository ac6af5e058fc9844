"""The library's SQLite file: opening it safely, migrations, and transactions."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.errors import LibraryDamaged, LibraryError
from reader.core.library.backups import newest_backup, restore_hint, take_backup

DATABASE_NAME = "library.sqlite3"
BUSY_WAIT = 5.0  # seconds a write waits for another program's: short, for edits made while the reader waits

# Each entry migrates the schema from version i to i + 1; PRAGMA user_version records where a file stands.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        added TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX articles_by_path ON articles(path);
    CREATE INDEX articles_by_sha256 ON articles(sha256);
    CREATE TABLE sections (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        heading TEXT,
        heading_id TEXT,
        PRIMARY KEY (article, position)
    );
    CREATE TABLE paragraphs (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        section INTEGER NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        direction TEXT NOT NULL,
        PRIMARY KEY (article, id)
    );
    CREATE INDEX paragraphs_in_order ON paragraphs(article, position);
    """,
    # Highlights: offsets are [start_offset, end_offset) in the text of one paragraph (or the title or a
    # heading). `paragraph` names no table row on purpose: an orphaned highlight keeps the id of a
    # paragraph that is gone. Removing an article removes its highlights; re-importing it never does.
    """
    CREATE TABLE highlights (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paragraph TEXT NOT NULL,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
        quote TEXT NOT NULL CHECK (quote <> ''),
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
        note TEXT,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('anchored', 'moved', 'orphaned')),
        group_id TEXT
    );
    CREATE INDEX highlights_by_paragraph ON highlights(article, paragraph);
    CREATE INDEX highlights_by_group ON highlights(group_id) WHERE group_id IS NOT NULL
    """,
    # Heading levels and what a source says about an article. Articles stored before keep their sections
    # at level 2 (flat, as they were shown) until they are imported again.
    """
    ALTER TABLE sections ADD COLUMN level INTEGER NOT NULL DEFAULT 2;
    ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN date TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN address TEXT NOT NULL DEFAULT ''
    """,
    # Where each article is being read (the block at the top of the view, how far through it, when), and
    # bookmarks: a named place at a block, found again after a re-import by its quote (the block's start).
    # Both go with their article; a re-import keeps them (the article keeps its id).
    """
    CREATE TABLE reading_places (
        article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        block TEXT NOT NULL,
        progress REAL NOT NULL CHECK (progress BETWEEN 0 AND 1),
        read TEXT NOT NULL
    );
    CREATE TABLE bookmarks (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paragraph TEXT NOT NULL,
        quote TEXT NOT NULL,
        name TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('anchored', 'moved', 'orphaned'))
    );
    CREATE INDEX bookmarks_by_article ON bookmarks(article, created)
    """,
]


class Connection(sqlite3.Connection):
    """A connection to the library database that knows whether it has checked the file for damage."""

    checked = False


def connect(folder: Path, wait: float = BUSY_WAIT) -> sqlite3.Connection:
    """Open (creating if needed) the library database in `folder`, migrated to the current schema; a write
    waits up to `wait` seconds for another program's to end."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(f"The library folder {folder} cannot be created: {error.strerror}.") from None
    path = folder / DATABASE_NAME
    _refuse_emptied(path, folder)
    if path.exists() and not os.access(folder, os.W_OK) and not os.access(path, os.W_OK):
        return _connect_read_only(path, folder)
    try:
        connection = sqlite3.connect(
            path, timeout=wait, isolation_level=None, check_same_thread=False, factory=Connection
        )
        _use_wal(connection, wait)
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        _migrate(connection, folder)
    except sqlite3.Error as error:
        raise explain(error, folder) from None
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection, folder: Path) -> Iterator[sqlite3.Connection]:
    """Run a block as one write transaction: all of it is committed, or none of it. A connection's first
    write transaction checks the database for damage first (see `check_integrity`)."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise explain(error, folder) from None
    if not getattr(connection, "checked", True):
        try:
            check_integrity(connection, folder)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.checked = True  # type: ignore[attr-defined]
    try:
        yield connection
    except BaseException:
        if connection.in_transaction:  # SQLite has rolled back already after some errors (a full disk)
            connection.execute("ROLLBACK")
        raise
    try:
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise explain(error, folder) from None


def _connect_read_only(path: Path, folder: Path) -> sqlite3.Connection:
    """The database of a library on a read-only disk (a mounted backup, a locked stick), opened as a file
    that cannot change: it is read as it is, and every write is refused as read-only."""
    try:
        connection = sqlite3.connect(
            f"{path.as_uri()}?immutable=1", uri=True, isolation_level=None, check_same_thread=False,
            factory=Connection,
        )
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        raise explain(error, folder) from None
    if version != len(MIGRATIONS):
        connection.close()
        raise LibraryError(
            f"The library in {folder} was made by {'a newer' if version > len(MIGRATIONS) else 'an older'} "
            "Qari and cannot be brought up to date on a read-only disk."
        )
    return connection


def check_integrity(connection: sqlite3.Connection, folder: Path) -> None:
    """Refuse to go on with a damaged database (LibraryDamaged, naming the backup to restore): a write to it
    would be lost when the newest backup is put back. SQLite's quick check reads every page once."""
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA quick_check(1)")]
    except sqlite3.Error as error:
        raise explain(error, folder) from None
    if verdict != ["ok"]:
        raise LibraryDamaged(
            f"The library database in {folder} is damaged ({verdict[0]}); nothing was changed. "
            f"{restore_hint(folder)}"
        )


def _refuse_emptied(path: Path, folder: Path) -> None:
    """An empty file where a library's database was, beside its backups, is damage, not an empty library
    (a new library has no database file and no backups yet)."""
    try:
        emptied = path.stat().st_size == 0
    except OSError:
        return  # no file yet (a new library), or one that connect() will explain
    if emptied and newest_backup(folder) is not None:
        raise LibraryDamaged(f"The library database in {folder} is an empty file. {restore_hint(folder)}")


def explain(error: sqlite3.Error, folder: Path) -> LibraryError:
    """Turn a SQLite error into one plain sentence about the library."""
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return LibraryError(
            f"The library in {folder} is in use by another program; try again when it is done."
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return LibraryError(f"The library in {folder} cannot be written (the folder or file is read-only).")
    if "malformed" in message or "not a database" in message or "could not decode" in message:
        return LibraryDamaged(
            f"The library database in {folder} is damaged ({error}). {restore_hint(folder)}"
        )
    if "disk is full" in message or "disk i/o" in message:
        return LibraryError(f"The library in {folder} could not be written: the disk is full or failing.")
    return LibraryError(f"The library in {folder} could not be used: {error}.")


def _use_wal(connection: sqlite3.Connection, wait: float) -> None:
    """Put the database in WAL mode. Two programs creating the library at once get "database is locked"
    at once from this pragma (SQLite's busy wait does not cover it), so it is tried again for `wait`."""
    deadline = time.monotonic() + wait
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _migrate(connection: sqlite3.Connection, folder: Path) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise sqlite3.DatabaseError(f"made by a newer Qari (schema {version}); update Qari to open it")
    if 0 < version < len(MIGRATIONS):
        take_backup(connection, folder)  # LibraryError when it cannot be made: then nothing is migrated
    for target in range(version + 1, len(MIGRATIONS) + 1):
        # executescript() would commit on its own; statement by statement keeps a step all-or-nothing.
        connection.execute("BEGIN IMMEDIATE")
        if connection.execute("PRAGMA user_version").fetchone()[0] >= target:
            connection.execute("COMMIT")  # another program opening the library migrated it meanwhile
            continue
        try:
            for statement in filter(None, (s.strip() for s in MIGRATIONS[target - 1].split(";"))):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version={target}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
