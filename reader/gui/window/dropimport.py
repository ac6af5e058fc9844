"""Dropping files and folders on the window: accepted when they are local, then handed over as paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FileDropFilter(QObject):
    """Watches a widget for drops of local files; emits their paths."""

    pathsDropped = Signal(list)  # list[Path]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept drags that carry local files; hand over their paths on the drop."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.pathsDropped.emit(paths)
                return True
        return super().eventFilter(watched, event)
