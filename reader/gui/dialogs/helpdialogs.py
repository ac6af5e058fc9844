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
    dialog = QDialog(window)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(translate("HelpDialogs", "Keyboard Shortcuts"))
    rows = shortcut_table(window)
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(translate("HelpDialogs", "Keyboard Shortcuts"))
    table.setHorizontalHeaderLabels(
        [translate("HelpDialogs", "Action"), translate("HelpDialogs", "Shortcut")]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    for row, (text, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(text))
        # isolated left to right, so that "Ctrl++" keeps its order in a right-to-left table
        table.setItem(row, 1, QTableWidgetItem(f"\u2066{keys}\u2069"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(520, 560)
    dialog.open()
    return dialog


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
    dialog = QDialog(window)
    dialog.setObjectName("searchHelpDialog")
    dialog.setWindowTitle(translate("HelpDialogs", "Search Syntax"))
    rows = search_syntax()
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(translate("HelpDialogs", "Search Syntax"))
    table.setHorizontalHeaderLabels([translate("HelpDialogs", "Type"), translate("HelpDialogs", "Finds")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for row, (typed, finds) in enumerate(rows):
        # isolated, so that `author:محمد` keeps its order in either interface
        table.setItem(row, 0, QTableWidgetItem(f"\u2068{typed}\u2069"))
        table.setItem(row, 1, QTableWidgetItem(finds))
    table.resizeRowsToContents()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(640, 440)
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
