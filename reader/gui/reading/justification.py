"""Justified paragraphs that never pull a word apart: each full line is filled by widening its spaces.

Qt's own AlignJustify cannot set Arabic. With HarfBuzz, QTextEngine gives every letter an inter-character
justification point (Justification_Character) and the spaces of an Arabic run a *lower* class
(Justification_Arabic_Space), and QTextEngine::justify hands all of a line's slack to the highest class
present: in an Arabic line the slack goes between the letters, which are then drawn apart and unjoined
("ا ل خ ا ر ج ي ة"); in a line with a Latin run it all goes to the Latin spaces ("Tim    Cook"). Its kashida
classes are never assigned by the HarfBuzz path, and justified lines end a few pixels short of the margin.

So paragraphs are laid out aligned to their start edge, and a `Justifier` gives each full line a word
spacing (an additional format of the block's layout, as QSyntaxHighlighter sets its formats: the document
and its character formats stay as they are) that makes it exactly as wide as the column: only the spaces
between words widen (W3C alreq). A line whose spaces would have to widen by more than an em stays at its
start edge. The line breaks are Qt's own and never move. The lines are justified for the column's width
just before they are first painted, so a long article costs nothing until it is read, and again after a
resize.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QFontInfo, QTextBlock, QTextCharFormat, QTextDocument, QTextFormat, QTextLayout
from PySide6.QtWidgets import QTextEdit

JUSTIFIED = QTextFormat.Property.UserProperty + 1
"""A block format property: the block's full lines are justified by a Justifier."""

_WIDEST_EXTRA_EMS = 1.0  # a space may widen by up to an em; a line that would need more stays ragged
_FLUSH = 0.5  # pixels a justified line may end short of the column
_SPACES = re.compile(r"\s+")
_LINE_SEPARATOR = "\u2028"
_Plan = dict[int, tuple[int, float]]  # for a line (its number): its gaps between words and their spacing


