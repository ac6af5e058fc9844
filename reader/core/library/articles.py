"""The library of articles in SQLite: store, update in place, look up and remove.

The document model and the stores of highlights, bookmarks and reading places load when first used, so
that listing the library (`qari list`) loads none of them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from reader.core.errors import ArticleNotFound
from reader.core.library.backups import Backup, keep_daily, take_backup
from reader.core.library.database import BUSY_WAIT, connect, transaction

if TYPE_CHECKING:
    from reader.core.document import Article, Draft, Metadata
    from reader.core.library.annotation_import import ImportCounts
    from reader.core.library.bookmarks import BookmarkStore
    from reader.core.library.highlight_store import HighlightStore
    from reader.core.library.reading_places import ReadingPlaces
    from reader.core.search import DocKey, Passage

Status = Literal["new", "updated", "unchanged"]


class ArticleSummary(NamedTuple):
    """One row of the library's list (a named tuple: 6,000 are made in 2 ms, frozen dataclasses took 9)."""

    id: str
    title: str
    path: str
    format: str
    paragraphs: int
    added: str
    updated: str
    author: str = ""
    date: str = ""  # as the source gives it (see `Metadata`)
    language: str = ""
    address: str = ""
    progress: float | None = None  # how far through it the reader is (0–1), None when never opened
    last_read: str = ""  # when it was last read (UTC ISO), "" when never


