"""Notices when another program (the command line, a second window) changes the library."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 1500


class LibraryWatch(QObject):
    """Polls SQLite's data_version, which moves when any other connection commits: cheap and exact."""

    changed = Signal()

    def __init__(self, connection: Callable[[], sqlite3.Connection], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._version = self._read()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(POLL_MS)

    def check(self) -> None:
        """Emit `changed` if the library was changed since the last look."""
        version = self._read()
        if version is not None and version != self._version:
            self._version = version
            self.changed.emit()

    def _read(self) -> int | None:
        try:
            return self._connection().execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None  # closed or busy: look again next time
