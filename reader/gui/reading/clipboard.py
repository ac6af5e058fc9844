"""What the reading view puts on the clipboard: the stored text, whatever the view shows."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QTextEdit, QWidget


class ClipboardText:
    """Makes the clipboard data of a text."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._source: QTextEdit | None = None

    def mime_data(self, text: str) -> QMimeData:
        """Clipboard data holding `text` as plain text."""
        # A QMimeData made in Python is freed twice (by Python and by the clipboard) and crashes the
        # process at exit; one made by Qt itself, from a hidden editor holding the text, is freed once.
        if self._source is None:
            self._source = QTextEdit(self._parent)
            self._source.hide()
        self._source.setPlainText(text)
        self._source.selectAll()
        return QTextEdit.createMimeDataFromSelection(self._source)
