"""Selecting by words: a drag in the reading view snaps both ends of the selection to whole words, as a
browser does after a double-click, so that a quote never starts or ends in the middle of a word.

Holding Alt (or Ctrl, where the window manager takes Alt+drag) while pressing selects letter by letter.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

LETTER_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
_JOINERS = {"\u200c", "\u200d"}  # zero-width (non-)joiners sit inside Persian and Arabic words


def is_word_character(character: str) -> bool:
    """Letters, digits and marks (harakat are marks: a word goes on across them), and the joiners."""
    return unicodedata.category(character)[0] in "LNM" or character in _JOINERS


def _character(document: QTextDocument, position: int) -> str:
    """The character after `position` ('' past the end; a paragraph separator is not a word character)."""
    if not 0 <= position < document.characterCount() - 1:
        return ""
    return document.characterAt(position)


def word_start(document: QTextDocument, position: int) -> int:
    """`position` moved back to the start of the word it is inside; unchanged between words."""
    while position > 0 and _inside(document, position - 1) and _inside(document, position):
        position -= 1
    return position


def word_end(document: QTextDocument, position: int) -> int:
    """`position` moved on to the end of the word it is inside; unchanged between words."""
    while _inside(document, position - 1) and _inside(document, position):
        position += 1
    return position


def _inside(document: QTextDocument, position: int) -> bool:
    character = _character(document, position)
    return bool(character) and is_word_character(character)


def snapped(document: QTextDocument, pressed: int, reached: int) -> QTextCursor:
    """A cursor selecting from a press to where the mouse is, both ends widened to whole words."""
    if reached >= pressed:
        anchor, position = word_start(document, pressed), word_end(document, reached)
    else:
        anchor, position = word_end(document, pressed), word_start(document, reached)
    cursor = QTextCursor(document)
    cursor.setPosition(anchor)
    cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    return cursor


class WordDrag:
    """The state of one drag in a text view: where it began, and whether it selects by words."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._pressed = -1  # where a drag selecting by words began (a document position), else -1
        self._double_click = QElapsedTimer()  # a press soon after a double-click is a triple-click

    def press(self, event: QMouseEvent) -> None:
        """A press: a plain one with the left button starts a selection by words."""
        self._pressed = -1
        triple = self._double_click.isValid() and self._double_click.elapsed() < _double_click_interval()
        if (
            event.button() != Qt.MouseButton.LeftButton or triple
            or event.modifiers() & (LETTER_MODIFIERS | Qt.KeyboardModifier.ShiftModifier)
        ):
            return
        position = self._view.cursorForPosition(event.position().toPoint()).position()
        cursor = self._view.textCursor()  # pressed in a selection: a drag of the text, not a new selection
        if not (cursor.hasSelection() and cursor.selectionStart() <= position < cursor.selectionEnd()):
            self._pressed = position

    def double_click(self) -> None:
        """A double-click selects a word, and Qt's drag after it goes on by words."""
        self._pressed = -1
        self._double_click.start()

    def snap(self) -> None:
        """Widen the view's selection, if this drag made it, to whole words."""
        cursor = self._view.textCursor()
        if self._pressed < 0 or not cursor.hasSelection():
            return
        words = snapped(self._view.document(), self._pressed, cursor.position())
        if (words.anchor(), words.position()) != (cursor.anchor(), cursor.position()):
            self._view.setTextCursor(words)

    def release(self) -> None:
        """The drag is over."""
        self._pressed = -1


def _double_click_interval() -> int:
    return QApplication.doubleClickInterval()  # the desktop's setting, read at each press
