"""Notices when another program (the command line, a second window) changes the library."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 1500


class LibraryWatch(QObject):
    """Polls the library's data version, which moves when any other connection commits: cheap and exact."""

    changed = Signal()

    def __init__(self, data_version: Callable[[], int | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_version = data_version
        self._version = data_version()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(POLL_MS)

    def check(self) -> None:
        """Emit `changed` if the library was changed since the last look."""
        version = self._data_version()  # None while the library is closed or busy: look again next time
        if version is not None and version != self._version:
            self._version = version
            self.changed.emit()

    def stop(self) -> None:
        """Look no more (the library is being closed)."""
        self._timer.stop()
