"""The menus of highlighting: the one of a clicked highlight, and the reading view's context menu with
highlighting entries first. Each entry asks the highlights controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reader.core.highlights import COLORS
from reader.gui.reading.highlightbar import color_label, swatch
from reader.gui.reading.highlighting import highlight_at
from reader.gui.window.commands import without_mnemonic

if TYPE_CHECKING:
    from reader.gui.controllers.highlights import HighlightsController
    from reader.gui.reading.textview import ReadingView


class HighlightMenus(QObject):
    """Builds the menus; each is deleted once closed; its entries act on the highlight it was shown for."""

    def __init__(
        self, controller: HighlightsController, view: ReadingView, colour_actions: list[QAction],
        window: QWidget,
    ) -> None:
        super().__init__(controller)
        self._controller, self._view, self._colours, self._window = controller, view, colour_actions, window

    def show_highlight_menu(self, highlight_id: str, where: QPoint) -> QMenu:
        """The menu of a clicked highlight: colour, note, copy, delete."""
        menu = QMenu(self._window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill(menu, highlight_id)
        menu.popup(where)
        return menu

    def show_view_menu(self, point: QPoint) -> QMenu:
        """The reading view's context menu, with highlighting entries first."""
        view = self._view
        menu = view.createStandardContextMenu(point)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if menu.isRightToLeft():  # Qt's own entries ("ا&نسخ"): no underline through the letters' dots
            for action in menu.actions():
                action.setText(without_mnemonic(action.text()))
        first = menu.actions()[0] if menu.actions() else None
        entries = QMenu(menu)
        if view.textCursor().hasSelection():
            entries.addActions(self._colours)
        elif found := highlight_at(view, point):
            self._fill(entries, found)
        if entries.actions():
            menu.insertActions(first, entries.actions())  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.popup(view.viewport().mapToGlobal(point))
        return menu

    def _fill(self, menu: QMenu, highlight_id: str) -> None:
        controller = self._controller
        colours = menu.addMenu(self.tr("Colour"))
        for name in COLORS:
            action = colours.addAction(swatch(name), color_label(name))
            action.triggered.connect(lambda _=False, name=name: controller.recolor(highlight_id, name))
        menu.addAction(self.tr("Edit Note…")).triggered.connect(lambda: controller.edit_note(highlight_id))
        menu.addAction(self.tr("Copy Quote")).triggered.connect(lambda: controller.copy_quote(highlight_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete Highlight")).triggered.connect(
            lambda: controller.delete_highlights([highlight_id])
        )
