"""Very long words are given invisible break points for display, never in the stored text: the view lays
them out in lines of their own width, and copying, hits and highlights keep to the stored characters
(issue 15, item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from reader.core.document import Article, Paragraph, Section, Source
from reader.gui.reading.textdocument import LONG_WORD, shown_offsets, shown_text

ZWSP = "\u200b"
MONSTER = "كـ" + "ـ" * 5000 + "ـتاب"


def maps_back(text: str, show_diacritics: bool) -> None:
    shown, offsets = shown_text(text, show_diacritics), shown_offsets(text, show_diacritics)
    assert offsets is not None and len(offsets) == len(shown)
    assert list(offsets) == sorted(offsets)
    for char, offset in zip(shown, offsets, strict=True):
        assert char == ZWSP or char == text[offset]


@pytest.mark.parametrize("show_diacritics", [True, False])
def test_long_words_get_break_points_that_map_back_to_the_stored_letters(show_diacritics):
    text = f"قَبْلَ {MONSTER} وبَعْدَ https://example.org/{'a' * 200}"
    shown = shown_text(text, show_diacritics)
    assert ZWSP in shown and all(len(word) <= LONG_WORD for word in shown.replace(ZWSP, " ").split())
    assert shown.replace(ZWSP, "") == (text if show_diacritics else shown_text(text, False).replace(ZWSP, ""))
    maps_back(text, show_diacritics)


def test_ordinary_text_is_shown_as_stored():
    text = "كلمات عادية " * 50 + "ب" * LONG_WORD
    assert shown_text(text, True) == text and shown_offsets(text, True) is None


def article_with(text: str) -> Article:
    paragraphs = (Paragraph("p1", "فقرة قصيرة قبلها.", "rtl"), Paragraph("p2", text, "rtl"))
    source = Source("long.txt", "text", "utf-8", "0")
    return Article("long", "كلمة طويلة", source, (Section(None, None, paragraphs),))


def test_the_view_lays_a_long_word_out_over_lines_and_keeps_selections_on_stored_text(open_window, qtbot):
    window = open_window("en")
    text = f"قبل {MONSTER} بعد."
    article = article_with(text)
    window.navigator.set_article(article)
    window.view.show_article(article)
    qtbot.wait(50)
    view = window.view
    block = view.document().findBlockByNumber(view.blocks.numbers["p2"])
    assert block.layout().lineCount() > 5  # broken at its break points, not run off the column
    assert all(line.naturalTextWidth() <= view.viewport().width() for line in
               (block.layout().lineAt(i) for i in range(block.layout().lineCount())))  # fmt: skip
    start = text.index("تاب")
    view.hits.set([("p2", start, start + 3)])
    view.hits.next()
    assert view.hits.ranges() == [("p2", start, start + 3)]
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["تاب"]
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_original_text() == text
