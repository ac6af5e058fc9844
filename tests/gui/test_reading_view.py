"""The reading view: hiding diacritics without losing them, large articles, marks, zoom and themes."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.document import TITLE_ID, Article, Paragraph, Section, Source
from reader.gui.config import settings as keys
from reader.gui.config.themes import THEMES


@pytest.fixture
def window(open_window):
    return open_window("en")


def select_in_view(view, start_text: str, end_text: str) -> None:
    """Select from the start of `start_text` to the end of `end_text` as shown in the view."""
    document = view.document()
    start = document.find(start_text)
    end = document.find(end_text, start.selectionStart())
    assert not start.isNull() and not end.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(start.selectionStart())
    cursor.setPosition(end.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_hiding_diacritics_changes_the_view_but_copy_gives_the_original(window, qtbot):
    view = window.view
    stored = next(p.text for p in view.article.paragraphs() if "العِلْمُ صَيْدٌ" in p.text)
    window.commands.show_diacritics.trigger()
    assert not view.reading_style.show_diacritics
    shown = view.toPlainText()
    assert "العِلْمُ" not in shown and "العلم صيد والكتابة قيده" in shown
    select_in_view(view, "العلم صيد", "قيده")
    assert view.textCursor().selectedText() == "العلم صيد والكتابة قيده"
    view.copy()
    assert QApplication.clipboard().text() == "العِلْمُ صَيْدٌ وَالكِتابَةُ قَيْدُهُ"
    # across blocks: each block's stored text, one per line, in logical order
    select_in_view(view, "حارسان للذاكرة", "بعد قرون")
    assert view.createMimeDataFromSelection().text() == "حارسان للذاكرة.\nحين دارت المطبعة\nبعد قرون"
    # the stored article is untouched, and showing the diacritics again shows them
    assert window.library.access.library.get(view.article.id).paragraph(
        next(p.id for p in view.article.paragraphs() if p.text == stored)
    ).text == stored
    window.commands.show_diacritics.trigger()
    assert "العِلْمُ صَيْدٌ" in view.toPlainText()


def test_hits_stay_on_the_original_characters_when_diacritics_are_hidden(window):
    view = window.view
    window.commands.show_diacritics.setChecked(False)
    paragraph = next(p for p in view.article.paragraphs() if "جَلِيسٍ" in p.text)
    start = paragraph.text.index("جَلِيسٍ")
    view.hits.set([(paragraph.id, start, start + len("جَلِيسٍ"))])
    view.hits.next()
    assert view.textCursor().block().text()[view.textCursor().positionInBlock():].startswith("جليس ")
    drawn = [s.cursor.selectedText() for s in view.extraSelections()]
    assert drawn == ["جليس"]
    assert view.hits.ranges() == [(paragraph.id, start, start + len("جَلِيسٍ"))]


def large_article(paragraphs: int = 10_000) -> Article:
    """About 6 MB of Arabic in `paragraphs` paragraphs under 100 headings."""
    rng = random.Random(5)
    words = ["العِلْمُ", "الورق", "بغداد", "المطبعة", "القراءة", "الشاشة", "الكتاب", "الورّاقين", "الحبر"]
    sections = []
    per_section = paragraphs // 100
    for number in range(100):
        texts = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(per_section)]
        body = tuple(Paragraph(f"p{number}-{i}", text, "rtl") for i, text in enumerate(texts))
        sections.append(Section(f"القسم {number + 1}", f"h{number}", body))
    return Article("large", "مقالة طويلة جدًا", Source("large.txt", "text", "utf-8", "0"), tuple(sections))


def test_a_ten_thousand_paragraph_article_opens(window, qtbot):
    article = large_article()
    assert sum(len(p.text.encode()) for p in article.paragraphs()) > 6_000_000
    window.navigator.set_article(article)
    window.view.show_article(article)
    qtbot.wait(50)  # let it paint
    view = window.view
    assert view.document().blockCount() == 1 + 100 + 10_000
    assert view.reading_position() == TITLE_ID
    assert not view.viewport().grab().toImage().isNull()
    view.scroll_to("h50")
    assert view.reading_position() == "h50"
    assert window.navigator.current_section() == "h50"


def test_thousands_of_marks_and_hit_steps_do_not_crash(window):
    """Many calls of methods that return nothing: PySide6 6.12.0 on Python 3.11 aborts on these."""
    view = window.view
    paragraphs = view.article.paragraphs()
    marks = []
    yellow = QTextCharFormat()
    yellow.setBackground(QColor("#fff3a0"))
    for i in range(5000):
        paragraph = paragraphs[i % len(paragraphs)]
        start = (i * 7) % max(1, len(paragraph.text) - 5)
        marks.append((paragraph.id, start, start + 4, yellow))
    view.apply_marks(marks)
    hits = [(p.id, i, i + 3) for p in paragraphs for i in range(0, len(p.text) - 3, 40)]
    view.hits.set(hits)
    for _ in range(3000):
        view.hits.next()
    assert len(view.hits.ranges()) == len(set(hits))
    for _ in range(2000):
        view.setExtraSelections([])
    view.clear_marks()
    assert view.article is not None


def test_zoom_shortcuts_change_the_text_size_and_are_remembered(window):
    view, settings = window.view, window.settings
    size = view.reading_style.size
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.reading_style.size == size + 1
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.reading_style.size == size - 1
    assert settings.get(keys.FONT_SIZE) == size - 1
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.reading_style.size == keys.FONT_SIZE.default
    assert view.document().defaultFont().pointSizeF() == keys.FONT_SIZE.default


@pytest.mark.parametrize("name", ["sepia", "dark", "light"])
def test_themes_colour_the_window_and_are_remembered(window, name):
    window.commands.themes[name].trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base) == QColor(THEMES[name].base)
    assert palette.color(QPalette.ColorRole.Text) == QColor(THEMES[name].text)
    assert window.settings.get(keys.THEME) == name
