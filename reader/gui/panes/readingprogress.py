"""The status bar's reading progress: how far through the article the reader is, and the time left."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from reader.gui.panes.librarymodel import percent


class ReadingProgress(QLabel):
    """“42% · 12 min left”, or nothing when no article is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingProgress")
        self.setAccessibleName(self.tr("Reading progress"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(12, 0, 6, 0)  # apart from a message beside it

    def show_progress(self, fraction: float | None, minutes_left: float, speed: int, aloud: bool) -> None:
        """Show a fraction read (None: no article) and the minutes left at `speed` words a minute, which is
        the speech rate when `aloud`."""
        if fraction is None:
            self.clear()
            self.setToolTip("")
            return
        locale = QLocale()
        if fraction >= 0.999:
            left = self.tr("read to the end")
        elif minutes_left < 1:
            left = self.tr("under a minute left")
        else:
            left = self.tr("%n min left", "", round(minutes_left))
        if aloud:
            left = self.tr("{time} (aloud)").format(time=left)
        self.setText(f"{percent(fraction, locale)} · {left}")
        self.setToolTip(self.tr(
            "How far through the article you are, and the time left at {speed} words a minute "
            "(your reading speed is in Settings)"
        ).format(speed=locale.toString(speed)))
