"""The library pane: the articles, sortable by title, author, date, date added, length, progress and when
last read; asks to open, remove or edit the properties of them.

The author, date, progress and last read columns show when an article of the library has one and the
titles keep half the width (in a narrow pane the last read gives way first, then the date, the author and
the progress), and date added is hidden at first;
the header's context menu shows or hides any column but the title, and the reader's choice then holds.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from reader.core.library import ArticleSummary
from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.emptyhint import EmptyHint
from reader.gui.panes.librarymodel import (
    ADDED_COLUMN,
    AUTHOR_COLUMN,
    DATE_COLUMN,
    ID_ROLE,
    LAST_READ_COLUMN,
    PARAGRAPHS_COLUMN,
    PROGRESS_COLUMN,
    SHOWN_ORDER,
    TITLE_COLUMN,
    LibraryModel,
    column_titles,
)

__all__ = [
    "ADDED_COLUMN", "AUTHOR_COLUMN", "DATE_COLUMN", "LAST_READ_COLUMN", "PARAGRAPHS_COLUMN",
    "PROGRESS_COLUMN", "TITLE_COLUMN", "LibraryPanel",
]
AUTHOR_SHARE = 0.3  # of the table's width, at most, for the author column when it is sized
TITLE_SHARE = 0.5  # of the table's width, at least, kept for the titles by the columns shown on their own
AUTHORS_MEASURED = 500  # distinct names measured to size the author column
NARROWEST = 280  # pixels: the library pane's width as the window first lays it out


class LibraryPanel(QTreeView):
    """The table of articles."""

    articleRequested = Signal(str)  # open this article
    removeRequested = Signal(list)  # remove these articles (ids); the window asks for confirmation
    propertiesRequested = Signal(str)  # show and edit this article's properties (author, date …)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.setAccessibleName(self.tr("Library"))
        self.setAccessibleDescription(self.tr("The articles in the library; Enter opens, Delete removes."))
        self._model = LibraryModel(self)
        self.setModel(self._model)
        self.setItemDelegateForColumn(TITLE_COLUMN, BidiItemDelegate(self))  # each title in its direction
        self.setItemDelegateForColumn(AUTHOR_COLUMN, BidiItemDelegate(self))
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
        for column in (AUTHOR_COLUMN, DATE_COLUMN, ADDED_COLUMN, PARAGRAPHS_COLUMN, PROGRESS_COLUMN,
                       LAST_READ_COLUMN):
            # sized once from the header and a sample, not by measuring thousands of rows
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for place, column in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(column), place)
        header.setSectionHidden(ADDED_COLUMN, True)
        self._chosen: dict[int, bool] = {}  # columns the reader showed (True) or hid
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
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
        self._lay_out_columns()
        if current:
            self.select(current)

    def show_place(self, article_id: str, progress: float, last_read: str) -> None:
        """Show how far through an article the reader is and when it was last read."""
        had = self.header().isSectionHidden(PROGRESS_COLUMN)
        self._model.set_place(article_id, progress, last_read)
        if had:  # the first article read: the columns may show now
            self._lay_out_columns()

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

    def request_properties(self) -> None:
        """Ask for the marked article's properties to be shown."""
        current = self.current_article()
        if current:
            self.propertiesRequested.emit(current)

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column (the title always stays)."""
        if column != TITLE_COLUMN:
            self._chosen[column] = shown
            self._lay_out_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the columns out again for the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._lay_out_columns()

    def _lay_out_columns(self) -> None:
        """Which columns show (see the module's docstring), and their widths."""
        header = self.header()
        rows = [self._model.summary(row) for row in range(self._model.rowCount())]
        sizes = self._column_widths() if rows else {}
        shown = {
            AUTHOR_COLUMN: any(s.author for s in rows), DATE_COLUMN: any(s.date for s in rows),
            ADDED_COLUMN: False, PARAGRAPHS_COLUMN: True,
            PROGRESS_COLUMN: any(s.progress is not None for s in rows),
            LAST_READ_COLUMN: any(s.last_read for s in rows),
        }
        shown.update(self._chosen)
        room = max(self.viewport().width(), NARROWEST)  # before it is shown: a pane's first width
        # the titles keep their share: the columns give way in this order
        for column in (LAST_READ_COLUMN, DATE_COLUMN, AUTHOR_COLUMN, PROGRESS_COLUMN):
            used = sum(sizes.get(c, 0) for c, on in shown.items() if on)
            if column not in self._chosen and shown[column] and room - used < room * TITLE_SHARE:
                shown[column] = False
        for column, on in shown.items():
            header.setSectionHidden(column, not on)
            if column in sizes:
                header.resizeSection(column, sizes[column])

    def _column_widths(self) -> dict[int, int]:
        # Sized to the widest date and the largest count, found without measuring thousands of rows,
        # so that no number is ever cut ("2…" for 2,004); the author to its longest name, within a share.
        header, metrics = self.header(), self.fontMetrics()
        padding = metrics.horizontalAdvance("0") + 16
        sizes: dict[int, int] = {}
        for column in (DATE_COLUMN, ADDED_COLUMN, PARAGRAPHS_COLUMN, PROGRESS_COLUMN, LAST_READ_COLUMN):
            texts = (str(self._model.index(0, column).data()), self._model.widest_text(column))
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            sizes[column] = max(header.sectionSizeHint(column), widest + padding)
        names = list(dict.fromkeys(self._model.summary(row).author for row in range(self._model.rowCount())))
        widest = max((metrics.horizontalAdvance(name) for name in names[:AUTHORS_MEASURED]), default=0)
        share = int(max(self.viewport().width(), NARROWEST) * AUTHOR_SHARE)
        sizes[AUTHOR_COLUMN] = max(header.sectionSizeHint(AUTHOR_COLUMN), min(widest + padding, share))
        return sizes

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
        menu.addSeparator()
        # the row clicked; the window's Article Properties (Alt+Return) asks for the marked one
        menu.addAction(self.tr("Properties…"), lambda: self.propertiesRequested.emit(index.data(ID_ROLE)))
        menu.exec(self.viewport().mapToGlobal(where))

    def _show_column_menu(self, where: QPoint) -> None:
        menu = QMenu(self)
        titles = column_titles()
        for column in SHOWN_ORDER:
            if column == TITLE_COLUMN:
                continue
            action = menu.addAction(titles[column])
            action.setCheckable(True)
            action.setChecked(not self.header().isSectionHidden(column))
            action.toggled.connect(lambda shown, column=column: self.set_column_shown(column, shown))
        menu.exec(self.header().mapToGlobal(where))
