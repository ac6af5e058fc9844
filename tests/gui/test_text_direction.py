"""Every text shown takes its direction from itself (first strong letter, as dir="auto"), in both interfaces.

Titles in the library, the sections, the annotations and the search results are laid out, aligned and
elided in their own direction; numbers are never cut; the note editor follows its note.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem

from reader.core.library import ArticleSummary
from reader.core.text import isolate
from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.librarypanel import PARAGRAPHS_COLUMN, TITLE_COLUMN, LibraryPanel
from reader.gui.panes.searchpanel import SearchPanel

LONG = "شراكة موسكو وبكين في عالم متعدد الأقطاب: قراءة في الاتفاقيات الأخيرة بين البلدين الكبيرين"
MIXED = "مقال مختلط: Apple و Python"
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
INTERFACES = pytest.mark.parametrize("language", ["en", "ar"])


def summary(number: int, title: str, paragraphs: int) -> ArticleSummary:
    return ArticleSummary(
        id=f"a{number}", title=title, path=f"/tmp/{number}.txt", format="txt", paragraphs=paragraphs,
        added=f"2024-03-{10 + number:02d}T09:00:00+00:00", updated="2024-03-20T09:00:00+00:00",
    )


def library(qtbot, width: int, summaries: list[ArticleSummary]) -> LibraryPanel:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_articles(summaries)
    panel.resize(width, 220)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def laid_out(view: QAbstractItemView, index: QModelIndex):
    """The text rect and line layouts the view's delegate draws for an item."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, BidiItemDelegate)
    return delegate.text_layouts(option, index)


def ink_columns(image: QImage, rect: QRect) -> dict[int, tuple[int, int]]:
    """For each x in `rect` where something is drawn on the row's background: the ink's top and bottom."""
    background = QColor(image.pixel(rect.left() + 1, rect.top() + 1))
    found: dict[int, tuple[int, int]] = {}
    for x in range(rect.left(), rect.right() + 1):
        rows = [y for y in range(rect.top(), rect.bottom() + 1)
                if _distance(QColor(image.pixel(x, y)), background) > 120]
        if rows:
            found[x] = (min(rows), max(rows))
    return found


def _distance(one: QColor, other: QColor) -> int:
    return abs(one.red() - other.red()) + abs(one.green() - other.green()) + abs(one.blue() - other.blue())


@INTERFACES
def test_an_arabic_title_too_wide_is_elided_on_the_left_and_starts_on_the_right(open_window, qtbot, language):
    open_window(language)
    panel = library(qtbot, 320, [summary(1, LONG, 12)])
    index = panel.model().index(0, TITLE_COLUMN)
    cell = panel.visualRect(index)
    image = panel.viewport().grab().toImage()
    ink = ink_columns(image, cell.adjusted(0, 1, 0, -1))
    left, right = min(ink), max(ink)
    dots = QFontMetrics(panel.font()).horizontalAdvance("…") - 2
    low = [ink[x] for x in range(left, left + dots) if x in ink]
    assert max(bottom - top for top, bottom in low) <= 3  # the ellipsis' dots, on the left
    assert right >= cell.right() - 8  # the title's start, against the right edge
    assert max(b - t for t, b in (ink[x] for x in range(right - 6, right + 1) if x in ink)) > 5  # letters
    rect, [layout] = laid_out(panel, index)
    assert layout.textOption().textDirection() == RTL
    assert layout.text().startswith("شراكة موسكو") and layout.text().endswith("…")
    line = layout.lineAt(0)
    assert line.cursorToX(0)[0] == pytest.approx(rect.width(), abs=1)  # its first letter on the right
    assert line.cursorToX(len(layout.text()))[0] >= 0


@INTERFACES
def test_latin_words_in_an_arabic_title_keep_their_order(open_window, qtbot, language):
    open_window(language)
    panel = library(qtbot, 520, [summary(1, MIXED, 3)])
    rect, [layout] = laid_out(panel, panel.model().index(0, TITLE_COLUMN))
    assert layout.text() == MIXED  # wide enough: nothing elided
    line = layout.lineAt(0)
    apple, python = (line.cursorToX(MIXED.index(word))[0] for word in ("Apple", "Python"))
    assert apple > python  # read from the right: مقال مختلط, Apple, و, Python
    assert line.cursorToX(0)[0] == pytest.approx(rect.width(), abs=1)


@INTERFACES
def test_a_latin_title_starts_on_the_left_in_both_interfaces(open_window, qtbot, language):
    open_window(language)
    title = "Moscow and Beijing in a multipolar world: a reading of the latest agreements"
    panel = library(qtbot, 320, [summary(1, title, 3)])
    _rect, [layout] = laid_out(panel, panel.model().index(0, TITLE_COLUMN))
    assert layout.textOption().textDirection() == LTR
    assert layout.text().startswith("Moscow and") and layout.text().endswith("…")
    assert layout.lineAt(0).cursorToX(0)[0] == pytest.approx(0, abs=1)


