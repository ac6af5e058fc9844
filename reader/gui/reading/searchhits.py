"""The search hits marked in the reading view: which one is current, stepping through them, and painting
only those near the visible part, so that an article with tens of thousands of hits scrolls smoothly."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from reader.gui.config.themes import THEMES, Theme
from reader.gui.reading import textranges as ranges
from reader.gui.reading.hitmarks import HitList, HitMark, hit_selections

if TYPE_CHECKING:
    from reader.gui.reading.textview import ReadingView

NEARBY_BLOCKS = 3  # hits this many blocks beyond the visible ones are drawn too, for smooth scrolling


class SearchHits(QObject):
    """The hits of one reading view (`view.hits`)."""

    changed = Signal(int, int)  # the current hit (from 1; 0 for none) and the number of hits

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self._view = view
        self._hits = HitList()
        self._theme = THEMES["light"]
        self._redraw = QTimer(self)  # once per turn of the event loop, however many asks
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.draw)

    def __len__(self) -> int:
        return len(self._hits)

    def set(self, hits: Iterable[tuple[str, int, int]]) -> None:
        """Mark these matches: (block id, start, end) in the stored text; none is current yet."""
        numbers = self._view.blocks.numbers
        self._hits = HitList(HitMark(numbers[i], s, e) for i, s, e in hits if i in numbers and s < e)
        self.draw()
        self.changed.emit(0, len(self._hits))

    def clear(self) -> None:
        """Remove the marks of search hits."""
        self.set([])

    def forget(self) -> None:
        """Drop the hits without drawing: the view shows another article, or none."""
        self._hits = HitList()
        self.changed.emit(0, 0)

    def ranges(self) -> list[tuple[str, int, int]]:
        """Every marked match as (block id, start, end) in the stored text, in reading order."""
        ids = self._view.blocks.ids
        return [(ids[h.block], h.start, h.end) for h in self._hits.hits]

    def current(self) -> int:
        """The index of the current hit, or -1."""
        return self._hits.current

    def counts(self) -> dict[str, int]:
        """The number of marked matches in each section, by section id."""
        return self._hits.counts_by(self._view.blocks.sections)

    def next(self) -> None:
        """Go to the next match (after the current one, or after the reading place)."""
        self._step(forward=True)

    def previous(self) -> None:
        """Go to the previous match."""
        self._step(forward=False)

    def go_to_block(self, block_id: str) -> None:
        """Make the first match in a block current and show it; just go to the block if it has none."""
        number = self._view.blocks.numbers.get(block_id)
        if number is None:
            return
        index = self._hits.first_from(number)
        if index >= 0 and self._hits.hits[index].block == number:
            self._hits.current = index
            self._show_current(jump=True)
        else:
            self._view.scroll_to(block_id)

    def set_theme(self, theme: Theme) -> None:
        """Colour the marks for a theme."""
        self._theme = theme
        self.draw()

    def redraw_soon(self) -> None:
        """Paint the marks again once the view has settled (after a scroll or a resize)."""
        if self._hits:
            self._redraw.start()

    def draw(self) -> None:
        """Paint the hits in and near the visible blocks."""
        view, nearby = self._view, []
        if self._hits:
            first, last = view.top_block(), view.bottom_block()
            nearby = self._hits.within(max(0, first - NEARBY_BLOCKS), last + NEARBY_BLOCKS)
        view.setExtraSelections(hit_selections(nearby, self._hits.current, self._cursor_for, self._theme))

    def _step(self, forward: bool) -> None:
        if not self._hits:
            return
        view = self._view
        cursor = view.textCursor()
        block, offset = cursor.blockNumber(), cursor.positionInBlock()
        if not view.viewport().rect().intersects(view.cursorRect(cursor)):
            block, offset = view.top_block(), 0  # the reader scrolled away from the caret
        offset = view.blocks.to_original(block, offset)
        self._hits.step(forward, block, offset)
        self._show_current()

    def _show_current(self, jump: bool = False) -> None:
        view = self._view
        hit = self._hits.hits[self._hits.current]
        found = self._cursor_for(hit)
        view.lay_out_from(hit.block)
        caret = QTextCursor(found)
        caret.setPosition(found.selectionStart())
        bar = view.verticalScrollBar()
        place = bar.value()
        view.setTextCursor(caret)
        bar.setValue(place)  # not where Qt would bring the caret (an edge of the view), but:
        # a hit jumped to is read best about a third down, with its lines before it; a step to a hit
        # already in the middle of the view leaves the text still, so that near hits do not jolt it.
        height = view.viewport().height()
        top = view.cursorRect(found).top()
        if jump or not height // 6 <= top <= height * 2 // 3:
            bar.setValue(bar.value() + top - height // 3)
        self.draw()
        self.changed.emit(self._hits.current + 1, len(self._hits))

    def _cursor_for(self, hit: HitMark) -> QTextCursor:
        return ranges.range_cursor(self._view.document(), self._view.blocks, hit.block, hit.start, hit.end)
