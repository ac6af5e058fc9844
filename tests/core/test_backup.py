"""Rolling backups of the library database: once a day of use, before a migration, the newest seven kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from reader.core.errors import LibraryDamaged, LibraryError
from reader.core.library import Workspace
from reader.core.library.backups import KEEP, backups_folder, list_backups, newest_backup, take_backup
from reader.core.library.database import DATABASE_NAME, MIGRATIONS, connect
from tests.helpers import SAMPLE


def library_with_article(folder: Path) -> str:
    """A library holding the sample article; returns its id."""
    workspace = Workspace(folder)
    article_id = workspace.import_file(SAMPLE).article.id
    workspace.close()
    return article_id


def age_backups(folder: Path, hours: float) -> None:
    """Make the last backup look `hours` old (the daily check reads the folder's modification time)."""
    then = time.time() - hours * 3600
    os.utime(backups_folder(folder), (then, then))


def articles_in(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def test_an_empty_library_is_not_backed_up_and_a_used_one_is_once_a_day(library_folder):
    Workspace(library_folder).close()
    assert list_backups(library_folder) == []
    library_with_article(library_folder)
    Workspace(library_folder).close()  # the first open with articles in it takes the day's backup
    (first,) = list_backups(library_folder)
    assert articles_in(first.path) == 1
    Workspace(library_folder).close()
    assert list_backups(library_folder) == [first]  # not again the same day
    shutil.move(first.path, first.path.with_name("library-20200101T000000Z.sqlite3"))
    age_backups(library_folder, 25)
    Workspace(library_folder).close()
    assert len(list_backups(library_folder)) == 2


def test_a_backup_is_a_whole_database_without_a_wal_and_no_temporary_file_is_left(library_folder):
    library_with_article(library_folder)
    connection = connect(library_folder)
    backup = take_backup(connection, library_folder)
    connection.close()
    assert os.listdir(backups_folder(library_folder)) == [backup.name]
    assert backup.name.startswith("library-") and backup.name.endswith("Z.sqlite3")
    with sqlite3.connect(backup.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert backup.to_json()["articles"] == 1 and backup.to_json()["schema"] == len(MIGRATIONS)


def test_only_the_newest_are_kept_and_leftover_temporary_files_go(library_folder):
    library_with_article(library_folder)
    Workspace(library_folder).close()
    folder = backups_folder(library_folder)
    made = newest_backup(library_folder)
    assert made is not None
    for day in range(1, 10):
        shutil.copyfile(made.path, folder / f"library-202001{day:02}T120000Z.sqlite3")
    made.path.unlink()
    stale = folder / ".library-20200101T000000Z.sqlite3.abcd1234.tmp"
    stale.write_bytes(b"cut short")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    (folder / "notes.txt").write_text("the user's own file", encoding="utf-8")
    connection = connect(library_folder)
    newest = take_backup(connection, library_folder)
    connection.close()
    kept = list_backups(library_folder)
    assert len(kept) == KEEP and kept[0] == newest
    assert [b.name for b in kept[1:]] == [
        f"library-202001{day:02}T120000Z.sqlite3" for day in range(9, 3, -1)
    ]
    assert not stale.exists() and (folder / "notes.txt").exists()


def old_schema_library(folder: Path) -> None:
    """A library file as the first version of Qari left it: schema 1, one article."""
    folder.mkdir()
    with sqlite3.connect(folder / DATABASE_NAME) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("INSERT INTO articles VALUES ('a1', 'عنوان', '/x.txt', 'text', 'utf-8', 'ff', 't', 't')")
        db.execute("PRAGMA user_version=1")


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(library_folder):
    old_schema_library(library_folder)
    connect(library_folder).close()
    (backup,) = list_backups(library_folder)
    assert backup.contents() == (1, 1)
    with sqlite3.connect(library_folder / DATABASE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS),)


def test_no_migration_runs_when_its_backup_cannot_be_made(library_folder):
    old_schema_library(library_folder)
    backups_folder(library_folder).write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(LibraryError, match="could not be backed up"):
        connect(library_folder)
    with sqlite3.connect(library_folder / DATABASE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (1,)


def test_a_damaged_database_names_its_newest_backup(library_folder):
    library_with_article(library_folder)
    Workspace(library_folder).close()
    newest = newest_backup(library_folder)
    assert newest is not None
    (library_folder / DATABASE_NAME).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryDamaged) as caught:
        connect(library_folder)
    message = str(caught.value)
    assert "damaged" in message and newest.describe() in message and "qari library restore" in message
    assert "\n" not in message


def test_a_damaged_database_without_backups_says_so(library_folder):
    library_folder.mkdir()
    (library_folder / DATABASE_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(LibraryDamaged, match="There is no backup of it"):
        connect(library_folder)


def test_a_damaged_copy_never_pushes_out_a_sound_backup(library_folder):
    library_with_article(library_folder)
    Workspace(library_folder).close()
    (sound,) = list_backups(library_folder)
    damage_a_page(library_folder / DATABASE_NAME)
    age_backups(library_folder, 25)
    connect(library_folder).close()  # it opens (the damage is in a page it does not read) and keeps no copy
    assert list_backups(library_folder) == [sound]
    assert os.listdir(backups_folder(library_folder)) == [sound.name]


def damage_a_page(database: Path) -> None:
    """Overwrite the last page of the database (the data of the articles' paragraphs) with noise."""
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    with database.open("r+b") as file:
        file.seek((pages - 1) * page)
        file.write(os.urandom(page))
