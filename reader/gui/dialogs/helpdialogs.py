"""The Help menu's windows: the list of keyboard shortcuts, what a search may say, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reader import __version__
from reader.gui.window.commands import shortcut_table

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def show_shortcuts(window: QMainWindow) -> QDialog:
    """A window listing every action of the menus with its shortcuts."""
    title = translate("HelpDialogs", "Keyboard Shortcuts")
    headers = (translate("HelpDialogs", "Action"), translate("HelpDialogs", "Shortcut"))
    # the keys isolated left to right, so that "Ctrl++" keeps its order in a right-to-left table
    rows = [(text, f"\u2066{keys}\u2069") for text, keys in shortcut_table(window)]
    return _table_dialog(window, "shortcutsDialog", title, headers, rows, stretched=0, size=(520, 560))


def search_syntax() -> list[tuple[str, str]]:
    """(what to type, what it finds) for every part of the query language."""
    return [
        ("الورق بغداد", translate("HelpDialogs", "paragraphs with both words, in any of their forms")),
        ('"سوق الورّاقين"', translate("HelpDialogs", "the words in a row (also «…» and “…”)")),
        ("مطب*", translate("HelpDialogs", "words beginning so (at least 2 letters)")),
        ("سمرقند OR دجلة", translate("HelpDialogs", "either word")),
        ("-سمرقند", translate("HelpDialogs", "leaves out what has the word (also NOT سمرقند)")),
        ("author:محمد", translate(
            "HelpDialogs", "only articles whose author has the name; alone, lists their titles"
        )),
        ('author:"محمد الأحمد"', translate("HelpDialogs", "an author's words in a row")),
        ("source:example.org", translate(
            "HelpDialogs", "only articles whose file or web address has this part (a site, folder or file)"
        )),
        ("-author:محمد", translate("HelpDialogs", "leaves out the articles by this author")),
        ("article:3fa2", translate("HelpDialogs", "only in the article whose id begins so")),
    ]


def show_search_help(window: QMainWindow) -> QDialog:
    """A window listing what a search may say, each with what it finds."""
    title = translate("HelpDialogs", "Search Syntax")
    headers = (translate("HelpDialogs", "Type"), translate("HelpDialogs", "Finds"))
    # what to type isolated, so that `author:محمد` keeps its order in either interface
    rows = [(f"\u2068{typed}\u2069", finds) for typed, finds in search_syntax()]
    return _table_dialog(window, "searchHelpDialog", title, headers, rows, stretched=1, size=(640, 440))


def _table_dialog(
    window: QMainWindow,
    name: str,
    title: str,
    headers: tuple[str, str],
    rows: list[tuple[str, str]],
    stretched: int,
    size: tuple[int, int],
) -> QDialog:
    """A window holding a two-column table, read only, with a Close button; `stretched` is the column that
    takes the width left."""
    dialog = QDialog(window)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(title)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    modes = QHeaderView.ResizeMode
    for column in (0, 1):
        table.horizontalHeader().setSectionResizeMode(
            column, modes.Stretch if column == stretched else modes.ResizeToContents
        )
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeRowsToContents()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(*size)
    dialog.open()
    return dialog


def show_about(window: QMainWindow) -> None:
    """A short note on what Qari is."""
    QMessageBox.about(
        window,
        translate("HelpDialogs", "About Qari"),
        translate("HelpDialogs", "Qari {version}: a calm reader for Arabic articles.").format(
            version=__version__
        ),
    )
