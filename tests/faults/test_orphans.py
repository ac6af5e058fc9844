"""What a killed program leaves behind: its index workers die with it, a rebuild's leftover folders are
cleaned at the next use, and a damaged journal or a file in the index's place is rebuilt, with its
message (issue 15, items 5 and 6)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.core.library import INDEX_FOLDER, Workspace
from reader.core.search.store import JOURNAL_SUFFIX
from tests.faults.corpus import check_library, write_articles


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_index_workers_die_with_a_killed_rebuild(tmp_path: Path):
    library = tmp_path / "library"
    write_articles(tmp_path / "articles", 300)
    with Workspace(library) as workspace:
        assert not workspace.import_paths([tmp_path / "articles"]).errors
    rebuild = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), "index", "rebuild"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while not workers and rebuild.poll() is None and time.monotonic() < deadline:
        workers = children_of(rebuild.pid)
        time.sleep(0.01)
    assert workers, "the rebuild ended before it started its workers"
    os.kill(rebuild.pid, signal.SIGKILL)  # the program alone, as a crash would end it
    rebuild.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)


def library_of(tmp_path: Path, articles: int = 5) -> tuple[Path, dict]:
    library = tmp_path / "library"
    expected = write_articles(tmp_path / "articles", articles)
    with Workspace(library) as workspace:
        assert not workspace.import_paths([tmp_path / "articles"]).errors
    return library, expected


def test_a_rebuild_left_unfinished_is_cleaned_at_the_next_search(tmp_path: Path):
    library, expected = library_of(tmp_path)
    index = library / INDEX_FOLDER
    shutil.copytree(index, index.with_name(f"{INDEX_FOLDER}.new"))
    ids, _ = check_library(library, expected)
    assert len(ids) == 5 and not index.with_name(f"{INDEX_FOLDER}.new").exists()


def test_a_garbled_journal_rebuilds_the_index_once(tmp_path: Path):
    library, expected = library_of(tmp_path)
    journal = library / f"{INDEX_FOLDER}{JOURNAL_SUFFIX}"
    journal.write_bytes(b"\xff\xfe\x00garbage\x9c\n")
    ids, notice = check_library(library, expected)
    assert len(ids) == 5 and "damaged journal" in notice and not journal.exists()
    ids, notice = check_library(library, expected)
    assert len(ids) == 5 and not notice


def test_a_file_in_the_place_of_the_index_is_replaced_by_a_rebuilt_index(tmp_path: Path):
    library, expected = library_of(tmp_path)
    index = library / INDEX_FOLDER
    shutil.rmtree(index)
    index.write_text("not an index")
    ids, notice = check_library(library, expected)
    assert len(ids) == 5 and "is a file, not a folder" in notice and index.is_dir()
