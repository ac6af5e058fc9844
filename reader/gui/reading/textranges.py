"""Places in an article's document: stored-text ranges as cursors, formats over them, selections as
stored text, and the block at a height. Pure functions of a QTextDocument and its BlockMap."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from reader.gui.reading.textdocument import BlockMap

Mark = tuple[str, int, int, QTextCharFormat]
"""A format over [start, end) of the stored text of the block with this id."""


def range_cursor(document: QTextDocument, blocks: BlockMap, number: int, start: int, end: int) -> QTextCursor:
    """A cursor selecting [start, end) of the stored text of block `number`, as it is shown."""
    block = document.findBlockByNumber(number)
    limit = block.length() - 1
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + min(blocks.to_shown(number, start), limit))
    cursor.setPosition(block.position() + min(blocks.to_shown(number, end), limit),
                       QTextCursor.MoveMode.KeepAnchor)
    return cursor


def merge_formats(document: QTextDocument, blocks: BlockMap, marks: Iterable[Mark]) -> None:
    """Merge each mark's format over its range, all in one edit block."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # thousands of formats: milliseconds inside one edit block, seconds outside
    for block_id, start, end, char_format in marks:
        number = blocks.numbers.get(block_id)
        if number is not None:
            found = range_cursor(document, blocks, number, start, end)
            cursor.setPosition(found.selectionStart())
            cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(char_format)
    cursor.endEditBlock()


def stored_text(document: QTextDocument, blocks: BlockMap, start: int, end: int) -> str:
    """The stored text between two document positions, one line per block, in logical order."""
    first, last = document.findBlock(start), document.findBlock(end)
    parts = []
    for number in range(first.blockNumber(), last.blockNumber() + 1):
        block = first if number == first.blockNumber() else document.findBlockByNumber(number)
        low = start - block.position() if number == first.blockNumber() else 0
        high = end - block.position() if number == last.blockNumber() else block.length() - 1
        parts.append(blocks.original_slice(number, low, high))
    return "\n".join(parts)


def block_at(document: QTextDocument, y: float, hint: int) -> int:
    """The number of the block at height y of the document, searched from a block near it.

    Qt's own hit test (cursorForPosition) is wrong while a large document is still being laid out in the
    background; stepping from a known block costs little, since scrolling moves a few blocks at a time.
    """
    layout = document.documentLayout()
    last = document.blockCount() - 1
    number = min(max(hint, 0), last)
    block = document.findBlockByNumber(number)
    while number > 0 and layout.blockBoundingRect(block).top() > y:
        block, number = block.previous(), number - 1
    while number < last and layout.blockBoundingRect(block).bottom() <= y:
        block, number = block.next(), number + 1
    return number


def lay_out_screenful(document: QTextDocument, block: QTextBlock, height: float) -> tuple[float, float]:
    """Lay out the document down to a screenful below `block`; returns the block's top and that bottom.

    A long article is laid out in the background, a piece at a time: a place far down must be laid out
    before the view can scroll to it.
    """
    layout = document.documentLayout()
    top = layout.blockBoundingRect(block).top()
    below = block
    while below.isValid() and layout.blockBoundingRect(below).top() < top + height:
        below = below.next()
    return top, layout.blockBoundingRect(below if below.isValid() else document.lastBlock()).bottom()
