"""The editor of a highlight's note, in the direction of its first strong letter (empty: the interface's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reader.gui.panes.bidi_items import text_direction


class NoteEditor(QDialog):
    """A plain-text note for one highlight, its quote shown above."""

    noteAccepted = Signal(str)  # the note as saved, told before the dialog closes

    def __init__(self, quote: str, note: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Note"))
        layout = QVBoxLayout(self)
        shown = quote if len(quote) <= 160 else quote[:157] + "…"
        self.quote_label = QLabel(f"«{shown}»", self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        quote_direction = text_direction(quote, self.layoutDirection())
        self.quote_label.setLayoutDirection(quote_direction)  # the quote's own start, whatever the interface
        self.quote_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.quote_label)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteText")
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.editor.textChanged.connect(self._follow_direction)
        self.editor.setPlainText(note or "")
        self._follow_direction()
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 240)

    def accept(self) -> None:
        """Save: tell the note, then close."""
        self.noteAccepted.emit(self.note())
        super().accept()

    def note(self) -> str:
        """The note as written, without surrounding white space."""
        return self.editor.toPlainText().strip()

    def direction(self) -> Qt.LayoutDirection:
        """The direction the note is written in now."""
        return self.editor.document().defaultTextOption().textDirection()

    def _follow_direction(self) -> None:
        direction = text_direction(self.editor.toPlainText(), self.layoutDirection())
        option = self.editor.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            # Absolute: the plain-text layout takes "leading" as left, whatever the direction.
            rtl = direction == Qt.LayoutDirection.RightToLeft
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self.editor.document().setDefaultTextOption(option)
            self.editor.setLayoutDirection(direction)
