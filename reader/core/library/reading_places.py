"""Where each article is being read: the block at the top of the view, how far through it the reader is
(0 to 1), and when it was last read. One row per article, written in one small transaction.

Removing an article removes its place (a foreign key); importing it again keeps it, moved to the block
edited in place of a block that is gone (`ReadingPlaces.reanchor`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.library.database import transaction

if TYPE_CHECKING:
    from reader.core.highlights import Revision


@dataclass(frozen=True)
class ReadingPlace:
    """An article's reading place: its block at the top of the view, progress (0–1), last read (UTC ISO)."""

    article: str
    block: str
    progress: float
    read: str


class ReadingPlaces:
    """The reading places of one library's articles."""

    def __init__(self, connection: sqlite3.Connection, folder: Path) -> None:
        self.connection = connection
        self.folder = folder

    def get(self, article_id: str) -> ReadingPlace | None:
        """Where an article was left, or None when it was never read."""
        row = self.connection.execute(
            "SELECT article, block, progress, read FROM reading_places WHERE article = ?", (article_id,)
        ).fetchone()
        return ReadingPlace(*row) if row else None

    def put(self, article_id: str, block_id: str, progress: float) -> ReadingPlace:
        """Remember where an article is being read, now; an article that is no longer in the library is
        passed over."""
        place = ReadingPlace(article_id, block_id, min(max(progress, 0.0), 1.0), now())
        with transaction(self.connection, self.folder):
            self.connection.execute(
                "INSERT OR REPLACE INTO reading_places (article, block, progress, read) "
                "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                (place.article, place.block, place.progress, place.read, article_id),
            )
        return place

    def adopt(self, places: dict[str, str]) -> int:
        """Take over blocks remembered elsewhere (article id → block id) for articles that have no place
        here yet, at progress 0 and never read; returns how many were taken."""
        taken = 0
        with transaction(self.connection, self.folder):
            for article_id, block_id in places.items():
                taken += self.connection.execute(
                    "INSERT OR IGNORE INTO reading_places (article, block, progress, read) "
                    "SELECT ?, ?, 0, '' WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                    (article_id, block_id, article_id),
                ).rowcount
        return taken

    def reanchor(self, revision: Revision) -> None:
        """Keep an article's place through a re-import, inside the caller's transaction: a block that is
        gone gives way to the block edited in its place, else to the title."""
        after = revision.after
        place = self.get(after.id)
        if place is None or any(block.id == place.block for block in after.blocks()):
            return
        block = revision.pairs.get(place.block, "")
        block = block or next(after.blocks()).id
        self.connection.execute("UPDATE reading_places SET block = ? WHERE article = ?", (block, after.id))


def now() -> str:
    """Now in UTC, to the second, as ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")
