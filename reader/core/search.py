"""Full-text search: the Whoosh index of a library's paragraphs, headings and titles, and its hits.

`SearchIndex` keeps the index open and one searcher that is refreshed when the index changes, so a
search costs only the query. It is safe to search from a worker thread while another writes. It knows
nothing of the library database: `reader.core.library_index` keeps the two in step.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import query as wq
from whoosh.index import LockError
from whoosh.searching import Searcher

from reader.core import search_store as store
from reader.core.errors import QariError
from reader.core.model import TITLE_ID, Article
from reader.core.search_codec import InliningCodec
from reader.core.search_query import ParsedQuery, QueryError, parse_query
from reader.core.search_snippet import snippet
from reader.core.search_store import IndexUnusable

__all__ = [
    "Hit",
    "IndexUnusable",
    "QueryError",
    "SearchIndex",
    "SearchIndexError",
    "SearchResult",
    "documents",
    "match_spans",
    "parse_query",
]

LOCK_WAIT = 2.0  # seconds to wait for another writer before the lock counts as stale
AGREEING_MARKS_BONUS = 2.0  # score factor for a hit whose diacritics agree with the query's
RERANKED = 100  # hits reranked by their diacritics when the query has some
Span = tuple[int, int]


class SearchIndexError(QariError):
    """The search index cannot be written or rebuilt (disk full, no permission)."""


@dataclass(frozen=True)
class Hit:
    """One matching paragraph, heading or title, with the spans of the matched words in its text."""

    article: str
    title: str
    paragraph: str
    heading: str | None
    score: float
    text: str
    spans: list[Span]
    snippet: str

    def to_json(self) -> dict[str, object]:
        """The hit as in `qari search --json`."""
        return {
            "article": self.article,
            "title": self.title,
            "paragraph": self.paragraph,
            "heading": self.heading,
            "score": round(self.score, 4),
            "text": self.text,
            "spans": [list(span) for span in self.spans],
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class SearchResult:
    """The best hits of a query and how many documents match (`total_exact` False: a lower bound)."""

    query: str
    total: int
    hits: list[Hit]
    total_exact: bool = True

    def to_json(self) -> dict[str, object]:
        """The result as in `qari search --json`."""
        return {"query": self.query, "total": self.total, "hits": [hit.to_json() for hit in self.hits]}


def documents(article: Article) -> Iterator[dict[str, object]]:
    """The index documents of an article: its title, each heading, each paragraph."""
    yield _document(article.id, TITLE_ID, None, article.title)
    for section in article.sections:
        if section.heading is not None and section.heading_id is not None:
            yield _document(article.id, section.heading_id, section.heading, section.heading)
        for paragraph in section.paragraphs:
            yield _document(article.id, paragraph.id, section.heading, paragraph.text)


def _document(article: str, paragraph: str, heading: str | None, text: str) -> dict[str, object]:
    # The same string object goes to every field: it is analyzed once and pickled once.
    document = {"article": article, "paragraph": paragraph, "text": text}
    document.update(exact=text, stem=text)
    if heading is not None:
        document["heading"] = heading
    return document


def match_spans(query: str | ParsedQuery, text: str) -> list[Span]:
    """The [start, end) spans of a query's matches in any text, e.g. a whole article's paragraphs."""
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    return parsed.spans(text)


class ArticleWriter:
    """Changes to the index that become visible together, at `commit`."""

    def __init__(self, writer) -> None:  # noqa: ANN001 - a Whoosh writer
        self._writer = writer

    def add_article(self, article: Article) -> None:
        """Index an article, replacing what was indexed for it before."""
        try:
            self._writer.delete_by_term("article", article.id)
            for document in documents(article):
                self._writer.add_document(**document)
        except Exception as error:
            raise IndexUnusable(f"could not be written ({type(error).__name__})") from error

    def remove_article(self, article_id: str) -> None:
        """Remove an article's documents."""
        try:
            self._writer.delete_by_term("article", article_id)
        except Exception as error:
            raise IndexUnusable(f"could not be written ({type(error).__name__})") from error

    def commit(self) -> None:
        """Make the changes visible; IndexUnusable if they could not be written (then none are)."""
        try:
            self._writer.commit()
        except Exception as error:
            raise IndexUnusable(f"could not be written ({error})") from error

    def cancel(self) -> None:
        """Drop the changes and release the index."""
        with contextlib.suppress(Exception):  # a writer on a damaged index may fail even to cancel
            self._writer.cancel()


