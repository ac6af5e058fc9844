"""An article as a QTextDocument, block by block, and the map between what is shown and what is stored.

With the diacritics hidden, a block shows fewer characters than its paragraph holds; `BlockMap` turns
offsets in the shown text into offsets in the stored text and back, so that copying, search hits and
highlights always refer to the original characters.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from reader.core.document import Article
from reader.core.text import Direction

DOCUMENT_MARGIN = 28


@dataclass(frozen=True)
class ReadingStyle:
    """How the text is set: font, size in points, line height in percent, diacritics shown or not."""

    family: str = "Noto Naskh Arabic"
    size: float = 15.0
    line_spacing: int = 130
    show_diacritics: bool = True


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """The marks that hiding the diacritics hides: whatever the core's strip_marks removes for display."""
    from reader.core.text import strip_marks  # loaded when first needed, not at start

    marks = [chr(c) for c in range(0x0600, 0x0900) if not strip_marks(chr(c))]
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]+")


def shown_text(text: str, show_diacritics: bool) -> str:
    """The text a block shows for a stored text."""
    return text if show_diacritics else _marks().sub("", text)


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
        text = self.originals[number]
        if self.show_diacritics or not _marks().search(text):
            return None  # shown as stored: offsets are the same
        return kept_offsets(text)

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
    cursor = QTextCursor(document)
    cursor.beginEditBlock()

    for block in article.blocks():
        block_format, char_format = formats.get(block.kind, block.direction)
        if blocks.ids:
            cursor.insertBlock(block_format, char_format)
        else:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        cursor.insertText(shown_text(block.text, style.show_diacritics), char_format)
        blocks.add(block.id, block.section, block.text)
    cursor.endEditBlock()
    return document, blocks


class _Formats:
    """The block and character formats of each kind of block, made once per document."""

    def __init__(self, style: ReadingStyle) -> None:
        self._style = style
        self._made: dict[tuple[str, str], tuple[QTextBlockFormat, QTextCharFormat]] = {}

    def get(self, kind: str, direction: Direction) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The formats of a title, heading or paragraph in a direction."""
        key = (kind, direction)
        if key not in self._made:
            self._made[key] = self._make(kind, direction)
        return self._made[key]

    def _make(self, kind: str, direction: Direction) -> tuple[QTextBlockFormat, QTextCharFormat]:
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
            block_format.setAlignment(Qt.AlignmentFlag.AlignJustify)
            block_format.setBottomMargin(size * 0.9)
            char_format.setFontPointSize(size)
        else:  # the title or a heading: aligned to the start side of its own direction
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
            block_format.setHeadingLevel(1 if kind == "title" else 2)
            block_format.setTopMargin(size * (0.4 if kind == "title" else 1.6))
            block_format.setBottomMargin(size * 0.8)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setFontPointSize(size * (1.6 if kind == "title" else 1.25))
        return block_format, char_format
