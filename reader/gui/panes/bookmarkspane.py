"""The bookmarks of the open article, listed below its sections: choosing one asks the view to go there.

A bookmark is renamed in place (F2, a double click, or Rename in its menu) and deleted with Delete or its
menu. Each name is laid out in its own direction; an orphaned bookmark (its paragraph is gone) is greyed.
The pane hides while the article has no bookmark, leaving the sections the whole height.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.panes.bidi_items import BidiItemDelegate

if TYPE_CHECKING:
    from reader.core.highlights import Bookmark

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
        # a one-column tree, not a list view: its column is as wide as the pane, so a long name is elided
        self.list = QTreeWidget(self)
        self.list.setObjectName("bookmarkList")
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.setAccessibleDescription(
            self.tr("Enter goes to a bookmark, F2 renames it, Delete removes it.")
        )
        self.list.setItemDelegateForColumn(0, BidiItemDelegate(self.list))  # each name in its own direction
        # A click goes to the bookmark (closing the pane's overlay in a narrow window), so renaming is F2
        # or the menu's, not a double click's.
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
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
        self.list.itemActivated.connect(lambda item, _column: self._request(item))
        self.list.itemClicked.connect(lambda item, _column: self._request(item))
        self.list.itemChanged.connect(lambda item, _column: self._renamed(item))
        self._items: list[QTreeWidgetItem] = []
        self.setVisible(False)

    def set_bookmarks(self, placed: list[tuple[Bookmark, int | None]]) -> None:
        """Show these bookmarks, each with its paragraph's number (None for the title, a heading, or an
        orphaned one); the pane shows only when there are some."""
        locale = QLocale()
        current = self.list.currentItem()
        kept_id = current.data(0, _ID_ROLE) if current is not None else None
        kept_row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        self.list.blockSignals(True)
        self.list.clear()
        self._items = []
        for bookmark, number in placed:
            item = QTreeWidgetItem([bookmark.name])
            item.setData(0, _ID_ROLE, bookmark.id)
            item.setData(0, _BLOCK_ROLE, bookmark.paragraph)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if bookmark.state == "orphaned":
                item.setToolTip(0, self.tr("Its paragraph is no longer in the article: {quote}").format(
                    quote=bookmark.quote))
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
                item.setForeground(0, self.palette().placeholderText())
            elif number is not None:
                item.setToolTip(0, self.tr("Paragraph {number}: {quote}").format(
                    number=locale.toString(number), quote=bookmark.quote))
            else:
                item.setToolTip(0, bookmark.name)
            self.list.addTopLevelItem(item)
            self._items.append(item)
        # The reader keeps their place in the list through a rename, and is on the next one after a delete.
        if kept_row >= 0 and self._items:
            same = self.item_of(kept_id) if kept_id is not None else None
            self.list.setCurrentItem(same or self._items[min(kept_row, len(self._items) - 1)])
        self.list.blockSignals(False)
        self.setVisible(bool(placed))

    def count(self) -> int:
        """The number of bookmarks listed."""
        return len(self._items)

    def item(self, row: int) -> QTreeWidgetItem:
        """The bookmark listed in a row."""
        return self._items[row]

    def names(self) -> list[str]:
        """The names shown, in order."""
        return [self.item(row).text(0) for row in range(self.count())]

    def item_of(self, bookmark_id: str) -> QTreeWidgetItem | None:
        """The row of a bookmark, if it is listed."""
        for row in range(self.count()):
            if self.item(row).data(0, _ID_ROLE) == bookmark_id:
                return self.item(row)
        return None

    def _request(self, item: QTreeWidgetItem) -> None:
        self.bookmarkRequested.emit(item.data(0, _BLOCK_ROLE))

    def _renamed(self, item: QTreeWidgetItem) -> None:
        self.renameRequested.emit(item.data(0, _ID_ROLE), item.text(0))

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.deleteRequested.emit(item.data(0, _ID_ROLE))

    def _show_menu(self, where: QPoint) -> None:
        item = self.list.itemAt(where)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Go to Bookmark"), lambda: self._request(item))
        menu.addAction(self.tr("Rename…"), lambda: self.list.editItem(item, 0))
        menu.addSeparator()
        menu.addAction(self.tr("Delete Bookmark"), lambda: self.deleteRequested.emit(item.data(0, _ID_ROLE)))
        menu.exec(self.list.viewport().mapToGlobal(where))
