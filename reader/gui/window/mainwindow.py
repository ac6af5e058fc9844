"""The main window: lays out the reading view, the panes in docks and the menus, makes the controllers,
and connects everything in one wiring block. It holds no behaviour of its own.

Panes ask (`…Requested`) and tell (`…Changed`); controllers own state and act; they announce what changed
on the shared `Changes` object, which the parts that show it listen to.

At start the window is built in two parts: first what its first paint shows (the article, the library and
sections panes, the docks, the menus), then, right after that paint, the rest (the search and annotations
panes, the highlights, search and long-work controllers and their connections): `complete()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from reader.gui.config import settings as keys
from reader.gui.controllers.changes import Changes
from reader.gui.controllers.library import LibraryController
from reader.gui.controllers.libraryaccess import LibraryAccess
from reader.gui.controllers.places import PlacesController
from reader.gui.controllers.preferences import PreferencesController
from reader.gui.panes.bookmarkspane import BookmarksPane
from reader.gui.panes.librarypanel import LibraryPanel
from reader.gui.panes.navigator import Navigator
from reader.gui.panes.readingprogress import ReadingProgress
from reader.gui.reading.textview import ReadingView
from reader.gui.window.commands import build_menus, create_commands
from reader.gui.window.dropimport import FileDropFilter
from reader.gui.window.sidepanes import SidePanes

if TYPE_CHECKING:
    from reader.core.library import Workspace
    from reader.gui.controllers.bookmarks import BookmarksController
    from reader.gui.controllers.highlightmenus import HighlightMenus
    from reader.gui.controllers.highlights import HighlightsController
    from reader.gui.controllers.longwork import LongWorkController
    from reader.gui.controllers.readaloud import ReadAloudController
    from reader.gui.controllers.search import SearchController
    from reader.gui.panes.highlightspanel import HighlightsPanel
    from reader.gui.panes.progresspanel import ProgressPanel
    from reader.gui.panes.searchpanel import SearchPanel
    from reader.gui.reading.highlightbar import HighlightBar
    from reader.gui.reading.highlighting import HighlightClicks
    from reader.gui.reading.notemarkers import NoteMarkers
    from reader.gui.reading.spokenword import SpokenWord
    from reader.gui.window.highlightcommands import HighlightCommands
    from reader.gui.window.readaloudbar import ReadAloudBar, ReadAloudCommands

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


class MainWindow(QMainWindow):
    """Library, sections, search and highlights in docks around the article; mirrored right to left."""

    completed = Signal()  # the whole window is built (see complete())

    def __init__(
        self, workspace: Workspace | LibraryAccess, settings: keys.Settings | None = None,
        parent: QWidget | None = None, complete_after_paint: bool = False,
    ) -> None:
        """Build the window; with `complete_after_paint`, only what its first paint shows, the rest right
        after that paint (as `qari` starts it), else all of it at once."""
        super().__init__(parent)
        self.access = workspace if isinstance(workspace, LibraryAccess) else LibraryAccess(
            workspace.folder, workspace
        )
        self.settings = settings or keys.Settings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Qari"))
        self.setAccessibleName(self.tr("Qari"))
        self.resize(first_size(self.screen().availableGeometry().size()))
        self._complete = self._closed = False
        self._lay_out()
        self.changes = Changes(self)
        self.library = LibraryController(
            self, self.access, self.settings, self.changes, self.view, self.navigator, self.library_panel
        )
        self.preferences = PreferencesController(self, self.settings, self.changes)
        self.places = PlacesController(
            self, self.access, self.settings, self.changes, self.view, self.reading_progress,
            self.library_panel,
        )
        self._wire()
        self.preferences.apply_preferences()
        self.preferences.restore_layout()
        self.library.refresh_library()
        if complete_after_paint:
            self.view.viewport().installEventFilter(_AfterFirstPaint(self.view.viewport(), self.complete))
        else:
            self.complete()

    def is_complete(self) -> bool:
        """Whether the whole window is built: the search and annotations panes and their controllers."""
        return self._complete

    def complete(self) -> None:
        """Build the rest of the window: the search and annotations panes, the highlights in the view, the
        search, highlights and long-work controllers, and connect them; the open article's highlights are
        painted. Done once, and not once the window is closed."""
        if self._complete or self._closed:
            return
        self._complete = True
        # Loaded here, after the first paint, not at start.
        from reader.gui.controllers.bookmarks import BookmarksController
        from reader.gui.controllers.highlightmenus import HighlightMenus
        from reader.gui.controllers.highlights import HighlightsController
        from reader.gui.controllers.longwork import LongWorkController
        from reader.gui.controllers.readaloud import ReadAloudController
        from reader.gui.controllers.search import SearchController
        from reader.gui.panes.highlightspanel import HighlightsPanel
        from reader.gui.panes.progresspanel import ProgressPanel
        from reader.gui.panes.searchpanel import SearchPanel
        from reader.gui.reading.highlightbar import HighlightBar
        from reader.gui.reading.highlighting import HighlightClicks
        from reader.gui.reading.notemarkers import NoteMarkers
        from reader.gui.reading.spokenword import SpokenWord
        from reader.gui.window.highlightcommands import add_highlight_menus, create_highlight_commands
        from reader.gui.window.readaloudbar import ReadAloudBar, add_read_aloud_menu, read_aloud_commands

        access, view = self.access, self.view
        self.highlight_bar: HighlightBar = HighlightBar(view)
        self.highlight_clicks: HighlightClicks = HighlightClicks(view)
        self.note_markers: NoteMarkers = NoteMarkers(view)
        self.search_panel: SearchPanel = SearchPanel(self)
        self.highlights_panel: HighlightsPanel = HighlightsPanel(self)
        self.search_dock.setWidget(self.search_panel)
        self.highlights_dock.setWidget(self.highlights_panel)
        self.progress: ProgressPanel = ProgressPanel(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.search: SearchController = SearchController(
            access.folder, self.settings, self.changes, view, self.navigator, self.search_panel, self
        )
        self.highlights: HighlightsController = HighlightsController(
            self, access, self.changes, view, self.highlight_bar, self.note_markers, self.highlights_panel,
        )
        self.highlight_commands: HighlightCommands = create_highlight_commands(
            self, view, self.highlights.undo_stack
        )
        add_highlight_menus(self, self.highlight_commands, self.highlights_dock)
        self.highlight_menus: HighlightMenus = HighlightMenus(
            self.highlights, view, list(self.highlight_commands.colors.values()), self
        )
        self.work: LongWorkController = LongWorkController(
            self, access, self.changes, self.progress, view, self.library_panel
        )
        self.spoken_word: SpokenWord = SpokenWord(view)
        self.read_aloud: ReadAloudController = ReadAloudController(
            self, self.settings, self.changes, view, self.spoken_word
        )
        self.read_aloud_commands: ReadAloudCommands = read_aloud_commands(self)
        self.read_aloud_menu = add_read_aloud_menu(self, self.read_aloud_commands)
        self.read_aloud_bar: ReadAloudBar = ReadAloudBar(
            self.read_aloud_commands, self.read_aloud.rate(), self
        )
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.read_aloud_bar)
        self.bookmarks: BookmarksController = BookmarksController(
            self, access, self.changes, view, self.bookmarks_pane
        )
        self._wire_rest()
        self.search.restore_scope()
        if view.article is not None:
            self.highlights.show_highlights()
            self.bookmarks.refresh()
        self.completed.emit()

    def _lay_out(self) -> None:
        """The reading view in the middle, the docks (the search and annotations panes come with the rest),
        the status bar, the menus."""
        self.view = ReadingView(self)
        self.setCentralWidget(self.view)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigator = Navigator(self)
        self.bookmarks_pane = BookmarksPane(self)
        # The bookmarks below the sections, in one pane: at 800x600 a second tab would hide one of them.
        sections = QSplitter(Qt.Orientation.Vertical, self)
        sections.setObjectName("sectionsAndBookmarks")
        sections.setChildrenCollapsible(False)
        sections.addWidget(self.navigator)
        sections.addWidget(self.bookmarks_pane)
        sections.setStretchFactor(0, 3)
        sections.setStretchFactor(1, 2)
        sections.setFocusProxy(self.navigator)
        self.library_panel = LibraryPanel(self)
        # Dock areas are absolute in Qt: the start side is the right one in a right-to-left interface.
        start, end = (_RIGHT, _LEFT) if self.isRightToLeft() else (_LEFT, _RIGHT)
        self.library_dock = self._add_dock(self.library_panel, self.tr("Library"), "libraryDock", start)
        self.navigator_dock = self._add_dock(sections, self.tr("Sections"), "navigatorDock", start)
        self.search_dock = self._add_dock(None, self.tr("Search"), "searchDock", end)
        # "annotationsDock" keeps the name stored arrangements know it by.
        self.highlights_dock = self._add_dock(None, self.tr("Annotations"), "annotationsDock", end)
        self.commands = create_commands(self)
        docks = [(self.library_dock, "Ctrl+Alt+B"), (self.navigator_dock, "Ctrl+Alt+N"),
                 (self.search_dock, "Ctrl+Alt+F")]
        build_menus(self, self.commands, docks)
        self.resizeDocks([self.library_dock, self.search_dock], [280, 300], Qt.Orientation.Horizontal)
        # In a narrow window the panes give way to the text, and open over it when asked for.
        self.side_panes = SidePanes(
            self, self.view, [self.library_dock, self.navigator_dock, self.search_dock, self.highlights_dock]
        )
        self.reading_progress = ReadingProgress(self)
        self.statusBar().addPermanentWidget(self.reading_progress)
        self.drop_filter = FileDropFilter(self)
        self.setAcceptDrops(True)
        self.installEventFilter(self.drop_filter)

    def _wire(self) -> None:
        """The connections of what the first paint shows: the view, navigator, library and preferences."""
        c, view, library, prefs = self.commands, self.view, self.library, self.preferences
        # The shared announcements that the window itself shows.
        self.changes.statusShown.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        # Reading view and navigator.
        self.navigator.sectionRequested.connect(view.scroll_to)
        self.navigator.sectionRequested.connect(self.side_panes.close_overlay)
        view.sectionChanged.connect(self.navigator.set_current)
        # Library: the pane and a later launch.
        self.library_panel.articleRequested.connect(library.open_article)
        self.library_panel.articleRequested.connect(self.side_panes.close_overlay)
        self.library_panel.propertiesRequested.connect(library.edit_properties)
        c.import_web_page.triggered.connect(library.ask_for_web_page)
        c.remove_article.triggered.connect(self.library_panel.request_removal)
        c.article_properties.triggered.connect(self.library_panel.request_properties)
        c.quit.triggered.connect(self.close)
        # Preferences.
        prefs.styleChanged.connect(view.set_reading_style)
        prefs.styleChanged.connect(lambda _style: self.side_panes.fit())
        prefs.measureChanged.connect(view.set_measure)
        prefs.measureChanged.connect(lambda _ems: self.side_panes.fit())
        prefs.styleChanged.connect(c.show_style)
        prefs.themeChanged.connect(view.set_theme)
        prefs.themeChanged.connect(c.show_theme)
        c.zoom_in.triggered.connect(lambda: prefs.zoom(+1))
        c.zoom_out.triggered.connect(lambda: prefs.zoom(-1))
        c.zoom_reset.triggered.connect(lambda: prefs.zoom(0))
        c.show_diacritics.toggled.connect(prefs.show_diacritics)
        for name, action in c.themes.items():
            action.triggered.connect(lambda _=False, name=name: prefs.set_theme(name))
        c.settings.triggered.connect(prefs.show_settings)
        # Moving about, and help.
        c.focus_library.triggered.connect(lambda: self._focus(self.library_dock, self.library_panel))
        c.focus_sections.triggered.connect(lambda: self._focus(self.navigator_dock, self.navigator))
        c.focus_text.triggered.connect(self.side_panes.close_overlay)
        c.focus_text.triggered.connect(lambda: self._focus(None, view))
        # Places: saved when an article is left, progress in the status bar, Go to Paragraph.
        library.articleLeaving.connect(self.places.save_place)
        prefs.readingSpeedChanged.connect(self.places.set_reading_speed)
        c.go_to_paragraph.triggered.connect(self.places.go_to_paragraph)
        c.shortcuts.triggered.connect(self._show_shortcuts)
        c.search_help.triggered.connect(self._show_search_help)
        c.about.triggered.connect(self._show_about)

    def _wire_rest(self) -> None:
        """The connections of the parts built after the first paint: search, highlights, long work."""
        from reader.gui.dialogs import libraryquestions as questions

        c, h, view = self.commands, self.highlight_commands, self.view
        library, search, highlights, prefs, work = (
            self.library, self.search, self.highlights, self.preferences, self.work
        )
        panel, pane = self.search_panel, self.highlights_panel
        view.hits.changed.connect(panel.show_hit_position)
        # Bookmarks: added with Ctrl+B, listed below the sections.
        c.add_bookmark.triggered.connect(self.bookmarks.add_bookmark)
        self.bookmarks_pane.bookmarkRequested.connect(view.scroll_to)
        self.bookmarks_pane.bookmarkRequested.connect(self.side_panes.close_overlay)
        self.bookmarks_pane.renameRequested.connect(self.bookmarks.rename)
        self.bookmarks_pane.deleteRequested.connect(self.bookmarks.delete)
        # Long work: imports (menus, dropped files, a later launch), removals, the index.
        self.library_panel.removeRequested.connect(work.remove_articles)
        self.drop_filter.pathsDropped.connect(work.import_paths)
        library.importRequested.connect(work.import_paths)
        work.articleRequested.connect(library.open_article)
        work.busyChanged.connect(c.show_busy)
        c.import_files.triggered.connect(lambda: work.import_paths(questions.ask_for_files(self)))
        c.import_folder.triggered.connect(lambda: work.import_paths(questions.ask_for_folder(self)))
        c.rebuild_index.triggered.connect(work.rebuild_index)
        # Search.
        panel.searchRequested.connect(search.search)
        panel.resultRequested.connect(search.open_result)
        panel.resultRequested.connect(self.side_panes.close_overlay)
        panel.nextHitRequested.connect(search.next_hit)
        panel.previousHitRequested.connect(search.previous_hit)
        panel.clearMarksRequested.connect(search.clear_hit_marks)
        panel.scopeChanged.connect(search.set_scope)
        search.scopeChanged.connect(c.show_scope)
        search.articleRequested.connect(library.open_article)
        c.find.triggered.connect(lambda: self._reveal(self.search_dock))
        c.find.triggered.connect(panel.focus_field)
        c.find_next.triggered.connect(search.next_hit)
        c.find_previous.triggered.connect(search.previous_hit)
        c.clear_marks.triggered.connect(search.clear_hit_marks)
        c.clear_marks.triggered.connect(self.side_panes.close_overlay)
        panel.clearMarksRequested.connect(self.side_panes.close_overlay)
        c.search_article_only.toggled.connect(lambda on: panel.set_scope("article" if on else "library"))
        prefs.themeChanged.connect(highlights.set_theme)  # swatches, note pens, snippets repaint themselves
        # Highlights: colour bar, clicks, menus, the pane, export and import.
        self.highlight_bar.colorRequested.connect(highlights.highlight_selection)
        self.highlight_clicks.selectionMade.connect(highlights.show_highlight_bar)
        self.highlight_clicks.highlightClicked.connect(self.highlight_menus.show_highlight_menu)
        view.selectionChanged.connect(highlights.selection_moved)
        view.customContextMenuRequested.connect(self.highlight_menus.show_view_menu)
        highlights.articleRequested.connect(library.open_article)
        h.highlight.triggered.connect(lambda: highlights.highlight_selection())
        for name, action in h.colors.items():
            action.triggered.connect(lambda _=False, name=name: highlights.highlight_selection(name))
        h.export.triggered.connect(work.show_export_dialog)
        h.import_annotations.triggered.connect(lambda: work.import_highlights())
        pane.highlightRequested.connect(self.side_panes.close_overlay)
        pane.highlightRequested.connect(highlights.jump_to_highlight)
        pane.attachRequested.connect(highlights.attach_orphan)
        pane.deleteRequested.connect(lambda highlight_id: highlights.delete_highlights([highlight_id]))
        pane.scopeChanged.connect(highlights.refresh_pane)
        # Reading aloud: the commands, the bar, the mark's colours.
        reading, r = self.read_aloud, self.read_aloud_commands
        if reading.reason is not None:
            r.show_unavailable(reading.reason)
        reading.stateChanged.connect(r.show_state)
        reading.stateChanged.connect(lambda state: self.read_aloud_bar.show_state(state, reading.rate()))
        r.read.triggered.connect(reading.toggle)
        r.stop.triggered.connect(reading.stop)
        r.previous.triggered.connect(reading.previous_sentence)
        r.next.triggered.connect(reading.next_sentence)
        self.read_aloud_bar.rateChanged.connect(reading.set_rate)
        # While reading aloud, the time left is counted at the speech rate.
        reading.stateChanged.connect(lambda _state: self.places.set_pace(reading.pace()))
        self.read_aloud_bar.rateChanged.connect(lambda _rate: self.places.set_pace(reading.pace()))
        # A speed set in Settings is shown in the bar and counted in the time left.
        prefs.speechRateChanged.connect(lambda rate: self.read_aloud_bar.show_state(reading.state, rate))
        prefs.speechRateChanged.connect(lambda _rate: self.places.set_pace(reading.pace()))
        prefs.themeChanged.connect(lambda _theme: self.spoken_word.update())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the place in the article and the layout, stop the workers and the search."""
        self.library.remember_position()
        self.side_panes.settle()  # the reader's arrangement is saved, not the one a narrow window forced
        self.preferences.save_layout()
        self.settings.sync()
        self._closed = True
        if self._complete:
            self.work.stop()
            self.search.close()
            self.read_aloud.close()
        super().closeEvent(event)

    def close_library(self) -> None:
        """Release the library's database and index (after the window is closed)."""
        self.library.close()

    def _show_shortcuts(self) -> None:
        from reader.gui.dialogs.helpdialogs import show_shortcuts  # dialogs load when asked for

        show_shortcuts(self)

    def _show_search_help(self) -> None:
        from reader.gui.dialogs.helpdialogs import show_search_help

        show_search_help(self)

    def _show_about(self) -> None:
        from reader.gui.dialogs.helpdialogs import show_about

        show_about(self)

    def _reveal(self, dock: QDockWidget) -> None:
        self.side_panes.summon(dock)

    def _focus(self, dock: QDockWidget | None, widget: QWidget) -> None:
        if dock is not None:
            self._reveal(dock)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_dock(
        self, widget: QWidget | None, title: str, name: str, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        if widget is not None:
            dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock


class _AfterFirstPaint(QObject):
    """Runs a function once, at the turn of the event loop after the first paint of a widget."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """On the first paint, schedule the function and stop watching."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


# Room for the window manager's title bar and borders, which Qt learns only once the window is shown.
FRAME_ALLOWANCE = QSize(8, 32)


def first_size(available: QSize) -> QSize:
    """The window's size before it has one of its own: 1200×800, or the screen's room (less its frame) on
    a smaller one, so that the status bar is not below the screen's edge."""
    return QSize(1200, 800).boundedTo(available - FRAME_ALLOWANCE)