class SearchIndex:
    """The search index in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index = None
        self._searcher: Searcher | None = None
        self._titles: dict[str, str] = {}
        self._lock = threading.RLock()

    def open(self) -> None:
        """Open the index; IndexUnusable says why it cannot be used (then rebuild it)."""
        with self._lock:
            self.close()
            self._index = store.open_folder(self.folder)

    def close(self) -> None:
        """Release the index files."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._index = self._searcher = None

    def begin(self) -> ArticleWriter:
        """Start a set of changes; IndexUnusable when the index is locked by a program that does not
        let go within LOCK_WAIT seconds, or is damaged."""
        if self._index is None:
            raise IndexUnusable("is not open")
        try:
            return ArticleWriter(self._index.writer(timeout=LOCK_WAIT, codec=InliningCodec()))
        except LockError as error:
            raise IndexUnusable("is locked by a program that does not answer") from error
        except Exception as error:
            raise IndexUnusable(f"is damaged ({type(error).__name__})") from error

    @contextmanager
    def writing(self) -> Iterator[ArticleWriter]:
        """One commit of changes; on any failure nothing is committed."""
        writer = self.begin()
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def add_article(self, article: Article) -> None:
        """Index an article (replacing its old version) and commit."""
        with self.writing() as writer:
            writer.add_article(article)

    def remove_article(self, article_id: str) -> None:
        """Remove an article from the index and commit."""
        with self.writing() as writer:
            writer.remove_article(article_id)

    def rebuild(
        self,
        articles: Iterable[Article],
        total: int,
        progress: Callable[[int, int], None] | None = None,
        processes: int = 1,
    ) -> None:
        """Build the index anew from `articles` (`total` of them) beside the old one, then swap them."""
        new = self.folder.with_name(self.folder.name + ".new")
        try:
            index = store.create_folder(new)
            options = {"procs": processes, "multisegment": True} if processes > 1 else {}
            writer = index.writer(limitmb=128, codec=InliningCodec(), **options)
            added = 0
            try:
                for done, article in enumerate(articles, start=1):
                    for document in documents(article):
                        writer.add_document(**document)
                        added += 1
                    if progress:
                        progress(done, total)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            with index.searcher() as searcher:
                if searcher.doc_count() != added:  # a lost worker segment must not pass unnoticed
                    raise OSError(f"{added} documents written, {searcher.doc_count()} found")
            store.finish_folder(new)
            with self._lock:
                self.close()
                store.replace_folder(new, self.folder)
                self.open()
        except (OSError, IndexUnusable) as error:
            store.remove_folder(new)
            raise SearchIndexError(f"The search index in {self.folder} could not be rebuilt: {error}.") from None

    def search(
        self, query: str | ParsedQuery, article: str | None = None, limit: int = 20, exact_total: bool = False
    ) -> SearchResult:
        """The best `limit` hits; `article` keeps to one article id; QueryError for a query that cannot run.

        Counting every match of a common word costs more than finding the best ones, so unless
        `exact_total` is asked for, `total` may be a lower bound (then `total_exact` is False).
        """
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        if article is not None:
            scope: wq.Query | None = wq.Term("article", article)
        else:
            scope = wq.Prefix("article", parsed.article) if parsed.article else None
        rerank = bool(parsed.vocalized_words())
        with self._lock:
            try:
                searcher = self._current_searcher()
                results = searcher.search(
                    parsed.to_whoosh(),
                    limit=max(limit, RERANKED) if rerank else limit,
                    filter=scope,
                    mask=parsed.excluded_whoosh(),
                )
                exact = exact_total or results.has_exact_length()
                total = len(results) if exact else max(results.estimated_min_length(), len(results.top_n))
                found = [(hit.score, hit.fields()) for hit in results]
                if rerank:
                    found = [
                        (score * AGREEING_MARKS_BONUS if parsed.marks_agree(fields["text"]) else score, fields)
                        for score, fields in found
                    ]
                    found.sort(key=lambda pair: -pair[0])
                hits = [self._hit(searcher, parsed, fields, score) for score, fields in found[:limit]]
            except Exception as error:  # a damaged segment may only show when it is read
                self.close()
                raise IndexUnusable(f"is damaged ({type(error).__name__})") from error
        return SearchResult(parsed.text, total, hits, exact)

    def article_count(self) -> int:
        """How many articles the index holds (one title document each)."""
        with self._lock:
            return sum(1 for _ in self._current_searcher().docs_for_query(wq.Term("paragraph", TITLE_ID)))

    def _current_searcher(self) -> Searcher:
        if self._index is None:
            raise IndexUnusable("is not open")
        if self._searcher is None:
            self._searcher = self._index.searcher()
            self._titles = {}
        elif not self._searcher.up_to_date():
            # not Searcher.refresh(): it reuses the readers of unchanged segments with their old
            # deletions, so a removed or updated article would still be found
            self._searcher.close()
            self._searcher = self._index.searcher()
            self._titles = {}
        return self._searcher

    def _hit(self, searcher: Searcher, parsed: ParsedQuery, fields: dict, score: float) -> Hit:
        text = fields["text"]
        spans = parsed.spans(text)
        article = fields["article"]
        return Hit(
            article=article,
            title=self._title(searcher, article),
            paragraph=fields["paragraph"],
            heading=fields.get("heading"),
            score=score,
            text=text,
            spans=spans,
            snippet=snippet(text, spans),
        )

    def _title(self, searcher: Searcher, article: str) -> str:
        if article not in self._titles:
            found = searcher.document(article=article, paragraph=TITLE_ID)
            self._titles[article] = found["text"] if found else ""
        return self._titles[article]
