from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import ArticleNotFound, LibraryError
from reader.core.library import Library, Workspace
from reader.core.library import workspace as workspace_module
from reader.core.library.database import DATABASE_NAME, MIGRATIONS

ARTICLE = "عنوان المقال\nمقدمة قصيرة.\nالقسم الأول\nفقرة أولى.\nفقرة ثانية.\n"


@pytest.fixture
def workspace(library_folder: Path):
    ws = Workspace(library_folder)
    yield ws
    ws.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_stores_the_article_and_reads_it_back(workspace, tmp_path):
    imported = workspace.import_file(write(tmp_path / "a.txt", ARTICLE))
    assert imported.status == "new"
    stored = workspace.library.get(imported.article.id)
    assert stored == imported.article
    assert [s.heading for s in stored.sections] == [None, "القسم الأول"]
    assert stored.source.format == "text" and stored.source.encoding == "utf-8"


def test_the_same_content_twice_adds_nothing(workspace, tmp_path):
    first = workspace.import_file(write(tmp_path / "a.txt", ARTICLE))
    again = workspace.import_file(write(tmp_path / "copy.txt", ARTICLE))
    assert again.status == "unchanged" and again.article.id == first.article.id
    assert len(workspace.library.summaries()) == 1


def test_changed_file_updates_in_place_and_unchanged_paragraphs_keep_their_ids(workspace, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    before = workspace.import_file(path).article
    after = workspace.import_file(write(path, ARTICLE.replace("فقرة أولى.", "فقرة أولى معدلة."))).article
    assert after.id == before.id
    assert len(workspace.library.summaries()) == 1
    old_ids, new_ids = [p.id for p in before.paragraphs()], [p.id for p in after.paragraphs()]
    assert old_ids[0] == new_ids[0] and old_ids[2] == new_ids[2]
    assert old_ids[1] != new_ids[1]
    assert workspace.library.get(after.id).paragraphs()[1].text == "فقرة أولى معدلة."


def test_remove_and_resolve_by_prefix(workspace, tmp_path):
    article = workspace.import_file(write(tmp_path / "a.txt", ARTICLE)).article
    assert workspace.library.resolve(article.id[:4]) == article.id
    workspace.remove(article.id)
    with pytest.raises(ArticleNotFound):
        workspace.library.resolve(article.id)
    assert workspace.library.summaries() == []


def test_an_ambiguous_prefix_is_refused(workspace, tmp_path):
    ids = {
        workspace.import_file(write(tmp_path / f"{i}.txt", f"عنوان {i}\nنص {i}.")).article.id
        for i in range(40)
    }
    shared = next(i[0] for i in ids if sum(j.startswith(i[0]) for j in ids) > 1)
    with pytest.raises(ArticleNotFound, match="matches"):
        workspace.library.resolve(shared)
    with pytest.raises(ArticleNotFound):
        workspace.library.resolve("%")


def test_a_folder_imports_its_supported_files_and_reports_the_rest(workspace, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder / "a.txt", ARTICLE)
    write(folder / "sub" / "b.md", "# عنوان\n\nنص.\n")
    (folder / "c.bin").write_bytes(b"\x00\x01")
    write(folder / "empty.txt", "")
    report = workspace.import_paths([folder, tmp_path / "missing.txt"])
    assert sorted(Path(i.path).name for i in report.imported) == ["a.txt", "b.md"]
    assert sorted(Path(p).name for p, _ in report.errors) == ["empty.txt", "missing.txt"]


def test_schema_version_is_recorded(workspace):
    version = workspace.library.connection.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)


def test_a_newer_schema_is_refused_plainly(library_folder):
    Workspace(library_folder).close()
    with sqlite3.connect(library_folder / DATABASE_NAME) as db:
        db.execute("PRAGMA user_version=999")
    with pytest.raises(LibraryError, match="newer Qari"):
        Workspace(library_folder)


def test_a_damaged_database_is_reported(library_folder):
    library_folder.mkdir()
    (library_folder / DATABASE_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(LibraryError, match="damaged"):
        Workspace(library_folder)


def test_a_long_import_commits_in_parts_so_other_programs_can_write_between(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(workspace_module, "COMMIT_EVERY", 0.0)  # every file its own transaction
    files = [write(tmp_path / f"{n}.txt", f"مقالة {n}\n\nفقرة رقم {n} عن الورق.\n") for n in range(3)]
    seen_by_another_program: list[int] = []
    with Library(workspace.folder) as other:

        def progress(done: int, total: int, path: str) -> bool:
            seen_by_another_program.append(len(other.ids()))
            return True

        report = workspace.import_paths(files, progress=progress)
    assert len(report.imported) == 3
    # each file is committed by the time the next begins, not only at the end
    assert seen_by_another_program == [0, 1, 2]


def test_an_import_stopped_by_its_progress_keeps_what_it_imported(workspace, tmp_path):
    files = [write(tmp_path / f"{n}.txt", f"مقالة {n}\n\nفقرة رقم {n}.\n") for n in range(3)]
    report = workspace.import_paths(files, progress=lambda done, total, path: done < 2)
    assert len(report.imported) == 2 and len(workspace.library.ids()) == 2


def _open_library(folder: str, start: Any, results: Any) -> None:
    start.wait()  # both programs open the new library at the same moment
    try:
        with Library(Path(folder)):
            results.put("ok")
    except LibraryError as error:
        results.put(str(error))


def test_two_programs_creating_the_library_at_once_both_open_it(tmp_path):
    # Switching a new database to WAL fails at once, with no busy wait, while another program does it too.
    context = multiprocessing.get_context("fork")
    outcomes = []
    for round_number in range(15):
        results, start = context.Queue(), context.Barrier(2)
        folder = str(tmp_path / str(round_number))
        programs = [context.Process(target=_open_library, args=(folder, start, results)) for _ in range(2)]
        for program in programs:
            program.start()
        for program in programs:
            program.join(timeout=60)
        outcomes += [results.get(timeout=10) for _ in programs]
    assert outcomes == ["ok"] * 30
