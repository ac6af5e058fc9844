"""Highlights in the reading view: their character formats, painted paragraph by paragraph (those in sight
first), the selection as stored-text spans, and the highlight under the mouse. Offsets go through the
view's BlockMap, so hidden diacritics never shift them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from reader.core.highlights import Highlight
from reader.gui.config.themes import Theme
from reader.gui.reading.textranges import Mark

if TYPE_CHECKING:
    from reader.gui.reading.textview import ReadingView

HIGHLIGHT_ID = QTextFormat.Property.UserProperty + 1
"""The character-format property holding the id of the highlight painted there."""


def highlight_format(highlight: Highlight, theme: Theme) -> QTextCharFormat:
    """The format of a highlight in a theme: its colour, its id, its note as tooltip and a dotted line if it
    has one."""
    char_format = QTextCharFormat()
    char_format.setBackground(_colour(theme.highlight_colour(highlight.color)))
    char_format.setProperty(HIGHLIGHT_ID, highlight.id)
    char_format.setToolTip(highlight.note or "")
    if highlight.note:
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        char_format.setUnderlineColor(_colour(theme.note))
    return char_format


@lru_cache(maxsize=64)
def _colour(name: str) -> QColor:
    return QColor(name)


def blank_format() -> QTextCharFormat:
    """A format that takes a highlight off: no background, no id, no tooltip, no underline."""
    char_format = QTextCharFormat()
    char_format.setBackground(QColor(Qt.GlobalColor.transparent))
    char_format.setProperty(HIGHLIGHT_ID, "")
    char_format.setToolTip("")
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    return char_format


def marks_of(highlights: Iterable[Highlight], theme: Theme) -> list[Mark]:
    """The marks that paint these highlights in a theme (orphaned ones have no place to paint)."""
    return [
        (h.paragraph, h.start, h.end, highlight_format(h, theme)) for h in highlights if h.state != "orphaned"
    ]


_AROUND = 30
"""Paragraphs on either side of those in sight that are painted with them, so that a short scroll finds
its highlights already there."""


class HighlightPainter(QObject):
    """Paints an article's highlights into the reading view a few paragraphs at a time: those in sight (and
    a margin around them) when the article is shown, the others as the view is scrolled to them. Thousands
    of highlights so cost the first paint only the few in sight.

    Not all at once: a QTextDocument lays out again, at once, every paragraph between the first and last
    changed, so formats merged over a long article after its first paint freeze the window for seconds;
    before the first paint they cost the merging of each one, tens of milliseconds for thousands."""

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self._view = view
        self._theme: Theme | None = None
        self._replace = False
        self._pending: dict[str, list[Highlight]] = {}
        view.verticalScrollBar().valueChanged.connect(self.paint_in_sight)

    def paint(self, records: Iterable[Highlight], theme: Theme, replace: bool = False) -> None:
        """Paint these highlights of the open article (what was still waiting is dropped). With `replace`,
        each paragraph's former marks are taken off first (a new theme)."""
        self._theme, self._replace = theme, replace
        self._pending = {}
        for record in records:
            if record.state != "orphaned":
                self._pending.setdefault(record.paragraph, []).append(record)
        self.paint_in_sight()

    def discard(self, paragraph: str) -> None:
        """Forget what waits to be painted in a paragraph (it is being painted afresh)."""
        self._pending.pop(paragraph, None)

    def waiting(self) -> set[str]:
        """The paragraphs whose highlights are not painted yet."""
        return set(self._pending)

    def paint_in_sight(self) -> None:
        """Paint what waits in the paragraphs in sight and near them."""
        if not self._pending or self._theme is None:
            return
        view, ids = self._view, self._view.blocks.ids
        first, last = max(view.top_block() - _AROUND, 0), min(view.bottom_block() + _AROUND, len(ids) - 1)
        near = [ids[n] for n in range(first, last + 1) if ids[n] in self._pending]
        if not near:
            return
        batch = {paragraph: marks_of(self._pending.pop(paragraph), self._theme) for paragraph in near}
        if self._replace:
            self._view.replace_marks(batch, blank_format())
        else:
            self._view.apply_marks(mark for marks in batch.values() for mark in marks)


def selection_spans(view: QTextEdit) -> list[tuple[str, int, int]]:
    """The view's selection as (block id, start, end) in each block's stored text, white space trimmed."""
    cursor, blocks = view.textCursor(), view.blocks  # type: ignore[attr-defined]
    if not cursor.hasSelection() or not len(blocks):
        return []
    document = view.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    first, last = document.findBlock(start).blockNumber(), document.findBlock(end).blockNumber()
    spans = []
    for number in range(first, last + 1):
        block = document.findBlockByNumber(number)
        low = start - block.position() if number == first else 0
        high = end - block.position() if number == last else block.length() - 1
        begin, finish = blocks.to_original(number, low), blocks.to_original(number, high)
        text = blocks.originals[number]
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        if begin < finish:
            spans.append((blocks.ids[number], begin, finish))
    return spans


def format_at(view: QTextEdit, point: QPoint) -> QTextCharFormat | None:
    """The character format of the letter under a point of the viewport, or None off the text."""
    document = view.document()
    offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    position = document.documentLayout().hitTest(point + offset, Qt.HitTestAccuracy.ExactHit)
    if position < 0:
        return None
    cursor = QTextCursor(document)
    for after in (position + 1, position):  # the letter on either side of the place hit
        if 0 < after < document.characterCount():
            cursor.setPosition(after)
            if cursor.charFormat().stringProperty(HIGHLIGHT_ID):
                return cursor.charFormat()
    return None


def highlight_at(view: QTextEdit, point: QPoint) -> str:
    """The id of the highlight under a point of the viewport, or ''."""
    found = format_at(view, point)
    return found.stringProperty(HIGHLIGHT_ID) if found is not None else ""


class HighlightClicks(QObject):
    """Watches the reading view's viewport: a finished selection, a click on a highlight, a note's tooltip."""

    selectionMade = Signal(QPoint)  # where the mouse let go (global)
    highlightClicked = Signal(str, QPoint)  # the highlight's id, where (global)

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._pressed = QPoint()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report releases after a selection or on a highlight; show a highlight's note on hover."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._pressed = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                point = event.position().toPoint()
                if self._view.textCursor().hasSelection():
                    self.selectionMade.emit(event.globalPosition().toPoint())
                    return False
                still = (point - self._pressed).manhattanLength() < 4  # a click, not a drag
                found = highlight_at(self._view, point) if still else ""
                if found:
                    self.highlightClicked.emit(found, event.globalPosition().toPoint())
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            under = format_at(self._view, event.pos())
            if under is not None and under.toolTip():
                QToolTip.showText(event.globalPos(), under.toolTip(), self._view.viewport())
            else:
                QToolTip.hideText()
            return True
        return False
