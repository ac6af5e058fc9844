"""The reading column at every window size, panes that give way, selection by words, the navigator at the
end of an article, where a hit lands, and what empty panes say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFontInfo, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.document import Article, Paragraph, Section, Source
from reader.gui.config import settings as keys
from reader.gui.config.settings import Settings
from reader.gui.panes.highlightspanel import HighlightsPanel
from reader.gui.panes.librarypanel import LibraryPanel
from reader.gui.panes.navigator import Navigator
from reader.gui.panes.searchpanel import SearchPanel
from reader.gui.reading.textview import MEASURE_EMS, MIN_MEASURE_EMS
from reader.gui.window.mainwindow import first_size


@pytest.fixture
def window(open_window):
    return open_window("en")


def resize(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width)
    for _ in range(3):  # the docks give way on the next turn of the event loop, then the view is laid out
        qtbot.wait(10)


def column_ems(view) -> float:
    """The width of the laid-out text column, in ems of the reading font."""
    document = view.document()
    return (document.textWidth() - 2 * document.documentMargin()) / QFontInfo(view.font()).pixelSize()


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", [(800, 600), (1024, 700), (1920, 1080)])
def test_the_column_keeps_a_comfortable_measure_at_every_size(open_window, qtbot, language, size):
    window = open_window(language)
    resize(window, qtbot, *size)
    ems = column_ems(window.view)
    assert MIN_MEASURE_EMS <= ems <= MEASURE_EMS + 0.5, f"{ems:.1f} em at {size}"


def test_panes_give_way_in_a_narrow_window_and_come_back_in_a_wide_one(window, qtbot):
    docks = [window.library_dock, window.navigator_dock, window.search_dock, window.highlights_dock]
    resize(window, qtbot, 1920, 1080)
    assert all(dock.isVisible() for dock in docks)
    resize(window, qtbot, 1024, 700)
    assert window.library_dock.isVisible() and window.navigator_dock.isVisible()  # the start side stays
    assert not window.search_dock.isVisible() and not window.highlights_dock.isVisible()
    resize(window, qtbot, 800, 600)
    assert not any(dock.isVisible() for dock in docks)
    assert all(window.side_panes.is_wanted(dock) for dock in docks)
    resize(window, qtbot, 1920, 1080)
    assert all(dock.isVisible() for dock in docks)
    assert column_ems(window.view) == pytest.approx(MEASURE_EMS, abs=0.5)


def test_a_pane_asked_for_in_a_narrow_window_opens_over_the_text(window, qtbot):
    resize(window, qtbot, 800, 600)
    before = column_ems(window.view)
    window.commands.find.trigger()  # Ctrl+F
    qtbot.waitUntil(lambda: window.focusWidget() is window.search_panel.field)
    assert window.side_panes.overlaid() is window.search_dock and window.search_panel.isVisible()
    assert not window.search_dock.isVisible() and column_ems(window.view) == before  # over, not beside
    window.commands.focus_library.trigger()  # Ctrl+1: another pane takes its place
    qtbot.waitUntil(lambda: window.focusWidget() is window.library_panel)
    assert window.side_panes.overlaid() is window.library_dock
    window.library_panel.articleRequested.emit(window.library_panel.article_ids()[0])  # a choice closes it
    assert window.side_panes.overlaid() is None and not window.library_panel.isVisible()
    assert window.library_dock.widget() is window.library_panel
    toggle = window.navigator_dock.toggleViewAction()  # Ctrl+Alt+N opens and closes
    toggle.trigger()
    assert window.side_panes.overlaid() is window.navigator_dock and toggle.isChecked()
    toggle.trigger()
    assert window.side_panes.overlaid() is None and not toggle.isChecked()
    assert not window.side_panes.is_wanted(window.navigator_dock)  # put away by the reader: stays away
    resize(window, qtbot, 1920, 1080)
    assert not window.navigator_dock.isVisible() and window.library_dock.isVisible()


def test_a_click_on_the_text_closes_the_pane_over_it(window, qtbot):
    resize(window, qtbot, 800, 600)
    window.commands.focus_sections.trigger()
    assert window.side_panes.overlaid() is window.navigator_dock
    QApplication.sendEvent(window.view.viewport(), mouse(QEvent.Type.MouseButtonPress, QPointF(300, 200)))
    assert window.side_panes.overlaid() is None


def test_the_arrangement_saved_is_the_reader_s_whatever_the_width(open_window, qtbot, settings_path):
    window = open_window("en")
    window.search_dock.toggleViewAction().trigger()  # the reader closes the search pane
    resize(window, qtbot, 800, 600)
    assert not window.library_dock.isVisible()  # given way
    window.close()
    again = open_window("en")
    resize(again, qtbot, 800, 600)
    assert again.side_panes.is_wanted(again.library_dock)
    assert not again.side_panes.is_wanted(again.search_dock)
    resize(again, qtbot, 1920, 1080)
    assert again.library_dock.isVisible() and again.highlights_dock.isVisible()
    assert not again.search_dock.isVisible()


def test_the_longest_line_is_a_setting(open_window, qtbot, settings_path):
    window = open_window("en")
    resize(window, qtbot, 1920, 1080)
    dialog = window.preferences.show_settings()
    dialog.measure_box.setValue(32)
    qtbot.wait(10)
    assert column_ems(window.view) == pytest.approx(32, abs=0.5)
    dialog.close()
    window.close()
    assert Settings(settings_path).get(keys.MEASURE) == 32


# Selection by words ------------------------------------------------------------------------------------


def mouse(kind: QEvent.Type, point: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> QMouseEvent:
    left = Qt.MouseButton.LeftButton
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else left
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else left
    return QMouseEvent(kind, point, point, button, buttons, modifiers)


def drag(view, start: int, end: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press the left button between two letters of the view's text, move to another place, let go."""

    def point(position: int) -> QPointF:
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        return QPointF(view.cursorRect(cursor).center())

    viewport = view.viewport()
    QApplication.sendEvent(viewport, mouse(QEvent.Type.MouseButtonPress, point(start), modifiers))
    for position in (start + (end - start) // 2, end):
        QApplication.sendEvent(viewport, mouse(QEvent.Type.MouseMove, point(position), modifiers))
    QApplication.sendEvent(viewport, mouse(QEvent.Type.MouseButtonRelease, point(end), modifiers))


def inside(view, word: str, letters: int = 2, after: int = 0) -> int:
    """A place `letters` letters into the first `word` shown after `after`, scrolled into the view."""
    found = view.document().find(word, after)
    assert not found.isNull()
    top = view.cursorRect(found).top()
    if not 0 <= top < view.viewport().height() - 100:
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + top - 100)
    return found.selectionStart() + letters


