"""The main window: composes the panes and is the only place that wires them together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from reader.core.errors import QariError
from reader.core.workspace import Workspace
from reader.gui.librarypanel import LibraryPanel
from reader.gui.navigator import Navigator
from reader.gui.textview import ReadingView


class MainWindow(QMainWindow):
    """Library and navigator on the start side (the right, in Arabic), the article in the middle."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Qari"))
        self.resize(1200, 800)

        self.view = ReadingView(self)
        self.setCentralWidget(self.view)
        self.navigator = Navigator(self)
        self.library_panel = LibraryPanel(self)
        self._add_dock(self.navigator, self.tr("Sections"), "navigatorDock")
        self._add_dock(self.library_panel, self.tr("Library"), "libraryDock")

        self.navigator.sectionRequested.connect(self.view.scroll_to)
        self.view.sectionChanged.connect(self.navigator.set_current)
        self.library_panel.articleRequested.connect(self.open_article)

        self.refresh_library()

    def refresh_library(self) -> None:
        """Reload the list of articles."""
        self.library_panel.set_articles(self.workspace.library.summaries())

    def open_article(self, article_id: str) -> None:
        """Show an article in the view and its sections in the navigator."""
        try:
            article = self.workspace.library.get(article_id)
        except QariError as error:
            QMessageBox.warning(self, self.tr("Qari"), str(error))
            return
        self.navigator.set_article(article)
        self.view.show_article(article)
        self.library_panel.select(article_id)
        self.setWindowTitle(self.tr("{title} — Qari").format(title=article.title))

    def _add_dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        # Dock areas are absolute in Qt: the start side is the right one in a right-to-left layout.
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        start_side = (
            Qt.DockWidgetArea.RightDockWidgetArea
            if self.isRightToLeft()
            else Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.addDockWidget(start_side, dock)
        return dock
