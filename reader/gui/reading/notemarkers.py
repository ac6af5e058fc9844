"""A small pen in the margin beside each paragraph that holds a highlight with a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from reader.gui.config.themes import current_theme

if TYPE_CHECKING:
    from reader.gui.reading.textview import ReadingView

_GLYPH = "✎"


class NoteMarkers(QWidget):
    """Drawn over the reading view's viewport, letting the mouse through; follows scrolling and resizing."""

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self.setObjectName("noteMarkers")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        self._noted: set[str] = set()
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.viewport().installEventFilter(self)
        self._fit()
        self.show()

    def set_noted(self, block_ids: set[str]) -> None:
        """Mark exactly these blocks."""
        self._noted = set(block_ids)
        self.update()

    def mark(self, block_id: str, noted: bool) -> None:
        """Mark or unmark one block."""
        (self._noted.add if noted else self._noted.discard)(block_id)
        self.update()

    def noted(self) -> set[str]:
        """The ids of the blocks marked."""
        return set(self._noted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep over the viewport as it moves or changes size."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw a pen at the start side of each marked block in sight."""
        blocks = self._view.blocks
        if not self._noted or not len(blocks):
            return
        document = self._view.document()
        layout = document.documentLayout()
        scroll = self._view.verticalScrollBar().value()
        painter = QPainter(self)
        painter.setPen(QColor(current_theme().note))  # read as it paints: a change of theme repaints
        size = max(10, self.fontMetrics().height())
        # Only the blocks in sight: asking where a block far below lies would lay the text out down to it.
        first, last = self._view.top_block(), self._view.bottom_block()
        for block_id in self._noted:
            number = blocks.numbers.get(block_id)
            if number is None or not first <= number <= last:
                continue
            block = document.findBlockByNumber(number)
            top = layout.blockBoundingRect(block).top() - scroll
            if top + size < 0 or top > self.height():
                continue
            rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
            x = self.width() - size - 2 if rtl else 2
            painter.drawText(QRectF(x, top + 2, size, size), Qt.AlignmentFlag.AlignCenter, _GLYPH)
        painter.end()

    def _fit(self) -> None:
        self.setGeometry(self._view.viewport().geometry())
        self.raise_()
