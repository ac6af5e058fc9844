"""The library controller: which article is open, the list of articles, and changes made elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox

from reader.core.errors import QariError
from reader.core.text import isolate
from reader.gui.config import settings as keys
from reader.gui.controllers.librarywatch import LibraryWatch
from reader.gui.panes.bidi_items import led_by
from reader.gui.workers import Workers
from reader.gui.workers import librarywork as work

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.core.library import Workspace
    from reader.gui.controllers.changes import Changes
    from reader.gui.controllers.libraryaccess import LibraryAccess
    from reader.gui.dialogs.articleproperties import ArticlePropertiesDialog
    from reader.gui.panes.librarypanel import LibraryPanel
    from reader.gui.panes.navigator import Navigator
    from reader.gui.reading.textview import ReadingView


class LibraryController(QObject):
    """Opens articles in the view and navigator, keeps the list current, remembers reading positions."""

    importRequested = Signal(list)  # import these paths (a later launch handed them over) or web addresses
    articleLeaving = Signal()  # the open article is about to be left or the window closed: save its place

    def __init__(
        self, window: QMainWindow, access: LibraryAccess, settings: keys.Settings, changes: Changes,
        view: ReadingView, navigator: Navigator, panel: LibraryPanel,
    ) -> None:
        super().__init__(window)
        self.access = access
        self._window, self._settings, self._changes = window, settings, changes
        self._view, self._navigator, self._panel = view, navigator, panel
        self.watch = LibraryWatch(lambda: self.access.library.data_version(), self)
        self.watch.changed.connect(self.reload_library)
        changes.articlesChanged.connect(self.refresh_library)
        changes.articlesRemoved.connect(self.articles_removed)
        self._workers = Workers(self, threads=1)  # saves of article properties, one after the other

    @property
    def workspace(self) -> Workspace:
        """The library's workspace (opened on first use)."""
        return self.access.workspace

    @property
    def article(self) -> Article | None:
        """The article open in the view."""
        return self._view.article

    def ask_for_web_page(self) -> QInputDialog:
        """Ask for a web page's address; the page is imported once the reader gives one (`importRequested`).
        An address typed without http:// or https:// is taken as https."""
        from reader.core.library import is_address

        def chosen(text: str) -> None:
            address = text.strip()
            if address:
                self.importRequested.emit([address if is_address(address) else f"https://{address}"])

        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Import Web Page"))
        dialog.setLabelText(self.tr("The web page's address:"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads left to right
            field.setPlaceholderText("https://")
        dialog.textValueSelected.connect(chosen)
        dialog.open()
        return dialog

    def refresh_library(self) -> None:
        """Reload the list of articles."""
        self._panel.set_articles(self.access.library.summaries())
        if self._view.article is not None:
            self._panel.select(self._view.article.id)

    def reload_library(self) -> None:
        """Show what another program changed in the library: the list, and the open article if it changed."""
        self.refresh_library()
        current = self._view.article
        if current is None:
            return
        try:
            article = self.access.library.get(current.id)
        except QariError:  # removed elsewhere
            self.articles_removed([current.id])
            return
        # a new author too: the search in the open article must meet it
        if (article.sections, article.title, article.metadata) != (
            current.sections, current.title, current.metadata
        ):
            position = self._view.reading_position()
            self._navigator.set_article(article)
            self._view.show_article(article, position)
        self._changes.articleShown.emit(self._view.article)

    def open_article(self, article_id: str, paragraph: str = "") -> None:
        """Show an article (at a paragraph, else where it was left) and its sections in the navigator."""
        current = self._view.article
        if current is not None and current.id == article_id:
            if paragraph:
                self._view.hits.go_to_block(paragraph)
            return
        try:
            article = self.access.library.get(article_id)
        except QariError as error:
            QMessageBox.warning(self._window, self.tr("Qari"), str(error))
            return
        self.remember_position()
        self._navigator.set_article(article)
        self._view.show_article(article, paragraph or self._place_of(article.id))
        self._changes.articleShown.emit(article)
        self._panel.select(article_id)
        # in the direction of the article's title, which leads it, the title keeping its own order
        title = self.tr("{title} — Qari").format(title=isolate(article.title))
        self._window.setWindowTitle(led_by(title, article.title))
        self._settings.set(keys.LAST_ARTICLE, article.id)
        self._changes.articleOpened.emit(article, paragraph)

    def open_first(self) -> None:
        """Open the first article listed, if nothing is open."""
        if self._view.article is None and self._panel.article_ids():
            self.open_article(self._panel.article_ids()[0])

    def articles_removed(self, article_ids: list[str]) -> None:
        """Forget the articles that are gone; if the open one went, show the first one left."""
        remaining = set(self.access.library.ids())
        gone = [i for i in article_ids if i not in remaining]  # their places and bookmarks went with them
        if self._view.article is not None and self._view.article.id in gone:
            self._view.clear_article()
            self._navigator.set_article(None)
            self._window.setWindowTitle(self.tr("Qari"))
            self._changes.articleShown.emit(None)
        self.refresh_library()
        self.open_first()

    def edit_properties(self, article_id: str) -> ArticlePropertiesDialog | None:
        """Show an article's properties to edit; saved off the GUI thread, then the list and search follow."""
        from reader.gui.dialogs.articleproperties import ArticlePropertiesDialog

        try:
            article = self.access.library.get(article_id)
        except QariError as error:
            QMessageBox.warning(self._window, self.tr("Qari"), str(error))
            return None
        dialog = ArticlePropertiesDialog(article, self._window)
        dialog.saveRequested.connect(lambda article_id, metadata: self._workers.start(
            work.metadata_work(self.access.folder, article_id, metadata),
            succeeded=lambda saved: self._properties_saved(saved, dialog), failed=dialog.show_error,
        ))
        dialog.open()
        return dialog

    def _properties_saved(self, article: Article, dialog: ArticlePropertiesDialog) -> None:
        dialog.saved()
        if self._view.article is not None and self._view.article.id == article.id:
            self._view.show_article(article, self._view.reading_position())  # the search meets its new author
            self._navigator.set_article(article)
            self._changes.articleShown.emit(article)
        self._changes.articlesChanged.emit()  # the list, and the search, again

    def receive_launch(self, files: list[Path], article_id: str) -> None:
        """A later `qari` launch on this library: import its files, open its article, come forward."""
        if files:
            self.importRequested.emit(files)
        elif article_id:
            self.refresh_library()
            self.open_article(article_id)
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def remember_position(self) -> None:
        """Have the place of the open article saved (see `PlacesController.save_place`)."""
        if self._view.article is not None:
            self.articleLeaving.emit()

    def _place_of(self, article_id: str) -> str:
        """The block an article was left at, or '' when it was never read."""
        place = self.access.library.places.get(article_id)
        return place.block if place is not None else ""

    def close(self) -> None:
        """Stop watching and release the library's database and index (after the window is closed)."""
        self.watch.stop()
        self._workers.stop()
        self.access.close()
