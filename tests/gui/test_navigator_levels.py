"""Heading levels in the window: the navigator nested and in step, headings sized by level in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

from reader.core.document import TITLE_ID
from reader.gui.config.themes import THEMES
from tests.core.test_heading_levels import COPPER, JUMP, KINDS, NESTED, SCALE, SPICE

_ID = Qt.ItemDataRole.UserRole


@pytest.fixture
def nested_file(tmp_path: Path) -> Path:
    """The nested article, each paragraph said eight times so that the view scrolls between sections."""
    path = tmp_path / "souks.md"
    lines = NESTED.splitlines()
    long = [("\n\n".join([line] * 8) if line and not line.startswith("#") else line) for line in lines]
    path.write_text("\n".join(long) + "\n", encoding="utf-8")
    return path


def open_nested(open_window, nested_file: Path, language: str = "en"):
    window = open_window(language, files=[nested_file])
    assert window.view.article.title == "رحلة في أسواق المدينة القديمة"
    return window


def tree(item) -> list:
    """An item's text and its children's trees."""
    return [item.text(0), [tree(item.child(i)) for i in range(item.childCount())]]


def item_of(navigator, text: str):
    (found,) = navigator.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    return found


def test_the_navigator_nests_sections_by_level_all_unfolded(open_window, nested_file):
    navigator = open_nested(open_window, nested_file).navigator
    assert navigator.topLevelItemCount() == 1
    root = navigator.topLevelItem(0)
    assert tree(root) == [
        "رحلة في أسواق المدينة القديمة",
        [[SPICE, [[KINDS, [[SCALE, []]]]]], [COPPER, [[JUMP, []]]]],  # the jump from 2 to 4 nests under 2
    ]
    assert root.data(0, _ID) == TITLE_ID
    for text in (SPICE, KINDS, COPPER):
        assert item_of(navigator, text).isExpanded()


def test_scrolling_selects_the_nested_section_and_unfolds_its_parents(open_window, nested_file, qtbot):
    window = open_nested(open_window, nested_file)
    navigator = window.navigator
    spice, scale = item_of(navigator, SPICE), item_of(navigator, SCALE)
    spice.setExpanded(False)
    item_of(navigator, KINDS).setExpanded(False)
    window.view.scroll_to(scale.data(0, _ID))
    qtbot.waitUntil(lambda: navigator.current_section() == scale.data(0, _ID))
    assert navigator.currentItem() is scale
    assert spice.isExpanded() and item_of(navigator, KINDS).isExpanded()
    window.view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: navigator.current_section() == TITLE_ID)


def test_a_click_or_enter_on_a_nested_heading_scrolls_the_view_there(open_window, nested_file, qtbot):
    window = open_nested(open_window, nested_file)
    navigator, view = window.navigator, window.view
    jump = item_of(navigator, JUMP)
    navigator.itemClicked.emit(jump, 0)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    assert navigator.current_section() == jump.data(0, _ID)
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: navigator.current_section() == TITLE_ID)
    scale = item_of(navigator, SCALE)
    navigator.setFocus()
    navigator.setCurrentItem(item_of(navigator, KINDS))
    QTest.keyClick(navigator, Qt.Key.Key_Down)  # the keyboard walks down into the nested section
    assert navigator.currentItem() is scale
    QTest.keyClick(navigator, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    assert view.reading_position() == scale.data(0, _ID) == navigator.current_section()


def test_nested_sections_are_indented_from_the_right_in_the_arabic_interface(open_window, nested_file):
    navigator = open_nested(open_window, nested_file, "ar").navigator
    assert navigator.isRightToLeft()
    rects = [navigator.visualItemRect(item_of(navigator, text)) for text in (SPICE, KINDS, SCALE)]
    assert rects[0].right() > rects[1].right() > rects[2].right()  # each level one step in from the right
    english = open_nested(open_window, nested_file).navigator
    rects = [english.visualItemRect(item_of(english, text)) for text in (SPICE, KINDS, SCALE)]
    assert rects[0].left() < rects[1].left() < rects[2].left()


def heading_fonts(view) -> dict[str, QFont]:
    """The font of each title and heading block shown, by its text."""
    fonts = {}
    block = view.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            fonts[block.text()] = block.begin().fragment().charFormat().font()
        block = block.next()
    return fonts


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_headings_are_sized_by_level_bold_and_never_below_the_text(open_window, nested_file, theme):
    window = open_nested(open_window, nested_file)
    window.commands.themes[theme].trigger()
    view = window.view
    fonts = heading_fonts(view)
    body = view.document().findBlock(view.document().find("يبيع العطارون").position())
    text_size = body.begin().fragment().charFormat().fontPointSize()
    sizes = [fonts[text].pointSizeF() for text in (view.article.title, SPICE, KINDS, SCALE)]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 4  # title > h2 > h3 > h4
    assert sizes[-1] >= text_size
    assert fonts[COPPER].pointSizeF() == fonts[SPICE].pointSizeF()  # the same level, the same size
    assert fonts[JUMP].pointSizeF() == fonts[SCALE].pointSizeF()  # sized by its own level (4)
    assert all(font.bold() for font in fonts.values())


def test_a_search_result_shows_its_heading_trail_right_to_left(open_window, nested_file, qtbot):
    from PySide6.QtGui import QTextDocument

    from reader.gui.panes.snippets import SNIPPET_ROLE, trail_html
    from tests.gui.test_search import type_query

    window = open_nested(open_window, nested_file)
    type_query(qtbot, window, "خشبي")
    group = window.search_panel.results.topLevelItem(0)
    results = [group.child(i) for i in range(group.childCount())]
    result = results[0]  # the paragraph, said eight times over: all under the same headings
    assert all("خشبي" in item.text(0) for item in results)
    markup = result.data(0, SNIPPET_ROLE)
    assert markup.startswith('<div class="trail" dir="rtl" align="right">')
    assert markup.index(SPICE) < markup.index(KINDS) < markup.index(SCALE) < markup.index("خشبي")
    tip = result.toolTip(0).replace("\u2068", "").replace("\u2069", "")
    assert tip == f"{window.view.article.title} ‹ {SPICE} ‹ {KINDS} ‹ {SCALE}"  # pointing the way it reads
    assert " ‹ " in markup and " › " not in markup
    # laid out, the outermost heading stands rightmost: the trail reads from the right
    document = QTextDocument()
    document.setHtml(trail_html((SPICE, KINDS, SCALE)))
    document.setTextWidth(800)
    assert document.size().height() > 0  # laid out
    block = document.begin()
    layout = block.layout()
    line = layout.lineAt(0)
    assert line.isValid() and layout.lineCount() == 1
    text = block.text()
    xs = [line.cursorToX(text.index(heading))[0] for heading in (SPICE, KINDS, SCALE)]
    assert xs[0] > xs[1] > xs[2]


def test_a_headings_own_result_shows_the_headings_above_it(open_window, nested_file, qtbot):
    from reader.gui.panes.snippets import SNIPPET_ROLE
    from tests.gui.test_search import type_query

    window = open_nested(open_window, nested_file)
    type_query(qtbot, window, "قفزة")
    group = window.search_panel.results.topLevelItem(0)
    (heading,) = [group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == JUMP]
    markup = heading.data(0, SNIPPET_ROLE)
    assert COPPER in markup.split('<div dir=')[0] and JUMP not in markup.split('<div dir=')[0]