def unselect(view) -> None:
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)


@pytest.fixture
def words_window(window, qtbot):
    resize(window, qtbot, 1024, 700)
    return window


def test_a_drag_selects_whole_words(words_window):
    view = words_window.view
    start = inside(view, "تصطفّ")
    end = inside(view, "الدكاكين", 4, start)
    drag(view, start, end)
    text = view.textCursor().selectedText()
    assert text == "تصطفّ فيه الدكاكين", text
    unselect(view)
    drag(view, end, start)  # backwards too
    assert view.textCursor().selectedText() == text


def test_alt_selects_letter_by_letter(words_window):
    view = words_window.view
    start = inside(view, "تصطفّ")
    end = inside(view, "الدكاكين", 4, start)
    drag(view, start, end, Qt.KeyboardModifier.AltModifier)
    text = view.textCursor().selectedText()  # from inside the first word to inside the last
    assert "تصطفّ".endswith(text.split()[0]) and text.split()[0] != "تصطفّ", text
    assert "الدكاكين".startswith(text.split()[-1]) and text.split()[-1] != "الدكاكين", text


def test_a_highlight_from_a_drag_holds_whole_words(words_window):
    view = words_window.view
    start = inside(view, "تصطفّ", 3)
    drag(view, start, inside(view, "الدكاكين", 2, start))
    made = words_window.highlights.highlight_selection("yellow")
    assert [highlight.quote for highlight in made] == ["تصطفّ فيه الدكاكين"]