class Library:
    """The articles of one library folder."""

    def __init__(self, folder: Path, wait: float = BUSY_WAIT) -> None:
        """`wait`: how long a write waits for another program's write to end before it gives up."""
        self.folder = folder
        self.connection = connect(folder, wait)
        keep_daily(self.connection, folder)

    def close(self) -> None:
        """Close the database."""
        self.connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def transaction(self) -> contextlib.AbstractContextManager[object]:
        """One write transaction over the library: all of it is committed, or none of it."""
        return transaction(self.connection, self.folder)

    @contextlib.contextmanager
    def savepoint(self, name: str) -> Iterator[None]:
        """A part of the current transaction that is undone alone if its block fails."""
        self.connection.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.connection.in_transaction:  # after a full disk SQLite has already rolled all back
                self.connection.execute(f"ROLLBACK TO {name}")
                self.connection.execute(f"RELEASE {name}")
            raise
        self.connection.execute(f"RELEASE {name}")

    @property
    def in_transaction(self) -> bool:
        """Whether this connection holds the library's write lock now."""
        return self.connection.in_transaction

    def data_version(self) -> int | None:
        """A number that moves whenever another program commits a change; None when it cannot be read."""
        try:
            return self.connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None  # closed or busy: look again later

    @cached_property
    def highlights(self) -> HighlightStore:
        """The highlights of the library's articles."""
        from reader.core.library.highlight_store import HighlightStore  # with the anchoring, on first use

        return HighlightStore(self.connection, self.folder)

    @cached_property
    def bookmarks(self) -> BookmarkStore:
        """The bookmarks of the library's articles."""
        from reader.core.library.bookmarks import BookmarkStore

        return BookmarkStore(self.connection, self.folder)

    @cached_property
    def places(self) -> ReadingPlaces:
        """Where each article is being read."""
        from reader.core.library.reading_places import ReadingPlaces

        return ReadingPlaces(self.connection, self.folder)

    def import_annotations(self, path: Path) -> ImportCounts:
        """Bring in the W3C Web Annotations of a JSON file, all in one transaction."""
        from reader.core.library.annotation_import import import_file

        return import_file(path, self, self.highlights)

    def backup(self) -> Backup:
        """Back the database up now (see `backups.take_backup`)."""
        return take_backup(self.connection, self.folder)

    def passages(self, keys: list[DocKey]) -> dict[DocKey, Passage]:
        """The title, section heading and text of each search key still in the library."""
        from reader.core.library.passages import read_passages  # with the search code, once it is used

        return read_passages(self.connection, keys)

    def find_existing(self, path: str, sha256: str, kind: str | None = None) -> tuple[str | None, Status]:
        """The article a file would update: same content read as the same format (unchanged), same path
        (updated), or the same content read as another format (updated: it is parsed again), or none (new).

        `kind` is the format the file's extension names (`text`, `markdown` …); None when the extension names
        none, and the same bytes are then recognised by their content as they were before."""
        row = self.connection.execute(
            "SELECT id, format FROM articles WHERE sha256 = ? "
            "ORDER BY format = ? DESC, path = ? DESC LIMIT 1",
            (sha256, kind or "", path),
        ).fetchone()
        if row and (kind is None or row[1] == kind):
            return row[0], "unchanged"
        by_path = self.connection.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
        if by_path:
            return by_path[0], "updated"
        if row:
            return row[0], "updated"
        return None, "new"

    def store(self, draft: Draft, path: str, sha256: str, existing: str | None) -> Article:
        """Store a draft inside the caller's transaction: a new article, or an update of `existing` (the
        article `find_existing` named as coming from the same path, or holding the same content read as
        another format), which then comes from `path`."""
        from dataclasses import replace

        from reader.core.document import Source, build_article

        article_id = existing or self._new_id(sha256)
        source = Source(path, draft.format, draft.encoding, sha256)
        article = build_article(article_id, draft, source)
        now = _now()
        db = self.connection
        if existing:
            article = replace(article, metadata=_merged(self._metadata(existing), article.metadata))
            db.execute(
                "UPDATE articles SET title=?, path=?, format=?, encoding=?, sha256=?, updated=? WHERE id=?",
                (article.title, path, source.format, source.encoding, sha256, now, article_id),
            )
            db.execute("DELETE FROM sections WHERE article = ?", (article_id,))
            db.execute("DELETE FROM paragraphs WHERE article = ?", (article_id,))
        else:
            db.execute(
                "INSERT INTO articles (id, title, path, format, encoding, sha256, added, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, article.title, path, source.format, source.encoding, sha256, now, now),
            )
        self._write_metadata(article_id, article.metadata)
        db.executemany(
            "INSERT INTO sections (article, position, heading, heading_id, level) VALUES (?, ?, ?, ?, ?)",
            [(article_id, i, s.heading, s.heading_id, s.level) for i, s in enumerate(article.sections)],
        )
        db.executemany(
            "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article_id, p.id, i, position, p.text, p.direction)
                for position, (i, p) in enumerate(
                    (i, p) for i, s in enumerate(article.sections) for p in s.paragraphs
                )
            ],
        )
        return article

    def set_metadata(self, article_id: str, metadata: Metadata) -> None:
        """Replace an article's author, date, language and address inside the caller's transaction."""
        if self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
            raise ArticleNotFound(f"No article has the id {article_id!r}.")
        self._write_metadata(article_id, metadata)

    def _metadata(self, article_id: str) -> Metadata:
        from reader.core.document import Metadata

        row = self.connection.execute(
            "SELECT author, date, language, address FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return Metadata(*row) if row else Metadata()

    def _write_metadata(self, article_id: str, metadata: Metadata) -> None:
        self.connection.execute(
            "UPDATE articles SET author=?, date=?, language=?, address=? WHERE id=?",
            (metadata.author, metadata.date, metadata.language, metadata.address, article_id),
        )

    def delete(self, article_id: str) -> None:
        """Delete an article inside the caller's transaction."""
        self.connection.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def summaries(self) -> list[ArticleSummary]:
        """Every article, most recently added first."""
        rows = self.connection.execute(
            # each count read from the paragraphs' index alone, not by joining their rows
            "SELECT a.id, a.title, a.path, a.format, "
            "(SELECT COUNT(*) FROM paragraphs p WHERE p.article = a.id), "
            "a.added, a.updated, a.author, a.date, a.language, a.address, r.progress, COALESCE(r.read, '') "
            "FROM articles a LEFT JOIN reading_places r ON r.article = a.id ORDER BY a.added DESC, a.title"
        )
        return [ArticleSummary(*row) for row in rows]

    def ids(self) -> list[str]:
        """The ids of every article."""
        return [row[0] for row in self.connection.execute("SELECT id FROM articles ORDER BY id")]

    def resolve(self, reference: str) -> str:
        """The id of the one article whose id is, or starts with, `reference`."""
        reference = reference.strip()
        escaped = reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.connection.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id", (escaped + "%",)
        ).fetchall()
        if not reference or not rows:
            raise ArticleNotFound(f"No article has the id {reference!r}; 'qari list' shows them.")
        exact = [r[0] for r in rows if r[0] == reference]
        if exact:
            return exact[0]
        if len(rows) > 1:
            raise ArticleNotFound(f"{reference!r} matches {len(rows)} articles; give more of the id.")
        return rows[0][0]

    def get(self, article_id: str) -> Article:
        """The whole article with this id."""
        from reader.core.document import Article, Metadata, Paragraph, Section, Source

        row = self.connection.execute(
            "SELECT title, path, format, encoding, sha256, author, date, language, address "
            "FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise ArticleNotFound(f"No article has the id {article_id!r}.")
        title, source, metadata = row[0], row[1:5], Metadata(*row[5:])
        paragraphs: dict[int, list[Paragraph]] = {}
        for section, pid, text, direction in self.connection.execute(
            "SELECT section, id, text, direction FROM paragraphs WHERE article = ? ORDER BY position",
            (article_id,),
        ):
            paragraphs.setdefault(section, []).append(Paragraph(pid, text, direction))
        sections = tuple(
            Section(heading, heading_id, tuple(paragraphs.get(position, ())), level)
            for position, heading, heading_id, level in self.connection.execute(
                "SELECT position, heading, heading_id, level FROM sections WHERE article = ? "
                "ORDER BY position",
                (article_id,),
            )
        )
        return Article(article_id, title, Source(*source), sections, metadata)

    def _new_id(self, sha256: str) -> str:
        for length in range(12, len(sha256) + 1):
            candidate = sha256[:length]
            if not self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
                return candidate
        raise sqlite3.IntegrityError("no free article id")  # unreachable: two equal hashes are one article


def _merged(stored: Metadata, read: Metadata) -> Metadata:
    """An article's metadata after an update: what the source now says, else what was stored (an edit by
    hand survives an update of a source that says nothing)."""
    from dataclasses import astuple

    from reader.core.document import Metadata

    return Metadata(*(new or old for new, old in zip(astuple(read), astuple(stored), strict=True)))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
