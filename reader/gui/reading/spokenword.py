"""The mark of the word being read aloud: a tint blended into the page under the word and a bar below it,
drawn over the reading view's viewport; the view follows the mark when it leaves the visible part.

The tint is blended (multiplied into a light page, screened into a dark one) rather than painted over, so
the letters keep their colour. Over a highlight or a search hit, whose colours already take most of the
contrast the text may lose, the word gets an outline instead of the tint; the bar below sets the spoken
word apart from both, which are plain backgrounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextLine
from PySide6.QtWidgets import QWidget

from reader.gui.config.themes import Theme, current_theme

if TYPE_CHECKING:
    from reader.gui.reading.textview import ReadingView


class SpokenColours(NamedTuple):
    """A theme's mark of the spoken word: the tint blended under it and the bar below it."""

    tint: str
    bar: str  # also the outline of a word over a highlight or a search hit
    dark: bool  # a dark page: the tint is screened (lightens), else multiplied (darkens)


SPOKEN_COLOURS = {
    "light": SpokenColours("#a9dccf", "#00695c", dark=False),
    "sepia": SpokenColours("#b4d6c4", "#2e6b57", dark=False),
    "dark": SpokenColours("#0f4a44", "#4fc3b3", dark=True),
}
"""Teal, a hue no highlight colour and no search mark uses, in each theme (the text on the tinted page
tested readable at 4.5:1)."""

_BAR = 2.0  # the bar's thickness in pixels
_FOLLOW_AT = 4  # a word that left the view is brought back this fraction of the view's height from the top


def spoken_colours(theme: Theme) -> SpokenColours:
    """The colours of the spoken word's mark in a theme (the light theme's for an unknown one)."""
    return SPOKEN_COLOURS.get(theme.name, SPOKEN_COLOURS["light"])


def blended(under: str, colours: SpokenColours) -> QColor:
    """The colour a page (or a mark) of colour `under` takes beneath the tint."""
    page, tint = QColor(under), QColor(colours.tint)
    channels = []
    for a, b in ((page.red(), tint.red()), (page.green(), tint.green()), (page.blue(), tint.blue())):
        channels.append(255 - (255 - a) * (255 - b) // 255 if colours.dark else a * b // 255)
    return QColor(*channels)


class SpokenWord(QWidget):
    """The mark of one word (block, start, end in its stored text) over a reading view; lets the mouse
    through, follows scrolling and resizing."""

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self.setObjectName("spokenWord")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        self._word: tuple[int, int, int] | None = None  # block number, start, end (stored offsets)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.viewport().installEventFilter(self)
        self._fit()
        self.show()

    def word(self) -> tuple[str, int, int] | None:
        """The word marked: (block id, start, end) in the block's stored text, or None."""
        if self._word is None or self._word[0] >= len(self._view.blocks):
            return None
        number, start, end = self._word
        return self._view.blocks.ids[number], start, end

    def mark(self, block_id: str, start: int, end: int) -> None:
        """Mark [start, end) of a block's stored text and scroll it into sight if it is out of it."""
        number = self._view.blocks.numbers.get(block_id)
        if number is None:
            self.clear()
            return
        self._word = (number, start, end)
        self._keep_in_sight(number)
        self.update()

    def clear(self) -> None:
        """Mark nothing."""
        if self._word is not None:
            self._word = None
            self.update()

    def rects(self) -> list[QRectF]:
        """Where the marked word is drawn, in the viewport's coordinates (a rectangle per line it is on)."""
        if self._word is None or self._word[0] >= len(self._view.blocks):
            return []
        number, start, end = self._word
        view, blocks = self._view, self._view.blocks
        document = view.document()
        block = document.findBlockByNumber(number)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return []
        origin = document.documentLayout().blockBoundingRect(block).topLeft()
        dx = origin.x() - view.horizontalScrollBar().value()
        dy = origin.y() - view.verticalScrollBar().value()
        first, last = blocks.to_shown(number, start), blocks.to_shown(number, end)
        found = []
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            low = max(first, line.textStart())
            high = min(last, line.textStart() + line.textLength())
            if low >= high:
                continue
            # Both edges of every letter: a word may hold runs of both directions (digits in Arabic).
            xs = [x for p in range(low, high) for x in _edges(line, p)]
            if not xs:
                continue
            found.append(QRectF(min(xs) + dx, line.y() + dy, max(xs) - min(xs), line.height()))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep over the viewport as it moves or changes size."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Blend the tint under the word and draw the bar below it."""
        rects = self.rects()
        if not rects:
            return
        colours = spoken_colours(current_theme())  # read as it paints: a change of theme repaints
        tinted = not self.over_a_mark()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect in rects:
            box = rect.adjusted(-2, 1, 2, -1)
            if tinted:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colours.tint))
                painter.setCompositionMode(
                    QPainter.CompositionMode.CompositionMode_Screen if colours.dark
                    else QPainter.CompositionMode.CompositionMode_Multiply
                )
            else:
                painter.setPen(QPen(QColor(colours.bar), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 3, 3)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.bar))
            painter.drawRect(QRectF(box.left(), box.bottom() - _BAR, box.width(), _BAR))
        painter.end()

    def over_a_mark(self) -> bool:
        """Whether the marked word lies (partly) on a highlight or a search hit."""
        if self._word is None or self._word[0] >= len(self._view.blocks):
            return False
        number, start, end = self._word
        view, blocks = self._view, self._view.blocks
        block = view.document().findBlockByNumber(number)
        first = block.position() + blocks.to_shown(number, start)
        last = block.position() + blocks.to_shown(number, end)
        for selection in view.extraSelections():
            if selection.cursor.selectionStart() < last and selection.cursor.selectionEnd() > first:
                return True
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if (fragment.position() < last and fragment.position() + fragment.length() > first
                    and fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush):
                return True
            pieces += 1
        return False

    def _keep_in_sight(self, number: int) -> None:
        """Scroll only when the word is not (wholly) in sight: the text stays still while it is read."""
        view = self._view
        if not view.top_block() <= number <= view.bottom_block():
            view.lay_out_from(number)  # a place far off must be laid out before its lines can be found
        rects = self.rects()
        height = view.viewport().height()
        if not rects or (rects[0].top() >= 0 and rects[-1].bottom() <= height):
            return
        bar = view.verticalScrollBar()
        bar.setValue(int(bar.value() + rects[0].top() - height / _FOLLOW_AT))

    def _fit(self) -> None:
        self.setGeometry(self._view.viewport().geometry())
        self.raise_()


def _edges(line: QTextLine, position: int) -> list[float]:
    """The x of both edges of the letter at `position` in a line; none for a mark inside a letter's
    cluster (harakat, shadda), which Qt would move to the cluster's end, past the word."""
    edges = []
    for edge in (QTextLine.Edge.Leading, QTextLine.Edge.Trailing):
        found: Any = line.cursorToX(position, edge)  # PySide6 gives (x, the position it used)
        x, used = found if isinstance(found, tuple) else (found, position)
        if used != position:
            return []
        edges.append(float(x))
    return edges
