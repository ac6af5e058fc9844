"""The bookmarks of the open article: added at the reader's paragraph, listed, renamed, deleted, gone to."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader.core.errors import QariError

if TYPE_CHECKING:
    from reader.core.document import Article
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
        article = self._view.article
        if article is None:
            self._pane.set_bookmarks([])
            return
        bookmarks = self._access.library.bookmarks.bookmarks(article.id)
        self._pane.set_bookmarks(placed(article, bookmarks, self._view.blocks.numbers))

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


def placed(
    article: Article, bookmarks: list[Bookmark], order: dict[str, int]
) -> list[tuple[Bookmark, int | None]]:
    """The bookmarks in reading order (`order`: each block's number in the view), orphaned ones last, each
    with its paragraph's number (None for the title, a heading or an orphaned one)."""
    numbers = {paragraph.id: n for n, paragraph in enumerate(article.paragraphs(), start=1)}

    def found(bookmark: Bookmark) -> bool:
        return bookmark.state != "orphaned" and bookmark.paragraph in order

    ranked = sorted(bookmarks, key=lambda b: (not found(b), order.get(b.paragraph, 0), b.created))
    return [(b, numbers.get(b.paragraph) if found(b) else None) for b in ranked]
