"""The section navigator: the article's title and headings; choosing one asks the view to go there.

Beside each section, the number of search hits it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from reader.core.document import Article
from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.emptyhint import EmptyHint

_ID_ROLE = Qt.ItemDataRole.UserRole


class Navigator(QTreeWidget):
    """A tree of the title and its headings, kept in step with the reading position."""

    sectionRequested = Signal(str)  # a heading id, or TITLE_ID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Sections"))
        self.setHeaderHidden(True)
        self.setColumnCount(2)  # the section, and its number of hits
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(8)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegateForColumn(0, BidiItemDelegate(self))  # each heading in its own direction
        self._items: dict[str, QTreeWidgetItem] = {}
        self.empty_hint = EmptyHint(self, self.tr("Open an article to see its sections here."))
        self.itemActivated.connect(self._request)
        self.itemClicked.connect(self._request)

    def set_article(self, article: Article | None) -> None:
        """Show the sections of an article (or nothing)."""
        self.clear()
        self._items = {}
        if article is None:
            return
        root: QTreeWidgetItem | None = None
        for block in article.blocks():  # the title first, then the headings among the paragraphs
            if block.kind == "paragraph":
                continue
            if root is None:
                item = root = QTreeWidgetItem(self, [block.text])
            else:
                item = QTreeWidgetItem(root, [block.text])
                item.setToolTip(0, block.text)
            item.setData(0, _ID_ROLE, block.id)
            self._items[block.id] = item
        self.expandAll()

    def set_current(self, section_id: str) -> None:
        """Mark the section being read, without asking the view to move."""
        item = self._items.get(section_id)
        if item is not None and item is not self.currentItem():
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
            self.blockSignals(False)

    def set_hit_counts(self, counts: dict[str, int]) -> None:
        """Show how many hits each section holds (by section id); sections left out hold none."""
        locale = QLocale()
        for section_id, item in self._items.items():
            count = counts.get(section_id, 0)
            item.setText(1, locale.toString(count) if count else "")
            item.setData(1, _ID_ROLE, count)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(1, self.tr("%n hit(s) in this section", "", count) if count else "")

    def hit_count(self, section_id: str) -> int:
        """The number of hits shown beside a section."""
        item = self._items.get(section_id)
        return int(item.data(1, _ID_ROLE) or 0) if item is not None else 0

    def current_section(self) -> str | None:
        """The id of the marked section."""
        item = self.currentItem()
        return item.data(0, _ID_ROLE) if item else None

    def _request(self, item: QTreeWidgetItem) -> None:
        self.sectionRequested.emit(item.data(0, _ID_ROLE))
