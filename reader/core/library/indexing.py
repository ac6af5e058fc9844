"""The library's search index kept in step with its database.

The database is the truth and the index a cache of it. The workspace opens and commits every change;
this keeps the index's part of it:
- Index changes are staged while the workspace holds the database's write lock (`put`, `drop`) and
  committed by `commit`, called just before the database commits. If the index cannot be written (and
  cannot be rebuilt), `commit` raises and the workspace rolls the database back.
- Before the index commits, the ids of the articles it changes go to a journal beside it. If the database
  then fails to commit, or the program stops in between, the journal names the articles whose index
  entries may be out of step, and they are indexed again from the database (at once, or at the next use).
- An index that is missing, damaged, built by other rules or locked by a program that does not answer is
  rebuilt from the database, and `notify` says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager

from reader.core.document import Article
from reader.core.errors import ArticleNotFound, QariError
from reader.core.library.articles import Library
from reader.core.search import ArticleWriter, IndexUnusable, ParsedQuery, SearchIndex, SearchResult

INDEX_FOLDER = "search-index"
PARALLEL_FROM = 200  # articles; below this a second process costs more than it saves

WriteLock = Callable[[], AbstractContextManager[object]]


class LibraryIndex:
    """Search over a library, and the index's part of the workspace's transactions."""

    def __init__(self, library: Library, write_lock: WriteLock, notify: Callable[[str], None]) -> None:
        """`write_lock` holds the database's write lock (a no-op inside the workspace's transaction)."""
        self.library = library
        self.search_index = SearchIndex(library.folder / INDEX_FOLDER, library.passages)
        self.notify = notify
        self._write_lock = write_lock
        self._ready = False
        self._staging = False
        self._processes = 1
        self._writer: ArticleWriter | None = None
        self._broken: str | None = None  # why the index could not be written in this transaction
        self._touched: set[str] = set()
        self._put: list[str] = []  # articles changed in this transaction, in order
        self._undone: set[str] = set()  # of those, the ones whose savepoint was rolled back

    def close(self) -> None:
        """Release the index."""
        self.search_index.close()

    def search(
        self, query: str | ParsedQuery, article: str | None = None, limit: int = 20
    ) -> SearchResult:
        """Search the library (see `SearchIndex.search`); a damaged index is rebuilt and searched again."""
        index = self._ready_index()
        try:
            return index.search(query, article, limit)
        except IndexUnusable as problem:
            with self._write_lock():
                self._rebuild(str(problem))
            return self.search_index.search(query, article, limit)

    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Build the index anew from the library; returns the number of articles."""
        with self._write_lock():
            return self._rebuild(None, progress)

    # The index's part of a transaction: begin, put/drop (with marks for savepoints), commit, settle.

    def begin(self, expected: int = 1) -> None:
        """Start staging, inside the database transaction: `expected` articles from PARALLEL_FROM on are
        analyzed by two processes."""
        self._ready_index()
        self._processes = _processes_for(expected)
        self._writer, self._broken = None, None
        self._touched, self._put, self._undone = set(), [], set()
        self._staging = True

    def put(self, article: Article) -> None:
        """Index an article (new or updated) as part of the current transaction."""
        self._change(article.id, lambda writer: writer.add_article(article))

    def drop(self, article_id: str) -> None:
        """Remove an article from the index as part of the current transaction."""
        self._change(article_id, lambda writer: writer.remove_article(article_id))

    def mark(self) -> int:
        """Where a savepoint starts, for `undo_since`."""
        return len(self._put)

    def undo_since(self, mark: int) -> None:
        """The savepoint that started at `mark` was rolled back: its articles are indexed again as the
        database has them (their new entries are already with the writer)."""
        self._undone.update(self._put[mark:])

    def commit(self) -> None:
        """Commit the staged changes, still inside the database transaction; raises if the index can be
        neither written nor rebuilt (the database must then roll back)."""
        if not self._touched:
            return
        self.search_index.note_pending(self._touched)
        if self._broken is None and self._writer is not None:
            writer, self._writer = self._writer, None
            try:
                writer.commit()
                if self._undone:
                    self._resync(self._undone)
            except IndexUnusable as problem:
                self._broken = str(problem)
        if self._broken is not None:
            self._rebuild(self._broken)  # SearchIndexError if it cannot

    def settle(self, committed: bool) -> None:
        """After the database committed (or failed to), take the changed articles off the journal."""
        self._staging = False
        if self._writer is not None:
            self._writer.cancel()  # only left open when the transaction failed
            self._writer = None
        touched, self._touched = self._touched, set()
        if not touched:
            return
        if committed:
            self.search_index.settle(touched)
            return
        try:
            with self._write_lock():
                self._resync(touched, rebuild=False)
        except (QariError, IndexUnusable, OSError):
            self._ready = False  # the journal keeps them; the next use of the index tries again

    def _change(self, article_id: str, change: Callable[[ArticleWriter], None]) -> None:
        if not self._staging:
            raise RuntimeError("index changes belong inside a workspace transaction")
        self._touched.add(article_id)
        self._put.append(article_id)
        if self._broken is not None:
            return  # the transaction ends with a rebuild, which takes this change in
        try:
            if self._writer is None:
                self._writer = self.search_index.begin(self._processes)
            change(self._writer)
        except IndexUnusable as problem:
            self._broken = str(problem)
            if self._writer is not None:
                self._writer.cancel()
                self._writer = None

    def _ready_index(self) -> SearchIndex:
        """The open index, repaired first when it is unusable or the journal lists unfinished changes."""
        if not self._ready:
            if self._problem() is not False or self.search_index.leftovers():
                with self._write_lock():
                    self.search_index.remove_leftovers()  # of a rebuild killed midway
                    problem = self._problem()  # another program may have repaired it meanwhile
                    if problem is None:
                        self._resync(self.search_index.pending())
                    elif isinstance(problem, str):
                        self._rebuild(problem)
            self._ready = True
        return self.search_index

    def _problem(self) -> str | bool | None:
        """False when the index is fine, None when only the journal lists changes, else what is wrong."""
        try:
            self.search_index.open()
            return None if self.search_index.pending() else False
        except IndexUnusable as problem:
            return str(problem)

    def _resync(self, article_ids: set[str], rebuild: bool = True) -> None:
        """Index these articles again as the database has them now (or rebuild when that fails)."""
        try:
            with self.search_index.writing() as writer:
                for article_id in sorted(article_ids):
                    try:
                        writer.add_article(self.library.get(article_id))
                    except ArticleNotFound:
                        writer.remove_article(article_id)
        except IndexUnusable as problem:
            if not rebuild:
                raise
            self._rebuild(str(problem))
            return
        if not self._staging:
            self.search_index.settle(article_ids)

    def _rebuild(self, reason: str | None, progress: Callable[[int, int], None] | None = None) -> int:
        ids = self.library.ids()
        if reason is not None and (ids or reason != "is missing"):
            self.notify(f"The search index {reason}; rebuilding it from the library ({len(ids)} articles).")
        try:
            pending = self.search_index.pending()
        except IndexUnusable:  # a damaged journal: started again with this transaction's articles
            pending = set(self._touched)
            self.search_index.restart_pending(pending)
        articles = (self.library.get(article_id) for article_id in ids)
        self.search_index.rebuild(articles, len(ids), progress, _processes_for(len(ids)))
        # the rebuilt index mirrors the database as this connection sees it, uncommitted changes included
        self.search_index.settle(pending - self._touched)
        return len(ids)


def _processes_for(articles: int) -> int:
    """How many processes should index this many articles."""
    return 2 if articles >= PARALLEL_FROM and (os.cpu_count() or 1) > 1 else 1
