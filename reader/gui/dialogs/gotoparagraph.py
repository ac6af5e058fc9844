"""Go to Paragraph: a small dialog that takes a paragraph's number (1-based, in any digits)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

_SEPARATORS = frozenset(", \u066c\u00a0\u202f")  # comma, Arabic thousands separator, spaces


def paragraph_number(text: str, count: int) -> int | None:
    """The paragraph number typed, 1 to `count`, or None. Any decimal digits are read (١٢ and ۱۲ are 12),
    and thousands separators are passed over (1,234 and ١٬٢٣٤)."""
    try:
        number = int("".join(char for char in text if char not in _SEPARATORS))
    except ValueError:
        return None
    return number if 1 <= number <= count else None


class GoToParagraphDialog(QDialog):
    """Asks for a paragraph's number; OK is enabled only for a number the article has."""

    numberChosen = Signal(int)  # 1-based

    def __init__(self, count: int, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToParagraph")
        self.setWindowTitle(self.tr("Go to Paragraph"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._count = count
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        label = QLabel(self.tr("Paragraph number (1–{count}):").format(count=locale.toString(count)), self)
        self.field = QLineEdit(locale.toString(current), self)
        self.field.setAccessibleName(self.tr("Paragraph number"))
        self.field.selectAll()
        label.setBuddy(self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self._check(self.field.text())

    def accept(self) -> None:
        """Go to the number typed, if the article has it."""
        number = paragraph_number(self.field.text(), self._count)
        if number is None:
            return
        super().accept()
        self.numberChosen.emit(number)

    def _check(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(paragraph_number(text, self._count) is not None)
