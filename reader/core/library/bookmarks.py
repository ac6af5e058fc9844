"""Bookmarks: named places in articles, kept in the library database with the articles they mark.

Removing an article removes its bookmarks (a foreign key); importing it again keeps them, each found again
by its block id and the start of its block's text (`BookmarkStore.reanchor`), or kept as orphaned.
"""

from __future__ import annotations

import sqlite3
from dataclasses import astuple, replace
from pathlib import Path

from reader.core.document import Article
from reader.core.errors import BookmarkNotFound, InvalidBookmark
from reader.core.highlights import (
    Bookmark,
    Revision,
    article_text,
    checked_name,
    follow_bookmark,
    make_bookmark,
    timestamp,
)
from reader.core.library.database import transaction

_COLUMNS = "id, article, paragraph, quote, name, created, modified, state"


class BookmarkStore:
    """The bookmarks of one library; every method that writes is one transaction, except those documented
    as running inside the caller's."""

    def __init__(self, connection: sqlite3.Connection, folder: Path) -> None:
        self.connection = connection
        self.folder = folder

    def add(self, article: Article, block_id: str, name: str = "") -> Bookmark:
        """Bookmark a block (paragraph, heading or title) of an article, named `name` or after its start."""
        bookmark = make_bookmark(article_text(article), article.id, block_id, name)
        with transaction(self.connection, self.folder):
            self.save(bookmark)
        return bookmark

    def bookmarks(self, article_id: str | None = None) -> list[Bookmark]:
        """The bookmarks of one article, or of all, by article and creation time."""
        where, values = ("WHERE article = ?", (article_id,)) if article_id else ("", ())
        rows = self.connection.execute(
            f"SELECT {_COLUMNS} FROM bookmarks {where} ORDER BY article, created, id", values
        )
        return [Bookmark(*row) for row in rows]

    def get(self, bookmark_id: str) -> Bookmark:
        """The bookmark with this id."""
        row = self.connection.execute(
            f"SELECT {_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
        ).fetchone()
        if row is None:
            raise BookmarkNotFound(
                f"No bookmark has the id {bookmark_id!r}; 'qari bookmark list' shows them."
            )
        return Bookmark(*row)

    def find(self, bookmark_id: str) -> Bookmark | None:
        """The bookmark with this id, or None."""
        try:
            return self.get(bookmark_id)
        except BookmarkNotFound:
            return None

    def resolve(self, reference: str) -> str:
        """The id of the one bookmark whose id is, or starts with, `reference`."""
        reference = reference.strip().lower().removeprefix("urn:uuid:")
        rows = self.connection.execute(
            "SELECT id FROM bookmarks WHERE substr(id, 1, ?) = ? ORDER BY id", (len(reference), reference)
        ).fetchall()
        if not reference or not rows:
            raise BookmarkNotFound(f"No bookmark has the id {reference!r}; 'qari bookmark list' shows them.")
        if len(rows) > 1 and reference not in (r[0] for r in rows):
            raise BookmarkNotFound(f"{reference!r} matches {len(rows)} bookmarks; give more of the id.")
        return reference if len(rows) > 1 else rows[0][0]

    def rename(self, bookmark_id: str, name: str) -> Bookmark:
        """Give a bookmark another name (on one line, not empty)."""
        name = checked_name(name)
        if not name:
            raise InvalidBookmark("A bookmark's name cannot be empty.")
        with transaction(self.connection, self.folder):
            renamed = replace(self.get(bookmark_id), name=name, modified=timestamp())
            self.save(renamed)
        return renamed

    def delete(self, bookmark_id: str) -> Bookmark:
        """Delete a bookmark; the record returned can be given to `restore` to undo."""
        bookmark = self.get(bookmark_id)
        with transaction(self.connection, self.folder):
            self.connection.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return bookmark

    def restore(self, bookmark: Bookmark) -> None:
        """Put back a deleted bookmark exactly as it was."""
        with transaction(self.connection, self.folder):
            self.save(bookmark)

    def save(self, bookmark: Bookmark) -> None:
        """Insert or replace a bookmark record, inside the caller's transaction."""
        self.connection.execute(
            f"INSERT OR REPLACE INTO bookmarks ({_COLUMNS}) VALUES ({', '.join('?' * 8)})", astuple(bookmark)
        )

    def reanchor(self, revision: Revision) -> None:
        """Find the place of each bookmark of an article in its new text, inside the caller's transaction."""
        for bookmark in self.bookmarks(revision.after.id):
            same = revision.pairs.get(bookmark.paragraph)
            self.save(follow_bookmark(bookmark, revision.old, revision.new, same))
