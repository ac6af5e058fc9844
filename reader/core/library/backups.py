"""Rolling backups of the library database in `<library>/backups/`: taken, listed and pruned.

A backup is a consistent copy made with SQLite's backup API (other programs may keep reading and
writing meanwhile), checked, written to a temporary file, flushed to disk and renamed into place, so a
backup file is always whole. One is taken before each schema migration and once a day of use; the
newest `KEEP` are kept. Putting one back is `reader.core.library.restore`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.atomicfile import replacing
from reader.core.errors import LibraryError

BACKUP_FOLDER = "backups"
KEEP = 7
DAY = 24 * 60 * 60  # seconds between two daily backups
_NAME = re.compile(r"^library-(\d{8}T\d{6})Z\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S"
_STALE = 60 * 60  # seconds after which a temporary file is a leftover of a backup that was cut short


@dataclass(frozen=True)
class Backup:
    """One backup file of the library database."""

    path: Path
    taken: datetime  # UTC

    @property
    def name(self) -> str:
        """The file's name, as `qari library restore` accepts it."""
        return self.path.name

    def describe(self) -> str:
        """When it was taken, for people: '2026-11-03 14:25 UTC'."""
        return self.taken.strftime("%Y-%m-%d %H:%M UTC")

    def contents(self) -> tuple[int | None, int | None]:
        """Its schema version and number of articles, or None where the file cannot be read."""
        try:
            with contextlib.closing(sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)) as db:
                schema = db.execute("PRAGMA user_version").fetchone()[0]
                try:
                    return schema, db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.Error:
                    return schema, None
        except sqlite3.Error:
            return None, None

    def to_json(self) -> dict[str, object]:
        """The backup as `qari library backups --json` prints it."""
        schema, articles = self.contents()
        return {
            "name": self.name,
            "path": str(self.path),
            "taken": self.taken.isoformat(timespec="seconds"),
            "size": self.path.stat().st_size,
            "schema": schema,
            "articles": articles,
        }


def backups_folder(folder: Path) -> Path:
    """Where the backups of the library in `folder` are kept."""
    return folder / BACKUP_FOLDER


def list_backups(folder: Path) -> list[Backup]:
    """The backups of the library in `folder`, newest first."""
    try:
        names = os.listdir(backups_folder(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for name in names:
        matched = _NAME.match(name)
        if matched:
            taken = datetime.strptime(matched.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(backups_folder(folder) / name, taken))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def newest_backup(folder: Path) -> Backup | None:
    """The most recent backup of the library in `folder`, or None when there is none."""
    backups = list_backups(folder)
    return backups[0] if backups else None


def restore_hint(folder: Path) -> str:
    """One sentence on getting the library back from its newest backup (for a damaged database)."""
    newest = newest_backup(folder)
    if newest is None:
        return f"There is no backup of it in {backups_folder(folder)}."
    return (
        f"Its newest backup is from {newest.describe()}: 'qari library restore' puts it back "
        "(the damaged file is kept aside)."
    )


def take_backup(connection: sqlite3.Connection, folder: Path, keep: int = KEEP) -> Backup:
    """Back up the database open on `connection` into the backups of `folder`, then keep the newest `keep`.

    The copy is checked before it is kept: a damaged database never pushes a sound backup out.
    """
    target = backups_folder(folder)
    taken = datetime.now(UTC).replace(microsecond=0)
    path = target / f"library-{taken.strftime(_STAMP)}Z.sqlite3"
    try:
        target.mkdir(exist_ok=True)
        with replacing(path) as temporary:
            _copy(connection, temporary)
    except OSError as error:
        reason = "the disk is full" if error.errno == errno.ENOSPC else error.strerror or str(error)
        raise LibraryError(f"The library could not be backed up into {target}: {reason}.") from None
    except sqlite3.Error as error:
        raise LibraryError(f"The library in {folder} could not be backed up: {error}.") from None
    prune(folder, keep)
    return Backup(path, taken)


def keep_daily(connection: sqlite3.Connection, folder: Path) -> Backup | None:
    """Take a backup when the last one is a day old or more; never fails (a library opens without one).

    The backups folder's modification time is when a backup last went into it: one stat decides.
    """
    try:
        age = time.time() - backups_folder(folder).stat().st_mtime
    except FileNotFoundError:
        age = float("inf")
    except OSError:
        return None
    if abs(age) < DAY:
        return None
    try:
        if connection.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
            return None  # nothing worth keeping yet
        return take_backup(connection, folder)
    except (LibraryError, sqlite3.Error, OSError):
        return None  # a read-only or full disk, or a damaged database: the sound backups stay as they are


def prune(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` backups, and temporary files left by backups cut short."""
    for backup in list_backups(folder)[keep:]:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
    target = backups_folder(folder)
    for name in os.listdir(target):
        if name.startswith(".library-") and name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if time.time() - (target / name).stat().st_mtime > _STALE:
                    (target / name).unlink()


def _copy(connection: sqlite3.Connection, path: Path) -> None:
    """A consistent, checked copy of the database in a file of its own (no WAL beside it)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as copy:
        connection.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        problem = copy.execute("PRAGMA quick_check").fetchone()[0]
    if problem != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed ({problem})")
