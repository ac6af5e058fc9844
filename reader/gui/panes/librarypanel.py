"""The library pane: the articles, sortable by title, date added and length; asks to open or remove them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from reader.core.library import ArticleSummary
from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.emptyhint import EmptyHint
from reader.gui.panes.librarymodel import (
    ADDED_COLUMN,
    ID_ROLE,
    PARAGRAPHS_COLUMN,
    TITLE_COLUMN,
    LibraryModel,
)

__all__ = ["ADDED_COLUMN", "PARAGRAPHS_COLUMN", "TITLE_COLUMN", "LibraryPanel"]


class LibraryPanel(QTreeView):
    """The table of articles."""

    articleRequested = Signal(str)  # open this article
    removeRequested = Signal(list)  # remove these articles (ids); the window asks for confirmation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.setAccessibleName(self.tr("Library"))
        self.setAccessibleDescription(self.tr("The articles in the library; Enter opens, Delete removes."))
        self._model = LibraryModel(self)
        self.setModel(self._model)
        self.setItemDelegateForColumn(TITLE_COLUMN, BidiItemDelegate(self))  # each title in its direction
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
            # sized once from the header and a sample, not by measuring thousands of rows
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.activated.connect(self._request)
        self.clicked.connect(self._request)
        self._remove_action = QAction(self.tr("Remove…"), self)
        self._remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._remove_action.triggered.connect(self.request_removal)
        self.addAction(self._remove_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.empty_hint = EmptyHint(
            self, self.tr("Drop files here, or choose File ▸ Import Files…, to add articles.")
        )

    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        """Show these articles, keeping the sort order the reader chose and the marked article."""
        current = self.current_article()
        self._model.set_articles(summaries)
        self._fit_columns()
        if current:
            self.select(current)

    def count(self) -> int:
        """The number of articles listed."""
        return self._model.rowCount()

    def article_ids(self) -> list[str]:
        """The ids of the articles, in the order shown."""
        return self._model.ids()

    def current_article(self) -> str | None:
        """The id of the marked article, if any."""
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_articles(self) -> list[str]:
        """The ids of the selected articles (the marked one when none is selected)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self._model.summary(row).id for row in rows]
        current = self.current_article()
        return ids or ([current] if current else [])

    def select(self, article_id: str) -> None:
        """Mark an article as the open one, without asking for it to be opened."""
        row = self._model.row_of(article_id)
        if row >= 0:
            index = self._model.index(row, TITLE_COLUMN)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def request_removal(self) -> None:
        """Ask for the selected articles to be removed."""
        ids = self.selected_articles()
        if ids:
            self.removeRequested.emit(ids)

    def _fit_columns(self) -> None:
        # Sized to the widest date and the largest count, found without measuring thousands of rows,
        # so that no number is ever cut ("2…" for 2,004).
        if not self._model.rowCount():
            return
        header, metrics = self.header(), self.fontMetrics()
        for column in (ADDED_COLUMN, PARAGRAPHS_COLUMN):
            texts = (str(self._model.index(0, column).data()), self._model.widest_text(column))
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            width = max(header.sectionSizeHint(column), widest + metrics.horizontalAdvance("0") + 16)
            header.resizeSection(column, width)

    def _request(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(index.data(ID_ROLE))

    def _show_menu(self, where: QPoint) -> None:
        index = self.indexAt(where)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._request(index))
        menu.addAction(self._remove_action)
        menu.exec(self.viewport().mapToGlobal(where))
