"""The library's articles as a table model: title, author, date, date added, paragraphs, progress and when
last read; sorted in Python.

A library of thousands of articles is shown without an item object per cell: the view asks only for the
rows it paints, and dates are formatted when first shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.core.library import ArticleSummary
from reader.core.text import LRI, PDI

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to a model or a delegate
# in the order the model has always had them; the view shows the author and the date after the title
TITLE_COLUMN, ADDED_COLUMN, PARAGRAPHS_COLUMN, AUTHOR_COLUMN, DATE_COLUMN = range(5)
PROGRESS_COLUMN, LAST_READ_COLUMN = 5, 6  # how far through and when last read, after the others
COLUMNS = 7
SHOWN_ORDER = (
    TITLE_COLUMN, AUTHOR_COLUMN, DATE_COLUMN, ADDED_COLUMN, PARAGRAPHS_COLUMN, PROGRESS_COLUMN,
    LAST_READ_COLUMN,
)
ID_ROLE = Qt.ItemDataRole.UserRole

_SORT_KEYS = {
    TITLE_COLUMN: lambda s: s.title.casefold(),
    AUTHOR_COLUMN: lambda s: s.author.casefold(),
    DATE_COLUMN: lambda s: s.date,  # ISO dates sort as they read
    ADDED_COLUMN: lambda s: s.added,
    PARAGRAPHS_COLUMN: lambda s: s.paragraphs,
    PROGRESS_COLUMN: lambda s: -1.0 if s.progress is None else s.progress,  # never opened before 0 %
    LAST_READ_COLUMN: lambda s: s.last_read,
}


def local_date(iso: str, locale: QLocale) -> str:
    """An ISO time (UTC) as the reader's local date; Python's conversion spares loading Qt's time zones.
    A text that is no ISO date (a year alone, a date in words) is shown as it is."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)


class LibraryModel(QAbstractTableModel):
    """Article summaries in rows, in the order last asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._row_of: dict[str, int] = {}
        self._dates: dict[str, str] = {}
        self._order = (ADDED_COLUMN, Qt.SortOrder.DescendingOrder)

    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        """Show these articles, in the current sort order."""
        self.beginResetModel()
        self._rows = list(summaries)
        self._arrange()
        self.endResetModel()

    def set_place(self, article_id: str, progress: float, last_read: str) -> None:
        """Show an article's new progress and last reading time (its row stays where it is until sorted)."""
        row = self._row_of.get(article_id, -1)
        if row < 0:
            return
        self._rows[row] = self._rows[row]._replace(progress=progress, last_read=last_read)
        self.dataChanged.emit(self.index(row, PROGRESS_COLUMN), self.index(row, LAST_READ_COLUMN))

    def summary(self, row: int) -> ArticleSummary:
        """The article in a row."""
        return self._rows[row]

    def row_of(self, article_id: str) -> int:
        """The row of an article, or -1."""
        return self._row_of.get(article_id, -1)

    def widest_text(self, column: int) -> str:
        """The widest text a date or the count column shows, to size it without measuring every row."""
        locale = QLocale()
        if column == PARAGRAPHS_COLUMN:
            return locale.toString(max((s.paragraphs for s in self._rows), default=0))
        if column == PROGRESS_COLUMN:
            return percent(1.0, locale)
        # two-digit days and months: as wide as a short date gets
        short = locale.toString(QDate(2000, 12, 28), QLocale.FormatType.ShortFormat)
        if column == DATE_COLUMN:  # and the dates shown as typed (a year alone, a month in words)
            typed = (s.date for s in self._rows if s.date and self._date(s.date) == s.date)
            return max([short, *typed], key=len)
        return short

    def ids(self) -> list[str]:
        """The article ids in the order shown."""
        return [s.id for s in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of articles (the table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Title, date added, paragraphs, author, date, progress, last read."""
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows, its tooltip, alignment and the article's id."""
        if not index.isValid():
            return None
        summary, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE_COLUMN:
                return summary.title
            if column == AUTHOR_COLUMN:
                return summary.author
            if column == DATE_COLUMN:
                return self._date(summary.date)
            if column == ADDED_COLUMN:
                return self._date(summary.added)
            if column == PROGRESS_COLUMN:
                return "" if summary.progress is None else percent(summary.progress, QLocale())
            if column == LAST_READ_COLUMN:
                return self._date(summary.last_read)
            return QLocale().toString(summary.paragraphs)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE_COLUMN, AUTHOR_COLUMN):
            author = f"\n{summary.author}" if summary.author else ""
            return f"{summary.title}{author}\n{LRI}{summary.path}{PDI}"  # a path reads left to right, always
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE_COLUMN and summary.date:
            return summary.date
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PARAGRAPHS_COLUMN, PROGRESS_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return summary.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles (the paragraphs and progress columns, narrow, show ¶ and % and say what they
        are in their tooltips)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        titles = column_titles()
        if role == Qt.ItemDataRole.DisplayRole:
            if section == PROGRESS_COLUMN:
                return QLocale().percent()
            return "¶" if section == PARAGRAPHS_COLUMN else titles[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return titles[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column."""
        self.layoutAboutToBeChanged.emit()
        before = [s.id for s in self._rows]
        self._order = (column, order)
        self._arrange()
        kept = self.persistentIndexList()  # the view's current and selected rows follow their articles
        self.changePersistentIndexList(
            kept, [self.index(self._row_of[before[i.row()]], i.column()) for i in kept]
        )
        self.layoutChanged.emit()

    def _date(self, text: str) -> str:
        """A date as shown: an ISO one in the reader's short form (formatted once), another as it is."""
        if text not in self._dates:
            self._dates[text] = local_date(text, QLocale()) if text else ""
        return self._dates[text]

    def _arrange(self) -> None:
        column, order = self._order
        key = _SORT_KEYS.get(column, _SORT_KEYS[ADDED_COLUMN])
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=lambda s: (key(s), s.title.casefold()), reverse=descending)
        self._row_of = {s.id: row for row, s in enumerate(self._rows)}


def column_titles() -> tuple[str, ...]:
    """The full names of the columns, in the model's order."""
    return (
        QCoreApplication.translate("LibraryPanel", "Title"),
        QCoreApplication.translate("LibraryPanel", "Added"),
        QCoreApplication.translate("LibraryPanel", "Paragraphs"),
        QCoreApplication.translate("LibraryPanel", "Author"),
        QCoreApplication.translate("LibraryPanel", "Date"),
        QCoreApplication.translate("LibraryPanel", "Progress"),
        QCoreApplication.translate("LibraryPanel", "Last Read"),
    )


def percent(fraction: float, locale: QLocale) -> str:
    """A fraction as a whole percent in the reader's digits and sign ("42%", "٤٢٪")."""
    return f"{locale.toString(round(fraction * 100))}{locale.percent()}"
