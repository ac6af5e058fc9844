"""What the window remembers between runs, and the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, Qt

from reader.gui.config import settings as keys
from reader.gui.config.settings import Settings
from reader.gui.controllers.preferences import STATE_VERSION
from reader.gui.window.translation import choose_language, compiled_translation
from reader.resources import resource_path


def test_every_setting_is_declared_with_a_type_a_default_and_a_description():
    declared = [value for value in vars(keys).values() if isinstance(value, keys.Setting)]
    names = [setting.key for setting in declared]
    assert len(declared) >= 10 and len(names) == len(set(names))
    for setting in declared:
        assert isinstance(setting.default, setting.type) and setting.description
        assert not setting.choices or setting.default in setting.choices


def test_settings_come_back_typed_from_the_ini_file(settings_path: Path):
    first = Settings(settings_path)
    first.set(keys.FONT_SIZE, 18.5)
    first.set(keys.SHOW_DIACRITICS, False)
    first.set(keys.THEME, "no-such-theme")
    first.sync()
    again = Settings(settings_path)
    assert again.get(keys.FONT_SIZE) == 18.5
    assert again.get(keys.SHOW_DIACRITICS) is False
    assert again.get(keys.THEME) == keys.THEME.default  # an unknown value falls back to the default


def test_the_settings_dialog_changes_are_shown_at_once_and_kept(open_window, settings_path: Path):
    window = open_window("en")
    dialog = window.preferences.show_settings()
    dialog.size_box.setValue(19)
    dialog.spacing_box.setValue(160)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("sepia"))
    dialog.diacritics_box.setChecked(False)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    assert window.view.reading_style.size == 19 and not window.view.reading_style.show_diacritics
    assert not window.commands.show_diacritics.isChecked()
    dialog.close()
    window.close()
    stored = Settings(settings_path)
    assert stored.get(keys.FONT_SIZE) == 19
    assert stored.get(keys.LINE_SPACING) == 160
    assert stored.get(keys.THEME) == "sepia"
    assert stored.get(keys.SHOW_DIACRITICS) is False
    assert stored.get(keys.LANGUAGE) == "ar"


def test_the_window_comes_back_as_it_was_left(open_window, library_folder: Path, tmp_path: Path):
    other = tmp_path / "second.txt"
    other.write_text("مقالة ثانية\n\nفقرة أولى.\n\nعنوان\n\nفقرة بعد العنوان.\n", encoding="utf-8")
    window = open_window("en", files=[other])
    sample_id = next(i for i in window.library_panel.article_ids() if i != window.view.article.id)
    window.library.open_article(sample_id)
    root = window.navigator.topLevelItem(0)
    section = root.child(3).data(0, Qt.ItemDataRole.UserRole)
    window.view.scroll_to(section)
    position = window.view.reading_position()
    window.search_dock.hide()
    window.resize(760, 560)  # within the offscreen screen, which clamps larger windows
    window.close()
    stored = Settings(window.settings.path)
    assert stored.get(keys.LAST_ARTICLE) == sample_id
    assert stored.get(keys.WINDOW_STATE).size() > 0

    again = open_window("en")
    assert again.view.article.id == sample_id
    assert again.view.reading_position() == position
    assert again.navigator.current_section() == section
    assert again.size().width() == 760
    # So narrow a window shows the reader's arrangement once there is room for it: the docks give way.
    panes = again.side_panes
    assert not panes.is_wanted(again.search_dock) and panes.is_wanted(again.library_dock)


def test_each_article_keeps_its_own_reading_position(open_window, tmp_path: Path):
    other = tmp_path / "second.txt"
    other.write_text("مقالة ثانية\n\n" + "\n\n".join(f"الفقرة رقم {n}." for n in range(80)), encoding="utf-8")
    window = open_window("en", files=[other])
    second = window.view.article
    window.view.scroll_to(second.paragraphs()[40].id)
    sample_id = next(i for i in window.library_panel.article_ids() if i != second.id)
    window.library.open_article(sample_id)
    assert window.view.reading_position() != second.paragraphs()[40].id
    window.library.open_article(second.id)
    assert window.view.reading_position() == second.paragraphs()[40].id


def test_a_state_from_another_version_of_the_docks_is_ignored(open_window, settings_path: Path):
    window = open_window("en")
    old = window.saveState(STATE_VERSION - 1)
    window.close()
    stored = Settings(settings_path)
    stored.set(keys.WINDOW_STATE, old)
    stored.sync()
    again = open_window("en")
    assert again.side_panes.is_wanted(again.search_dock)  # the default arrangement, not a broken one


def test_the_arabic_interface_mirrors_the_chrome(open_window):
    window = open_window("ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for widget in (window.library_panel, window.navigator, window.search_panel, window.menuBar()):
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    left = {dock.objectName(): window.dockWidgetArea(dock) for dock in
            (window.library_dock, window.navigator_dock, window.search_dock)}
    assert left["libraryDock"] == Qt.DockWidgetArea.RightDockWidgetArea
    assert left["searchDock"] == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.library_dock.windowTitle() == "المكتبة"
    assert window.search_panel.article_button.text() == "هذه المقالة"
    assert QLocale().language() == QLocale.Language.Arabic


def test_the_english_interface_is_left_to_right(open_window):
    window = open_window("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.dockWidgetArea(window.library_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.library_dock.windowTitle() == "Library"


def test_every_visible_control_has_an_accessible_name(open_window):
    window = open_window("en")
    for widget in (window.view, window.navigator, window.library_panel, window.search_panel,
                   window.search_panel.field, window.search_panel.results, window.search_panel.article_button,
                   window.search_panel.library_button, window.library_dock, window.search_dock):
        assert widget.accessibleName(), widget.objectName()


def test_every_menu_action_has_a_shortcut(open_window):
    window = open_window("en")
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.menu() is not None:
                actions = action.menu().actions()
            else:
                actions = [] if action.isSeparator() else [action]
            for item in actions:
                assert not item.shortcut().isEmpty(), item.text()


@pytest.mark.parametrize(
    ("requested", "stored", "system", "expected"),
    [
        ("ar", "en", "en_US", "ar"),
        (None, "ar", "en_US", "ar"),
        (None, "", "ar_EG", "ar"),
        (None, "", "fr_FR", "en"),
        ("en", "ar", "ar_SA", "en"),
    ],
)
def test_the_language_comes_from_the_command_line_then_the_settings_then_the_system(
    requested, stored, system, expected
):
    assert choose_language(requested, stored, QLocale(system)) == expected


def test_the_translation_is_compiled_once_and_again_when_its_source_changes(tmp_path: Path):
    source = tmp_path / "qari_ar.ts"
    ts = resource_path("translations/qari_ar.ts").read_text("utf-8")
    source.write_text(ts, encoding="utf-8")
    cache = tmp_path / "cache"
    first = compiled_translation("ar", cache, source)
    assert first is not None and first.exists()
    assert compiled_translation("ar", cache, source) == first
    source.write_text(ts.replace("المكتبة", "الخزانة", 1), encoding="utf-8")
    second = compiled_translation("ar", cache, source)
    assert second is not None and second != first and not first.exists()
    assert compiled_translation("ar", cache, tmp_path / "missing.ts") is None


def test_english_has_its_plural_forms(open_window):
    window = open_window("en")
    assert window.search_panel.tr("%n result(s)", "", 1) == "1 result"
    assert window.search_panel.tr("%n result(s)", "", 3) == "3 results"


def test_stored_byte_arrays_survive(settings_path: Path):
    stored = Settings(settings_path)
    stored.set(keys.WINDOW_GEOMETRY, QByteArray(b"\x01\x02geometry"))
    stored.sync()
    assert Settings(settings_path).get(keys.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02geometry")


def test_the_panes_can_be_reached_from_the_keyboard(open_window, qtbot):
    window = open_window("en")
    a = window.commands
    for action, shortcut, widget in ((a.focus_library, "Ctrl+1", window.library_panel),
                                     (a.focus_sections, "Ctrl+2", window.navigator),
                                     (a.focus_text, "Ctrl+3", window.view),
                                     (a.find, "Ctrl+F", window.search_panel.field)):
        assert action.shortcut().toString() == shortcut
        if widget is window.search_panel.field:
            window.search_dock.hide()
        action.trigger()
        qtbot.waitUntil(lambda widget=widget: window.focusWidget() is widget)
    assert window.search_panel.isVisible() and window.side_panes.is_wanted(window.search_dock)


def test_qt_s_own_words_follow_the_arabic_interface(open_window):
    open_window("ar")
    assert QCoreApplication.translate("QPlatformTheme", "Close") != "Close"
