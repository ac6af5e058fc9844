"""An article as a QTextDocument, block by block, and the map between what is shown and what is stored.

A block may show other characters than its paragraph holds: fewer with the diacritics hidden, and more in
a very long word, which is given invisible break points. `BlockMap` turns offsets in the shown text into
offsets in the stored text and back, so that copying, search hits and highlights always refer to the
original characters.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QRawFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from reader.core.document import Article
from reader.core.text import Direction
from reader.gui.reading.justification import JUSTIFIED, Justifier

DOCUMENT_MARGIN = 28
LATIN_FAMILY = "Noto Serif"
"""The bundled face of Latin words inside Arabic text: the Naskh has no Latin letters, and Noto Serif's
capitals stand as tall as the Naskh's alef, its x-height and stroke contrast sit well beside it."""
_LATIN_FACE_RANGES = ((0x21, 0x250), (0x1E00, 0x1F00), (0x2010, 0x2070), (0x20A0, 0x20D0), (0x2100, 0x2150))


HEADING_SCALES = {1: 1.6, 2: 1.25, 3: 1.12, 4: 1.05, 5: 1.0, 6: 1.0}
"""A heading's size as a multiple of the text's, by level (the title is 1): each level a step smaller,
never smaller than the text, which the headings' bold sets apart."""


@dataclass(frozen=True)
class ReadingStyle:
    """How the text is set: font, size in points, line height in percent, diacritics shown or not."""

    family: str = "Noto Naskh Arabic"
    size: float = 15.0
    line_spacing: int = 130
    show_diacritics: bool = True


LONG_WORD = 64
"""Characters without a space beyond which a word is given break points for display (a long address, a
line of tatweel, a damaged file's 50,000 letters): Qt lays a line out quickly at a break point but a letter
at a time inside an unbroken word, which took minutes for a few such words."""
_BREAK_EVERY = 16
_BREAK = "\u200b"  # zero width space: a break point that shows nothing and leaves joined letters joined
_LONG_RUN = re.compile(rf"\S{{{LONG_WORD + 1},}}")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """The marks that hiding the diacritics hides: whatever the core's strip_marks removes for display."""
    from reader.core.text import strip_marks  # loaded when first needed, not at start

    marks = [chr(c) for c in range(0x0600, 0x0900) if not strip_marks(chr(c))]
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]+")


def shown_text(text: str, show_diacritics: bool) -> str:
    """The text a block shows for a stored text: its diacritics hidden if asked, its long words breakable."""
    shown = text if show_diacritics else _marks().sub("", text)
    if not _LONG_RUN.search(shown):
        return shown
    return _LONG_RUN.sub(lambda run: _BREAK.join(_pieces(run.group())), shown)


def _pieces(word: str) -> list[str]:
    return [word[i : i + _BREAK_EVERY] for i in range(0, len(word), _BREAK_EVERY)]


def shown_offsets(text: str, show_diacritics: bool) -> array[int] | None:
    """For each character of the text shown for `text`, its offset in `text` (a break point takes the
    offset of the letter after it); None when the text is shown as stored."""
    kept = None if show_diacritics or not _marks().search(text) else kept_offsets(text)
    shown = text if kept is None else _marks().sub("", text)
    runs = list(_LONG_RUN.finditer(shown))
    if not runs:
        return kept
    base: array[int] | range = kept if kept is not None else range(len(text))
    offsets: array[int] = array("l")
    done = 0
    for run in runs:
        offsets.extend(base[done : run.start()])
        for piece in range(run.start(), run.end(), _BREAK_EVERY):
            if piece > run.start():
                offsets.append(base[piece])
            offsets.extend(base[piece : min(piece + _BREAK_EVERY, run.end())])
        done = run.end()
    offsets.extend(base[done:])
    return offsets


def kept_offsets(text: str) -> array[int]:
    """For each character shown with the diacritics hidden, its offset in `text`."""
    kept: array[int] = array("l")
    previous = 0
    for match in _marks().finditer(text):
        kept.extend(range(previous, match.start()))
        previous = match.end()
    kept.extend(range(previous, len(text)))
    return kept


class BlockMap:
    """Per block of the document: its id, its section's id and its stored text."""

    def __init__(self, show_diacritics: bool) -> None:
        self.show_diacritics = show_diacritics
        self.ids: list[str] = []
        self.sections: list[str] = []
        self.originals: list[str] = []
        self.numbers: dict[str, int] = {}
        self._kept = lru_cache(maxsize=256)(self._compute_kept)

    def add(self, block_id: str, section_id: str, text: str) -> None:
        """Record the next block."""
        self.numbers.setdefault(block_id, len(self.ids))
        self.ids.append(block_id)
        self.sections.append(section_id)
        self.originals.append(text)

    def __len__(self) -> int:
        return len(self.ids)

    def _compute_kept(self, number: int) -> array[int] | None:
        return shown_offsets(self.originals[number], self.show_diacritics)

    def to_original(self, number: int, offset: int) -> int:
        """The stored offset of a position in the shown text of block `number`."""
        kept = self._kept(number)
        if kept is None:
            return offset
        return kept[offset] if offset < len(kept) else len(self.originals[number])

    def to_shown(self, number: int, offset: int) -> int:
        """The shown offset of a position in the stored text of block `number`."""
        kept = self._kept(number)
        return offset if kept is None else bisect_left(kept, offset)

    def original_slice(self, number: int, start: int, end: int) -> str:
        """The stored text under a shown range [start, end) of a block, marks of its last letter included."""
        return self.originals[number][self.to_original(number, start) : self.to_original(number, end)]


