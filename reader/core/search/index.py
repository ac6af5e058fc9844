"""Full-text search: the Whoosh index of a library's paragraphs, headings and titles, and its hits.

`SearchIndex` keeps the index open and one searcher that is refreshed when the index changes, so a
search costs only the query. It is safe to search from a worker thread while another writes. It knows
nothing of the library database: `reader.core.library.indexing` keeps the two in step.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import query as wq
from whoosh.index import LockError
from whoosh.searching import Searcher

from reader.core.document import Article
from reader.core.errors import QariError
from reader.core.search import counting, expansion, filtering, store
from reader.core.search.children import bind_children_to_parent
from reader.core.search.codec import InliningCodec
from reader.core.search.query import MAX_WORDS, ParsedQuery, QueryError, parse_query
from reader.core.search.ranking import RERANKED, needs_rerank, settled
from reader.core.search.ranking import rerank as reranked
from reader.core.search.results import DocKey, SearchResult, TextSource, make_hit, stored_key
from reader.core.search.scoring import CachedLengthsBM25F
from reader.core.search.store import IndexUnusable
from reader.core.search.writer import ArticleWriter, cancel_writer, documents

LOCK_WAIT = 2.0  # seconds to wait for another writer before the lock counts as stale
# Whoosh's estimate of the postings a writer (each process of a parallel one) keeps in memory before it
# sorts them out to disk and merges them back: at 128 (its default) or 256, half of a 30 MB library spilt
# and cost 60% more time; 512 holds it (about 350 MB per process in fact).
WRITER_MB = 512


class SearchIndexError(QariError):
    """The search index cannot be written or rebuilt (disk full, no permission)."""


class SearchIndex:
    """The search index in one folder."""

    def __init__(self, folder: Path, texts: TextSource | None = None) -> None:
        """`texts` gives the text of hits (the index keeps none); an index without one cannot search."""
        self.folder = folder
        self._texts = texts
        self._index = None
        self._searcher: Searcher | None = None
        self._lock = threading.RLock()
        self._weighting = CachedLengthsBM25F()
        self._repeats = counting.RepeatedHeadings(stored_key)  # of the current searcher

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

    def begin(self, processes: int = 1) -> ArticleWriter:
        """Start a set of changes (analyzed in `processes` processes); IndexUnusable when the index is
        locked by a program that does not let go within LOCK_WAIT seconds, or is damaged."""
        if self._index is None:
            raise IndexUnusable("is not open")
        options = {"timeout": LOCK_WAIT, "limitmb": WRITER_MB, "codec": InliningCodec()}
        if processes > 1:
            bind_children_to_parent()
            options.update(procs=processes, multisegment=True)
        try:
            return ArticleWriter(self._index.writer(**options))
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
            if processes > 1:
                bind_children_to_parent()
            writer = index.writer(limitmb=WRITER_MB, codec=InliningCodec(), **options)
            added = 0
            try:
                for done, article in enumerate(articles, start=1):
                    for document in documents(article):
                        writer.add_document(**document)
                        added += 1
                    if progress:
                        progress(done, total)
            except BaseException:
                cancel_writer(writer)
                raise
            writer.commit()
            with index.searcher() as searcher:
                if searcher.doc_count() != added:  # a lost worker segment must not pass unnoticed
                    raise OSError(f"{added} documents written, {searcher.doc_count()} found")
            expansion.carry_over(self.folder, new)
            store.finish_folder(new)
            with self._lock:
                self.close()
                store.replace_folder(new, self.folder)
                self.open()
        except (OSError, IndexUnusable) as error:
            store.remove_folder(new)
            raise SearchIndexError(
                f"The search index in {self.folder} could not be rebuilt: {error}."
            ) from None
        except BaseException:  # cancelled through `progress`, or interrupted: the old index stays
            store.remove_folder(new)
            raise

    def search(
        self, query: str | ParsedQuery, article: str | None = None, limit: int = 20
    ) -> SearchResult:
        """The best `limit` hits and how many paragraphs, headings and titles match (whatever `limit` is);
        `article` keeps to one article id; QueryError for a query that cannot run.

        A heading that repeats in an article (the same topic heading over many chapters) is one hit, its
        first. Every match is scored (`counting.scored`), so the total is always exact.
        """
        expansion.prepare(self.folder)  # the related stems a query word adds, read from the index's folder
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        if article is not None:
            scope: wq.Query | None = wq.Term("article", article)
        else:
            scope = wq.Prefix("article", parsed.article) if parsed.article else None
        # harakat raise scores: look at more hits; spellings only order them (see `ranking`)
        wanted = max(limit, RERANKED) if parsed.vocalized_words() else limit
        found, complete, total = self._run(parsed, scope, wanted)
        if self._texts is None:
            raise RuntimeError("this SearchIndex was made without a source of texts")
        passages = self._texts([key for _, key in found])
        if needs_rerank(parsed):
            found = reranked(parsed, [(score, key) for score, key in found if key in passages], passages)
            if not (complete or wanted >= RERANKED or settled(parsed, found[:limit], passages)):
                found, complete, _ = self._run(parsed, scope, RERANKED, total)  # one further down may rise
                passages = self._texts([key for _, key in found])
                found = reranked(parsed, [(score, key) for score, key in found if key in passages], passages)
        found = [(score, key) for score, key in found if key in passages]  # gone since: left out
        hits = [make_hit(parsed, key, passages[key], score) for score, key in found[:limit]]
        return SearchResult(parsed.text, total, hits)

    def _run(
        self, parsed: ParsedQuery, scope: wq.Query | None, wanted: int, total: int | None = None
    ) -> tuple[list[tuple[float, DocKey]], bool, int]:
        """The best `wanted` documents, whether they are all the matches, and how many match (each
        repeated heading left out)."""
        excluded = parsed.excluded_whoosh()
        with self._lock:
            try:
                searcher = self._current_searcher()
                scores = self._scores(searcher, parsed)
                if excluded is not None:
                    for docnum in counting.matching(searcher, excluded).intersection(scores):
                        del scores[docnum]
                if scope is not None:
                    allowed = counting.matching(searcher, scope)
                    scores = {docnum: score for docnum, score in scores.items() if docnum in allowed}
                for docnum in self._repeats.among(searcher, scores):
                    del scores[docnum]
                # best first; among equal scores the earlier document, as Whoosh orders them
                best = heapq.nsmallest(wanted, scores.items(), key=lambda item: (-item[1], item[0]))
                found = [(score, stored_key(searcher.stored_fields(docnum))) for docnum, score in best]
                return found, len(scores) <= wanted, len(scores) if total is None else total
            except (RecursionError, MemoryError):  # the query's size, not the index's damage
                raise QueryError("too-long", limit=MAX_WORDS) from None
            except Exception as error:  # a damaged segment may only show when it is read
                self.close()
                raise IndexUnusable(f"is damaged ({type(error).__name__})") from error

    def _scores(self, searcher: Searcher, parsed: ParsedQuery) -> dict[int, float]:
        """Every document the query's words match, with its score, in the articles its fields name; the
        titles of those articles, all scored alike, for a query of fields only."""
        named = filtering.titles_named(searcher, parsed.fields) if parsed.fields else None
        if not parsed.required:
            return dict.fromkeys(sorted(named or ()), 1.0)
        query = parsed.to_whoosh()
        scores = counting.scored(searcher, query)
        if scores is None:  # not Qari's weighting: Whoosh scores every match
            scores = {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}
        return scores if named is None else filtering.within(searcher, scores, named)

    def pending(self) -> set[str]:
        """The articles whose entries may be out of step with the library (see `note_pending`)."""
        return store.read_journal(self.folder)

    def note_pending(self, article_ids: set[str]) -> None:
        """Record, before a commit, the articles it changes: if it does not finish they are redone."""
        store.add_to_journal(self.folder, article_ids)

    def settle(self, article_ids: set[str]) -> None:
        """Take articles off the journal once the library and the index agree on them."""
        store.settle_journal(self.folder, article_ids)

    def restart_pending(self, article_ids: set[str]) -> None:
        """Start the journal again with these articles (after a rebuild replaced a damaged one)."""
        store.restart_journal(self.folder, article_ids)

    def leftovers(self) -> bool:
        """Whether a rebuild cut short left its folders beside the index (see `remove_leftovers`)."""
        return bool(store.leftovers(self.folder))

    def remove_leftovers(self) -> None:
        """Remove what a rebuild cut short left; only while holding the library's write lock, under which
        every rebuild runs."""
        for leftover in store.leftovers(self.folder):
            store.remove_folder(leftover)

    def remove(self) -> None:
        """Delete the index, a rebuild left unfinished and the journal (after the library was replaced)."""
        with self._lock:
            self.close()
            for leftover in (self.folder, *store.leftovers(self.folder)):
                store.remove_folder(leftover)
            store.journal_path(self.folder).unlink(missing_ok=True)

    def _current_searcher(self) -> Searcher:
        if self._index is None:
            raise IndexUnusable("is not open")
        if self._searcher is not None and not self._searcher.up_to_date():
            # not Searcher.refresh(): it reuses the readers of unchanged segments with their old
            # deletions, so a removed or updated article would still be found
            self._searcher.close()
            self._searcher = None
        if self._searcher is None:
            self._searcher = self._index.searcher(weighting=self._weighting)
            self._repeats = counting.RepeatedHeadings(stored_key)
            segments = [reader.segment() for reader, _ in self._searcher.reader().leaf_readers()]
            self._weighting.forget_other_segments({s.segment_id() for s in segments if s is not None})
        return self._searcher
