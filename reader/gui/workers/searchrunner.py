"""Searching off the GUI thread: the newest query wins, older ones are dropped or their answers ignored.

The search code and the index are loaded in the worker, on the first query (or the warm-up after start),
so the window opens without them.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.core.document import Article
from reader.core.errors import QariError
from reader.gui.workers import Job, Workers

if TYPE_CHECKING:
    from reader.core.library import Workspace

RESULT_LIMIT = 40  # results shown in the pane (each costs its spans and snippet); the count covers all


@dataclass(frozen=True)
class SearchAnswer:
    """The hits of one query: `scope` is the article searched, or None for the library."""

    serial: int
    query: str
    scope: str | None
    total: int
    hits: list[Any] = field(default_factory=list)  # reader.core.search.Hit
    elapsed: float = 0.0  # seconds the index took


@dataclass(frozen=True)
class ArticleHits:
    """Every match of a query in one article: (block id, start, end) in the stored texts."""

    serial: int
    query: str
    article: str
    spans: list[tuple[str, int, int]]


class SearchRunner(QObject):
    """Runs queries and finds matches in articles, one at a time in one worker thread."""

    resultsReady = Signal(object)  # SearchAnswer of the newest query
    searchFailed = Signal(str, str)  # the query and one plain sentence (a broken index)
    queryRefused = Signal(str, object)  # the query and the QueryError saying why it cannot run
    articleHitsReady = Signal(object)  # ArticleHits of the newest request
    noticeGiven = Signal(str)  # the core repaired something the reader should hear of

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._workers = Workers(self, threads=1)
        self._workspace: Workspace | None = None  # opened and used in the worker thread only
        self._pending: dict[str, Callable[[Job], Any]] = {}  # the newest request of each kind
        self._running: tuple[str, Job] | None = None
        self._serials = {"search": 0, "hits": 0}

    def search(self, query: str, article_id: str | None = None) -> int:
        """Search the library (or one article); returns the request's serial number."""
        serial = self._next("search")
        self._submit("search", lambda job: self._search(job, serial, query, article_id))
        return serial

    def find_in_article(self, query: str, article: Article) -> int:
        """Find every match of a query in an article's title, headings and paragraphs."""
        serial = self._next("hits")
        self._submit("hits", lambda job: self._article_hits(job, serial, query, article))
        return serial

    def warm_up(self) -> None:
        """Load the search code and open the index now, so that the first query is quick."""
        if self._workers.stopped:  # closed before the warm-up came due: nothing to open any more
            return
        if self._workspace is None and not self._pending and self._running is None:
            self._submit("warm", self._warm_up)

    def drop(self) -> None:
        """Answer none of the requests made so far: those waiting are dropped, the running one is asked to
        stop and its answer ignored (the reader emptied the field)."""
        for kind in ("search", "hits"):
            self._next(kind)
            self._pending.pop(kind, None)

    def busy(self) -> bool:
        """Whether a request is running or waiting."""
        return self._running is not None or bool(self._pending)

    def close(self) -> None:
        """Stop, and release the index."""
        self._pending.clear()
        self._workers.stop()
        self._running = None
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    # In the GUI thread -----------------------------------------------------------------------------

    def _next(self, kind: str) -> int:
        self._serials[kind] += 1
        if self._running is not None and self._running[0] == kind:
            self._running[1].cancel()  # its answer would be dropped anyway; stop early if it can
        return self._serials[kind]

    def _submit(self, kind: str, work: Callable[[Job], Any]) -> None:
        if self._workers.stopped:
            return
        self._pending[kind] = work  # an older request of the same kind that has not started is dropped
        self._pump()

    def _pump(self) -> None:
        if self._running is not None or not self._pending or self._workers.stopped:
            return
        kind = next(k for k in ("search", "hits", "warm") if k in self._pending)
        work = self._pending.pop(kind)
        job = self._workers.start(work, succeeded=self._deliver, failed=self._failed, finished=self._next_job)
        self._running = (kind, job)

    def _next_job(self) -> None:
        self._running = None
        self._pump()

    def _deliver(self, answer: object) -> None:
        if isinstance(answer, SearchAnswer) and answer.serial == self._serials["search"]:
            self.resultsReady.emit(answer)
        elif isinstance(answer, ArticleHits) and answer.serial == self._serials["hits"]:
            self.articleHitsReady.emit(answer)

    def _failed(self, message: str) -> None:
        self.searchFailed.emit("", message)

    # In the worker thread --------------------------------------------------------------------------

    def _index_searcher(self) -> Workspace:
        if self._workspace is None:
            from reader.core.library import Workspace

            self._workspace = Workspace(self._folder, notify=self.noticeGiven.emit)
        return self._workspace

    def _warm_up(self, job: Job) -> None:
        # A word unlikely to be found: only opening the searcher matters. A problem is left to the first
        # real query to report.
        with contextlib.suppress(QariError):
            self._index_searcher().search("قارئ", limit=1)

    def _search(self, job: Job, serial: int, query: str, article_id: str | None) -> SearchAnswer | None:
        from reader.core.search import QueryError

        if job.cancelled:
            return None
        workspace = self._index_searcher()
        began = time.perf_counter()
        try:
            result = workspace.search(query, article_id, limit=RESULT_LIMIT)
        except QueryError as error:
            if serial == self._serials["search"]:
                self.queryRefused.emit(query, error)  # worded in the reader's language by the window
            return None
        elapsed = time.perf_counter() - began
        return SearchAnswer(serial, query, article_id, result.total, result.hits, elapsed)

    def _article_hits(self, job: Job, serial: int, query: str, article: Article) -> ArticleHits | None:
        from reader.core.search import QueryError, article_matches

        try:
            spans = article_matches(query, article, cancelled=lambda: job.cancelled)
        except QueryError:
            return ArticleHits(serial, query, article.id, [])  # the search itself reports the error
        return None if spans is None else ArticleHits(serial, query, article.id, spans)
