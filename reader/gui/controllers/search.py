"""The search controller: queries to the runner, results to the pane, hits to the view and navigator, and
stepping from hit to hit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.gui.config import settings as keys
from reader.gui.controllers.refusals import refusal_text
from reader.gui.workers.searchrunner import SearchRunner

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.gui.controllers.changes import Changes
    from reader.gui.panes.navigator import Navigator
    from reader.gui.panes.searchpanel import SearchPanel
    from reader.gui.reading.textview import ReadingView
    from reader.gui.workers.searchrunner import ArticleHits, SearchAnswer

_EVERY_HIT = "*"  # as the pending block: once the hits arrive, go to the first from the reading place


class SearchController(QObject):
    """Owns the search runner and which hit becomes current once an article's hits arrive."""

    articleRequested = Signal(str, str)  # open this article at this block (a result chosen)
    scopeChanged = Signal(str)  # "library" or "article", as the reader chose it

    def __init__(
        self, folder: Path, settings: keys.Settings, changes: Changes, view: ReadingView,
        navigator: Navigator, panel: SearchPanel, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = SearchRunner(folder, self)
        self._settings, self._changes = settings, changes
        self._view, self._navigator, self._panel = view, navigator, panel
        self._pending_hit = ""  # the block whose hit becomes current once the article's hits arrive
        self.runner.resultsReady.connect(self._show_results)
        self.runner.searchFailed.connect(self._search_failed)
        self.runner.queryRefused.connect(lambda query, error: self._search_failed(query, refusal_text(error)))
        self.runner.articleHitsReady.connect(self._mark_hits)
        self.runner.noticeGiven.connect(lambda text: changes.statusShown.emit(text, 8000))
        changes.articleOpened.connect(self._article_opened)
        changes.articlesChanged.connect(self._search_again)
        changes.articlesRemoved.connect(self._search_again)

    def search(self, query: str, scope: str) -> None:
        """Search the library or the open article (as the pane asks); an empty query clears everything."""
        if not query:
            self.runner.drop()
            self._panel.clear_results()
            self.clear_hit_marks()
            return
        article = self._view.article
        self.runner.search(query, article.id if scope == "article" and article is not None else None)
        if article is not None:
            self.runner.find_in_article(query, article)

    def open_result(self, article_id: str, paragraph: str) -> None:
        """Open a result's article at its paragraph, its first hit there current."""
        article = self._view.article
        if article is not None and article.id == article_id:
            if self._view.hits.ranges():
                self._view.hits.go_to_block(paragraph)
            else:  # the article's hits are still being found
                self._pending_hit = paragraph
                self._view.scroll_to(paragraph)
        else:
            self.articleRequested.emit(article_id, paragraph)

    def next_hit(self) -> None:
        """Go to the next hit in the article, or open the first result when the article has none."""
        self._step(forward=True)

    def previous_hit(self) -> None:
        """Go to the previous hit in the article."""
        self._step(forward=False)

    def clear_hit_marks(self) -> None:
        """Remove the marks of the search hits (the query and results stay)."""
        self._view.hits.clear()
        self._navigator.set_hit_counts({})

    def restore_scope(self) -> None:
        """Search where the reader searched last time."""
        self._panel.set_scope(self._settings.get(keys.SEARCH_SCOPE))

    def set_scope(self, scope: str) -> None:
        """Remember where the reader searches, and say so."""
        self._settings.set(keys.SEARCH_SCOPE, scope)
        self.scopeChanged.emit(scope)

    def close(self) -> None:
        """Stop searching and release the index."""
        self.runner.close()

    def _step(self, forward: bool) -> None:
        if self._view.hits.ranges():
            self._view.hits.next() if forward else self._view.hits.previous()
        elif (first := self._panel.first_result()) is not None:
            self.open_result(*first)
        elif self._panel.query():
            article = self._view.article
            if article is not None:  # marks cleared with Escape: bring them back
                self._pending_hit = _EVERY_HIT
                self.runner.find_in_article(self._panel.query(), article)

    def _article_opened(self, article: Article, paragraph: str) -> None:
        self._pending_hit = paragraph
        if self._panel.query():
            self.runner.find_in_article(self._panel.query(), article)
            if self._panel.scope == "article":
                self._panel.search_now()

    def _search_again(self) -> None:
        if self._panel.query():
            self._panel.search_now()

    def _show_results(self, answer: SearchAnswer) -> None:
        if answer.query == self._panel.query():  # else the reader has typed on since
            self._panel.show_results(answer.query, answer.total, answer.hits)

    def _search_failed(self, query: str, message: str) -> None:
        if not query or query == self._panel.query():
            self._panel.show_error(message)

    def _mark_hits(self, hits: ArticleHits) -> None:
        article = self._view.article
        if article is None or hits.article != article.id or hits.query != self._panel.query():
            return
        self._view.hits.set(hits.spans)
        self._navigator.set_hit_counts(self._view.hits.counts())
        if self._pending_hit == _EVERY_HIT:
            self._view.hits.next()
        elif self._pending_hit:
            self._view.hits.go_to_block(self._pending_hit)
        self._pending_hit = ""
