"""The commands of highlighting: colours and their keys, undo and redo, export of highlights and import
of (W3C) annotations, and where they go in the menus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from reader.core.highlights import COLORS
from reader.gui.reading.highlightbar import color_label, swatch
from reader.gui.window.commands import isolate_shortcut

translate = QCoreApplication.translate


@dataclass
class HighlightCommands:
    """Every command of highlighting."""

    highlight: QAction
    colors: dict[str, QAction]
    undo: QAction
    redo: QAction
    export: QAction
    import_annotations: QAction

    def all(self) -> list[QAction]:
        """Every action."""
        actions = [self.highlight, *self.colors.values()]
        return [*actions, self.undo, self.redo, self.export, self.import_annotations]


def create_highlight_commands(window: QMainWindow, view: QWidget, stack: QUndoStack) -> HighlightCommands:
    """Make the actions; the keys that highlight work while the reading view has the keyboard."""
    highlight = QAction(translate("Highlights", "&Highlight Selection"), window)
    highlight.setShortcut(QKeySequence("H"))
    colors: dict[str, QAction] = {}
    for number, name in enumerate(COLORS, start=1):
        action = QAction(swatch(name), translate("Highlights", "Highlight in {colour}").format(
            colour=color_label(name)), window)
        action.setShortcut(QKeySequence(str(number)))
        action.setData(name)
        colors[name] = action
    for action in (highlight, *colors.values()):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setShortcutVisibleInContextMenu(True)
        view.addAction(action)  # plain letters and digits: only while reading, never while typing elsewhere
    undo = stack.createUndoAction(window, translate("Highlights", "&Undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = stack.createRedoAction(window, translate("Highlights", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    export = QAction(translate("Highlights", "&Export Highlights…"), window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    import_annotations = QAction(translate("Highlights", "Import &Annotations…"), window)
    import_annotations.setShortcut(QKeySequence("Ctrl+Shift+I"))
    return HighlightCommands(highlight, colors, undo, redo, export, import_annotations)


def add_highlight_menus(window: QMainWindow, actions: HighlightCommands, dock: QDockWidget) -> None:
    """Put export and import in the File menu, an Edit menu after it, and the pane in the View menu."""
    bar = window.menuBar()
    menus = [menu for action in bar.actions() if isinstance(menu := action.menu(), QMenu)]
    file_menu, view_menu = menus[0], menus[1]
    last = file_menu.actions()[-1]  # Quit
    file_menu.insertActions(last, [actions.export, actions.import_annotations])
    file_menu.insertSeparator(last)
    edit_menu = QMenu(translate("Highlights", "&Edit"), bar)
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.highlight)
    edit_menu.addActions(list(actions.colors.values()))
    bar.insertMenu(view_menu.menuAction(), edit_menu)
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("Ctrl+Alt+A"))
    view_menu.addAction(toggle)
    for action in (actions.undo, actions.redo, actions.export, actions.import_annotations, toggle):
        window.addAction(action)
    if window.isRightToLeft():
        for action in (*actions.all(), toggle):
            isolate_shortcut(action)
