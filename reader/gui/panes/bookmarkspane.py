"""The bookmarks of the open article, listed below its sections: choosing one asks the view to go there.

A bookmark is renamed in place (F2, a double click, or Rename in its menu) and deleted with Delete or its
menu. Each name is laid out in its own direction; an orphaned bookmark (its paragraph is gone) is greyed.
The pane hides while the article has no bookmark, leaving the sections the whole height.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.core.highlights import Bookmark
from reader.gui.panes.bidi_items import BidiItemDelegate

_ID_ROLE = Qt.ItemDataRole.UserRole
_BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1


class BookmarksPane(QWidget):
    """A heading and the list of the article's bookmarks, in reading order."""

    bookmarkRequested = Signal(str)  # go to this block
    renameRequested = Signal(str, str)  # bookmark id, new name
    deleteRequested = Signal(str)  # bookmark id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarks")
        self.heading = QLabel(self.tr("Bookmarks"), self)
        self.heading.setContentsMargins(4, 4, 4, 2)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarkList")
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.setAccessibleDescription(
            self.tr("Enter goes to a bookmark, F2 renames it, Delete removes it.")
        )
        self.list.setItemDelegate(BidiItemDelegate(self.list))  # each name in its own direction
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name on one line, whole in its tip
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self._delete_action = QAction(self.tr("Delete Bookmark"), self)
        self._delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_action.triggered.connect(self._delete_current)
        self.list.addAction(self._delete_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.itemActivated.connect(self._request)
        self.list.itemClicked.connect(self._request)
        self.list.itemChanged.connect(self._renamed)
        self.setVisible(False)

    def set_bookmarks(self, placed: list[tuple[Bookmark, int | None]]) -> None:
        """Show these bookmarks, each with its paragraph's number (None for the title, a heading, or an
        orphaned one); the pane shows only when there are some."""
        locale = QLocale()
        self.list.blockSignals(True)
        self.list.clear()
        for bookmark, number in placed:
            item = QListWidgetItem(bookmark.name)
            item.setData(_ID_ROLE, bookmark.id)
            item.setData(_BLOCK_ROLE, bookmark.paragraph)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if bookmark.state == "orphaned":
                item.setToolTip(self.tr("Its paragraph is no longer in the article: {quote}").format(
                    quote=bookmark.quote))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            elif number is not None:
                item.setToolTip(self.tr("Paragraph {number}: {quote}").format(
                    number=locale.toString(number), quote=bookmark.quote))
            else:
                item.setToolTip(bookmark.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.setVisible(bool(placed))

    def count(self) -> int:
        """The number of bookmarks listed."""
        return self.list.count()

    def names(self) -> list[str]:
        """The names shown, in order."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def item_of(self, bookmark_id: str) -> QListWidgetItem | None:
        """The row of a bookmark, if it is listed."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == bookmark_id:
                return self.list.item(row)
        return None

    def _request(self, item: QListWidgetItem) -> None:
        self.bookmarkRequested.emit(item.data(_BLOCK_ROLE))

    def _renamed(self, item: QListWidgetItem) -> None:
        self.renameRequested.emit(item.data(_ID_ROLE), item.text())

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.deleteRequested.emit(item.data(_ID_ROLE))

    def _show_menu(self, where: QPoint) -> None:
        item = self.list.itemAt(where)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Go to Bookmark"), lambda: self._request(item))
        menu.addAction(self.tr("Rename…"), lambda: self.list.editItem(item))
        menu.addSeparator()
        menu.addAction(self.tr("Delete Bookmark"), lambda: self.deleteRequested.emit(item.data(_ID_ROLE)))
        menu.exec(self.list.viewport().mapToGlobal(where))
