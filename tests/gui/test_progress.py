"""Reading places in the window: progress and time left in the status bar, kept in the library, shown in
the library's Progress and Last Read columns, moved over from older settings; Go to Paragraph."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from reader.core.library import ArticleSummary, Library
from reader.gui.config import settings as keys
from reader.gui.config.settings import Settings
from reader.gui.panes.librarypanel import LAST_READ_COLUMN, PROGRESS_COLUMN, LibraryPanel
from reader.gui.window.launch import create_application


def long_article(folder: Path, name: str = "long.txt", paragraphs: int = 120) -> Path:
    path = folder / name
    line = "سجل المسافر يوما بعد يوم، وهذه الصفحة رقم {} من دفتره الطويل الذي لا ينتهي."
    lines = [line.format(n) for n in range(paragraphs)]
    path.write_text("دفتر المسافر\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_status_bar_shows_how_far_and_the_time_left_as_the_reader_scrolls(open_window, tmp_path: Path):
    window = open_window("en", files=[long_article(tmp_path)])
    label = window.reading_progress
    assert label.text().startswith("0%") and "min left" in label.text()
    article = window.view.article
    window.view.scroll_to(article.paragraphs()[60].id)
    middle = window.places.progress()
    assert 0.45 < middle < 0.55 and label.text().startswith(f"{round(middle * 100)}%")
    # 120 paragraphs of 15 words: 1,800 words; at 140 a minute about 13 minutes, half of them left
    assert "6 min left" in label.text() or "7 min left" in label.text()
    window.preferences.set_reading_speed(600)
    assert "1 min left" in label.text() or "2 min left" in label.text()
    window.places.set_pace(60)  # reading aloud at 60 words a minute
    assert "(aloud)" in label.text() and ("15 min" in label.text() or "14 min" in label.text())
    window.places.set_pace(None)
    assert "(aloud)" not in label.text()
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert window.places.progress() == 1.0 and label.text() == "100% · read to the end"


def test_the_arabic_status_bar_reads_in_arabic_digits(open_window, tmp_path: Path):
    window = open_window("ar", files=[long_article(tmp_path)])
    window.view.scroll_to(window.view.article.paragraphs()[60].id)
    text = window.reading_progress.text()
    assert "٪" in text and "دقائق متبقية" in text
    assert not any(char.isascii() and char.isdigit() for char in text)


def test_the_place_is_kept_in_the_library_and_shown_in_its_columns(open_window, tmp_path: Path,
                                                                   library_folder):
    window = open_window("en", files=[long_article(tmp_path)])
    panel = window.library_panel
    assert panel.header().isSectionHidden(PROGRESS_COLUMN)  # nothing read yet
    article = window.view.article
    window.view.scroll_to(article.paragraphs()[30].id)
    other = next(i for i in panel.article_ids() if i != article.id)
    window.library.open_article(other)  # leaving the article saves its place
    with Library(library_folder) as library:
        place = library.places.get(article.id)
        assert place is not None and place.block == article.paragraphs()[30].id and 0.2 < place.progress < 0.3
    assert not panel.header().isSectionHidden(PROGRESS_COLUMN)
    row = panel.article_ids().index(article.id)
    assert panel.model().index(row, PROGRESS_COLUMN).data() == f"{round(place.progress * 100)}%"
    assert panel.model().index(row, LAST_READ_COLUMN).data()
    panel.sortByColumn(PROGRESS_COLUMN, panel.header().sortIndicatorOrder().DescendingOrder)
    assert panel.article_ids()[0] == article.id
    window.library.open_article(article.id)
    assert window.view.reading_position() == article.paragraphs()[30].id


def test_last_read_shows_in_a_wide_pane_and_gives_way_first_in_a_narrow_one(qtbot):
    create_application(language="en")
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    read = ArticleSummary("a1", "رحلة", "/x.md", "markdown", 12, "2026-01-01", "2026-01-01")
    never = ArticleSummary("a2", "دفتر", "/y.md", "markdown", 30, "2026-01-02", "2026-01-02")
    panel.set_articles([read, never])
    header = panel.header()
    assert header.isSectionHidden(PROGRESS_COLUMN) and header.isSectionHidden(LAST_READ_COLUMN)
    panel.show_place("a1", 0.42, "2026-02-03T10:00:00+00:00")
    assert not header.isSectionHidden(PROGRESS_COLUMN) and not header.isSectionHidden(LAST_READ_COLUMN)
    assert panel.model().index(panel.article_ids().index("a2"), PROGRESS_COLUMN).data() == ""
    panel.resize(300, 300)
    assert header.isSectionHidden(LAST_READ_COLUMN) and not header.isSectionHidden(PROGRESS_COLUMN)


def test_scrolling_saves_the_place_later_not_at_each_step(open_window, tmp_path: Path, library_folder, qtbot):
    window = open_window("en", files=[long_article(tmp_path)])
    article = window.view.article
    window.places._save_timer.setInterval(200)  # the test does not wait the real 20 s
    for n in (10, 20, 30):
        window.view.scroll_to(article.paragraphs()[n].id)
    with Library(library_folder) as library:
        assert library.places.get(article.id) is None
        qtbot.waitUntil(lambda: library.places.get(article.id) is not None, timeout=3000)
        assert library.places.get(article.id).block == article.paragraphs()[30].id


def test_positions_kept_by_an_older_version_are_moved_into_the_library_once(
    open_window, tmp_path: Path, settings_path: Path, library_folder
):
    first = open_window("en", files=[long_article(tmp_path)])
    article = first.view.article
    first.close()
    first.close_library()
    with Library(library_folder) as library:  # as an older version left it: no place in the library
        library.connection.execute("DELETE FROM reading_places")
    old = Settings(settings_path)
    old.set(keys.LAST_ARTICLE, article.id)
    old._store.setValue(f"{keys.POSITIONS_GROUP}/{article.id}", article.paragraphs()[50].id)
    old._store.setValue(f"{keys.POSITIONS_GROUP}/gone-article", "p1")
    old.sync()
    window = open_window("en")
    assert window.view.reading_position() == article.paragraphs()[50].id
    assert Settings(settings_path).legacy_positions() == {}


def test_go_to_paragraph_takes_arabic_digits_and_refuses_a_number_out_of_range(open_window, tmp_path: Path):
    window = open_window("ar", files=[long_article(tmp_path)])
    window.commands.go_to_paragraph.trigger()
    dialog = window.findChild(QDialogButtonBox).parent()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.field.setText("٥٠٠")
    assert not ok.isEnabled()
    dialog.field.setText("٨١")
    assert ok.isEnabled()
    ok.click()
    assert window.view.reading_position() == window.view.article.paragraphs()[80].id


def test_the_reading_speed_is_a_setting(open_window, settings_path: Path):
    window = open_window("en")
    dialog = window.preferences.show_settings()
    assert dialog.speed_box.value() == 140
    dialog.speed_box.setValue(250)
    assert Settings(settings_path).get(keys.READING_SPEED) == 250
    dialog.close()
