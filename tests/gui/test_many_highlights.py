"""A long article with a highlight in every paragraph: those in sight are painted with the article, the
others as the view reaches them, in the theme in use, on the stored letters, and as edited meanwhile."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextCursor

from reader.core.library import Workspace
from reader.gui.config.themes import THEMES
from reader.gui.reading import textranges as ranges
from reader.gui.reading.highlighting import HIGHLIGHT_ID

PARAGRAPHS = 400
WORDS = "كَتَبَ الطالبُ درسَه في دفترٍ جديدٍ ثم قرأه على أستاذه بصوتٍ واضحٍ"


@pytest.fixture
def window(open_window, library_folder: Path, tmp_path: Path):
    """The window on a library of one long article, each paragraph highlighted on its second word."""
    source = tmp_path / "long.txt"
    body = "\n\n".join(f"{n} {WORDS}" for n in range(PARAGRAPHS))
    source.write_text("مقالة طويلة\n\n" + body + "\n", encoding="utf-8")
    workspace = Workspace(library_folder)
    article = workspace.import_file(source).article
    colours = ["yellow", "green", "blue", "pink", "purple"]
    word = "الطالبُ"
    spans = [(p.id, p.text.index(word), p.text.index(word) + len(word)) for p in article.paragraphs()]
    store = workspace.library.highlights
    for n, span in enumerate(spans):
        store.add(article, *span, colours[n % 5], "ملاحظة" if n % 7 == 0 else None)
    workspace.close()
    window = open_window("en")
    window.resize(900, 600)
    return window


def painted(view, paragraph: str, start: int, end: int):
    """The character format in the middle of [start, end) of a paragraph's stored text, as shown."""
    number = view.blocks.numbers[paragraph]
    found = ranges.range_cursor(view.document(), view.blocks, number, start, end)
    cursor = QTextCursor(view.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    return cursor.charFormat()


def test_highlights_in_sight_are_painted_at_once_and_those_far_down_when_reached(window):
    view, store = window.view, window.highlights.store
    records = {h.paragraph: h for h in store.highlights(view.article.id)}
    first, last = view.article.paragraphs()[0].id, view.article.paragraphs()[-1].id
    waiting = window.highlights.painter.waiting()
    assert first not in waiting and last in waiting  # only what is in sight costs the first paint
    top = records[first]
    assert painted(view, first, top.start, top.end).stringProperty(HIGHLIGHT_ID) == top.id
    assert not painted(view, last, records[last].start, records[last].end).stringProperty(HIGHLIGHT_ID)
    view.scroll_to(last)
    far = painted(view, last, records[last].start, records[last].end)
    assert far.stringProperty(HIGHLIGHT_ID) == records[last].id
    assert far.background().color() == QColor(THEMES["light"].highlight_colour(records[last].color))


def test_a_new_theme_reaches_the_paragraphs_not_painted_yet(window):
    view, store = window.view, window.highlights.store
    window.preferences.set_theme("dark")
    middle = view.article.paragraphs()[PARAGRAPHS // 2]
    [record] = store.in_paragraph(view.article.id, middle.id)
    view.scroll_to(middle.id)
    shown = painted(view, middle.id, record.start, record.end)
    assert shown.background().color() == QColor(THEMES["dark"].highlight_colour(record.color))
    first = view.article.paragraphs()[0]
    [top] = store.in_paragraph(view.article.id, first.id)
    view.scroll_to(first.id)
    assert painted(view, first.id, top.start, top.end).background().color() == QColor(
        THEMES["dark"].highlight_colour(top.color)
    )


def test_edits_before_a_paragraph_is_reached_show_when_it_is(window):
    view, highlights, store = window.view, window.highlights, window.highlights.store
    article = view.article
    far, farther = article.paragraphs()[-3], article.paragraphs()[-2]
    [recoloured] = store.in_paragraph(article.id, far.id)
    [deleted] = store.in_paragraph(article.id, farther.id)
    highlights.recolor(recoloured.id, "purple" if recoloured.color != "purple" else "green")
    highlights.delete_highlights([deleted.id])
    view.scroll_to(far.id)
    colour = store.get(recoloured.id).color
    shown = painted(view, far.id, recoloured.start, recoloured.end)
    assert shown.background().color() == QColor(THEMES["light"].highlight_colour(colour))
    assert not painted(view, farther.id, deleted.start, deleted.end).stringProperty(HIGHLIGHT_ID)
    highlights.undo_stack.undo()  # the deletion
    assert painted(view, farther.id, deleted.start, deleted.end).stringProperty(HIGHLIGHT_ID) == deleted.id
    highlights.undo_stack.undo()  # the recolouring
    shown = painted(view, far.id, recoloured.start, recoloured.end)
    assert shown.background().color() == QColor(THEMES["light"].highlight_colour(recoloured.color))


def test_with_diacritics_hidden_a_far_highlight_lies_on_its_stored_letters(window):
    view, store = window.view, window.highlights.store
    window.preferences.set_reading_style(replace(window.preferences.style, show_diacritics=False))
    assert not view.reading_style.show_diacritics
    last = view.article.paragraphs()[-1]
    [record] = store.in_paragraph(view.article.id, last.id)
    view.scroll_to(last.id)
    number = view.blocks.numbers[last.id]
    block = view.document().findBlockByNumber(number)
    covered = "".join(
        block.text()[i] for i in range(block.length() - 1)
        if _format_at(view, block.position() + i).stringProperty(HIGHLIGHT_ID) == record.id
    )
    assert covered == "الطالب"  # the word without its damma, and nothing either side


def _format_at(view, position: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat()
