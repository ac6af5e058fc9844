"""Highlighting in the window: by selection, bar and keys; painting; notes; undo; the pane; orphans."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.gui.config.themes import THEMES
from reader.gui.reading.highlighting import HIGHLIGHT_ID

LIGHT_MARKS = THEMES["light"].highlights  # the window opens in the light theme


@pytest.fixture
def window(open_window):
    return open_window("en")


def select(view, start_text: str, end_text: str | None = None) -> None:
    """Select from the start of `start_text` to the end of `end_text` (or of itself) as shown."""
    document = view.document()
    start = document.find(start_text)
    end = document.find(end_text, start.selectionStart()) if end_text else start
    assert not start.isNull() and not end.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(start.selectionStart())
    cursor.setPosition(end.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def format_under(view, text: str):
    """The character format in the middle of the first place `text` is shown."""
    found = view.document().find(text)
    cursor = QTextCursor(view.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    return cursor.charFormat()


def test_a_selection_is_highlighted_from_the_colour_bar_on_its_exact_characters(window, qtbot):
    view = window.view
    select(view, "العِلْمُ صَيْدٌ")
    window.highlights.show_highlight_bar()
    assert window.highlight_bar.isVisible()
    qtbot.mouseClick(window.highlight_bar.buttons["green"], Qt.MouseButton.LeftButton)
    [made] = window.highlights.store.highlights(view.article.id)
    assert (made.quote, made.color) == ("العِلْمُ صَيْدٌ", "green")
    paragraph = view.article.paragraph(made.paragraph).text
    assert paragraph[made.start : made.end] == "العِلْمُ صَيْدٌ"
    painted = format_under(view, "صَيْدٌ")
    assert painted.background().color() == QColor(LIGHT_MARKS["green"])
    assert painted.stringProperty(HIGHLIGHT_ID) == made.id
    assert not format_under(view, "قَيْدُهُ").stringProperty(HIGHLIGHT_ID)  # no farther than the selection
    assert not window.highlight_bar.isVisible()


def test_keys_highlight_in_a_colour_and_h_in_the_last_one(window):
    view = window.view
    view.setFocus()
    select(view, "سوق الورّاقين")
    QTest.keyClick(view, Qt.Key.Key_3)
    select(view, "ابن النديم")
    QTest.keyClick(view, Qt.Key.Key_H)
    colours = [h.color for h in window.highlights.store.highlights(view.article.id)]
    assert colours == ["blue", "blue"]
    assert format_under(view, "ابن النديم").background().color() == QColor(LIGHT_MARKS["blue"])


def test_a_selection_across_paragraphs_makes_one_highlight_per_paragraph(window):
    view = window.view
    select(view, "حارسان للذاكرة", "بعد قرون")
    made = window.highlights.highlight_selection("pink")
    assert [h.quote for h in made] == ["حارسان للذاكرة.", "حين دارت المطبعة", "بعد قرون"]
    assert len({h.group for h in made}) == 1 and made[0].group
    assert len({h.paragraph for h in made}) == 3


def test_vocalized_text_is_highlighted_on_the_original_letters_with_diacritics_hidden(window):
    view = window.view
    window.commands.show_diacritics.setChecked(False)
    select(view, "خير جليس")
    [made] = window.highlights.highlight_selection("yellow")
    assert made.quote == "خَيْرُ جَلِيسٍ"
    assert format_under(view, "جليس").stringProperty(HIGHLIGHT_ID) == made.id
    window.commands.show_diacritics.setChecked(True)  # the view is rebuilt: the highlight stays painted
    assert format_under(view, "جَلِيسٍ").stringProperty(HIGHLIGHT_ID) == made.id


def test_a_note_is_written_right_to_left_unless_it_starts_in_latin(window):
    view = window.view
    select(view, "ابن النديم")
    [made] = window.highlights.highlight_selection()
    dialog = window.highlights.edit_note(made.id)
    assert dialog.direction() == Qt.LayoutDirection.LeftToRight  # empty: the interface's direction
    dialog.editor.setPlainText("الفهرست")
    assert dialog.direction() == Qt.LayoutDirection.RightToLeft
    dialog.editor.setPlainText("Ibn al-Nadim, الفهرست")
    assert dialog.direction() == Qt.LayoutDirection.LeftToRight
    dialog.editor.setPlainText("صاحب الفهرست")
    assert dialog.direction() == Qt.LayoutDirection.RightToLeft
    dialog.accept()
    assert window.highlights.store.get(made.id).note == "صاحب الفهرست"
    assert format_under(view, "ابن النديم").toolTip() == "صاحب الفهرست"
    assert made.paragraph in window.note_markers.noted()
    window.highlights.undo_stack.undo()
    assert window.highlights.store.get(made.id).note is None
    assert made.paragraph not in window.note_markers.noted()


def test_undo_of_a_delete_brings_back_the_note_and_redo_deletes_again(window):
    view = window.view
    select(view, "سوق الورّاقين")
    [made] = window.highlights.highlight_selection("purple")
    window.highlights.store.set_note(made.id, "مهم")
    window.highlights.delete_highlights([made.id])
    assert window.highlights.store.find(made.id) is None
    assert not format_under(view, "سوق الورّاقين").stringProperty(HIGHLIGHT_ID)
    window.highlight_commands.undo.trigger()
    assert window.highlights.store.get(made.id).note == "مهم"
    assert format_under(view, "سوق الورّاقين").stringProperty(HIGHLIGHT_ID) == made.id
    window.highlight_commands.redo.trigger()
    assert window.highlights.store.find(made.id) is None
    window.highlights.undo_stack.undo()
    window.highlights.undo_stack.undo()  # and the highlighting itself
    assert window.highlights.store.highlights(view.article.id) == []


def test_the_highlight_menu_recolours_and_copies_the_quote_with_its_reference(window):
    view = window.view
    select(view, "ابن النديم")
    [made] = window.highlights.highlight_selection("yellow")
    menu = window.highlight_menus.show_highlight_menu(made.id, view.mapToGlobal(view.rect().center()))
    labels = [a.text() for a in menu.actions()]
    assert {"Edit Note…", "Copy Quote", "Delete Highlight"} <= set(labels)
    window.highlights.recolor(made.id, "green")
    assert window.highlights.store.get(made.id).color == "green"
    assert format_under(view, "ابن النديم").background().color() == QColor(LIGHT_MARKS["green"])
    text = window.highlights.copy_quote(made.id)
    assert text.startswith("«ابن النديم»") and "سوق الورّاقين" in text and view.article.title in text
    assert QApplication.clipboard().text() == text
    menu.close()


def test_the_pane_filters_by_colour_and_text_and_jumps_to_a_highlight(window):
    view, pane = window.view, window.highlights_panel
    select(view, "سوق الورّاقين")
    [first] = window.highlights.highlight_selection("yellow")
    select(view, "ابن النديم")
    [second] = window.highlights.highlight_selection("blue")
    window.highlights.highlights_changed([])
    assert pane.visible_ids() == [first.id, second.id]
    pane.color_box.setCurrentIndex(pane.color_box.findData("blue"))
    assert pane.visible_ids() == [second.id]
    pane.color_box.setCurrentIndex(0)
    pane.filter_field.setText("الورّاقين")
    assert pane.visible_ids() == [first.id]
    pane.filter_field.clear()
    view.scroll_to(view.blocks.ids[0])
    pane.highlightRequested.emit(view.article.id, second.id)
    assert view.textCursor().selectedText() == "ابن النديم"
    pane.scope_box.setCurrentIndex(1)  # the library: the same two, under their article's title
    assert pane.visible_ids() == [first.id, second.id]


def test_orphans_are_listed_after_reimporting_an_edited_article(window, qtbot, tmp_path):
    source = tmp_path / "article.txt"
    source.write_text("مقالة قصيرة\n\nالفقرة الأولى عن الورق.\n\nالفقرة الثانية عن الحبر الأسود.\n",
                      encoding="utf-8")
    workspace = window.library.workspace
    article = workspace.import_file(source).article
    window.library.refresh_library()
    window.library.open_article(article.id)
    select(window.view, "الحبر الأسود")
    [made] = window.highlights.highlight_selection("pink")
    window.highlights.store.set_note(made.id, "سيختفي")
    source.write_text("مقالة قصيرة\n\nالفقرة الأولى عن الورق.\n\nفقرة جديدة تماما.\n", encoding="utf-8")
    workspace.import_file(source)
    window.view.clear_article()
    window.library.open_article(article.id)
    pane = window.highlights_panel
    qtbot.waitUntil(lambda: pane.orphan_ids() == [made.id])
    assert pane.orphans.isVisibleTo(pane)
    pane.select_orphan(made.id)
    select(window.view, "فقرة جديدة")
    pane.attach_button.click()
    attached = window.highlights.store.get(made.id)
    assert (attached.state, attached.quote, attached.note) == ("anchored", "فقرة جديدة", "سيختفي")
    assert pane.orphan_ids() == []
