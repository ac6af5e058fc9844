"""Bookmarks in the window: Ctrl+B at the reader's paragraph, listed below the sections, gone to, renamed,
deleted, and back after a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QTextCursor

from tests.gui.test_progress import long_article


def test_ctrl_b_bookmarks_the_paragraph_at_the_top_and_lists_it(open_window, tmp_path: Path):
    window = open_window("en", files=[long_article(tmp_path)])
    pane = window.bookmarks_pane
    assert not pane.isVisibleTo(window)  # no bookmark yet: the sections have the whole pane
    article = window.view.article
    window.view.scroll_to(article.paragraphs()[40].id)
    assert window.commands.add_bookmark.shortcut().toString() == "Ctrl+B"
    assert window.commands.go_to_paragraph.shortcut().toString() == "Ctrl+G"
    window.commands.add_bookmark.trigger()
    assert pane.isVisibleTo(window) and pane.count() == 1
    assert pane.names()[0].startswith("سجل المسافر يوما بعد يوم، وهذه الصفحة رقم 40")
    assert "Bookmark added" in window.statusBar().currentMessage()
    (bookmark,) = window.access.library.bookmarks.bookmarks(article.id)
    assert bookmark.paragraph == article.paragraphs()[40].id
    assert "Paragraph 41" in pane.item(0).toolTip(0)


def test_the_cursor_paragraph_is_bookmarked_when_it_is_in_sight(open_window, tmp_path: Path):
    window = open_window("en", files=[long_article(tmp_path)])
    view, article = window.view, window.view.article
    view.scroll_to(article.paragraphs()[20].id)
    block = view.document().findBlockByNumber(view.blocks.numbers[article.paragraphs()[22].id])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord)
    view.setTextCursor(cursor)
    window.commands.add_bookmark.trigger()
    (bookmark,) = window.access.library.bookmarks.bookmarks(article.id)
    assert bookmark.paragraph == article.paragraphs()[22].id


def test_a_listed_bookmark_is_gone_to_renamed_and_deleted(open_window, tmp_path: Path):
    window = open_window("en", files=[long_article(tmp_path)])
    view, article, pane = window.view, window.view.article, window.bookmarks_pane
    for n in (90, 10):
        view.scroll_to(article.paragraphs()[n].id)
        window.bookmarks.add_bookmark()
    assert "رقم 10 " in pane.names()[0] and "رقم 90 " in pane.names()[1]  # in reading order
    pane.list.itemClicked.emit(pane.item(1), 0)
    assert view.reading_position() == article.paragraphs()[90].id
    pane.item(0).setText(0, "  البداية ")  # as an edit in place leaves it
    assert pane.names()[0] == "البداية"
    assert {b.name for b in window.access.library.bookmarks.bookmarks()} >= {"البداية"}
    pane.list.setCurrentItem(pane.item(1))
    (delete,) = [a for a in pane.list.actions() if a.shortcut().matches(QKeySequence.StandardKey.Delete)]
    delete.trigger()
    assert pane.names() == ["البداية"] and len(window.access.library.bookmarks.bookmarks()) == 1


def test_an_empty_name_keeps_the_old_one(open_window, tmp_path: Path):
    window = open_window("en", files=[long_article(tmp_path)])
    window.bookmarks.add_bookmark()
    name = window.bookmarks_pane.names()[0]
    window.bookmarks_pane.item(0).setText(0, "   ")
    assert window.bookmarks_pane.names() == [name]


def test_bookmarks_come_back_after_a_restart_in_arabic(open_window, tmp_path: Path):
    window = open_window("en", files=[long_article(tmp_path)])
    window.view.scroll_to(window.view.article.paragraphs()[5].id)
    window.bookmarks.add_bookmark()
    window.close()
    window.close_library()
    again = open_window("ar")
    assert again.bookmarks_pane.count() == 1 and again.bookmarks_pane.heading.text() == "الإشارات المرجعية"
    assert "الفقرة ٦" in again.bookmarks_pane.item(0).toolTip(0)


def test_removing_the_article_removes_its_bookmarks(open_window, tmp_path: Path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window("en", files=[long_article(tmp_path)])
    article = window.view.article
    window.bookmarks.add_bookmark()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.work.remove_articles([article.id])
    qtbot.waitUntil(lambda: article.id not in window.library_panel.article_ids(), timeout=10_000)
    assert window.access.library.bookmarks.bookmarks(article.id) == []
    assert window.bookmarks_pane.names() == [] or window.view.article.id != article.id