@INTERFACES
def test_the_paragraph_count_is_never_cut(open_window, qtbot, language):
    open_window(language)
    shown = [summary(3, "مقالة قصيرة", 5), summary(2, MIXED, 2004), summary(1, LONG, 12004)]  # short first
    panel = library(qtbot, 300, shown)
    for article, full in (("a2", ("2,004", "2004", "٢٬٠٠٤")), ("a1", ("12,004", "12004", "١٢٬٠٠٤"))):
        index = panel.model().index(panel.article_ids().index(article), PARAGRAPHS_COLUMN)
        assert index.data() in full
        assert panel.header().sectionSize(PARAGRAPHS_COLUMN) >= panel.sizeHintForIndex(index).width()


def test_sections_annotations_and_search_headers_take_their_titles_direction(open_window, qtbot):
    window = open_window("en")
    article = window.view.article
    navigator = window.navigator
    _rect, [title_line] = laid_out(navigator, navigator.indexFromItem(navigator.topLevelItem(0)))
    assert title_line.textOption().textDirection() == RTL
    assert title_line.text() == article.title or title_line.text().endswith("…")

    search = SearchPanel()
    qtbot.addWidget(search)
    search.resize(300, 400)
    search.show()
    text = "نص فيه Python"
    hit = SimpleNamespace(
        article="a1", title=MIXED, paragraph="p1", heading=None, headings=(), text=text, spans=[]
    )
    search.show_results("Python", 1, [hit])
    group = search.results.topLevelItem(0)
    assert group is not None
    rect, [layout] = laid_out(search.results, search.results.indexFromItem(group))
    assert layout.textOption().textDirection() == RTL
    line = layout.lineAt(0)
    text = layout.text()
    assert line.cursorToX(text.index("Apple"))[0] > line.cursorToX(text.index("Python"))[0]
    assert line.cursorToX(text.index("(1)"))[0] < line.cursorToX(text.index("Python"))[0]  # the count last
    assert line.cursorToX(0)[0] == pytest.approx(rect.width(), abs=1)


def test_a_quote_and_its_note_each_take_their_own_direction(open_window, qtbot):
    window = open_window("en")
    view = window.view
    cursor = view.document().find("ابن النديم")
    view.setTextCursor(cursor)
    [made] = window.highlights.highlight_selection()
    dialog = window.highlights.edit_note(made.id)
    dialog.editor.setPlainText("Ibn al-Nadim wrote the Fihrist")
    dialog.accept()
    tree = window.highlights_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0 and tree.topLevelItem(0).childCount() > 0)
    item = tree.topLevelItem(0).child(0)
    _rect, layouts = laid_out(tree, tree.indexFromItem(item))
    assert [layout.textOption().textDirection() for layout in layouts] == [RTL, LTR]


def note_line(dialog):
    """The note editor's first line and the width it is laid out in."""
    block = dialog.editor.document().firstBlock()
    return block.layout().lineAt(0), block.layout().lineAt(0).width()


def type_into(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@INTERFACES
def test_the_note_editor_follows_its_note_as_typed_and_when_reopened(open_window, qtbot, language):
    window = open_window(language)
    view = window.view
    view.setTextCursor(view.document().find("ابن النديم"))
    [made] = window.highlights.highlight_selection()
    dialog = window.highlights.edit_note(made.id)
    interface = RTL if language == "ar" else LTR
    assert dialog.direction() == interface  # empty: the interface's direction
    type_into(dialog.editor, "صاحب الفهرست")
    line, width = note_line(dialog)
    assert dialog.direction() == RTL
    assert line.cursorToX(0)[0] == pytest.approx(width, abs=6)  # right-aligned, from its first letter
    dialog.accept()

    reopened = window.highlights.edit_note(made.id)  # a saved Arabic note opens right to left
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitExposed(reopened)
    line, width = note_line(reopened)
    assert reopened.direction() == RTL
    assert line.cursorToX(0)[0] == pytest.approx(width, abs=6)
    reopened.editor.moveCursor(QTextCursor.MoveOperation.Start)
    reopened.editor.selectAll()
    type_into(reopened.editor, "Fihrist, الفهرست")
    line, _width = note_line(reopened)
    assert reopened.direction() == LTR
    assert line.cursorToX(0)[0] < 8  # left-aligned
    reopened.accept()

    latin = window.highlights.edit_note(made.id)
    assert latin.direction() == LTR
    assert note_line(latin)[0].cursorToX(0)[0] < 8
    latin.reject()


def test_the_window_title_takes_the_articles_direction(open_window):
    window = open_window("en")
    title = window.view.article.title
    assert window.windowTitle() == "\u200f" + f"{isolate(title)} — Qari"


@INTERFACES
def test_fields_follow_what_is_typed_in_them(open_window, language):
    window = open_window(language)
    for field in (window.search_panel.field, window.highlights_panel.filter_field):
        field.setText("الفهرست")
        field.setCursorPosition(0)
        field.grab()  # a line edit places its text when painted (its pane may be hidden behind a tab)
        assert field.cursorRect().center().x() > field.width() // 2  # an Arabic text starts on the right
        field.setText("Fihrist")
        field.setCursorPosition(0)
        field.grab()  # a line edit places its text when painted (its pane may be hidden behind a tab)
        assert field.cursorRect().center().x() < field.width() // 2
        field.clear()
