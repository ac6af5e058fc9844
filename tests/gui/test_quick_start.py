"""Start-up as `qari` does it: the window paints the article first, and the search and annotations panes
with their controllers arrive right after that paint, working; it opens the last article as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextCursor

from reader.core.library import Workspace
from reader.gui.config import settings as keys
from reader.gui.config.settings import Settings
from reader.gui.config.themes import THEMES
from reader.gui.reading.highlighting import HIGHLIGHT_ID
from reader.gui.window.launch import create_application, create_window
from tests.gui.test_search import SEARCH_TIMEOUT, type_query
from tests.helpers import SAMPLE

COMPLETE_MS = 5_000


@pytest.fixture
def library(library_folder: Path, seed_path: Path) -> tuple[Path, str, str]:
    """A library of the sample and the seed article, the seed read last and one of its words highlighted."""
    workspace = Workspace(library_folder)
    workspace.import_file(SAMPLE)
    seed = workspace.import_file(seed_path).article
    paragraph = seed.paragraphs()[0]
    end = paragraph.text.index(" ", 1)
    made = workspace.library.highlights.add(seed, paragraph.id, 0, end, "green")
    workspace.close()
    return library_folder, seed.id, made.id


@pytest.fixture
def quick_window(qtbot, library, settings_path: Path):
    folder, seed_id, _ = library
    settings = Settings(settings_path)
    settings.set(keys.LAST_ARTICLE, seed_id)
    create_application(language="en")
    window = create_window(folder, settings=settings, complete_after_paint=True)
    qtbot.addWidget(window)
    yield window
    window.close()
    window.close_library()


def test_the_article_is_shown_before_the_panes_are_built(quick_window, library):
    _, seed_id, _ = library
    assert quick_window.view.article is not None and quick_window.view.article.id == seed_id
    assert not quick_window.is_complete()
    assert quick_window.search_dock.widget() is None and quick_window.highlights_dock.widget() is None
    assert quick_window.library_panel.count() == 2 and quick_window.navigator.topLevelItemCount() > 0


def test_the_rest_arrives_after_the_first_paint_and_works(quick_window, library, qtbot):
    _, seed_id, highlight_id = library
    with qtbot.waitSignal(quick_window.completed, timeout=COMPLETE_MS):
        quick_window.show()
    assert quick_window.search_dock.widget() is quick_window.search_panel
    assert quick_window.highlights_dock.widget() is quick_window.highlights_panel
    # the open article's highlight is painted, and listed in the pane
    view = quick_window.view
    first = view.blocks.numbers[view.article.paragraphs()[0].id]
    cursor = QTextCursor(view.document().findBlockByNumber(first))
    cursor.setPosition(cursor.position() + 2)
    assert cursor.charFormat().stringProperty(HIGHLIGHT_ID) == highlight_id
    assert cursor.charFormat().background().color() == QColor(THEMES["light"].highlight_colour("green"))
    pane = quick_window.highlights_panel
    qtbot.waitUntil(lambda: pane.visible_ids() == [highlight_id], timeout=COMPLETE_MS)
    # the search finds, and its hits are marked in the open article
    word = view.article.paragraphs()[0].text.split()[0]
    type_query(qtbot, quick_window, word)
    assert quick_window.search_panel.result_count() > 0
    qtbot.waitUntil(lambda: bool(view.hits.ranges()), timeout=SEARCH_TIMEOUT)
    assert view.article.id == seed_id


def test_closing_before_the_rest_arrives_keeps_the_place(quick_window, library, settings_path: Path):
    _, seed_id, _ = library
    quick_window.close()
    quick_window.complete()  # as the turn after a paint that came just before the close would
    assert not quick_window.is_complete() and quick_window.search_dock.widget() is None
    assert Settings(settings_path).get(keys.LAST_ARTICLE) == seed_id
