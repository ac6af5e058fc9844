"""The library pane: the articles, sortable by title, date added and length; asks to open or remove them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from reader.core.library import ArticleSummary

_ID_ROLE = Qt.ItemDataRole.UserRole
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_COLUMN, ADDED_COLUMN, PARAGRAPHS_COLUMN = range(3)


def _local_date(iso: str, locale: QLocale) -> str:
    """An ISO time (UTC) as the reader's local date; Python's conversion spares loading Qt's time zones."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)


class LibraryPanel(QTreeView):
    """The table of articles."""

    articleRequested = Signal(str)  # open this article
    removeRequested = Signal(list)  # remove these articles (ids); the window asks for confirmation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.setAccessibleName(self.tr("Library"))
        self.setAccessibleDescription(self.tr("The articles in the library; Enter opens, Delete removes."))
        self._model = QStandardItemModel(0, 3, self)
        self._model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Added"), self.tr("Paragraphs")])
        self._model.setSortRole(_SORT_ROLE)
        self.setModel(self._model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(ADDED_COLUMN, Qt.SortOrder.DescendingOrder)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (ADDED_COLUMN, PARAGRAPHS_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.activated.connect(self._request)
        self.clicked.connect(self._request)
        self._remove_action = QAction(self.tr("Remove…"), self)
        self._remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._remove_action.triggered.connect(self.request_removal)
        self.addAction(self._remove_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        """Show these articles, keeping the sort order the reader chose."""
        current = self.current_article()
        self._model.removeRows(0, self._model.rowCount())
        locale = QLocale()
        for summary in summaries:
            title = QStandardItem(summary.title)
            title.setData(summary.id, _ID_ROLE)
            title.setData(summary.title.casefold(), _SORT_ROLE)
            title.setToolTip(f"{summary.title}\n{summary.path}")
            added = QStandardItem(_local_date(summary.added, locale))
            added.setData(summary.added, _SORT_ROLE)
            paragraphs = QStandardItem(locale.toString(summary.paragraphs))
            paragraphs.setData(summary.paragraphs, _SORT_ROLE)
            paragraphs.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self._model.appendRow([title, added, paragraphs])
        header = self.header()
        self._model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if current:
            self.select(current)

    def count(self) -> int:
        """The number of articles listed."""
        return self._model.rowCount()

    def article_ids(self) -> list[str]:
        """The ids of the articles, in the order shown."""
        return [self._model.item(row).data(_ID_ROLE) for row in range(self._model.rowCount())]

    def current_article(self) -> str | None:
        """The id of the marked article, if any."""
        index = self.currentIndex()
        return self._model.item(index.row()).data(_ID_ROLE) if index.isValid() else None

    def selected_articles(self) -> list[str]:
        """The ids of the selected articles (the marked one when none is selected)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self._model.item(row).data(_ID_ROLE) for row in rows]
        current = self.current_article()
        return ids or ([current] if current else [])

    def select(self, article_id: str) -> None:
        """Mark an article as the open one, without asking for it to be opened."""
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(_ID_ROLE) == article_id:
                self.blockSignals(True)
                self.setCurrentIndex(self._model.index(row, TITLE_COLUMN))
                self.blockSignals(False)
                self.scrollTo(self._model.index(row, TITLE_COLUMN))

    def request_removal(self) -> None:
        """Ask for the selected articles to be removed."""
        ids = self.selected_articles()
        if ids:
            self.removeRequested.emit(ids)

    def _request(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(self._model.item(index.row()).data(_ID_ROLE))

    def _show_menu(self, where: QPoint) -> None:
        index = self.indexAt(where)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._request(index))
        menu.addAction(self._remove_action)
        menu.exec(self.viewport().mapToGlobal(where))
