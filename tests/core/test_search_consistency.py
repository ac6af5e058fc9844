"""The index and the database stay in step: failed imports, interrupted commits, damaged or locked indexes."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest
from whoosh.writing import SegmentWriter

from reader.core.errors import LibraryError
from reader.core.library import INDEX_FOLDER, Workspace
from reader.core.library import indexing as library_index
from reader.core.search import SearchIndex, SearchIndexError
from reader.core.search import index as search
from reader.core.search import store as store

FIRST = "رحلة الورق\n\nعرف المسلمون صناعة الورق في سمرقند.\n"
SECOND = "فن التجليد\n\nيخيط المجلّد الكراريس بخيط متين.\n"


class Opened:
    """A workspace whose notices are kept."""

    def __init__(self, folder: Path) -> None:
        self.notices: list[str] = []
        self.workspace = Workspace(folder, notify=self.notices.append)

    def articles_found(self, query: str) -> set[str]:
        return {hit.article for hit in self.workspace.search(query).hits}


@pytest.fixture
def opened(library_folder):
    opened = Opened(library_folder)
    yield opened
    opened.workspace.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def index_folder(library_folder: Path) -> Path:
    return library_folder / INDEX_FOLDER


def test_import_update_and_remove_reach_the_index(opened, tmp_path):
    workspace = opened.workspace
    path = write(tmp_path / "a.txt", FIRST)
    article = workspace.import_file(path).article
    assert opened.articles_found("سمرقند") == {article.id}
    write(path, FIRST.replace("سمرقند", "بخارى"))
    assert workspace.import_file(path).status == "updated"
    assert opened.articles_found("بخارى") == {article.id}
    assert opened.articles_found("سمرقند") == set()
    workspace.remove(article.id)
    assert opened.articles_found("بخارى") == set()
    assert opened.notices == []  # a new library's index is created without a word


def test_another_workspace_sees_the_changes_of_this_one(opened, library_folder, tmp_path):
    other = Opened(library_folder)
    try:
        assert other.articles_found("سمرقند") == set()
        article = opened.workspace.import_file(write(tmp_path / "a.txt", FIRST)).article
        assert other.articles_found("سمرقند") == {article.id}
    finally:
        other.workspace.close()


def test_a_batch_with_a_bad_file_imports_and_indexes_the_others(opened, tmp_path):
    good = [write(tmp_path / "a.txt", FIRST), write(tmp_path / "b.txt", SECOND)]
    report = opened.workspace.import_paths([good[0], tmp_path / "missing.txt", good[1]])
    assert len(report.imported) == 2 and len(report.errors) == 1
    assert len(opened.articles_found("سمرقند OR الكراريس")) == 2


def test_an_index_that_cannot_be_written_rolls_the_import_back(opened, tmp_path, monkeypatch):
    workspace = opened.workspace
    kept = workspace.import_file(write(tmp_path / "a.txt", FIRST)).article

    def disk_full(self, **fields):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "add_document", disk_full)
    with pytest.raises(SearchIndexError, match="could not be rebuilt"):
        workspace.import_file(write(tmp_path / "b.txt", SECOND))
    monkeypatch.undo()

    assert workspace.library.ids() == [kept.id]
    assert opened.articles_found("الكراريس") == set()
    assert opened.articles_found("سمرقند") == {kept.id}
    assert not store.journal_path(index_folder(workspace.folder)).exists()


def test_a_failed_database_commit_takes_the_article_out_of_the_index_again(opened, tmp_path):
    workspace = opened.workspace
    path = write(tmp_path / "b.txt", SECOND)
    connection = workspace.library.connection
    with pytest.raises(LibraryError), workspace.transaction():
        workspace.import_file(path)
        # a row that breaks a deferred foreign key makes the COMMIT itself fail, after the index committed
        connection.execute("PRAGMA defer_foreign_keys=ON")
        connection.execute("INSERT INTO paragraphs VALUES ('nobody', 'p', 0, 0, 'x', 'rtl')")
    assert workspace.library.ids() == []
    assert opened.articles_found("الكراريس") == set()


def test_articles_left_in_the_journal_by_a_crash_are_indexed_again(library_folder, tmp_path):
    opened = Opened(library_folder)
    real = opened.workspace.import_file(write(tmp_path / "a.txt", FIRST)).article
    ghost = real.__class__("ghost0000000", "شبح", real.source, real.sections)
    opened.workspace.close()
    # What a crash between the index commit and the database commit leaves: the index has an article
    # the database never got, and the journal names it. A lost index entry is named the same way.
    index = SearchIndex(index_folder(library_folder))
    index.open()
    index.note_pending({ghost.id, real.id})
    with index.writing() as writer:
        writer.add_article(ghost)
        writer.remove_article(real.id)
    index.close()

    reopened = Opened(library_folder)
    try:
        assert reopened.articles_found("سمرقند") == {real.id}
        assert not store.journal_path(index_folder(library_folder)).exists()
    finally:
        reopened.workspace.close()


def damage_with_garbage(folder: Path) -> None:
    for path in folder.iterdir():
        path.write_bytes(os.urandom(300))


def make_old_format(folder: Path) -> None:
    stamp = folder / store.STAMP_NAME
    stamp.write_text(json.dumps({"format": 0, "analysis": "old"}), encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (damage_with_garbage, "is damaged"),
        (store.remove_folder, "is missing"),
        (make_old_format, "was made by another version of Qari"),
        (lambda folder: (folder / store.STAMP_NAME).unlink(), "was left unfinished"),
    ],
    ids=["garbage", "missing", "old format", "unfinished"],
)
def test_an_unusable_index_is_rebuilt_with_a_message(library_folder, tmp_path, damage, reason):
    first = Opened(library_folder)
    article = first.workspace.import_file(write(tmp_path / "a.txt", FIRST)).article
    first.workspace.close()
    damage(index_folder(library_folder))

    second = Opened(library_folder)
    try:
        assert second.articles_found("سمرقند") == {article.id}
        (notice,) = second.notices
        assert notice.startswith(f"The search index {reason}") and "rebuilding it" in notice
        assert "(1 articles)" in notice
    finally:
        second.workspace.close()


def test_a_damaged_segment_behind_an_intact_table_of_contents_is_repaired_too(library_folder, tmp_path):
    first = Opened(library_folder)
    article = first.workspace.import_file(write(tmp_path / "a.txt", FIRST)).article
    first.workspace.close()
    for path in index_folder(library_folder).glob("*.seg"):
        path.write_bytes(os.urandom(path.stat().st_size))

    second = Opened(library_folder)
    try:
        assert second.articles_found("سمرقند") == {article.id}
        assert any("is damaged" in notice for notice in second.notices)
    finally:
        second.workspace.close()


def test_a_lock_held_by_a_program_that_does_not_answer_is_worked_around(opened, tmp_path, monkeypatch):
    monkeypatch.setattr(search, "LOCK_WAIT", 0.2)
    workspace = opened.workspace
    first = workspace.import_file(write(tmp_path / "a.txt", FIRST)).article
    lock = os.open(index_folder(workspace.folder) / "MAIN_WRITELOCK", os.O_WRONLY | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a hung program holding the writer would
    try:
        second = workspace.import_file(write(tmp_path / "b.txt", SECOND)).article
        assert opened.articles_found("سمرقند OR الكراريس") == {first.id, second.id}
        assert any("is locked by a program that does not answer" in n for n in opened.notices)
        workspace.remove(first.id)  # the rebuilt index is not locked
        assert opened.articles_found("سمرقند OR الكراريس") == {second.id}
    finally:
        os.close(lock)


def test_rebuild_reports_progress_and_counts_articles(opened, tmp_path):
    opened.workspace.import_paths([write(tmp_path / "a.txt", FIRST), write(tmp_path / "b.txt", SECOND)])
    seen: list[tuple[int, int]] = []
    assert opened.workspace.rebuild_index(lambda done, total: seen.append((done, total))) == 2
    assert seen == [(1, 2), (2, 2)]
    assert len(opened.articles_found("سمرقند OR الكراريس")) == 2


def test_a_large_batch_is_analyzed_in_two_processes_with_the_same_result(opened, tmp_path, monkeypatch):
    monkeypatch.setattr(library_index, "PARALLEL_FROM", 3)
    files = [
        write(tmp_path / f"{i}.txt", f"مقالة {i}\n\nفقرة عن المدينة رقم {i} وعن الورق.\n") for i in range(12)
    ]
    report = opened.workspace.import_paths(files)
    assert len(report.imported) == 12
    assert len(opened.articles_found("المدينة")) == 12
    assert opened.workspace.search("الورق").total == 12
    assert opened.workspace.rebuild_index() == 12
    assert len(opened.articles_found("المدينة")) == 12


class Cancelled(Exception):
    pass


@pytest.mark.parametrize("processes", [1, 2])
def test_a_rebuild_cancelled_through_progress_leaves_the_old_index(opened, tmp_path, monkeypatch, processes):
    monkeypatch.setattr(library_index, "PARALLEL_FROM", 1 if processes == 2 else 10_000)
    files = [write(tmp_path / f"{i}.txt", f"مقالة {i}\n\nفقرة عن الورق رقم {i}.\n") for i in range(4)]
    opened.workspace.import_paths(files)

    def stop_at_the_third(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        opened.workspace.rebuild_index(stop_at_the_third)
    assert len(opened.articles_found("الورق")) == 4
    assert not (opened.workspace.folder / (INDEX_FOLDER + ".new")).exists()
