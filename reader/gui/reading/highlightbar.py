"""The small floating bar of the five highlight colours, shown beside a fresh selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QIconEngine, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.core.highlights import COLORS
from reader.gui.config.themes import current_theme

translate = QCoreApplication.translate


def color_label(name: str) -> str:
    """A colour's name as the reader sees it."""
    labels = {
        "yellow": translate("Highlights", "Yellow"),
        "green": translate("Highlights", "Green"),
        "blue": translate("Highlights", "Blue"),
        "pink": translate("Highlights", "Pink"),
        "purple": translate("Highlights", "Purple"),
    }
    return labels.get(name, name)


class _SwatchEngine(QIconEngine):
    """Paints a highlight colour as the theme in use shows it, each time it is drawn: a swatch made once
    (in a menu, a list, a button) follows every change of theme with the repaint that comes with it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """A square of the colour with a thin grey border."""
        painter.fillRect(rect, QColor("#757575"))
        painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(current_theme().highlight_colour(self._name)))

    def clone(self) -> QIconEngine:
        """A copy, as Qt makes when an icon is detached."""
        return _SwatchEngine(self._name)


def swatch(name: str) -> QIcon:
    """A square of a highlight colour, in the theme in use whenever it is drawn."""
    return QIcon(_SwatchEngine(name))


class HighlightBar(QFrame):
    """Five colour buttons; choosing one asks for the selection to be highlighted in it."""

    colorRequested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("highlightBar")
        self.setAccessibleName(self.tr("Highlight colours"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for number, name in enumerate(COLORS, start=1):
            button = QToolButton(self)
            button.setObjectName(f"highlight-{name}")
            button.setIcon(swatch(name))
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            tip = self.tr("Highlight in {colour} ({key})").format(colour=color_label(name), key=number)
            button.setToolTip(tip)
            button.setAccessibleName(color_label(name))
            button.clicked.connect(lambda _=False, name=name: self._choose(name))
            layout.addWidget(button)
            self.buttons[name] = button
        self.hide()

    def show_near(self, selection: QRect) -> None:
        """Show the bar just above a selection's rectangle (in the parent's coordinates), kept inside it."""
        self.adjustSize()
        parent = self.parentWidget()
        x = selection.center().x() - self.width() // 2
        y = selection.top() - self.height() - 6
        if y < 0:
            y = selection.bottom() + 6
        if parent is not None:
            x = max(0, min(x, parent.width() - self.width()))
            y = max(0, min(y, parent.height() - self.height()))
        self.move(QPoint(x, y))
        self.show()
        self.raise_()

    def _choose(self, name: str) -> None:
        self.hide()
        self.colorRequested.emit(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape hides the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
