"""The main window's search: queries to the worker, results to the pane, hits to the view and navigator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.gui import settings as keys

if TYPE_CHECKING:
    from reader.gui.actions import Actions
    from reader.gui.navigator import Navigator
    from reader.gui.searching import ArticleHits, SearchAnswer, SearchRunner
    from reader.gui.searchpanel import SearchPanel
    from reader.gui.textview import ReadingView


class SearchHandling(QMainWindow):
    """Part of MainWindow: what happens as the reader searches."""

    actions: Actions
    navigator: Navigator
    search_dock: QDockWidget
    search_panel: SearchPanel
    searcher: SearchRunner
    settings: keys.Settings
    view: ReadingView
    _pending_hit: str

    open_article: Callable[..., None]  # MainWindow's

    def focus_search(self) -> None:
        """Show the search pane and put the keyboard in its field."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_field()

    def open_result(self, article_id: str, paragraph: str) -> None:
        """Open a result's article at its paragraph, its first hit there current."""
        article = self.view.article
        if article is not None and article.id == article_id:
            if self.view.hit_ranges():
                self.view.go_to_hit_in(paragraph)
            else:  # the article's hits are still being found
                self._pending_hit = paragraph
                self.view.scroll_to(paragraph)
        else:
            self.open_article(article_id, paragraph)

    def next_hit(self) -> None:
        """Go to the next hit in the article, or open the first result when the article has none."""
        self._step(forward=True)

    def previous_hit(self) -> None:
        """Go to the previous hit in the article."""
        self._step(forward=False)

    def clear_hit_marks(self) -> None:
        """Remove the marks of the search hits (the query and results stay)."""
        self.view.clear_hits()
        self.navigator.set_hit_counts({})

    def _step(self, forward: bool) -> None:
        if self.view.hit_ranges():
            self.view.next_hit() if forward else self.view.previous_hit()
        elif (first := self.search_panel.first_result()) is not None:
            self.open_result(*first)
        elif self.search_panel.query():
            article = self.view.article
            if article is not None:  # marks cleared with Escape: bring them back
                self._pending_hit = "*"
                self.searcher.find_in_article(self.search_panel.query(), article)

    def _search(self, query: str, scope: str) -> None:
        if not query:
            self.search_panel.clear_results()
            self.clear_hit_marks()
            return
        article = self.view.article
        self.searcher.search(query, article.id if scope == "article" and article is not None else None)
        if article is not None:
            self.searcher.find_in_article(query, article)

    def _scope_changed(self, scope: str) -> None:
        self.settings.set(keys.SEARCH_SCOPE, scope)
        self.actions.search_article_only.setChecked(scope == "article")

    def _show_results(self, answer: SearchAnswer) -> None:
        if answer.query == self.search_panel.query():  # else the reader has typed on since
            self.search_panel.show_results(answer.query, answer.total, answer.exact, answer.hits)

    def _search_failed(self, query: str, message: str) -> None:
        if not query or query == self.search_panel.query():
            self.search_panel.show_error(message)

    def _mark_hits(self, hits: ArticleHits) -> None:
        article = self.view.article
        if article is None or hits.article != article.id or hits.query != self.search_panel.query():
            return
        self.view.set_hits(hits.spans)
        self.navigator.set_hit_counts(self.view.hit_counts())
        if self._pending_hit == "*":
            self.view.next_hit()
        elif self._pending_hit:
            self.view.go_to_hit_in(self._pending_hit)
        self._pending_hit = ""
