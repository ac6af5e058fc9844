"""GUI test setup: settings and compiled translations in temporary folders, never the user's own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.gui.config.settings import Settings
from reader.gui.window.launch import create_application, create_window
from reader.gui.window.mainwindow import MainWindow


@pytest.fixture(scope="session")
def translation_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache of compiled translations for the whole session."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, translation_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Qt's user settings and cache at temporary folders."""
    folder = tmp_path / "settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    return folder


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """An ini file for one test's settings."""
    return tmp_path / "qari.ini"


@pytest.fixture
def open_window(qtbot, library_folder: Path, settings_path: Path) -> Iterator[Callable[..., MainWindow]]:
    """Open windows on the test's library and settings, in a language; they are closed at the end."""
    opened: list[MainWindow] = []

    def open_(language: str = "en", folder: Path | None = None, **options: object) -> MainWindow:
        create_application(language=language)
        window = create_window(folder or library_folder, settings=Settings(settings_path), **options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close()
        window.close_library()
    create_application(language="en")
