"""The library pane and long work: sorting, dropping files in, removing, importing with progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.gui.panes.librarypanel import PARAGRAPHS_COLUMN, TITLE_COLUMN

WORK_TIMEOUT = 120_000  # ms


def write_article(folder: Path, name: str, title: str, paragraphs: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    body = "\n\n".join(f"{title}: الفقرة رقم {n} من هذه المقالة." for n in range(paragraphs))
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


def drop_on(window, paths: list[Path]) -> None:
    """Drag local files over the window and drop them, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(300, 300), action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(300, 300), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


@pytest.fixture
def window(open_window):
    return open_window("en")


def test_dropping_files_and_folders_imports_them_and_opens_the_first(window, qtbot, tmp_path: Path):
    single = write_article(tmp_path / "loose", "one.txt", "مقالة مسحوبة", 3)
    folder = tmp_path / "folder"
    write_article(folder, "a.txt", "مقالة أ", 2)
    write_article(folder / "inner", "b.md", "مقالة ب", 2)
    with qtbot.waitSignal(window.progress.bar.valueChanged, timeout=WORK_TIMEOUT):
        drop_on(window, [single, folder])
    qtbot.waitUntil(lambda: window.library_panel.count() == 4, timeout=WORK_TIMEOUT)
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)
    assert window.view.article.title == "مقالة مسحوبة"
    assert not window.progress.isVisible()
    assert window.statusBar().currentMessage() == "3 articles imported."


def test_a_drag_without_files_is_refused(window):
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_the_library_sorts_by_title_date_and_length(open_window, tmp_path: Path):
    files = [write_article(tmp_path, f"{n}.txt", title, size)
             for n, (title, size) in enumerate([("ب مقالة", 9), ("أ مقالة", 2), ("ت مقالة", 5)])]
    window = open_window("en", files=files)
    panel = window.library_panel
    titles = {s.id: s.title for s in window.library.access.library.summaries()}
    panel.sortByColumn(TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
    ordered = [titles[i] for i in panel.article_ids()]
    assert ordered[:3] == ["أ مقالة", "ب مقالة", "ت مقالة"]
    panel.sortByColumn(PARAGRAPHS_COLUMN, Qt.SortOrder.DescendingOrder)
    ordered = [titles[i] for i in panel.article_ids()]
    assert ordered[0] == "رحلة الورق من بغداد إلى الشاشة" and ordered[1] == "ب مقالة"
    window.library.refresh_library()  # a refresh keeps the reader's order
    assert [titles[i] for i in panel.article_ids()] == ordered


def test_removing_asks_first_and_cancel_keeps_the_article(window, monkeypatch, qtbot):
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    article_id = window.view.article.id
    window.library_panel.select(article_id)
    window.commands.remove_article.trigger()
    assert window.library_panel.count() == 1 and window.view.article is not None
    assert window.view.article.title in asked[0]
    window.library_panel.setFocus()
    window.library_panel.request_removal()
    qtbot.waitUntil(lambda: window.library_panel.count() == 0, timeout=WORK_TIMEOUT)
    assert window.view.article is None and window.navigator.topLevelItemCount() == 0
    assert window.access.library.places.get(article_id) is None  # its place went with it


def test_an_import_shows_its_progress_and_can_be_cancelled(window, qtbot, tmp_path: Path):
    folder = tmp_path / "many"
    for n in range(30):
        write_article(folder, f"{n:02}.txt", f"مقالة رقم {n}", 3)
    job = window.work.import_paths([folder])
    assert window.progress.isVisible() and not window.commands.import_files.isEnabled()
    window.progress.cancel_button.click()  # checked after each file: exactly one gets in
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)
    assert job.cancelled
    assert window.progress.bar.maximum() == 30 and window.progress.bar.value() == 1
    assert not window.progress.isVisible() and window.commands.import_files.isEnabled()
    assert window.library_panel.count() == 2  # the sample and the one imported before the cancel


def test_rebuilding_the_index_runs_in_a_worker(window, qtbot):
    job = window.work.rebuild_index()
    assert job is not None and window.progress.isVisible()
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)
    assert "rebuilt" in window.statusBar().currentMessage()
    assert not window.progress.isVisible()


def test_a_second_long_job_waits_for_the_first(window, tmp_path: Path, qtbot):
    assert window.work.import_paths([write_article(tmp_path, "x.txt", "مقالة", 2)]) is not None
    assert window.work.import_paths([tmp_path / "x.txt"]) is None
    assert "Wait" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)


def test_a_cancelled_rebuild_leaves_the_index_as_it_was(window, qtbot):
    job = window.work.rebuild_index()
    window.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)
    assert job.cancelled
    assert "cancelled" in window.statusBar().currentMessage()
    result = window.library.workspace.search("الورق")
    assert result.total > 0
