"""The settings dialog: reading font, size, line spacing, line length, reading speed, theme, diacritics
and interface language.

Changes show at once in the window behind it (except the language, which the next start uses).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.gui.config.settings import (
    FONT_SIZE_RANGE,
    LINE_SPACING_RANGE,
    MEASURE,
    MEASURE_RANGE,
    READING_SPEED,
    READING_SPEED_RANGE,
)
from reader.gui.config.themes import THEME_NAMES, theme_label
from reader.gui.dialogs.speechsettings import SpeechChoice, SpeechSettingsGroup
from reader.gui.reading.textdocument import ReadingStyle


class SettingsDialog(QDialog):
    """Edits the reading style, the theme and the interface language."""

    styleChanged = Signal(object)  # a ReadingStyle
    themeChanged = Signal(str)
    languageChanged = Signal(str)  # "", "en" or "ar"
    measureChanged = Signal(int)  # the longest line, in ems
    readingSpeedChanged = Signal(int)  # words a minute, for the time left in the status bar
    speechChanged = Signal(object)  # a SpeechChoice: voice, speed and vocalizing of reading aloud

    def __init__(
        self, style: ReadingStyle, theme: str, language: str, parent: QWidget | None = None,
        measure: int = MEASURE.default, speech: SpeechChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._style = style
        self.font_box = QFontComboBox(self)
        self.font_box.setCurrentFont(QFont(style.family))
        self.size_box = QDoubleSpinBox(self)
        self.size_box.setRange(*FONT_SIZE_RANGE)
        self.size_box.setSingleStep(1.0)
        self.size_box.setDecimals(1)
        self.size_box.setSuffix(self.tr(" pt"))
        self.size_box.setValue(style.size)
        self.spacing_box = QSpinBox(self)
        self.spacing_box.setRange(*LINE_SPACING_RANGE)
        self.spacing_box.setSingleStep(10)
        # The language's percent sign ("٪" in Arabic, with its letter mark, so that "١٣٠٪" runs and aligns
        # right to left like the fields beside it, where " %" left it a left-to-right run).
        self.spacing_box.setSuffix(QLocale().percent())
        self.spacing_box.setValue(style.line_spacing)
        self.measure_box = QSpinBox(self)
        self.measure_box.setRange(*MEASURE_RANGE)
        self.measure_box.setSingleStep(2)
        self.measure_box.setSuffix(self.tr(" em"))
        self.measure_box.setToolTip(self.tr("The longest line of text; a wider window leaves margins."))
        self.measure_box.setValue(measure)
        self.speed_box = QSpinBox(self)
        self.speed_box.setRange(*READING_SPEED_RANGE)
        self.speed_box.setSingleStep(10)
        self.speed_box.setSuffix(self.tr(" words a minute"))
        self.speed_box.setToolTip(self.tr("How fast you read: the status bar counts the time left with it."))
        self.speed_box.setValue(READING_SPEED.default)
        self.theme_box = QComboBox(self)
        for name in THEME_NAMES:
            self.theme_box.addItem(theme_label(name), name)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(theme)))
        self.diacritics_box = QCheckBox(self.tr("Show diacritics (harakat)"), self)
        self.diacritics_box.setChecked(style.show_diacritics)
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("As the system"), "")
        self.language_box.addItem("English", "en")
        self.language_box.addItem("العربية", "ar")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        note = QLabel(self.tr("A new interface language is used from the next start."), self)
        note.setWordWrap(True)

        form = QFormLayout()
        for label, field in (
            (self.tr("&Font:"), self.font_box),
            (self.tr("&Size:"), self.size_box),
            (self.tr("&Line spacing:"), self.spacing_box),
            (self.tr("Line &length at most:"), self.measure_box),
            (self.tr("&Reading speed:"), self.speed_box),
            (self.tr("&Theme:"), self.theme_box),
            ("", self.diacritics_box),
            (self.tr("&Interface language:"), self.language_box),
        ):
            form.addRow(label, field)
            if label:
                field.setAccessibleName(label.replace("&", "").rstrip(":"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        if speech is not None:
            self.speech_group = SpeechSettingsGroup(speech, self)
            self.speech_group.changed.connect(self.speechChanged)
            layout.addWidget(self.speech_group)
        layout.addWidget(buttons)

        self.font_box.currentFontChanged.connect(self._style_edited)
        self.size_box.valueChanged.connect(self._style_edited)
        self.spacing_box.valueChanged.connect(self._style_edited)
        self.diacritics_box.toggled.connect(self._style_edited)
        self.measure_box.valueChanged.connect(self.measureChanged)
        self.speed_box.valueChanged.connect(self.readingSpeedChanged)
        self.theme_box.currentIndexChanged.connect(
            lambda: self.themeChanged.emit(self.theme_box.currentData())
        )
        self.language_box.currentIndexChanged.connect(
            lambda: self.languageChanged.emit(self.language_box.currentData())
        )

    def show_reading_speed(self, words_per_minute: int) -> None:
        """Show the reading speed in use, without announcing it as a change."""
        self.speed_box.blockSignals(True)
        self.speed_box.setValue(words_per_minute)
        self.speed_box.blockSignals(False)

    def reading_style(self) -> ReadingStyle:
        """The style as edited."""
        return replace(
            self._style,
            family=self.font_box.currentFont().family(),
            size=self.size_box.value(),
            line_spacing=self.spacing_box.value(),
            show_diacritics=self.diacritics_box.isChecked(),
        )

    def _style_edited(self) -> None:
        self._style = self.reading_style()
        self.styleChanged.emit(self._style)
