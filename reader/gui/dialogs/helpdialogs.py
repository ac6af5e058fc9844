"""The Help menu's windows: the list of keyboard shortcuts, and About."""

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


def show_about(window: QMainWindow) -> None:
    """A short note on what Qari is."""
    QMessageBox.about(
        window,
        translate("HelpDialogs", "About Qari"),
        translate("HelpDialogs", "Qari {version}: a calm reader for Arabic articles.").format(
            version=__version__
        ),
    )
