"""Putting a backup back in place of the library database; the file it replaces is kept aside, never deleted.

The search index is a cache of the database, so it is removed with the database it mirrored, and the
next use of the library rebuilds it from the restored one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.atomicfile import replacing
from reader.core.errors import LibraryError, reason
from reader.core.library.backups import Backup, backups_folder, list_backups, newest_backup
from reader.core.library.database import DATABASE_NAME

# SQLite (unix) holds a shared lock on this byte of the `-shm` file while a connection has the database
# open in WAL mode; whoever can lock it exclusively knows that no other program has the library open.
_SHM_DMS_BYTE = 128


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup put back, and where the file it replaced now is."""

    backup: Backup
    kept_aside: Path | None


def find_backup(folder: Path, reference: str | None) -> Backup:
    """The backup named by `reference` (a name from the list, or a file's path), or the newest one."""
    if reference is None:
        newest = newest_backup(folder)
        if newest is None:
            raise LibraryError(f"There is no backup of the library in {backups_folder(folder)}.")
        return newest
    for backup in list_backups(folder):
        if reference in (backup.name, str(backup.path)):
            return backup
    path = Path(reference).expanduser().absolute()
    try:
        info = path.stat()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise LibraryError(f"The backup {reference!r} cannot be read: {reason(error)}.") from None
    else:
        if stat.S_ISREG(info.st_mode):
            return Backup(path, datetime.fromtimestamp(info.st_mtime, UTC))
    raise LibraryError(f"No backup is called {reference!r}; 'qari library backups' lists them.")


def restore(folder: Path, backup: Backup | None = None) -> Restored:
    """Put `backup` (the newest by default) in place of the library database in `folder`.

    Refused while another program has the library open. The current database file (with its WAL) is
    renamed `library.sqlite3.damaged-<time>`; the search index is removed, to be rebuilt at next use.
    """
    backup = backup or find_backup(folder, None)
    _check(backup)
    _check_unused(folder)
    database = folder / DATABASE_NAME
    aside = folder / f"{DATABASE_NAME}.damaged-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    try:
        with replacing(database) as temporary:
            shutil.copyfile(backup.path, temporary)
            kept = _set_aside(database, aside)
    except OSError as error:
        raise LibraryError(
            f"The backup could not be put back in {folder}: {error.strerror or error}."
        ) from None
    _forget_index(folder)
    return Restored(backup, kept)


def _check(backup: Backup) -> None:
    """Refuse a backup that is not a sound Qari library."""
    try:
        with contextlib.closing(sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)) as db:
            db.execute("SELECT COUNT(*) FROM articles").fetchone()  # fails when it is not a library
            sound = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        sound = False
    if not sound:
        raise LibraryError(f"The backup {backup.path} is damaged or not a Qari library; choose another.")


def _check_unused(folder: Path) -> None:
    """Refuse when another program has the library database open (its window, or a command)."""
    try:
        import fcntl
    except ImportError:  # not a unix: the user is asked to close Qari first (README)
        return
    try:
        descriptor = os.open(folder / f"{DATABASE_NAME}-shm", os.O_RDWR)
    except FileNotFoundError:
        return  # no program has it open in WAL mode
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        raise LibraryError(
            f"The library in {folder} is open in another program; close Qari and try again."
        ) from None
    finally:
        os.close(descriptor)  # closing releases the lock


def _set_aside(database: Path, aside: Path) -> Path | None:
    """Keep the current database and its WAL under the name `aside`; the database stays in place until
    the restored file replaces it, so a crash in between never leaves the library without one."""
    if not database.exists():
        return None
    for suffix in ("-wal", "-shm"):  # a WAL left beside the restored file would be replayed into it
        if Path(f"{database}{suffix}").exists():
            os.replace(f"{database}{suffix}", f"{aside}{suffix}")
    try:
        os.link(database, aside)
    except OSError:  # a file system without hard links
        shutil.copy2(database, aside)
    return aside


def _forget_index(folder: Path) -> None:
    """Remove the search index (a cache of the database that was replaced) and its journal."""
    from reader.core.library.indexing import INDEX_FOLDER
    from reader.core.search import SearchIndex  # loaded here: listing backups needs no search engine

    SearchIndex(folder / INDEX_FOLDER).remove()
