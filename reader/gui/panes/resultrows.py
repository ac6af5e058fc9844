"""The rows of the search results: hits grouped by article, a screenful added at once and the rest a slice
per turn of the event loop, so that a long answer never holds the window up while the reader types."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from reader.core.text import direction_of, isolate

if TYPE_CHECKING:
    from reader.core.search import Hit

TARGET_ROLE = Qt.ItemDataRole.UserRole  # (article id, paragraph id) of a row
FIRST_ROWS = 12  # at least this many rows at once, and more until they fill the pane's height
SLICE_SECONDS = 0.008  # each later slice: well inside one frame


class ResultRows(QObject):
    """Fills a tree with the rows of one answer at a time; a new answer (or `stop`) ends the filling of
    the one before."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        self._rows: Iterator[QTreeWidgetItem] | None = None  # adds the next row each step
        self._shown: tuple[tuple[str, str, str], ...] = ()  # what the rows show, to keep them when unchanged
        self._slices = QTimer(self)
        self._slices.setSingleShot(True)
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._next_slice)

    def show(self, hits: Sequence[Hit]) -> int:
        """Show these hits grouped by article, in the order of their best hit, replacing the rows shown
        (kept as they are, with their selection and scroll, when they would show the same); returns the
        number of articles."""
        # Loaded with the first results, not at start: the window opens sooner without it.
        from reader.gui.panes.snippets import snippet_html

        groups: dict[str, list[tuple[Hit, str]]] = {}
        for hit in hits:
            groups.setdefault(hit.article, []).append((hit, snippet_html(hit.text, hit.spans, _trail(hit))))
        shown = tuple((hit.article, hit.paragraph, text) for rows in groups.values() for hit, text in rows)
        if shown == self._shown and self._tree.topLevelItemCount():
            return len(groups)
        self.clear()
        self._shown = shown
        self._rows = _rows(self._tree, list(groups.values()))
        self._add_first()
        return len(groups)

    def clear(self) -> None:
        """No rows, and none coming."""
        self.stop()
        self._shown = ()
        self._tree.clear()

    def stop(self) -> None:
        """Add no further rows of the answer being shown (the same answer shown again is filled anew)."""
        self._slices.stop()
        if self._rows is not None:
            self._rows = None
            self._shown = ()

    def filling(self) -> bool:
        """Whether rows of the answer are still to come."""
        return self._rows is not None

    def _add_first(self) -> None:
        """A screenful: FIRST_ROWS, and more until they reach the bottom of the pane (measuring a row lays
        its snippet out, which its first paint then finds done)."""
        height, room, added = 0, self._tree.viewport().height(), 0
        while added < FIRST_ROWS or height < room:
            row = self._step()
            if row is None:
                return
            added += 1
            if height < room:
                height += self._tree.sizeHintForIndex(self._tree.indexFromItem(row)).height()
        self._slices.start()

    def _next_slice(self) -> None:
        ends = time.perf_counter() + SLICE_SECONDS
        while time.perf_counter() < ends:
            if self._step() is None:
                return
        self._slices.start()

    def _step(self) -> QTreeWidgetItem | None:
        """Add one row; None once they are all in."""
        if self._rows is None:
            return None
        row = next(self._rows, None)
        if row is None:
            self._rows = None
        return row


def _rows(tree: QTreeWidget, groups: list[list[tuple[Hit, str]]]) -> Iterator[QTreeWidgetItem]:
    """Add the rows one by one: each article's row, then its hits' rows under it, expanded."""
    from reader.gui.panes.snippets import SNIPPET_ROLE, trail_separator

    for group in groups:
        first = group[0][0]
        count = len(group)
        # the count isolated: after a title that ends in Latin letters it stays at the title's end
        title = QTreeWidgetItem([f"{first.title}  {isolate(f'({QLocale().toString(count)})')}"])
        title.setData(0, TARGET_ROLE, (first.article, first.paragraph))
        font = title.font(0)
        font.setBold(True)
        title.setFont(0, font)
        tip = QCoreApplication.translate("SearchPanel", "%n result(s) in this article", "", count)
        title.setToolTip(0, tip)
        tree.addTopLevelItem(title)
        yield title
        for hit, markup in group:
            row = QTreeWidgetItem([hit.text[:200]])
            row.setData(0, TARGET_ROLE, (hit.article, hit.paragraph))
            row.setData(0, SNIPPET_ROLE, markup)
            where = (hit.title, *_trail(hit))
            row.setToolTip(0, trail_separator(direction_of(hit.title)).join(isolate(text) for text in where))
            title.addChild(row)
            if title.childCount() == 1:
                title.setExpanded(True)
            yield row


def _trail(hit: Hit) -> tuple[str, ...]:
    """The headings a hit is under, outermost first; a heading's own hit shows the ones above it."""
    trail = hit.headings
    return trail[:-1] if trail and trail[-1] == hit.text else trail
