"""Putting a backup back: the replaced database is kept aside, the index rebuilt, a busy library refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import LibraryError
from reader.core.library import DATABASE_NAME, INDEX_FOLDER, Workspace, find_backup, newest_backup, restore
from tests.helpers import REPO, SAMPLE


@pytest.fixture
def backed_up(library_folder: Path) -> Path:
    """A library with the sample article, backed up, then given a second article after the backup."""
    workspace = Workspace(library_folder)
    workspace.import_file(SAMPLE)
    workspace.close()
    Workspace(library_folder).close()  # the day's backup
    later = library_folder.parent / "later.txt"
    later.write_text("مقال لاحق\n\nكتب بعد النسخة الاحتياطية.\n", encoding="utf-8")
    workspace = Workspace(library_folder)
    workspace.import_file(later)
    workspace.close()
    return library_folder


def test_the_newest_backup_comes_back_and_the_damaged_file_is_kept_with_its_wal(backed_up):
    database = backed_up / DATABASE_NAME
    database.write_bytes(b"not a database" * 300)
    Path(f"{database}-wal").write_bytes(b"its write-ahead log")
    done = restore(backed_up)
    assert done.backup == newest_backup(backed_up)
    assert done.kept_aside is not None and done.kept_aside.name.startswith("library.sqlite3.damaged-")
    assert done.kept_aside.read_bytes() == b"not a database" * 300
    assert Path(f"{done.kept_aside}-wal").read_bytes() == b"its write-ahead log"
    assert not Path(f"{database}-wal").exists()
    assert not (backed_up / INDEX_FOLDER).exists()
    notices: list[str] = []
    workspace = Workspace(backed_up, notify=notices.append)
    try:
        assert len(workspace.library.ids()) == 1  # as it was when backed up
        assert workspace.search("الورق").total > 0
        assert workspace.search("الاحتياطية").total == 0
        assert any("rebuilding it from the library" in notice for notice in notices)
    finally:
        workspace.close()


def test_a_backup_is_found_by_name_or_path_and_an_unknown_one_is_a_plain_error(backed_up):
    newest = newest_backup(backed_up)
    assert newest is not None
    assert find_backup(backed_up, newest.name) == newest
    assert find_backup(backed_up, str(newest.path)) == newest
    with pytest.raises(LibraryError, match="'qari library backups' lists them"):
        find_backup(backed_up, "library-19990101T000000Z.sqlite3")


def test_no_backup_and_a_damaged_backup_are_refused_leaving_the_library_as_it_was(library_folder, backed_up):
    with pytest.raises(LibraryError, match="There is no backup"):
        restore(library_folder.parent / "elsewhere")
    newest = newest_backup(backed_up)
    assert newest is not None
    newest.path.write_bytes(b"\x00" * 4096)
    before = (backed_up / DATABASE_NAME).read_bytes()
    with pytest.raises(LibraryError, match="damaged or not a Qari library"):
        restore(backed_up, newest)
    assert (backed_up / DATABASE_NAME).read_bytes() == before
    assert not [name for name in os.listdir(backed_up) if "damaged" in name or name.startswith(".")]


def test_a_library_open_in_another_program_is_not_restored(backed_up):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(backed_up)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"open\n"
        with pytest.raises(LibraryError, match="open in another program"):
            restore(backed_up)
        assert not list(backed_up.glob("*.damaged-*"))
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert restore(backed_up).kept_aside is not None  # once it is gone, the restore goes ahead


HOLDER = """
import sys, time
from pathlib import Path
from reader.core.library import Library

library = Library(Path(sys.argv[1]))
library.ids()
print("open", flush=True)
time.sleep(60)
"""
