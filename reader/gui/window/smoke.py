"""Smoke runs of a built app: with QARI_QUIT_AFTER_PAINT=1 set, the window closes once it has painted.

packaging/build_installer.sh starts the built app this way to prove it runs, without a person to close it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIT_AFTER_PAINT = "QARI_QUIT_AFTER_PAINT"


class _CloseAfterFirstPaint(QObject):
    """Closes its window, as a user would, right after the window's first paint."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """On the first paint, schedule the close and stop watching."""
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._window.close)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """When $QARI_QUIT_AFTER_PAINT is set, close `window` (and so quit) once it has painted itself."""
    if os.environ.get(QUIT_AFTER_PAINT):
        window.installEventFilter(_CloseAfterFirstPaint(window))
