"""The section navigator: the article's title and headings; choosing one asks the view to go there.

The headings are nested as the article nests them (a section under its chapter), all unfolded at first.

Beside each section, the number of search hits it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from reader.core.document import Article, parents
from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.emptyhint import EmptyHint

_ID_ROLE = Qt.ItemDataRole.UserRole


class Navigator(QTreeWidget):
    """A tree of the title and its headings nested by level, kept in step with the reading position."""

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
        title, *headings = [block for block in article.blocks() if block.kind != "paragraph"]
        root = QTreeWidgetItem(self, [title.text])
        root.setData(0, _ID_ROLE, title.id)
        self._items[title.id] = root
        made: list[QTreeWidgetItem] = []
        # each heading under the nearest one before it of a lower level (a jump from 2 to 4 nests under the 2)
        for block, parent in zip(headings, parents([(b.text, b.level) for b in headings]), strict=True):
            item = QTreeWidgetItem(root if parent is None else made[parent], [block.text])
            item.setToolTip(0, block.text)
            item.setData(0, _ID_ROLE, block.id)
            self._items[block.id] = item
            made.append(item)
        self.expandAll()

    def set_current(self, section_id: str) -> None:
        """Mark the section being read, without asking the view to move."""
        item = self._items.get(section_id)
        if item is not None and item is not self.currentItem():
            self.blockSignals(True)
            parent = item.parent()
            while parent is not None:  # a section folded away by the reader is shown again when read
                parent.setExpanded(True)
                parent = parent.parent()
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
