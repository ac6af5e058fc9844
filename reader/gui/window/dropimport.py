"""Dropping files, folders and web links on the window: local files are handed over as paths, a link to a
web page (a URL list with http or https addresses, or plain text that is one) as its address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

_WEB_SCHEMES = ("http", "https")


def dropped_items(mime: QMimeData) -> list[Path | str]:
    """The local files and folders (as paths) and the web pages (as addresses) a drag carries."""
    if mime.hasUrls():
        items: list[Path | str] = []
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile():
                items.append(Path(url.toLocalFile()))
            elif _is_web_page(url):
                items.append(url.toString())
        return items
    if mime.hasText():
        text = mime.text().strip()
        url = QUrl(text, QUrl.ParsingMode.StrictMode)
        if text and len(text.split()) == 1 and _is_web_page(url):
            return [text]
    return []


def _is_web_page(url: QUrl) -> bool:
    return url.isValid() and url.scheme().lower() in _WEB_SCHEMES and bool(url.host())


class FileDropFilter(QObject):
    """Watches a widget for drops of local files and web links; emits what to import."""

    pathsDropped = Signal(list)  # list[Path | str]: files as paths, web pages as their addresses

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept drags that carry local files or web links; hand them over on the drop."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if dropped_items(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            items = dropped_items(event.mimeData())
            if items:
                event.acceptProposedAction()
                self.pathsDropped.emit(items)
                return True
        return super().eventFilter(watched, event)
