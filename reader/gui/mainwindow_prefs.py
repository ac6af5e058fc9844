"""The main window's preferences: reading style, theme and the arrangement of the docks, remembered."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from reader.gui import settings as keys
from reader.gui.textdocument import ReadingStyle
from reader.gui.themes import apply_theme

if TYPE_CHECKING:
    from reader.gui.actions import Actions
    from reader.gui.searchpanel import SearchPanel
    from reader.gui.textview import ReadingView

STATE_VERSION = 2  # bump when the docks change, so that an old arrangement is not put onto new docks


def _clamp(value: float, limits: tuple[float, float]) -> float:
    return min(max(value, limits[0]), limits[1])


class Preferences(QMainWindow):
    """Part of MainWindow: applying and remembering the reader's choices."""

    actions: Actions
    search_panel: SearchPanel
    settings: keys.Settings
    view: ReadingView

    def apply_preferences(self) -> None:
        """Set the reading style, theme and search scope as stored."""
        stored = self.settings
        style = ReadingStyle(
            family=stored.get(keys.FONT_FAMILY),
            size=_clamp(stored.get(keys.FONT_SIZE), keys.FONT_SIZE_RANGE),
            line_spacing=int(_clamp(stored.get(keys.LINE_SPACING), keys.LINE_SPACING_RANGE)),
            show_diacritics=stored.get(keys.SHOW_DIACRITICS),
        )
        self.view.set_reading_style(style)
        self.actions.show_diacritics.setChecked(style.show_diacritics)
        self.set_theme(stored.get(keys.THEME))
        self.search_panel.set_scope(stored.get(keys.SEARCH_SCOPE))

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Set the article in another font, size, spacing or diacritics setting, and remember it."""
        if style == self.view.reading_style:
            return
        self.view.set_reading_style(style)
        self.settings.set(keys.FONT_FAMILY, style.family)
        self.settings.set(keys.FONT_SIZE, style.size)
        self.settings.set(keys.LINE_SPACING, style.line_spacing)
        self.settings.set(keys.SHOW_DIACRITICS, style.show_diacritics)
        self.actions.show_diacritics.setChecked(style.show_diacritics)

    def zoom(self, step: int) -> None:
        """Make the text larger (step > 0), smaller (step < 0), or its normal size (0)."""
        size = self.view.reading_style.size + step if step else keys.FONT_SIZE.default
        self.set_reading_style(replace(self.view.reading_style, size=_clamp(size, keys.FONT_SIZE_RANGE)))

    def set_theme(self, name: str) -> None:
        """Colour the window with a theme, and remember it."""
        theme = apply_theme(name)
        self.view.set_theme(theme)
        self.search_panel.set_mark_colour(theme.hit)
        self.actions.themes[theme.name].setChecked(True)
        self.settings.set(keys.THEME, theme.name)

    def theme(self) -> str:
        """The name of the theme in use."""
        return self.settings.get(keys.THEME)

    def set_language(self, language: str) -> None:
        """Remember the interface language for the next start."""
        self.settings.set(keys.LANGUAGE, language)
        self.statusBar().showMessage(self.tr("The new language is used from the next start."), 8000)

    def restore_layout(self) -> None:
        """Put the window and its docks back as they were left (for this layout direction)."""
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(self._state_setting())
        if not state.isEmpty():
            self.restoreState(state, STATE_VERSION)

    def save_layout(self) -> None:
        """Remember the window's size and place and its docks."""
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(self._state_setting(), self.saveState(STATE_VERSION))

    def _state_setting(self) -> keys.Setting:
        return keys.WINDOW_STATE_RTL if self.isRightToLeft() else keys.WINDOW_STATE
