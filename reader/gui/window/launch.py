"""Starting the window: the Qt application, fonts, language and direction, the library and first article."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.errors import LibraryDamaged, QariError
from reader.gui.config import settings as keys
from reader.gui.controllers.libraryaccess import LibraryAccess
from reader.gui.dialogs.recovery import offer_restore
from reader.gui.window.mainwindow import MainWindow
from reader.gui.window.singleinstance import InstanceServer, hand_over, server_name
from reader.gui.window.smoke import quit_after_first_paint
from reader.gui.window.translation import choose_language, install_language
from reader.resources import FONTS, SAMPLE_ARTICLE, resource_path

if TYPE_CHECKING:
    from reader.core.library import Workspace

_SAMPLE_MARKER = ".sample-imported"  # in the library folder: the sample is offered once, on the first start


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with the bundled fonts, in `language` (ar or en; else the system's) and its
    direction: right to left for Arabic, left to right for English."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Qari")
    app.setOrganizationName("Qari")
    app.setDesktopFileName("org.qari.Qari")
    if not app.property("qariFontsLoaded"):
        for font in FONTS:
            QFontDatabase.addApplicationFont(str(resource_path(font)))
        app.setProperty("qariFontsLoaded", True)
    install_language(app, choose_language(language))
    chrome = app.font()
    chrome.setPointSizeF(max(chrome.pointSizeF(), 11.0))
    app.setFont(chrome)
    return app


def import_sample_once(workspace: Workspace | LibraryAccess) -> str | None:
    """On the first start with an empty library, import the bundled sample; returns its id."""
    marker = workspace.folder / _SAMPLE_MARKER
    if marker.exists() or workspace.library.ids():
        return None
    full = workspace.workspace if isinstance(workspace, LibraryAccess) else workspace
    imported = full.import_file(resource_path(SAMPLE_ARTICLE))
    marker.touch()
    return imported.article.id


def create_window(
    folder: Path,
    article_id: str | None = None,
    files: list[Path] | None = None,
    settings: keys.Settings | None = None,
    complete_after_paint: bool = False,
) -> MainWindow:
    """Open the library in `folder` and build the main window on it, showing an article: the one asked
    for, else the last one read, else the newest. With `complete_after_paint`, the search and annotations
    panes and their controllers are built right after the window's first paint (see MainWindow)."""
    access = LibraryAccess(folder)
    settings = settings or keys.Settings()
    first = import_sample_once(access) or article_id
    window = MainWindow(access, settings, complete_after_paint=complete_after_paint)
    for path in files or []:
        first = access.workspace.import_file(path).article.id
    if files:
        window.library.refresh_library()
    ids = set(access.library.ids())
    last = settings.get(keys.LAST_ARTICLE)
    chosen = first or (last if last in ids else None)
    if chosen:
        window.library.open_article(chosen)
    else:
        window.library.open_first()
    return window


def run_window(
    folder: Path, article_id: str | None, lang: str | None, files: list[Path] | None = None
) -> int:
    """Run the window until it is closed; returns the exit status."""
    settings = keys.Settings()
    app = create_application(language=choose_language(lang, settings.get(keys.LANGUAGE)))
    instance = server_name(folder)
    if hand_over(instance, files or [], article_id):
        return 0  # a window is already open on this library: it takes the files and comes forward
    try:
        try:
            window = create_window(folder, article_id, files, settings, complete_after_paint=True)
        except LibraryDamaged as damaged:
            if not offer_restore(folder, damaged):
                raise
            window = create_window(folder, article_id, files, settings, complete_after_paint=True)
    except QariError as error:
        QMessageBox.critical(None, "Qari", str(error))
        print(f"qari: {error}", file=sys.stderr)
        return 1
    server = InstanceServer(instance, window)
    server.launchReceived.connect(window.library.receive_launch)
    server.listen()
    window.show()
    # Ctrl+C in the terminal or a polite kill closes the window as its Quit does, so nothing is lost;
    # the timer lets Python look at signals now and then while Qt's loop runs.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    # the first query then finds the index open
    window.completed.connect(lambda: QTimer.singleShot(1500, window.search.runner.warm_up))
    quit_after_first_paint(window)  # only when $QARI_QUIT_AFTER_PAINT asks (the built app's smoke run)
    status = app.exec()
    window.close_library()
    return status