class Justifier(QObject):
    """Justifies the marked paragraphs of a document by widening their spaces, line by line, for the width
    the document is laid out at; in a view, the lines about to be painted."""

    def __init__(self, document: QTextDocument, view: QTextEdit | None = None) -> None:
        super().__init__(document)
        self._document = document
        self._view = view
        self._width = document.textWidth()
        self._done: set[int] = set()  # the numbers of the blocks justified for this width
        self._widest_extra = QFontInfo(document.defaultFont()).pixelSize() * _WIDEST_EXTRA_EMS
        document.documentLayout().documentSizeChanged.connect(self._follow_width)
        if view is not None:
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before the view paints, justify the lines it is about to show."""
        view = self._view
        if event.type() == QEvent.Type.Paint and view is not None and view.document() is self._document:
            top = view.verticalScrollBar().value() + event.rect().top()  # type: ignore[attr-defined]
            self.justify_between(top, top + event.rect().height())  # type: ignore[attr-defined]
        return False

    def justify_between(self, top: float, bottom: float) -> None:
        """Justify the paragraphs between two heights of the document."""
        self._follow_width()
        if self._width <= 0:
            return  # not wrapped to a width: nothing to justify
        layout = self._document.documentLayout()
        position = layout.hitTest(QPointF(0, top), Qt.HitTestAccuracy.FuzzyHit)
        block = self._document.findBlock(max(position, 0))
        if block.previous().isValid():
            block = block.previous()
        while block.isValid() and layout.blockBoundingRect(block).top() <= bottom:
            if block.layout().lineCount() == 0 and block.length() > 1:
                # Qt's lazy layout can leave blocks unlaid after the spacing of others changed while the
                # view painted (the end of an article scrolled to quickly stayed blank): laid out again now,
                # justified at the next paint.
                self._document.markContentsDirty(block.position(), block.length())
            elif block.blockNumber() not in self._done:
                self._done.add(block.blockNumber())
                if block.blockFormat().boolProperty(JUSTIFIED):
                    self._justify(block)
            block = block.next()

    def _follow_width(self, *_size: object) -> None:
        # At a new width the spacing of every justified line is wrong, and could even move its breaks:
        # it is taken off at once, before anything measures the text, and given again as lines are shown.
        width = self._document.textWidth()
        if width == self._width:
            return
        self._width = width
        done, self._done = self._done, set()
        blocks = (self._document.findBlockByNumber(number) for number in done)
        touched = [block for block in blocks if block.isValid() and block.layout().formats()]
        for block in touched:
            block.layout().clearFormats()
        if touched:
            first = min(b.position() for b in touched)
            last = max(b.position() + b.length() for b in touched)
            self._document.markContentsDirty(first, last - first)

    def _justify(self, block: QTextBlock) -> None:
        layout = block.layout()
        natural = [layout.lineAt(i) for i in range(layout.lineCount())]
        breaks = [(line.textStart(), line.textLength()) for line in natural]
        text = block.text()
        plan: _Plan = {}  # line number: (its gaps between words, the spacing)
        for number, line in enumerate(natural[:-1]):  # a paragraph's last line is never justified
            start, length = line.textStart(), line.textLength()
            words = text[start : start + length].rstrip()
            if text[start + length - 1 : start + length] == _LINE_SEPARATOR or not words:
                continue
            gaps = len(_SPACES.findall(words.lstrip()))  # Qt widens a run of spaces once
            slack = line.width() - line.naturalTextWidth()
            if gaps and _FLUSH < slack <= gaps * self._widest_extra:
                plan[number] = (gaps, _spacing(slack, gaps))
        if not plan:
            return
        # The spacing is exact but for kerning at the format boundaries and the last glyph's overhang: lay
        # out, measure, amend. Per line, the widest spacing known to keep its break and the narrowest known
        # to push a word down bound a bisection.
        fits: dict[int, float] = {}
        pushes: dict[int, float] = {}
        good: _Plan = {}
        applied = good
        for _ in range(6):
            applied = dict(plan)
            self._apply(block, breaks, applied)
            lines = [layout.lineAt(i) for i in range(layout.lineCount())]
            moved = next(
                (n for n, line in enumerate(lines) if n >= len(breaks) or breaks[n] != (
                    line.textStart(), line.textLength())),
                None,
            )
            if moved is not None:
                if moved not in plan:
                    break
                gaps, spacing = plan[moved]
                pushes[moved] = spacing
                plan[moved] = (gaps, fits.get(moved, max(0.0, spacing - 1 / gaps)))  # a pixel less
                continue
            good = dict(plan)
            amended = False
            for number, (gaps, spacing) in plan.items():
                fits[number] = spacing
                missing = lines[number].width() - lines[number].naturalTextWidth()
                if missing > _FLUSH:
                    better = spacing + _spacing(missing, gaps)
                    if number in pushes:
                        better = min(better, math.floor((spacing + pushes[number]) * 32) / 64)
                    if better > spacing:
                        plan[number] = (gaps, better)
                        amended = True
            if not amended:
                return
        if applied != good:
            self._apply(block, breaks, good)  # the last spacing that kept every break; none if none did

    def _apply(self, block: QTextBlock, breaks: list[tuple[int, int]], plan: _Plan) -> None:
        ranges = []
        for number, (_gaps, spacing) in sorted(plan.items()):
            spaced = QTextLayout.FormatRange()
            spaced.start, spaced.length = breaks[number]  # the whole line: format boundaries at its ends only
            spaced.format = QTextCharFormat()
            spaced.format.setFontWordSpacing(spacing)
            ranges.append(spaced)
        block.layout().setFormats(ranges)
        self._document.markContentsDirty(block.position(), block.length())  # laid out again, at once


def _spacing(slack: float, gaps: int) -> float:
    """The word spacing that spreads `slack` pixels over `gaps` spaces, in Qt's 1/64 px, never more."""
    return math.floor(slack * 64 / gaps) / 64 if slack >= 0 else -math.ceil(-slack * 64 / gaps) / 64
