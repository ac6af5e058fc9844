"""The Reading aloud group of the settings dialog: the voice, the speed, and vocalizing Arabic first."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from reader.gui.config.settings import SPEECH_RATE_RANGE
from reader.gui.workers.speechwork import unavailable_reason


class SpeechChoice(NamedTuple):
    """How to read aloud: a voice's name ("" for the text's language's own), words per minute, and
    whether Arabic that lacks harakat is vocalized first."""

    voice: str
    rate: int
    vocalize: bool


class SpeechSettingsGroup(QGroupBox):
    """Edits a SpeechChoice; disabled, with the reason under it, where reading aloud cannot work."""

    changed = Signal(object)  # the SpeechChoice as edited

    def __init__(self, choice: SpeechChoice, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reading aloud"), parent)
        self.setObjectName("speechSettings")
        reason = unavailable_reason()
        self.voice_box = QComboBox(self)
        self.voice_box.addItem(self.tr("Automatic (the text's language)"), "")
        if reason is None:
            from reader.core.speech import voices

            arabic = voices("ar")
            for number, voice in enumerate(arabic, start=1):
                # The engine names its voices in English ("Arabic", "sem/ar"): named here in the
                # interface's language, the engine's own name in the tooltip.
                label = self.tr("Arabic voice {number}").format(number=QLocale().toString(number))
                if len(arabic) == 1:
                    label = self.tr("Arabic voice")
                self.voice_box.addItem(label, voice.name)
                self.voice_box.setItemData(
                    self.voice_box.count() - 1, f"{voice.label} ({voice.name})", Qt.ItemDataRole.ToolTipRole
                )
        if choice.voice and self.voice_box.findData(choice.voice) < 0:
            self.voice_box.addItem(choice.voice, choice.voice)  # kept, though this engine lacks it
        self.voice_box.setCurrentIndex(max(0, self.voice_box.findData(choice.voice)))
        self.rate_box = QSpinBox(self)
        self.rate_box.setRange(*SPEECH_RATE_RANGE)
        self.rate_box.setSingleStep(10)
        self.rate_box.setSuffix(self.tr(" words a minute"))
        self.rate_box.setValue(choice.rate)
        self.vocalize_box = QCheckBox(self.tr("Add the harakat to Arabic before reading it"), self)
        self.vocalize_box.setToolTip(
            self.tr("Arabic written without harakat is vocalized first, so that its short vowels are said.")
        )
        self.vocalize_box.setChecked(choice.vocalize)
        form = QFormLayout(self)
        for label, field in ((self.tr("&Voice:"), self.voice_box), (self.tr("S&peed:"), self.rate_box)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow("", self.vocalize_box)
        if reason is not None:
            note = QLabel(reason, self)
            note.setWordWrap(True)
            form.addRow(note)
            for box in (self.voice_box, self.rate_box, self.vocalize_box):
                box.setEnabled(False)
        self.voice_box.currentIndexChanged.connect(self._edited)
        self.rate_box.valueChanged.connect(self._edited)
        self.vocalize_box.toggled.connect(self._edited)

    def choice(self) -> SpeechChoice:
        """The choice as edited."""
        return SpeechChoice(
            str(self.voice_box.currentData()), self.rate_box.value(), self.vocalize_box.isChecked()
        )

    def _edited(self) -> None:
        self.changed.emit(self.choice())