def build_document(article: Article, style: ReadingStyle, parent: QObject | None = None) -> tuple[
    QTextDocument, BlockMap
]:
    """Lay an article out as blocks: the title, then each section's heading and paragraphs."""
    document = QTextDocument(parent)
    document.setUndoRedoEnabled(False)  # read-only text: an undo stack would only cost memory
    font = QFont(style.family)
    font.setPointSizeF(style.size)
    document.setDefaultFont(font)
    document.setDocumentMargin(DOCUMENT_MARGIN)
    blocks = BlockMap(style.show_diacritics)
    formats = _Formats(style)
    latin = _latin_runs(style.family)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()

    for block in article.blocks():
        block_format, char_format = formats.get(block.kind, block.direction, block.level)
        if blocks.ids:
            cursor.insertBlock(block_format, char_format)
        else:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        text = shown_text(block.text, style.show_diacritics)
        if latin and (runs := [m.span() for m in latin.finditer(text)]):
            _insert_with_latin(cursor, text, runs, char_format, formats.latin(char_format))
        else:
            cursor.insertText(text, char_format)
        blocks.add(block.id, block.section, block.text)
    cursor.endEditBlock()
    Justifier(document, parent if isinstance(parent, QTextEdit) else None)
    return document, blocks


@lru_cache(maxsize=4)
def _latin_runs(family: str) -> re.Pattern[str] | None:
    """What the Latin face sets in a text in `family`: runs that begin with a Latin letter or a sign the
    family lacks (quotes, +, @ …) and end with one or a digit, with digits, ASCII signs and spaces between.
    None when the family has Latin letters of its own."""
    if QFontDatabase.WritingSystem.Latin in QFontDatabase.writingSystems(family):
        return None
    own = QRawFont.fromFont(QFont(family))
    lacking = "".join(
        re.escape(chr(code))
        for first, last in _LATIN_FACE_RANGES
        for code in range(first, last)
        if unicodedata.category(chr(code))[0] in "LNPS" and not own.supportsCharacter(chr(code))
    )
    return re.compile(rf"[{lacking}](?:[{lacking}0-9 !-/:-@\[-`{{-~]*[{lacking}0-9/])?")


def _insert_with_latin(
    cursor: QTextCursor,
    text: str,
    runs: list[tuple[int, int]],
    plain: QTextCharFormat,
    latin: QTextCharFormat,
) -> None:
    """Insert a block's text, its Latin runs in the Latin face.

    A run gets its own format rather than a fallback family on the whole text: Qt caches a font's fallbacks
    with its first family, so a second family is not reliably the one that sets the Latin letters.
    """
    done = 0
    for start, end in runs:
        if start > done:
            cursor.insertText(text[done:start], plain)
        cursor.insertText(text[start:end], latin)
        done = end
    if done < len(text):
        cursor.insertText(text[done:], plain)


class _Formats:
    """The block and character formats of each kind of block, made once per document."""

    def __init__(self, style: ReadingStyle) -> None:
        self._style = style
        self._made: dict[tuple[str, str, int], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self._latin: dict[int, QTextCharFormat] = {}

    def get(self, kind: str, direction: Direction, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The formats of a title, heading (of a level: 2 for h2 …) or paragraph in a direction."""
        key = (kind, direction, level if kind == "heading" else 0)
        if key not in self._made:
            self._made[key] = self._make(*key)
        return self._made[key]

    def latin(self, char_format: QTextCharFormat) -> QTextCharFormat:
        """A character format as `char_format`, in the Latin face."""
        key = id(char_format)  # the formats made by get(), kept alive in self._made
        if key not in self._latin:
            made = QTextCharFormat(char_format)
            made.setFontFamilies([LATIN_FAMILY, self._style.family])
            self._latin[key] = made
        return self._latin[key]

    def _make(self, kind: str, direction: Direction, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
        size = self._style.size
        block_format = QTextBlockFormat()
        block_format.setLineHeight(
            float(self._style.line_spacing), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        block_format.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if direction == "ltr" else Qt.LayoutDirection.RightToLeft
        )
        char_format = QTextCharFormat()
        if kind == "paragraph":
            # At the start edge; the Justifier widens the spaces of its full lines (Qt's AlignJustify would
            # pull the letters of Arabic words apart, see justification.py).
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
            block_format.setProperty(JUSTIFIED, True)
            block_format.setBottomMargin(size * 0.9)
            char_format.setFontPointSize(size)
        else:  # the title or a heading: aligned to the start side of its own direction, bold
            level = 1 if kind == "title" else min(max(level, 2), 6)
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
            block_format.setHeadingLevel(level)
            block_format.setTopMargin(size * (0.4 if kind == "title" else 1.6 if level == 2 else 1.2))
            block_format.setBottomMargin(size * (0.8 if level <= 2 else 0.6))
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setFontPointSize(size * HEADING_SCALES[level])
        return block_format, char_format
