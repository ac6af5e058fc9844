"""The settings of reading aloud (voice, speed, vocalizing) in the Settings dialog and the bar, the menu in
both interface languages."""

from __future__ import annotations

import pytest

from reader.gui.config import settings as keys
from reader.gui.config.settings import Settings


def test_the_settings_dialog_edits_voice_speed_and_vocalizing(open_window, settings_path):
    window = open_window("en")
    dialog = window.preferences.show_settings()
    group = dialog.speech_group
    assert group.voice_box.itemData(0) == "" and group.rate_box.value() == keys.SPEECH_RATE.default
    assert group.vocalize_box.isChecked()
    if window.read_aloud.reason is None:
        assert group.voice_box.count() > 1  # the engine's Arabic voices
        group.voice_box.setCurrentIndex(1)
    group.rate_box.setValue(220)
    group.vocalize_box.setChecked(False)
    dialog.close()
    stored = Settings(settings_path)
    assert stored.get(keys.SPEECH_RATE) == 220 and window.read_aloud.rate() == 220
    assert stored.get(keys.SPEECH_VOCALIZE) is False
    assert stored.get(keys.SPEECH_VOICE) == str(group.voice_box.currentData())
    assert window.read_aloud_bar.rate_box.value() == 220  # the bar shows the speed set in Settings


def test_the_bar_sets_the_speed_and_shows_the_one_in_use(open_window, settings_path):
    window = open_window("en")
    bar = window.read_aloud_bar
    bar.rate_box.setValue(250)
    assert Settings(settings_path).get(keys.SPEECH_RATE) == 250
    window.read_aloud.set_rate(10_000)
    assert window.read_aloud.rate() == keys.SPEECH_RATE_RANGE[1]
    bar.show_state("paused", window.read_aloud.rate())
    assert bar.rate_box.value() == keys.SPEECH_RATE_RANGE[1] and not bar.isHidden()
    bar.show_state("stopped", window.read_aloud.rate())
    assert bar.isHidden()


@pytest.mark.parametrize(("language", "menu", "read"), [
    ("en", "Read &Aloud", "&Read Aloud"),
    ("ar", "القراءة المسموعة", "القراءة بصوت مسموع"),
])
def test_the_read_aloud_menu_in_both_languages(open_window, language, menu, read):
    window = open_window(language)
    titles = [action.text() for action in window.menuBar().actions()]
    assert menu in titles and titles.index(menu) == len(titles) - 2  # before Help
    commands = window.read_aloud_commands
    assert commands.read.text().split("\t")[0] == read
    assert commands.read.shortcut().toString() == "Ctrl+Shift+U"
    assert window.menuBar().cornerWidget().defaultAction() is commands.read
    if language == "ar":
        assert "\u2066Ctrl+Shift+U\u2069" in commands.read.text()  # the keys read left to right
