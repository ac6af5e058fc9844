"""EPUB books and Word documents in the window: dropped in as a reader does, the book's contents nest in the
navigator, and the file dialog offers both formats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.document import TITLE_ID
from reader.gui.dialogs import libraryquestions
from tests import books
from tests.gui.test_library_pane import WORK_TIMEOUT, drop_on
from tests.gui.test_navigator_levels import tree


def test_a_dropped_book_shows_its_nested_contents_in_the_navigator(open_window, qtbot, tmp_path: Path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "garden.epub").write_bytes(books.epub3())
    (shelf / "notebook.docx").write_bytes(books.docx())
    window = open_window("en")
    before = window.library_panel.count()
    with qtbot.waitSignal(window.progress.bar.valueChanged, timeout=WORK_TIMEOUT):
        drop_on(window, [shelf])
    qtbot.waitUntil(lambda: window.library_panel.count() == before + 2, timeout=WORK_TIMEOUT)
    qtbot.waitUntil(lambda: not window.work.workers.busy(), timeout=WORK_TIMEOUT)
    qtbot.waitUntil(lambda: window.view.article.title == books.TITLE, timeout=WORK_TIMEOUT)

    article = window.view.article
    assert [(b.level, b.text) for b in article.blocks() if b.kind != "paragraph"] == [
        (1, books.TITLE),
        (2, "الجزء الأول"),
        (3, "الفصل الأول: البذور"),
        (4, "التربة"),
        (5, "الماء"),
        (3, "الفصل الثاني: الربيع"),
        (4, "الأزهار"),
        (5, "الياسمين"),
        (2, "ملحق: أدوات البستاني"),
    ]
    assert article.metadata.author == books.AUTHOR
    navigator = window.navigator
    assert navigator.topLevelItemCount() == 1
    root = navigator.topLevelItem(0)
    assert root.data(0, Qt.ItemDataRole.UserRole) == TITLE_ID
    assert tree(root) == [
        books.TITLE,
        [
            ["الجزء الأول", [
                ["الفصل الأول: البذور", [["التربة", [["الماء", []]]]]],
                ["الفصل الثاني: الربيع", [["الأزهار", [["الياسمين", []]]]]],
            ]],
            ["ملحق: أدوات البستاني", []],
        ],
    ]  # fmt: skip


def test_a_dropped_book_with_drm_is_refused_in_one_line(open_window, qtbot, tmp_path: Path, monkeypatch):
    locked = tmp_path / "locked.epub"
    locked.write_bytes(books.epub_encrypted("http://www.w3.org/2001/04/xmlenc#aes128-cbc"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText()))
    window = open_window("en")
    before = window.library_panel.count()
    drop_on(window, [locked])
    qtbot.waitUntil(lambda: bool(shown), timeout=WORK_TIMEOUT)
    assert shown == ["locked.epub is protected by DRM and cannot be read."]
    assert window.library_panel.count() == before


def test_the_import_dialog_offers_books_and_documents(qtbot, monkeypatch):
    asked: list[str] = []

    def answer(parent, title, folder, filters):
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer)
    assert libraryquestions.ask_for_files(None) == []
    (filters,) = asked
    assert filters.startswith("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.docx)")
