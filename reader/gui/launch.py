"""Starting the window: the Qt application, fonts, direction, the library and the first article."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.errors import QariError
from reader.core.workspace import Workspace
from reader.gui.mainwindow import MainWindow
from reader.resources import FONTS, SAMPLE_ARTICLE, resource_path

READING_FONT = "Noto Naskh Arabic"
_SAMPLE_MARKER = ".sample-imported"  # in the library folder: the sample is offered once, on the first start


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the bundled fonts loaded and the layout right to left."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Qari")
    app.setOrganizationName("Qari")
    app.setDesktopFileName("org.qari.Qari")
    for font in FONTS:
        QFontDatabase.addApplicationFont(str(resource_path(font)))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chrome = app.font()
    chrome.setPointSizeF(max(chrome.pointSizeF(), 11.0))
    app.setFont(chrome)
    return app  # type: ignore[return-value]


def reading_font() -> QFont:
    """The body font of the reading view."""
    font = QFont(READING_FONT)
    font.setPointSizeF(15)
    return font


def import_sample_once(workspace: Workspace) -> str | None:
    """On the first start with an empty library, import the bundled sample; returns its id."""
    marker = workspace.folder / _SAMPLE_MARKER
    if marker.exists() or workspace.library.ids():
        return None
    imported = workspace.import_file(resource_path(SAMPLE_ARTICLE))
    marker.touch()
    return imported.article.id


def create_window(folder: Path, article_id: str | None = None, files: list[Path] | None = None) -> MainWindow:
    """Open the library in `folder` and build the main window on it, showing an article."""
    workspace = Workspace(folder)
    first = import_sample_once(workspace) or article_id
    window = MainWindow(workspace)
    window.view.setFont(reading_font())
    for path in files or []:
        first = workspace.import_file(path).article.id
    window.refresh_library()
    ids = workspace.library.ids()
    if first or ids:
        window.open_article(first or workspace.library.summaries()[0].id)
    return window


def run_window(
    folder: Path, article_id: str | None, lang: str | None, files: list[Path] | None = None
) -> int:
    """Run the window until it is closed; returns the exit status."""
    app = create_application()
    try:
        window = create_window(folder, article_id, files)
    except QariError as error:
        QMessageBox.critical(None, "Qari", str(error))
        print(f"qari: {error}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