# The navigator at the end, and where hits land ------------------------------------------------------------


def ending_article() -> Article:
    """Three long sections, then three short ones that can never reach the top of the view."""
    long_text = " ".join(["كلمة عربية في فقرة طويلة"] * 40)
    sections = [Section(f"قسم طويل {n}", f"long{n}", tuple(
        Paragraph(f"long{n}-{i}", long_text, "rtl") for i in range(8))) for n in range(3)]
    sections += [Section(f"قسم قصير {n}", f"short{n}", (Paragraph(f"short{n}-0", "سطر واحد.", "rtl"),))
                 for n in range(3)]
    source = Source("e.txt", "text", "utf-8", "0")
    return Article("ending", "مقالة تنتهي بأقسام قصيرة", source, tuple(sections))


def show(window, article: Article) -> None:
    window.navigator.set_article(article)
    window.view.show_article(article)


def test_the_last_sections_become_current_as_the_view_reaches_the_end(window, qtbot):
    resize(window, qtbot, 1024, 700)
    show(window, ending_article())
    view, bar = window.view, window.view.verticalScrollBar()
    document = view.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())  # laid out to the end, and then
    qtbot.waitUntil(lambda: abs(bar.maximum() + view.viewport().height() - document.size().height()) <= 2)
    seen = []
    for value in range(bar.maximum() - window.view.viewport().height(), bar.maximum() + 1, 10):
        bar.setValue(value)
        seen.append(window.navigator.current_section())
    bar.setValue(bar.maximum())
    assert window.navigator.current_section() == "short2"
    assert {"short0", "short1", "short2"} <= set(seen)
    bar.setValue(0)
    assert window.navigator.current_section() != "short2"


def hit_top(view) -> int:
    return view.cursorRect(view.textCursor()).top()


def test_a_jump_to_a_hit_places_it_a_third_down_the_view(window, qtbot):
    resize(window, qtbot, 1024, 700)
    article = ending_article()
    show(window, article)
    view = window.view
    second_line = len("كلمة عربية في فقرة طويلة ") * 12  # some way into the paragraph: its second line or so
    view.hits.set([("long1-3", second_line, second_line + 4), ("long2-5", 0, 4)])
    view.scroll_to("long1-3")  # a result opened: its paragraph at the top, then its hit made current
    view.hits.go_to_block("long1-3")
    height = view.viewport().height()
    assert height // 4 <= hit_top(view) <= height * 5 // 12
    view.hits.next()  # far away, further down
    assert height // 4 <= hit_top(view) <= height * 5 // 12


# Empty panes ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_empty_panes_say_what_they_are_for(open_window, qtbot, language):
    window = open_window(language)
    panes = [LibraryPanel(), Navigator(), SearchPanel(), HighlightsPanel()]
    for pane in panes:
        qtbot.addWidget(pane)
        pane.resize(260, 300)
        pane.show()
        assert pane.layoutDirection() == window.layoutDirection()
    views = [panes[0], panes[1], panes[2].results, panes[3].tree]
    for pane, view in zip(panes, views, strict=True):
        hint = pane.empty_hint
        assert hint.is_shown() and len(hint.text) > 20
        assert painted_pixels(view) > 100, hint.text  # drawn, wrapped into the narrow pane
    panes[1].set_article(ending_article())
    assert not panes[1].empty_hint.is_shown() and painted_pixels(panes[1]) > 0
    panes[2].field.setText("بغداد")
    assert not panes[2].empty_hint.is_shown()  # then it is the results' turn to speak


def painted_pixels(view) -> int:
    """How many pixels of the view's viewport differ from its background."""
    image = view.viewport().grab().toImage()
    background = image.pixel(1, 1)
    return sum(image.pixel(x, y) != background for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def test_a_first_window_fits_a_small_screen():
    small = first_size(QSize(800, 600))
    assert small.width() <= 800 - 8 and small.height() <= 600 - 24  # with room for a title bar and borders
    assert small.width() >= 760 and small.height() >= 540
    assert first_size(QSize(1920, 1080)) == QSize(1200, 800)
