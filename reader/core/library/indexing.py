"""The library's search index kept in step with its database.

The database is the truth and the index a cache of it. Three rules keep them in step:
- The index is only written while this connection holds the database's write lock, inside the same
  transaction as the change it mirrors, and its changes are committed just before the database's. If the
  index cannot be written (and cannot be rebuilt), the database change is rolled back.
- Before the index commits, the ids of the articles it changes go to a journal beside it. If the database
  then fails to commit, or the program stops in between, the journal names the articles whose index
  entries may be out of step, and they are indexed again from the database (at once, or at the next use).
- An index that is missing, damaged, built by other rules or locked by a program that does not answer is
  rebuilt from the database, and `notify` says so.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reader.core.document.model import Article
from reader.core.errors import ArticleNotFound, QariError
from reader.core.library.articles import Library
from reader.core.library.passages import read_passages
from reader.core.search import store
from reader.core.search.index import ArticleWriter, IndexUnusable, SearchIndex
from reader.core.search.query import ParsedQuery
from reader.core.search.results import DocKey, Passage, SearchResult

INDEX_FOLDER = "search-index"
PARALLEL_FROM = 200  # articles; below this a second process costs more than it saves


class LibraryIndex:
    """Search over a library, and the index changes that go with its transactions."""

    def __init__(self, library: Library, notify: Callable[[str], None] | None = None) -> None:
        self.library = library
        self.index = SearchIndex(library.folder / INDEX_FOLDER, self._passages)
        self.notify = notify or (lambda message: None)
        self._ready = False
        self._depth = 0
        self._processes = 1
        self._writer: ArticleWriter | None = None
        self._broken: str | None = None  # why the index could not be written in this transaction
        self._touched: set[str] = set()
        self._put: list[str] = []  # articles written in this transaction, in order
        self._undone: set[str] = set()  # of those, the ones whose savepoint was rolled back

    def close(self) -> None:
        """Release the index."""
        self.index.close()

    def _passages(self, keys: list[DocKey]) -> dict[DocKey, Passage]:
        return read_passages(self.library.connection, keys)

    def search(
        self, query: str | ParsedQuery, article: str | None = None, limit: int = 20, exact_total: bool = False
    ) -> SearchResult:
        """Search the library (see `SearchIndex.search`); a damaged index is rebuilt and searched again."""
        index = self._ready_index()
        try:
            return index.search(query, article, limit, exact_total)
        except IndexUnusable as problem:
            with self._write_lock():
                self._rebuild(str(problem))
            return self.index.search(query, article, limit, exact_total)

    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Build the index anew from the library; returns the number of articles."""
        with self._write_lock():
            return self._rebuild(None, progress)

    @contextmanager
    def transaction(self, expected: int = 1) -> Iterator[LibraryIndex]:
        """A library write transaction whose `put` and `drop` reach the index with it, or not at all.

        `expected` articles to change: from PARALLEL_FROM on, two processes analyze them. Nested
        inside another, it is a savepoint: its changes are undone alone if it fails.
        """
        if self._depth:
            with self._savepoint():
                yield self
            return
        self._ready_index()
        self._processes = _processes_for(expected)
        self._writer, self._broken = None, None
        self._touched, self._put, self._undone = set(), [], set()
        committed = False
        self._depth = 1
        try:
            with self.library.transaction():
                yield self
                self._finish()
            committed = True
        finally:
            self._depth = 0
            if self._writer is not None:
                self._writer.cancel()  # only left open when the block failed
                self._writer = None
            self._settle(committed)

    def put(self, article: Article) -> None:
        """Index an article (new or updated) as part of the current transaction."""
        self._change(article.id, lambda writer: writer.add_article(article))

    def drop(self, article_id: str) -> None:
        """Remove an article from the index as part of the current transaction."""
        self._change(article_id, lambda writer: writer.remove_article(article_id))

    def _change(self, article_id: str, change: Callable[[ArticleWriter], None]) -> None:
        if not self._depth:
            raise RuntimeError("index changes belong inside LibraryIndex.transaction()")
        self._touched.add(article_id)
        self._put.append(article_id)
        if self._broken is not None:
            return  # the transaction ends with a rebuild, which takes this change in
        try:
            if self._writer is None:
                self._writer = self.index.begin(self._processes)
            change(self._writer)
        except IndexUnusable as problem:
            self._broken = str(problem)
            if self._writer is not None:
                self._writer.cancel()
                self._writer = None

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"qari_{self._depth}"
        connection = self.library.connection
        connection.execute(f"SAVEPOINT {name}")
        first = len(self._put)
        self._depth += 1
        try:
            yield
        except BaseException:
            if connection.in_transaction:  # after a full disk SQLite has already rolled everything back
                connection.execute(f"ROLLBACK TO {name}")
                connection.execute(f"RELEASE {name}")
            self._undone.update(self._put[first:])  # their new entries are already with the writer
            raise
        else:
            connection.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def _finish(self) -> None:
        """Commit the index changes, still inside the database transaction."""
        if not self._touched:
            return
        store.add_to_journal(self.index.folder, self._touched)
        if self._broken is None and self._writer is not None:
            writer, self._writer = self._writer, None
            try:
                writer.commit()
                if self._undone:
                    self._resync(self._undone)
            except IndexUnusable as problem:
                self._broken = str(problem)
        if self._broken is not None:
            self._rebuild(self._broken)  # SearchIndexError if it cannot: the database rolls back

    def _settle(self, committed: bool) -> None:
        """After the database commit (or its failure), take the changed articles off the journal."""
        touched, self._touched = self._touched, set()
        if not touched:
            return
        if committed:
            store.settle_journal(self.index.folder, touched)
            return
        try:
            with self._write_lock():
                self._resync(touched, rebuild=False)
        except (QariError, IndexUnusable, OSError):
            self._ready = False  # the journal keeps them; the next use of the index tries again

    def _ready_index(self) -> SearchIndex:
        """The open index, repaired first when it is unusable or the journal lists unfinished changes."""
        if not self._ready:
            if self._problem() is not False:
                with self._write_lock():
                    problem = self._problem()  # another program may have repaired it meanwhile
                    pending = store.read_journal(self.index.folder)
                    if problem is None and pending:
                        self._resync(pending)
                    elif problem is not False:
                        self._rebuild(problem)
            self._ready = True
        return self.index

    def _problem(self) -> str | bool | None:
        """False when the index is fine, None when only the journal lists changes, else what is wrong."""
        try:
            self.index.open()
        except IndexUnusable as problem:
            return str(problem)
        return None if store.read_journal(self.index.folder) else False

    def _resync(self, article_ids: set[str], rebuild: bool = True) -> None:
        """Index these articles again as the database has them now (or rebuild when that fails)."""
        try:
            with self.index.writing() as writer:
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
        if not self._depth:
            store.settle_journal(self.index.folder, article_ids)

    def _rebuild(self, reason: str | None, progress: Callable[[int, int], None] | None = None) -> int:
        ids = self.library.ids()
        if reason is not None and (ids or reason != "is missing"):
            self.notify(f"The search index {reason}; rebuilding it from the library ({len(ids)} articles).")
        pending = store.read_journal(self.index.folder)
        articles = (self.library.get(article_id) for article_id in ids)
        self.index.rebuild(articles, len(ids), progress, _processes_for(len(ids)))
        # the rebuilt index mirrors the database as this connection sees it, uncommitted changes included
        store.settle_journal(self.index.folder, pending - self._touched)
        return len(ids)

    def _write_lock(self) -> contextlib.AbstractContextManager[object]:
        """The database's write lock, unless this connection holds it already."""
        if self.library.connection.in_transaction:
            return contextlib.nullcontext()
        return self.library.transaction()


def _processes_for(articles: int) -> int:
    """How many processes should index this many articles."""
    return 2 if articles >= PARALLEL_FROM and (os.cpu_count() or 1) > 1 else 1
