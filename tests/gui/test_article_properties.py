"""Article Properties: the dialog from the library pane and the menu bar, saved off the GUI thread; the
table shows the author and date, and a search by `author:` finds the article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget

from reader.core.document import Metadata
from reader.core.library import ArticleSummary, Workspace
from reader.gui.dialogs.articleproperties import ArticlePropertiesDialog
from reader.gui.panes.librarypanel import ADDED_COLUMN, AUTHOR_COLUMN, DATE_COLUMN, TITLE_COLUMN, LibraryPanel

WORK_TIMEOUT = 60_000  # ms


def properties_dialog(window, qtbot):
    """Open Article Properties for the open article from the menu bar's command."""
    window.library_panel.select(window.view.article.id)
    window.commands.article_properties.trigger()
    qtbot.waitUntil(lambda: window.findChild(ArticlePropertiesDialog) is not None)
    dialog = window.findChild(ArticlePropertiesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_typing_an_author_and_date_shows_them_and_search_finds_them(open_window, qtbot):
    window = open_window("en")
    article = window.view.article
    dialog = properties_dialog(window, qtbot)
    assert dialog.title_label.text() == article.title
    assert article.source.path in dialog.source_label.text()
    assert dialog.source_label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    dialog.author.insert("نادية العطّار")  # as typed (QTest types Latin letters only)
    qtbot.keyClicks(dialog.date, "2023-11-05")
    qtbot.keyClicks(dialog.language, "ar")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WORK_TIMEOUT)

    panel = window.library_panel
    model = panel.model()
    qtbot.waitUntil(lambda: model.index(0, AUTHOR_COLUMN).data() == "نادية العطّار", timeout=WORK_TIMEOUT)
    assert not panel.header().isSectionHidden(AUTHOR_COLUMN)  # the date too, where the pane has room
    shown = model.index(0, DATE_COLUMN).data()
    assert shown != "2023-11-05" and "23" in shown and "11" in shown  # the locale's short form
    assert window.library.access.library.get(article.id).metadata.author == "نادية العطّار"

    window.search_panel.field.setText("author:العطار")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() == 1, timeout=WORK_TIMEOUT)
    assert results.topLevelItem(0).text(0).startswith(article.title)
    window.search_panel.field.setText("author:غيرها")
    qtbot.waitUntil(lambda: results.topLevelItemCount() == 0, timeout=WORK_TIMEOUT)


def test_a_bad_address_is_one_line_and_nothing_is_saved(open_window, qtbot):
    window = open_window("en")
    article = window.view.article
    dialog = properties_dialog(window, qtbot)
    dialog.author.insert("كاتب ما")
    qtbot.keyClicks(dialog.address, "example.org/story")
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Write the web address in full, beginning with https:// or http://."
    assert window.library.access.library.get(article.id).metadata.author == ""
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "https://example.org/story")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WORK_TIMEOUT)
    stored = window.library.access.library.get(article.id).metadata
    assert (stored.author, stored.address) == ("كاتب ما", "https://example.org/story")


def test_the_pane_context_menu_and_columns(open_window, qtbot):
    window = open_window("en")
    panel = window.library_panel
    titles = [panel.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
              for c in range(panel.model().columnCount())]
    assert titles == ["Title", "Added", "Paragraphs", "Author", "Date", "Progress", "Last Read"]
    header = panel.header()
    assert header.isSectionHidden(ADDED_COLUMN)
    assert header.isSectionHidden(AUTHOR_COLUMN) and header.isSectionHidden(DATE_COLUMN)  # none has one
    panel.set_column_shown(AUTHOR_COLUMN, True)
    window.library.refresh_library()  # the reader's choice holds
    assert not header.isSectionHidden(AUTHOR_COLUMN)
    panel.set_column_shown(ADDED_COLUMN, True)
    assert not panel.header().isSectionHidden(ADDED_COLUMN)
    panel.set_column_shown(TITLE_COLUMN, False)  # the title always stays
    assert not panel.header().isSectionHidden(TITLE_COLUMN)
    with qtbot.waitSignal(panel.propertiesRequested) as asked:
        panel.select(window.view.article.id)
        panel.request_properties()
    assert asked.args == [window.view.article.id]


def test_the_dialog_is_right_to_left_in_the_arabic_interface(open_window, qtbot):
    window = open_window("ar")
    dialog = properties_dialog(window, qtbot)
    assert dialog.isRightToLeft() and dialog.windowTitle() == "خصائص المقالة"
    assert dialog.address.layoutDirection() == Qt.LayoutDirection.LeftToRight
    panel = window.library_panel
    header = [panel.model().headerData(c, Qt.Orientation.Horizontal) for c in (AUTHOR_COLUMN, DATE_COLUMN)]
    assert header == ["الكاتب", "التاريخ"]
    dialog.reject()


def summary(number: int, author: str, date: str) -> ArticleSummary:
    return ArticleSummary(
        id=f"a{number}", title=f"مقالة في الأسواق القديمة رقم {number}", path=f"/tmp/{number}.txt",
        format="txt",
        paragraphs=12, added=f"2024-03-{10 + number:02d}T09:00:00+00:00", updated="2024-03-20T09:00:00+00:00",
        author=author, date=date,
    )


def test_a_narrow_pane_keeps_half_its_width_for_the_titles(qtbot):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_articles([summary(1, "عبد الرحمن بن محمد الأندلسي", "2021-06-01"), summary(2, "", "")])
    header = panel.header()
    for width, date_shown in ((900, True), (280, False)):
        panel.resize(width, 220)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda date_shown=date_shown: header.isSectionHidden(DATE_COLUMN) != date_shown)
        assert not header.isSectionHidden(AUTHOR_COLUMN)
        assert header.sectionSize(TITLE_COLUMN) >= panel.viewport().width() // 2 - 1
    panel.sortByColumn(AUTHOR_COLUMN, Qt.SortOrder.DescendingOrder)
    assert panel.article_ids() == ["a1", "a2"]
    panel.sortByColumn(DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert panel.article_ids() == ["a2", "a1"]


def test_search_syntax_lists_the_fields_in_the_reader_s_language(open_window, qtbot):
    window = open_window("ar")
    window.commands.search_help.trigger()
    dialog = window.findChild(QDialog, "searchHelpDialog")
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget)
    typed = [table.item(row, 0).text().strip("\u2068\u2069") for row in range(table.rowCount())]
    assert {"author:محمد", 'author:"محمد الأحمد"', "source:example.org", "-author:محمد"} <= set(typed)
    finds = table.item(typed.index("author:محمد"), 1).text()
    assert finds.startswith("المقالات") and "author" not in finds
    dialog.reject()


def test_an_author_given_by_another_program_reaches_the_table_and_the_open_article(
    open_window, library_folder, qtbot
):
    window = open_window("en")
    article_id = window.view.article.id
    with Workspace(library_folder) as workspace:
        workspace.set_metadata(article_id, Metadata(author="يوسف الناسخ"))
    qtbot.waitUntil(lambda: window.view.article.metadata.author == "يوسف الناسخ", timeout=10_000)
    row = window.library_panel.article_ids().index(article_id)
    assert window.library_panel.model().index(row, AUTHOR_COLUMN).data() == "يوسف الناسخ"
    window.search_panel.set_scope("article")
    window.search_panel.field.setText("الورق author:الناسخ")
    qtbot.waitUntil(lambda: len(window.view.hits) > 0, timeout=WORK_TIMEOUT)
    window.search_panel.field.setText("الورق author:غيره")
    qtbot.waitUntil(lambda: len(window.view.hits) == 0, timeout=WORK_TIMEOUT)
