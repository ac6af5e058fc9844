"""The search hits of the open article: kept in reading order, with the one the reader is on."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.gui.config.themes import Theme


class HitMark(NamedTuple):
    """One match: its block's number in the document and its [start, end) in the block's stored text."""

    block: int
    start: int
    end: int


class HitList:
    """Hits in document order, and which of them is current (-1 for none)."""

    def __init__(self, hits: Iterable[HitMark] = ()) -> None:
        self.hits: list[HitMark] = sorted(set(hits))
        self.current = -1

    def __len__(self) -> int:
        return len(self.hits)

    def within(self, first_block: int, last_block: int) -> list[tuple[int, HitMark]]:
        """The hits (with their indices) in blocks first_block..last_block."""
        low = bisect_left(self.hits, (first_block, -1, -1))
        high = bisect_right(self.hits, (last_block, 1 << 62, 1 << 62))
        return list(enumerate(self.hits[low:high], start=low))

    def first_from(self, block: int, offset: int = 0) -> int:
        """The index of the first hit at or after a place (wrapping to the first hit), or -1."""
        if not self.hits:
            return -1
        index = bisect_left(self.hits, (block, offset, -1))
        return index if index < len(self.hits) else 0

    def step(self, forward: bool, block: int, offset: int) -> int:
        """Make the next (or previous) hit current, from the current hit or else from a place."""
        if not self.hits:
            return -1
        if self.current < 0:
            index = self.first_from(block, offset)
            self.current = index if forward else (index - 1) % len(self.hits)
        else:
            self.current = (self.current + (1 if forward else -1)) % len(self.hits)
        return self.current

    def counts_by(self, key_of_block: list[str]) -> dict[str, int]:
        """The number of hits per key (for instance the section of each block)."""
        counts: dict[str, int] = {}
        for hit in self.hits:
            key = key_of_block[hit.block]
            counts[key] = counts.get(key, 0) + 1
        return counts


def hit_selections(
    hits: list[tuple[int, HitMark]], current: int, cursor_for: Callable[[HitMark], QTextCursor], theme: Theme
) -> list[QTextEdit.ExtraSelection]:
    """The extra selections that paint these (index, hit) pairs, the current one in its own colour."""
    plain, marked = QTextCharFormat(), QTextCharFormat()
    plain.setBackground(QColor(theme.hit))
    marked.setBackground(QColor(theme.current_hit))
    selections = []
    for index, hit in hits:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor_for(hit)
        selection.format = marked if index == current else plain
        selections.append(selection)
    return selections
