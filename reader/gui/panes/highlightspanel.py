"""The highlights pane (titled "Annotations"): the highlights of the article (or the library) by
section, with colour, quote and note; filtered by colour and text; orphans apart, to attach or delete."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.highlights import COLORS, Highlight
from reader.core.text import isolate
from reader.gui.panes.bidi_items import BidiItemDelegate
from reader.gui.panes.emptyhint import EmptyHint
from reader.gui.reading.highlightbar import color_label, swatch

_ID_ROLE = Qt.ItemDataRole.UserRole
_ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    """A highlight as the pane lists it: with its article's title, its section and its locator."""

    highlight: Highlight
    article_title: str
    section: str
    locator: str


class HighlightsPanel(QWidget):
    """Lists highlights; asks the window to show one, to attach or delete an orphan, or to change scope."""

    highlightRequested = Signal(str, str)  # article id, highlight id
    attachRequested = Signal(str)  # put this orphaned highlight on the current selection
    deleteRequested = Signal(str)
    scopeChanged = Signal(str)  # "article" or "library"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlights")
        self.setAccessibleName(self.tr("Annotations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName(self.tr("Show highlights of"))
        self.scope_box.addItem(self.tr("This article"), "article")
        self.scope_box.addItem(self.tr("All articles"), "library")
        self.scope_box.currentIndexChanged.connect(lambda: self.scopeChanged.emit(self.scope))
        self.color_box = QComboBox(self)
        self.color_box.setAccessibleName(self.tr("Colour"))
        self.color_box.addItem(self.tr("All colours"), "")
        for name in COLORS:
            self.color_box.addItem(swatch(name), color_label(name), name)
        self.color_box.currentIndexChanged.connect(self._apply_filter)
        row.addWidget(self.scope_box, 1)
        row.addWidget(self.color_box, 1)
        layout.addLayout(row)
        self.filter_field = QLineEdit(self)
        self.filter_field.setPlaceholderText(self.tr("Filter by text or note…"))
        self.filter_field.setAccessibleName(self.tr("Filter"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter_field)
        self.tree = self._make_tree("highlightList")
        self.tree.itemActivated.connect(self._request)
        self.tree.itemClicked.connect(self._request)
        layout.addWidget(self.tree, 3)
        self.empty_hint = EmptyHint(self.tree, self.tr(
            "Select text in the article and pick a colour: your highlights and notes are listed here."
        ))
        self.orphan_label = QLabel(self.tr("Orphaned (their text is gone)"), self)
        layout.addWidget(self.orphan_label)
        self.orphans = self._make_tree("orphanList")
        layout.addWidget(self.orphans, 1)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach to Selection"), self)
        self.attach_button.setToolTip(self.tr("Put the orphaned highlight on the text selected now"))
        self.attach_button.clicked.connect(lambda: self._ask_orphan(self.attachRequested))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(lambda: self._ask_orphan(self.deleteRequested))
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._entries: list[Entry] = []
        self._show_orphans(False)

    @property
    def scope(self) -> str:
        """'article' or 'library'."""
        return str(self.scope_box.currentData())

    def set_entries(self, entries: list[Entry]) -> None:
        """List these highlights (in reading order), grouped by article and section; orphans apart."""
        self._entries = list(entries)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.orphans.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        several = len({e.highlight.article for e in entries}) > 1 or self.scope == "library"
        orphans = []
        for entry in entries:  # items are filled while detached: adding to a shown tree costs per row
            if entry.highlight.state == "orphaned":
                orphans.append(self._item(None, entry))
                continue
            key = (entry.highlight.article, entry.section)
            if key not in groups:
                title = entry.section
                if several:  # both isolated: each keeps its own order, whatever the other's direction
                    title = f"{isolate(entry.article_title)} — {isolate(entry.section)}"
                group = QTreeWidgetItem([title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[key] = group
            self._item(groups[key], entry)
        self.tree.addTopLevelItems(list(groups.values()))
        for group in groups.values():
            group.setFirstColumnSpanned(True)
        self.orphans.addTopLevelItems(orphans)
        self.tree.expandAll()
        self._show_orphans(self.orphans.topLevelItemCount() > 0)
        if self.color_box.currentData() or self.filter_field.text().strip():
            self._apply_filter()  # a fresh list shows everything: only a filter in use hides rows
        self.tree.setUpdatesEnabled(True)

    def visible_ids(self) -> list[str]:
        """The ids of the highlights listed and not filtered out, in order (orphans last)."""
        found = []
        for tree in (self.tree, self.orphans):
            for item in self._leaves(tree):
                if not item.isHidden():
                    found.append(item.data(0, _ID_ROLE))
        return found

    def orphan_ids(self) -> list[str]:
        """The ids of the orphaned highlights listed."""
        return [item.data(0, _ID_ROLE) for item in self._leaves(self.orphans)]

    def select_orphan(self, highlight_id: str) -> None:
        """Make an orphaned highlight the one Attach and Delete act on."""
        for item in self._leaves(self.orphans):
            if item.data(0, _ID_ROLE) == highlight_id:
                self.orphans.setCurrentItem(item)

    def _make_tree(self, name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderHidden(True)
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setIndentation(10)
        tree.setItemDelegate(BidiItemDelegate(tree))  # quotes, notes and headings each in their direction
        return tree

    def _item(self, parent: QTreeWidgetItem | None, entry: Entry) -> QTreeWidgetItem:
        highlight = entry.highlight
        quote = highlight.quote if len(highlight.quote) <= 140 else highlight.quote[:137] + "…"
        text = f"{quote}\n✎ {highlight.note}" if highlight.note else quote
        item = QTreeWidgetItem([text])
        if parent is not None:
            parent.addChild(item)
        item.setIcon(0, swatch(highlight.color))
        item.setData(0, _ID_ROLE, highlight.id)
        item.setData(0, _ARTICLE_ROLE, highlight.article)
        item.setToolTip(0, f"{entry.locator}\n{highlight.note}" if highlight.note else entry.locator)
        return item

    def _leaves(self, tree: QTreeWidget) -> list[QTreeWidgetItem]:
        found = []
        for top in _children(tree.invisibleRootItem()):
            if top.data(0, _ID_ROLE):
                found.append(top)
            found.extend(_children(top))
        return found

    def _apply_filter(self) -> None:
        color = self.color_box.currentData() or ""
        words = self.filter_field.text().strip().casefold()
        entries = {e.highlight.id: e.highlight for e in self._entries}
        for tree in (self.tree, self.orphans):
            for item in self._leaves(tree):
                highlight = entries[item.data(0, _ID_ROLE)]
                text = f"{highlight.quote} {highlight.note or ''}".casefold()
                item.setHidden(bool(color and highlight.color != color) or bool(words and words not in text))
            for group in _children(tree.invisibleRootItem()):
                if group.childCount():
                    group.setHidden(all(child.isHidden() for child in _children(group)))

    def _show_orphans(self, shown: bool) -> None:
        for widget in (self.orphan_label, self.orphans, self.attach_button, self.delete_button):
            widget.setVisible(shown)

    def _request(self, item: QTreeWidgetItem) -> None:
        if item.data(0, _ID_ROLE):
            self.highlightRequested.emit(item.data(0, _ARTICLE_ROLE), item.data(0, _ID_ROLE))

    def _ask_orphan(self, signal: SignalInstance) -> None:
        item = self.orphans.currentItem()
        if item is not None and item.data(0, _ID_ROLE):
            signal.emit(item.data(0, _ID_ROLE))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The children of a tree item (of the invisible root: the top-level items)."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
