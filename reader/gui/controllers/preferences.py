"""The preferences controller: reading style, zoom, diacritics, theme, language and the window's layout,
applied and remembered. It announces each change; the view, the search pane and the menus follow."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from reader.gui.config import settings as keys
from reader.gui.config.themes import apply_theme
from reader.gui.reading.textdocument import ReadingStyle

if TYPE_CHECKING:
    from reader.gui.controllers.changes import Changes
    from reader.gui.dialogs.settingsdialog import SettingsDialog
    from reader.gui.dialogs.speechsettings import SpeechChoice

STATE_VERSION = 2  # bump when the docks change, so that an old arrangement is not put onto new docks


def _clamp(value: float, limits: tuple[float, float]) -> float:
    return min(max(value, limits[0]), limits[1])


class PreferencesController(QObject):
    """Owns the reading style and the theme in use; stores them as they change."""

    styleChanged = Signal(object)  # the ReadingStyle now in use
    themeChanged = Signal(object)  # the Theme now in use
    measureChanged = Signal(int)  # the longest line of text now allowed, in ems
    readingSpeedChanged = Signal(int)  # the reader's speed now, in words a minute
    speechRateChanged = Signal(int)  # the speed of reading aloud now, in words a minute

    def __init__(self, window: QMainWindow, settings: keys.Settings, changes: Changes) -> None:
        super().__init__(window)
        self._window, self._settings, self._changes = window, settings, changes
        self.style = ReadingStyle()
        self.measure = keys.MEASURE.default

    def apply_preferences(self) -> None:
        """Announce the reading style and theme as stored."""
        stored = self._settings
        self.style = ReadingStyle(
            family=stored.get(keys.FONT_FAMILY),
            size=_clamp(stored.get(keys.FONT_SIZE), keys.FONT_SIZE_RANGE),
            line_spacing=int(_clamp(stored.get(keys.LINE_SPACING), keys.LINE_SPACING_RANGE)),
            show_diacritics=stored.get(keys.SHOW_DIACRITICS),
        )
        self.styleChanged.emit(self.style)
        self.measure = int(_clamp(stored.get(keys.MEASURE), keys.MEASURE_RANGE))
        self.measureChanged.emit(self.measure)
        self.set_theme(stored.get(keys.THEME))

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Set the article in another font, size, spacing or diacritics setting, and remember it."""
        if style == self.style:
            return
        self.style = style
        self._settings.set(keys.FONT_FAMILY, style.family)
        self._settings.set(keys.FONT_SIZE, style.size)
        self._settings.set(keys.LINE_SPACING, style.line_spacing)
        self._settings.set(keys.SHOW_DIACRITICS, style.show_diacritics)
        self.styleChanged.emit(style)

    def set_measure(self, ems: int) -> None:
        """Let a line of text be at most this many ems long, and remember it."""
        ems = int(_clamp(ems, keys.MEASURE_RANGE))
        if ems == self.measure:
            return
        self.measure = ems
        self._settings.set(keys.MEASURE, ems)
        self.measureChanged.emit(ems)

    def reading_speed(self) -> int:
        """The reader's speed in words a minute, as stored."""
        return int(_clamp(self._settings.get(keys.READING_SPEED), keys.READING_SPEED_RANGE))

    def set_reading_speed(self, words_per_minute: int) -> None:
        """Count the time left at this speed, and remember it."""
        words_per_minute = int(_clamp(words_per_minute, keys.READING_SPEED_RANGE))
        self._settings.set(keys.READING_SPEED, words_per_minute)
        self.readingSpeedChanged.emit(words_per_minute)

    def show_diacritics(self, shown: bool) -> None:
        """Show or hide the diacritics."""
        self.set_reading_style(replace(self.style, show_diacritics=shown))

    def zoom(self, step: int) -> None:
        """Make the text larger (step > 0), smaller (step < 0), or its normal size (0)."""
        size = self.style.size + step if step else keys.FONT_SIZE.default
        self.set_reading_style(replace(self.style, size=_clamp(size, keys.FONT_SIZE_RANGE)))

    def set_theme(self, name: str) -> None:
        """Colour the window with a theme, and remember it."""
        theme = apply_theme(name)
        self._settings.set(keys.THEME, theme.name)
        self.themeChanged.emit(theme)

    def theme(self) -> str:
        """The name of the theme in use."""
        return self._settings.get(keys.THEME)

    def set_language(self, language: str) -> None:
        """Remember the interface language for the next start."""
        self._settings.set(keys.LANGUAGE, language)
        self._changes.statusShown.emit(self.tr("The new language is used from the next start."), 8000)

    def speech(self) -> SpeechChoice:
        """How reading aloud speaks: the voice, the speed and vocalizing, as stored."""
        from reader.gui.dialogs.speechsettings import SpeechChoice

        stored = self._settings
        rate = int(_clamp(stored.get(keys.SPEECH_RATE), keys.SPEECH_RATE_RANGE))
        return SpeechChoice(stored.get(keys.SPEECH_VOICE), rate, stored.get(keys.SPEECH_VOCALIZE))

    def set_speech(self, choice: SpeechChoice) -> None:
        """Remember how reading aloud speaks; it applies from the next sentence read."""
        self._settings.set(keys.SPEECH_VOICE, choice.voice)
        self._settings.set(keys.SPEECH_RATE, choice.rate)
        self._settings.set(keys.SPEECH_VOCALIZE, choice.vocalize)
        self.speechRateChanged.emit(choice.rate)

    def show_settings(self) -> SettingsDialog:
        """Open the settings dialog; its changes show at once."""
        from reader.gui.dialogs.settingsdialog import SettingsDialog  # loaded when asked for, not at start

        language = self._settings.get(keys.LANGUAGE)
        dialog = SettingsDialog(
            self.style, self.theme(), language, self._window, measure=self.measure, speech=self.speech()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.styleChanged.connect(self.set_reading_style)
        dialog.measureChanged.connect(self.set_measure)
        dialog.show_reading_speed(self.reading_speed())
        dialog.readingSpeedChanged.connect(self.set_reading_speed)
        dialog.themeChanged.connect(self.set_theme)
        dialog.languageChanged.connect(self.set_language)
        dialog.speechChanged.connect(self.set_speech)
        dialog.open()
        return dialog

    def restore_layout(self) -> None:
        """Put the window and its docks back as they were left (for this layout direction)."""
        geometry = self._settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self._window.restoreGeometry(geometry)
        state = self._settings.get(self._state_setting())
        if not state.isEmpty():
            self._window.restoreState(state, STATE_VERSION)

    def save_layout(self) -> None:
        """Remember the window's size and place and its docks."""
        self._settings.set(keys.WINDOW_GEOMETRY, self._window.saveGeometry())
        self._settings.set(self._state_setting(), self._window.saveState(STATE_VERSION))

    def _state_setting(self) -> keys.Setting:
        return keys.WINDOW_STATE_RTL if self._window.isRightToLeft() else keys.WINDOW_STATE
