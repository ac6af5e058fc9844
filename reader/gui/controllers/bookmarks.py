"""The bookmarks of the open article: added at the reader's paragraph, listed, renamed, deleted, gone to."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader.core.errors import QariError

if TYPE_CHECKING:
    from reader.core.highlights import Bookmark
    from reader.gui.controllers.changes import Changes
    from reader.gui.controllers.libraryaccess import LibraryAccess
    from reader.gui.panes.bookmarkspane import BookmarksPane
    from reader.gui.reading.textview import ReadingView

STATUS_MS = 4000


class BookmarksController(QObject):
    """Keeps the bookmarks pane in step with the open article and acts on its requests."""

    def __init__(
        self, window: QMainWindow, access: LibraryAccess, changes: Changes, view: ReadingView,
        pane: BookmarksPane,
    ) -> None:
        super().__init__(window)
        self._window, self._access, self._changes = window, access, changes
        self._view, self._pane = view, pane
        changes.articleShown.connect(lambda _article: self.refresh())

    def refresh(self) -> None:
        """List the open article's bookmarks in reading order, orphaned ones last."""
        from reader.core.export import place_bookmarks  # the order an export lists them in

        article = self._view.article
        if article is None:
            self._pane.set_bookmarks([])
            return
        bookmarks = self._access.library.bookmarks.bookmarks(article.id)
        self._pane.set_bookmarks([(p.bookmark, p.number) for p in place_bookmarks(article, bookmarks)])

    def add_bookmark(self) -> Bookmark | None:
        """Bookmark the paragraph of the text cursor when it is in sight, else the one at the top of the
        view; named after the start of that paragraph, and listed ready to be renamed."""
        article = self._view.article
        if article is None:
            return None
        block = self._reader_block()
        try:
            bookmark = self._access.library.bookmarks.add(article, block)
        except (QariError, sqlite3.Error) as error:
            QMessageBox.warning(self._window, self.tr("Qari"), str(error))
            return None
        self.refresh()
        added = self.tr("Bookmark added: {name}").format(name=bookmark.name)
        self._changes.statusShown.emit(added, STATUS_MS)
        item = self._pane.item_of(bookmark.id)
        if item is not None:
            self._pane.list.setCurrentItem(item)
            self._pane.list.scrollToItem(item)
        return bookmark

    def rename(self, bookmark_id: str, name: str) -> None:
        """Give a bookmark another name; an empty one puts the old name back."""
        try:
            self._access.library.bookmarks.rename(bookmark_id, name)
        except (QariError, sqlite3.Error) as error:
            self._changes.statusShown.emit(str(error), STATUS_MS)
        self.refresh()

    def delete(self, bookmark_id: str) -> None:
        """Delete a bookmark."""
        try:
            bookmark = self._access.library.bookmarks.delete(bookmark_id)
        except (QariError, sqlite3.Error) as error:
            QMessageBox.warning(self._window, self.tr("Qari"), str(error))
            return
        self.refresh()
        self._changes.statusShown.emit(
            self.tr("Bookmark deleted: {name}").format(name=bookmark.name), STATUS_MS
        )

    def _reader_block(self) -> str:
        """The id of the block the reader is at: the cursor's, when it is in sight, else the top one."""
        view = self._view
        cursor_block = view.textCursor().block().blockNumber()
        if view.viewport().rect().intersects(view.cursorRect()) and 0 <= cursor_block < len(view.blocks):
            return view.blocks.ids[cursor_block]
        return view.reading_position()
