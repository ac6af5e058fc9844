from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo

from reader.core.document import TITLE_ID
from reader.gui.reading.justification import JUSTIFIED
from reader.gui.window.launch import create_application, create_window
from tests.helpers import SAMPLE


@pytest.fixture
def window(open_window):
    return open_window("ar")


def test_first_start_imports_and_shows_the_sample(window):
    title = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    assert window.view.article is not None and window.view.article.title == title
    assert window.library_panel.count() == 1
    assert window.navigator.topLevelItem(0).text(0) == title
    assert window.navigator.topLevelItem(0).childCount() == len(
        [s for s in window.view.article.sections if s.heading]
    )
    assert QFontInfo(window.view.font()).family() == "Noto Naskh Arabic"


def test_the_sample_is_offered_only_once(qtbot, library_folder):
    create_application()
    first = create_window(library_folder)
    article_id = first.view.article.id
    first.library.workspace.remove(article_id)
    first.library.workspace.close()
    second = create_window(library_folder)
    qtbot.addWidget(second)
    assert second.view.article is None and second.library_panel.count() == 0
    second.library.workspace.close()


def test_the_english_interface_is_left_to_right_with_the_navigator_on_the_left(open_window):
    window = open_window("en")
    assert not window.isRightToLeft()
    assert window.menuBar().actions()[0].text() == "&File"
    navigator_x = window.navigator.mapTo(window, window.navigator.rect().topLeft()).x()
    view_x = window.view.mapTo(window, window.view.rect().topLeft()).x()
    assert navigator_x < view_x
    # the article itself still runs right to left
    assert window.view.document().begin().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_arabic_interface_is_right_to_left_with_the_navigator_on_the_right(window):
    assert window.isRightToLeft()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() == "ملف"  # no mnemonic under Arabic letters
    assert window.search_panel.field.placeholderText() == "ابحث…"
    navigator_x = window.navigator.mapTo(window, window.navigator.rect().topLeft()).x()
    view_x = window.view.mapTo(window, window.view.rect().topLeft()).x()
    assert navigator_x > view_x


def test_paragraphs_are_justified_and_follow_their_direction(window):
    document = window.view.document()
    article = window.view.article
    directions = {}
    block = document.begin().next()  # after the title
    while block.isValid():
        text = block.text()
        for paragraph in article.paragraphs():
            if paragraph.text == text:
                directions[paragraph.direction] = block.blockFormat()
        block = block.next()
    assert directions["rtl"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert directions["ltr"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert directions["rtl"].boolProperty(JUSTIFIED)  # by widened spaces: see test_justification.py


def test_choosing_a_heading_scrolls_the_view_and_scrolling_moves_the_navigator(window, qtbot):
    root = window.navigator.topLevelItem(0)
    last = root.child(root.childCount() - 1)
    window.navigator.itemClicked.emit(last, 0)
    qtbot.waitUntil(lambda: window.view.verticalScrollBar().value() > 0)
    assert window.navigator.current_section() == last.data(0, Qt.ItemDataRole.UserRole)
    window.view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: window.navigator.current_section() == TITLE_ID)
