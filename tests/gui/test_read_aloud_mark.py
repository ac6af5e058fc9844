"""The mark of the spoken word: on the right letters whatever the view shows (harakat hidden, long words,
Latin words and digits in Arabic), readable in every theme, and followed by the view only when it leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.document import Article, Paragraph, Section, Source
from reader.gui.config.themes import THEMES
from reader.gui.reading.spokenword import blended, spoken_colours
from tests.gui.test_themes import contrast

LONG = "ب" * 90  # a word the view gives invisible break points
TEXT = f"قَرَأَ الطّالِبُ كِتابَ Python الجديد في ٢٠٢٤ {LONG} ثُمَّ عادَ إلى بَيْتِهِ مَسْرورًا."


def article(paragraphs: int = 1) -> Article:
    body = [Paragraph("p0", TEXT, "rtl")]
    body += [Paragraph(f"p{n}", f"فقرة رقم {n} فيها كلام يملأ السطر ويمضي إلى آخره بهدوء.", "rtl")
             for n in range(1, paragraphs)]
    source = Source("a.txt", "text", "utf-8", "0")
    return Article("spoken", "عنوان", source, (Section(None, "t", tuple(body)),))


@pytest.fixture
def window(open_window):
    window = open_window("en")
    window.view.show_article(article(200))
    return window


@pytest.mark.parametrize("hidden", [False, True], ids=["harakat shown", "harakat hidden"])
@pytest.mark.parametrize("word", ["الطّالِبُ", "Python", "٢٠٢٤", "ثُمَّ", "مَسْرورًا."])
def test_the_mark_lies_on_the_word_spoken(window, hidden, word):
    window.commands.show_diacritics.setChecked(not hidden)
    view, mark = window.view, window.spoken_word
    start = TEXT.index(word)
    mark.mark("p0", start, start + len(word))
    rects = mark.rects()
    assert len(rects) == 1 and rects[0].width() > 4
    left, width = rects[0].left(), rects[0].width()
    for x in (left + width / 4, left + width / 2, left + width * 3 / 4):
        cursor = view.cursorForPosition(QPoint(int(x), int(rects[0].center().y())))  # viewport's coordinates
        stored = view.blocks.to_original(cursor.blockNumber(), cursor.positionInBlock())
        assert start <= stored <= start + len(word), (word, x)


def test_the_view_follows_the_mark_only_when_it_leaves_the_view(window):
    view, mark = window.view, window.spoken_word
    bar = view.verticalScrollBar()
    mark.mark("p0", 0, 5)
    assert bar.value() == 0
    far = view.blocks.originals[view.blocks.numbers["p150"]]
    mark.mark("p150", 0, far.index(" "))
    rect = mark.rects()[0]
    assert bar.value() > 0 and rect.top() >= 0 and rect.bottom() <= view.viewport().height()
    place = bar.value()
    second = far.index(" ") + 1
    mark.mark("p150", second, far.index(" ", second))
    assert bar.value() == place  # the next word, in sight: the text stays still
    mark.clear()
    assert mark.word() is None and mark.rects() == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_the_mark_keeps_the_text_readable_in_every_theme(theme):
    colours = spoken_colours(theme)
    assert contrast(theme.text, blended(theme.base, colours).name()) >= 4.5
    assert contrast(colours.bar, theme.base) >= 3  # the bar and the outline: graphics, 3:1
    marks = [theme.hit, theme.current_hit, *theme.highlights.values()]
    assert blended(theme.base, colours).name() not in marks  # a colour of its own


def test_over_a_highlight_or_a_hit_the_word_is_outlined_not_tinted(window):
    view, mark = window.view, window.spoken_word
    start = TEXT.index("Python")
    mark.mark("p0", start, start + len("Python"))
    assert not mark.over_a_mark()
    view.hits.set([("p0", start + 1, start + 3)])
    assert mark.over_a_mark()
    view.hits.clear()
    yellow = QTextCharFormat()
    yellow.setBackground(QColor(THEMES["light"].highlights["yellow"]))
    view.apply_marks([("p0", start - 3, start + 2, yellow)])
    assert mark.over_a_mark()
    later = TEXT.index("الجديد")
    mark.mark("p0", later, later + len("الجديد"))
    assert not mark.over_a_mark()
