"""The reading view: an article's paragraphs, right to left (or left to right), justified and spaced.

Search hits are drawn as extra selections, only those near the visible part, so that an article with tens
of thousands of hits scrolls as smoothly as one without; highlights (marks) are character formats merged
in one edit block. Copying always gives the stored text, whatever is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo, QMouseEvent, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from reader.core.document import Article
from reader.gui.config.themes import Theme
from reader.gui.reading import textranges as ranges
from reader.gui.reading.clipboard import ClipboardText
from reader.gui.reading.searchhits import SearchHits
from reader.gui.reading.textdocument import DOCUMENT_MARGIN, BlockMap, ReadingStyle, build_document
from reader.gui.reading.textranges import Mark
from reader.gui.reading.wordselection import WordDrag

MEASURE_EMS = 38  # at most about this many ems to a line (some 12 Arabic words): long lines tire the eye
MIN_MEASURE_EMS = 30  # and at least about this many: the side panes give way before the text goes narrower
_SIDE_MARGIN = 16  # the least room between the text and the view's edges


def _soon(parent: QWidget, slot: Callable[[], None]) -> QTimer:
    """A timer that runs `slot` once, at the next turn of the event loop, when started."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer


class ReadingView(QTextBrowser):
    """Shows one article; tells which section is at the top as the reader scrolls."""

    sectionChanged = Signal(str)  # the id of the heading (or TITLE_ID) of the section at the top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)  # files dropped here go to the window, which imports them
        self._clipboard = ClipboardText(self)
        self.viewport().setAcceptDrops(False)
        self.setViewportMargins(_SIDE_MARGIN, 8, _SIDE_MARGIN, 8)
        self._measure = MEASURE_EMS
        self._word_drag = WordDrag(self)
        self._article: Article | None = None
        self._blocks = BlockMap(True)
        self._style = ReadingStyle()
        self._marks: dict[str, list[Mark]] = {}  # by block id
        self._current_section = ""
        self._top_hint = 0  # the block last found at the top of the view
        self._anchor = ""  # the block to bring back to the top once the text is laid out for a new width
        self._reanchor = _soon(self, self._keep_place)
        self.hits = SearchHits(self)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    @property
    def reading_style(self) -> ReadingStyle:
        """The font, size, line spacing and diacritics setting in use."""
        return self._style

    @property
    def blocks(self) -> BlockMap:
        """The id, section and stored text of each block."""
        return self._blocks

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Set the text in another font, size or spacing, or with or without diacritics; stays in place."""
        self._style = style
        font = QFont(style.family)
        font.setPointSizeF(style.size)
        self.setFont(font)
        self._fit_column()
        if self._article is not None:
            position = self.reading_position()
            self._build()
            self.scroll_to(position)

    def set_measure(self, ems: int) -> None:
        """Let a line of text be at most this many ems of the reading font; wider views get margins."""
        self._measure = ems
        self._fit_column()

    def measure(self) -> int:
        """The longest line allowed, in ems of the reading font."""
        return self._measure

    def em(self) -> int:
        """The reading font's em, in pixels."""
        return QFontInfo(self.font()).pixelSize()

    def comfortable_width(self) -> int:
        """The width this view needs for a line of the shortest comfortable measure, in pixels."""
        ems = min(MIN_MEASURE_EMS, self._measure)
        return ems * self.em() + 2 * DOCUMENT_MARGIN + 2 * _SIDE_MARGIN + self._chrome_width()

    def set_theme(self, theme: Theme) -> None:
        """Colour the marks of search hits for a theme."""
        self.hits.set_theme(theme)

    def show_article(self, article: Article, position: str = "") -> None:
        """Lay out an article: title, then each section's heading and paragraphs; at `position` if given."""
        self._article = article
        self.hits.forget()
        self._marks = {}
        self._build()
        self._current_section = ""
        if position:
            self.scroll_to(position)
        else:
            self._follow_scroll()

    def clear_article(self) -> None:
        """Show nothing."""
        self._article = None
        self.hits.forget()
        self._blocks = BlockMap(True)
        self.clear()

    def scroll_to(self, block_id: str) -> None:
        """Bring a heading or paragraph to the top of the view."""
        number = self._blocks.numbers.get(block_id)
        if number is None:
            return
        block = self.document().findBlockByNumber(number)
        self.setTextCursor(QTextCursor(block))
        self._top_hint = number
        self._anchor = block_id
        self.verticalScrollBar().setValue(int(self.lay_out_from(number)))
        # Near the end the block cannot reach the top; the section asked for is still the one being read.
        self._current_section = self._blocks.sections[number]
        self.sectionChanged.emit(self._current_section)

    def reading_position(self) -> str:
        """The id of the block at the top of the view ('' when nothing is shown)."""
        if self._reanchor.isActive():  # laid out for a new width, the old top is not back yet
            return self._anchor
        number = self.top_block()
        return self._blocks.ids[number] if 0 <= number < len(self._blocks) else ""

    def apply_marks(self, marks: Iterable[Mark]) -> None:
        """Merge character formats over ranges of the stored text (highlights), all in one edit block."""
        marks = list(marks)
        for mark in marks:
            self._marks.setdefault(mark[0], []).append(mark)
        ranges.merge_formats(self.document(), self._blocks, marks)

    def replace_block_marks(self, block_id: str, marks: Iterable[Mark], blank: QTextCharFormat) -> None:
        """Repaint one block's marks alone: `blank` over the whole block first, then these marks."""
        self.replace_marks({block_id: list(marks)}, blank)

    def replace_marks(self, by_block: dict[str, list[Mark]], blank: QTextCharFormat) -> None:
        """Repaint these blocks' marks, all in one edit block: `blank` over each block, then its marks."""
        merged: list[Mark] = []
        for block_id, marks in by_block.items():
            self._marks[block_id] = marks
            number = self._blocks.numbers.get(block_id)
            if number is not None:
                merged += [(block_id, 0, len(self._blocks.originals[number]), blank), *marks]
        ranges.merge_formats(self.document(), self._blocks, merged)

    def clear_marks(self) -> None:
        """Remove every mark applied with apply_marks."""
        self._marks = {}
        if self._article is not None:
            position = self.reading_position()
            self._build()
            self.scroll_to(position)

    def selected_original_text(self) -> str:
        """The stored text under the selection (diacritics included even when hidden), in logical order."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not len(self._blocks):
            return ""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return ranges.stored_text(self.document(), self._blocks, start, end)

    def createMimeDataFromSelection(self) -> QMimeData:
        """What Copy and dragging put on the clipboard: the stored text of the selection."""
        return self._clipboard.mime_data(self.selected_original_text())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a selection by words (by letters with Alt or Ctrl held)."""
        self._word_drag.press(event)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click selects a word, and a drag after it goes on by words (Qt's own)."""
        self._word_drag.double_click()
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Widen the selection being dragged to whole words."""
        super().mouseMoveEvent(event)
        self._word_drag.snap()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End a selection by words."""
        super().mouseReleaseEvent(event)
        self._word_drag.snap()
        self._word_drag.release()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column to a comfortable width and the reader's place; redraw the hits."""
        if event.oldSize().width() != event.size().width() and len(self._blocks):
            if not self._reanchor.isActive():  # the place before the first of a burst of resizes
                self._anchor = self.reading_position()
            self._reanchor.start()
        self._fit_column()
        super().resizeEvent(event)
        self.hits.redraw_soon()

    def _keep_place(self) -> None:
        # The text was laid out again for a new width: bring back the block that was at the top.
        if self._anchor and self._anchor != self.reading_position():
            self.scroll_to(self._anchor)

    def _fit_column(self) -> None:
        widest = self.em() * self._measure + 2 * DOCUMENT_MARGIN
        side = max(_SIDE_MARGIN, (self.width() - self._chrome_width() - widest) // 2)
        margins = self.viewportMargins()
        if margins.left() != side:
            self.setViewportMargins(side, 8, side, 8)

    def _chrome_width(self) -> int:
        """The frame and the scroll bar: the width of the view that text can never take."""
        scroll = self.verticalScrollBar().sizeHint().width()
        if self.style().styleHint(QStyle.StyleHint.SH_ScrollView_FrameOnlyAroundContents):
            scroll += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollView_ScrollBarSpacing)
        return scroll + 2 * self.frameWidth()

    def lay_out_from(self, number: int) -> float:
        """Lay out a screenful from block `number` on (a long article is laid out in the background, a
        piece at a time) and let the scroll bar reach it; the block's top."""
        height = self.viewport().height()
        block = self.document().findBlockByNumber(number)
        top, bottom = ranges.lay_out_screenful(self.document(), block, height)
        bar = self.verticalScrollBar()  # Qt widens the range only as the background layout goes on
        bar.setMaximum(max(bar.maximum(), int(bottom) - height))
        return top

    def _build(self) -> None:
        if self._article is None:
            return
        document, self._blocks = build_document(self._article, self._style, self)
        self._top_hint = 0
        self._reanchor.stop()
        self._anchor = ""
        self.setDocument(document)  # the old document, a child of this view, is deleted by Qt
        if self._marks:
            ranges.merge_formats(document, self._blocks, (m for marks in self._marks.values() for m in marks))
        self.hits.draw()

    def top_block(self) -> int:
        """The number of the block at the top of the view."""
        self._top_hint = ranges.block_at(self.document(), self.verticalScrollBar().value(), self._top_hint)
        return self._top_hint

    def _section_block(self) -> int:
        """The block the reader is taken to be reading: the one at the top of the view, except over the
        last screenful of scrolling, where that line goes down to the bottom of the view, so that short
        sections at the end, which never reach the top, are each marked in turn, the last at the end."""
        bar, height = self.verticalScrollBar(), self.viewport().height()
        value, end = bar.value(), bar.maximum()
        sweep = min(height, end)
        if sweep <= 0 or value <= end - sweep:
            return self.top_block()
        line = value + height * (value - (end - sweep)) / sweep
        return ranges.block_at(self.document(), min(line, value + height - 1), self._top_hint)

    def bottom_block(self) -> int:
        """The number of the block at the bottom of the view."""
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        return ranges.block_at(self.document(), bottom, self._top_hint)

    def _on_scroll(self) -> None:
        self._follow_scroll()
        self.hits.redraw_soon()

    def _follow_scroll(self) -> None:
        number = self._section_block()
        if 0 <= number < len(self._blocks):
            section = self._blocks.sections[number]
            if section != self._current_section:
                self._current_section = section
                self.sectionChanged.emit(section)
