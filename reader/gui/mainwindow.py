"""The main window: composes the panes and docks, and is the only place that wires them together.

Its handlers live in three parts beside it (search, long work, preferences); every connection is here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from reader.core.errors import QariError
from reader.gui import librarytasks as tasks
from reader.gui import settings as keys
from reader.gui.actions import build_menus, create_actions
from reader.gui.dropimport import FileDropFilter
from reader.gui.libraryaccess import LibraryAccess
from reader.gui.librarypanel import LibraryPanel
from reader.gui.librarywatch import LibraryWatch
from reader.gui.mainwindow_annotations import Annotating
from reader.gui.mainwindow_prefs import Preferences
from reader.gui.mainwindow_search import SearchHandling
from reader.gui.mainwindow_work import LongWork
from reader.gui.navigator import Navigator
from reader.gui.progresspanel import ProgressPanel
from reader.gui.searching import SearchRunner
from reader.gui.searchpanel import SearchPanel
from reader.gui.textview import ReadingView
from reader.gui.workers import Workers

if TYPE_CHECKING:
    from pathlib import Path

    from reader.core.library.workspace import Workspace
    from reader.gui.settingsdialog import SettingsDialog

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


class MainWindow(SearchHandling, LongWork, Preferences, Annotating):
    """Library, sections and search in docks around the article; mirrored in a right-to-left interface."""

    def __init__(
        self, workspace: Workspace | LibraryAccess, settings: keys.Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = workspace if isinstance(workspace, LibraryAccess) else LibraryAccess(
            workspace.folder, workspace
        )
        self.settings = settings or keys.Settings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Qari"))
        self.setAccessibleName(self.tr("Qari"))
        self.resize(1200, 800)
        self.workers = Workers(self)
        self.searcher = SearchRunner(self.access.folder, self)
        self._pending_hit = ""  # the paragraph whose hit becomes current once the article's hits arrive

        self.view = ReadingView(self)
        self.setCentralWidget(self.view)
        self.navigator = Navigator(self)
        self.library_panel = LibraryPanel(self)
        self.search_panel = SearchPanel(self)
        self.progress = ProgressPanel(self)
        self.statusBar().addPermanentWidget(self.progress)
        # Dock areas are absolute in Qt: the start side is the right one in a right-to-left interface.
        start, end = (_RIGHT, _LEFT) if self.isRightToLeft() else (_LEFT, _RIGHT)
        self.library_dock = self._add_dock(self.library_panel, self.tr("Library"), "libraryDock", start)
        self.navigator_dock = self._add_dock(self.navigator, self.tr("Sections"), "navigatorDock", start)
        self.search_dock = self._add_dock(self.search_panel, self.tr("Search"), "searchDock", end)
        self.actions = create_actions(self)
        docks = [(self.library_dock, "Ctrl+Alt+B"), (self.navigator_dock, "Ctrl+Alt+N"),
                 (self.search_dock, "Ctrl+Alt+F")]
        build_menus(self, self.actions, docks)
        self.setup_annotations(end)
        self.resizeDocks([self.library_dock, self.search_dock], [280, 300], Qt.Orientation.Horizontal)
        self.drop_filter = FileDropFilter(self)
        self.setAcceptDrops(True)
        self.installEventFilter(self.drop_filter)
        self.library_watch = LibraryWatch(lambda: self.access.library.connection, self)
        self._wire()
        self.apply_preferences()
        self.restore_layout()
        self.refresh_library()

    def _wire(self) -> None:
        """Every connection between panes, actions and workers."""
        a, view, search = self.actions, self.view, self.search_panel
        self.navigator.sectionRequested.connect(view.scroll_to)
        view.sectionChanged.connect(self.navigator.set_current)
        view.hitsChanged.connect(search.show_hit_position)
        self.library_panel.articleRequested.connect(self.open_article)
        self.library_panel.removeRequested.connect(self.remove_articles)
        search.searchRequested.connect(self._search)
        search.resultRequested.connect(self.open_result)
        search.nextHitRequested.connect(self.next_hit)
        search.previousHitRequested.connect(self.previous_hit)
        search.clearMarksRequested.connect(self.clear_hit_marks)
        search.scopeChanged.connect(self._scope_changed)
        self.searcher.resultsReady.connect(self._show_results)
        self.searcher.searchFailed.connect(self._search_failed)
        self.searcher.articleHitsReady.connect(self._mark_hits)
        self.searcher.noticeGiven.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.progress.cancelRequested.connect(self.workers.cancel_all)
        self.library_watch.changed.connect(self.reload_library)
        self.drop_filter.pathsDropped.connect(self.import_paths)
        a.import_files.triggered.connect(lambda: self.import_paths(tasks.ask_for_files(self)))
        a.import_folder.triggered.connect(lambda: self.import_paths(tasks.ask_for_folder(self)))
        a.remove_article.triggered.connect(self.library_panel.request_removal)
        a.rebuild_index.triggered.connect(self.rebuild_index)
        a.quit.triggered.connect(self.close)
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.show_diacritics.toggled.connect(
            lambda shown: self.set_reading_style(replace(view.reading_style, show_diacritics=shown))
        )
        for name, action in a.themes.items():
            action.triggered.connect(lambda _=False, name=name: self.set_theme(name))
        a.settings.triggered.connect(self.show_settings)
        a.find.triggered.connect(self.focus_search)
        a.find_next.triggered.connect(self.next_hit)
        a.find_previous.triggered.connect(self.previous_hit)
        a.clear_marks.triggered.connect(self.clear_hit_marks)
        a.search_article_only.toggled.connect(lambda on: search.set_scope("article" if on else "library"))
        a.focus_library.triggered.connect(lambda: self._focus(self.library_dock, self.library_panel))
        a.focus_sections.triggered.connect(lambda: self._focus(self.navigator_dock, self.navigator))
        a.focus_text.triggered.connect(lambda: self._focus(None, view))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        self._wire_annotations()

    def _wire_annotations(self) -> None:
        """The connections of highlighting: colour bar, clicks, menus, pane, undo, export and import."""
        h, view, pane = self.annotation_actions, self.view, self.annotations_panel
        self.highlight_bar.colorRequested.connect(self.highlight_selection)
        self.highlight_clicks.selectionMade.connect(self.show_highlight_bar)
        self.highlight_clicks.highlightClicked.connect(self.show_highlight_menu)
        view.selectionChanged.connect(self.selection_moved)
        view.customContextMenuRequested.connect(self.show_view_menu)
        h.highlight.triggered.connect(lambda: self.highlight_selection())
        for name, action in h.colors.items():
            action.triggered.connect(lambda _=False, name=name: self.highlight_selection(name))
        h.export.triggered.connect(self.show_export_dialog)
        h.import_annotations.triggered.connect(lambda: self.import_annotations())
        pane.highlightRequested.connect(self.jump_to_highlight)
        pane.attachRequested.connect(self.attach_orphan)
        pane.deleteRequested.connect(lambda highlight_id: self.delete_highlights([highlight_id]))
        pane.scopeChanged.connect(self.refresh_annotations)

    # Articles ---------------------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Reload the list of articles."""
        self.library_panel.set_articles(self.access.library.summaries())
        if self.view.article is not None:
            self.library_panel.select(self.view.article.id)

    def reload_library(self) -> None:
        """Show what another program changed in the library: the list, and the open article if it changed."""
        self.refresh_library()
        current = self.view.article
        if current is None:
            return
        try:
            article = self.access.library.get(current.id)
        except QariError:  # removed elsewhere
            self._removed([current.id])
            return
        if article.sections != current.sections or article.title != current.title:
            position = self.view.reading_position()
            self.navigator.set_article(article)
            self.view.show_article(article, position)
        self.show_highlights()

    def receive_launch(self, files: list[Path], article_id: str) -> None:
        """A later `qari` launch on this library: import its files, open its article, come forward."""
        if files:
            self.import_paths(files)
        elif article_id:
            self.refresh_library()
            self.open_article(article_id)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_article(self, article_id: str, paragraph: str = "") -> None:
        """Show an article (at a paragraph, else where it was left) and its sections in the navigator."""
        current = self.view.article
        if current is not None and current.id == article_id:
            if paragraph:
                self.view.go_to_hit_in(paragraph)
            return
        try:
            article = self.access.library.get(article_id)
        except QariError as error:
            QMessageBox.warning(self, self.tr("Qari"), str(error))
            return
        self.remember_position()
        self.navigator.set_article(article)
        self.view.show_article(article, paragraph or self.settings.reading_position(article.id))
        self.show_highlights()
        self.library_panel.select(article_id)
        self.setWindowTitle(self.tr("{title} — Qari").format(title=article.title))
        self.settings.set(keys.LAST_ARTICLE, article.id)
        self._pending_hit = paragraph
        if self.search_panel.query():
            self.searcher.find_in_article(self.search_panel.query(), article)
            if self.search_panel.scope == "article":
                self.search_panel.search_now()

    def remember_position(self) -> None:
        """Store where the open article is being read."""
        if self.view.article is not None and self.view.reading_position():
            self.settings.set_reading_position(self.view.article.id, self.view.reading_position())

    @property
    def workspace(self) -> Workspace:
        """The library's workspace (opened on first use)."""
        return self.access.workspace

    def show_settings(self) -> SettingsDialog:
        """Open the settings dialog; its changes show at once."""
        from reader.gui.settingsdialog import SettingsDialog  # dialogs load when asked for, not at start

        dialog = SettingsDialog(self.view.reading_style, self.theme(), self.settings.get(keys.LANGUAGE), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.styleChanged.connect(self.set_reading_style)
        dialog.themeChanged.connect(self.set_theme)
        dialog.languageChanged.connect(self.set_language)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        """List every action and its shortcuts."""
        from reader.gui.helpdialogs import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        """Say what Qari is."""
        from reader.gui.helpdialogs import show_about

        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the place in the article and the layout, stop the workers, release the library."""
        self.remember_position()
        self.save_layout()
        self.settings.sync()
        self.workers.cancel_all()
        self.workers.wait()
        self.searcher.close()
        super().closeEvent(event)

    def close_library(self) -> None:
        """Release the library's database and index (after the window is closed)."""
        self.access.close()

    def _focus(self, dock: QDockWidget | None, widget: QWidget) -> None:
        if dock is not None:
            dock.show()
            dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock
