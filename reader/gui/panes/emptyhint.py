"""A line in an empty pane saying what the pane is for and how to fill it, drawn as placeholder text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QAbstractItemView

_MARGIN = 12


class EmptyHint(QObject):
    """Paints `text` over an item view's viewport while the view has no rows (and `when()` holds)."""

    def __init__(self, view: QAbstractItemView, text: str, when: Callable[[], bool] = lambda: True) -> None:
        super().__init__(view)
        self._view, self.text, self._when = view, text, when
        view.viewport().installEventFilter(self)

    def is_shown(self) -> bool:
        """Whether the hint is drawn now: the view is empty and the condition holds."""
        model = self._view.model()
        return (model is None or model.rowCount() == 0) and self._when()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Draw the hint before the (empty) view paints."""
        if event.type() == QEvent.Type.Paint and watched is self._view.viewport() and self.is_shown():
            viewport = self._view.viewport()
            option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            option.setTextDirection(self._view.layoutDirection())  # the interface's, in either language
            painter = QPainter(viewport)
            painter.setPen(self._view.palette().color(QPalette.ColorRole.PlaceholderText))
            area = QRectF(viewport.rect().adjusted(_MARGIN, _MARGIN * 2, -_MARGIN, -_MARGIN))
            painter.drawText(area, self.text, option)
            painter.end()
        return False
