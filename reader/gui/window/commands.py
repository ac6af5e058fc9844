"""The window's commands (QActions), each with a shortcut shown in its menu, and the menus that hold them."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from reader.gui.config.themes import THEME_NAMES, theme_label

if TYPE_CHECKING:
    from reader.gui.config.themes import Theme
    from reader.gui.reading.textdocument import ReadingStyle

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@dataclass
class Commands:
    """Every command of the main window."""

    import_files: QAction
    import_folder: QAction
    import_web_page: QAction
    remove_article: QAction
    article_properties: QAction
    rebuild_index: QAction
    quit: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    show_diacritics: QAction
    settings: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    clear_marks: QAction
    search_article_only: QAction
    focus_library: QAction
    focus_sections: QAction
    focus_text: QAction
    add_bookmark: QAction
    go_to_paragraph: QAction
    shortcuts: QAction
    search_help: QAction
    about: QAction
    themes: dict[str, QAction]

    def all(self) -> list[QAction]:
        """Every action, themes included."""
        found: list[QAction] = []
        for item in fields(self):
            value = getattr(self, item.name)
            found.extend(value.values() if isinstance(value, dict) else [value])
        return found

    def show_busy(self, busy: bool) -> None:
        """One writer at a time: the commands that change the library wait while long work runs."""
        for action in (self.import_files, self.import_folder, self.import_web_page, self.rebuild_index,
                       self.remove_article):
            action.setEnabled(not busy)

    def show_style(self, style: ReadingStyle) -> None:
        """Check Show Diacritics as the reading style says."""
        self.show_diacritics.setChecked(style.show_diacritics)

    def show_theme(self, theme: Theme) -> None:
        """Check the theme in use."""
        self.themes[theme.name].setChecked(True)

    def show_scope(self, scope: str) -> None:
        """Check Search Only This Article as the search scope says."""
        self.search_article_only.setChecked(scope == "article")


def _action(parent: QObject, text: str, *keys: str, checkable: bool = False) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setCheckable(checkable)
    action.setShortcutVisibleInContextMenu(True)
    return action


def create_commands(window: QMainWindow) -> Commands:
    """Make the commands; the window connects them."""
    themes = QActionGroup(window)
    theme_actions: dict[str, QAction] = {}
    for number, name in enumerate(THEME_NAMES, start=1):
        action = _action(window, theme_label(name), f"Ctrl+Alt+{number}", checkable=True)
        action.setData(name)
        themes.addAction(action)
        theme_actions[name] = action
    actions = Commands(
        import_files=_action(window, translate("Actions", "&Import Files…"), "Ctrl+O"),
        import_folder=_action(window, translate("Actions", "Import &Folder…"), "Ctrl+Shift+O"),
        import_web_page=_action(window, translate("Actions", "Import &Web Page…"), "Ctrl+L"),
        remove_article=_action(window, translate("Actions", "&Remove Article…"), "Ctrl+Delete"),
        article_properties=_action(window, translate("Actions", "Article &Properties…"), "Alt+Return"),
        rebuild_index=_action(window, translate("Actions", "Re&build Search Index"), "Ctrl+Shift+R"),
        quit=_action(window, translate("Actions", "&Quit"), "Ctrl+Q"),
        zoom_in=_action(window, translate("Actions", "&Larger Text"), "Ctrl+=", "Ctrl++"),
        zoom_out=_action(window, translate("Actions", "&Smaller Text"), "Ctrl+-"),
        zoom_reset=_action(window, translate("Actions", "&Normal Size"), "Ctrl+0"),
        show_diacritics=_action(window, translate("Actions", "Show &Diacritics"), "Ctrl+D", checkable=True),
        settings=_action(window, translate("Actions", "S&ettings…"), "Ctrl+,"),
        find=_action(window, translate("Actions", "&Find…"), "Ctrl+F"),
        find_next=_action(window, translate("Actions", "Find &Next"), "F3"),
        find_previous=_action(window, translate("Actions", "Find &Previous"), "Shift+F3"),
        clear_marks=_action(window, translate("Actions", "&Clear Search Marks"), "Esc"),
        search_article_only=_action(
            window, translate("Actions", "Search Only This &Article"), "Ctrl+Shift+F", checkable=True
        ),
        focus_library=_action(window, translate("Actions", "Go to &Library"), "Ctrl+1"),
        focus_sections=_action(window, translate("Actions", "Go to &Sections"), "Ctrl+2"),
        focus_text=_action(window, translate("Actions", "Go to &Text"), "Ctrl+3"),
        add_bookmark=_action(window, translate("Actions", "Add &Bookmark"), "Ctrl+B"),
        go_to_paragraph=_action(window, translate("Actions", "Go to &Paragraph…"), "Ctrl+G"),
        shortcuts=_action(window, translate("Actions", "&Keyboard Shortcuts"), "F1"),
        search_help=_action(window, translate("Actions", "Search S&yntax"), "Shift+F1"),
        about=_action(window, translate("Actions", "&About Qari"), "Ctrl+F1"),
        themes=theme_actions,
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.clear_marks.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return actions


def build_menus(window: QMainWindow, actions: Commands, docks: list[tuple[QDockWidget, str]]) -> None:
    """Fill the menu bar; `docks` come with the shortcut that shows or hides each."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Actions", "&File"))
    file_menu.addActions(
        [actions.import_files, actions.import_folder, actions.import_web_page, actions.remove_article]
    )
    file_menu.addAction(actions.article_properties)
    file_menu.addSeparator()
    file_menu.addAction(actions.rebuild_index)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view_menu = bar.addMenu(translate("Actions", "&View"))
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    view_menu.addSeparator()
    view_menu.addAction(actions.show_diacritics)
    theme_menu = QMenu(translate("Actions", "&Theme"), view_menu)
    theme_menu.addActions(list(actions.themes.values()))
    view_menu.addMenu(theme_menu)
    view_menu.addSeparator()
    for dock, key in docks:
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(key))
        view_menu.addAction(toggle)
    view_menu.addSeparator()
    view_menu.addActions([actions.focus_library, actions.focus_sections, actions.focus_text])
    view_menu.addActions([actions.go_to_paragraph, actions.add_bookmark])
    view_menu.addSeparator()
    view_menu.addAction(actions.settings)

    search_menu = bar.addMenu(translate("Actions", "&Search"))
    search_menu.addActions([actions.find, actions.find_next, actions.find_previous, actions.clear_marks])
    search_menu.addSeparator()
    search_menu.addAction(actions.search_article_only)

    help_menu = bar.addMenu(translate("Actions", "&Help"))
    help_menu.addActions([actions.shortcuts, actions.search_help, actions.about])
    for action in actions.all():  # shortcuts work even while the menu bar is hidden or not yet built
        window.addAction(action)
    if window.isRightToLeft():
        for menu in (file_menu, view_menu, theme_menu, search_menu, help_menu):
            menu.setTitle(without_mnemonic(menu.title()))
        for action in [*actions.all(), *(dock.toggleViewAction() for dock, _ in docks)]:
            isolate_shortcut(action)


def isolate_shortcut(action: QAction) -> None:
    """Fit an action's text to a right-to-left menu: the shortcut shown left to right ("Ctrl+=", not
    "=+Ctrl"), and no mnemonic (see `without_mnemonic`).

    A menu shows what follows a tab in an action's text in place of the shortcut it would write itself.
    """
    action.setText(without_mnemonic(action.text()))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if keys and "\t" not in action.text():
        action.setText(f"{action.text()}\t\u2066{keys}\u2069")


def without_mnemonic(text: str) -> str:
    """The text without its mnemonic marker ("&&" stays a literal "&").

    The underline of a mnemonic runs through the dots below Arabic letters (بحث would read يحث), and
    Alt with an Arabic letter is no shortcut on most keyboards; the menus' shortcuts stay.
    """
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_table(window: QMainWindow) -> list[tuple[str, str]]:
    """(action text, shortcuts) of every action in the menus, for the Keyboard Shortcuts list."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        """Collect the rows of a menu and its submenus."""
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((action.text().split("\t")[0].replace("&", ""), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())  # type: ignore[arg-type]
    return rows
