"""The library pane: the articles in the library; choosing one asks for it to be opened."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from reader.core.library import ArticleSummary

_ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryPanel(QListWidget):
    """The list of articles."""

    articleRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.setAccessibleName(self.tr("Library"))
        self.setWordWrap(True)
        self.itemActivated.connect(self._request)
        self.itemClicked.connect(self._request)

    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        """Show these articles."""
        self.clear()
        for summary in summaries:
            item = QListWidgetItem(summary.title, self)
            item.setData(_ID_ROLE, summary.id)
            item.setToolTip(f"{summary.title}\n{summary.path}\n{summary.paragraphs} ¶")

    def select(self, article_id: str) -> None:
        """Mark an article as the open one."""
        for row in range(self.count()):
            if self.item(row).data(_ID_ROLE) == article_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)

    def _request(self, item: QListWidgetItem) -> None:
        self.articleRequested.emit(item.data(_ID_ROLE))
