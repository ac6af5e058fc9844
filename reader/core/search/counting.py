"""Every document a query matches, with its score, read from the postings block by block.

Whoosh's count is not the number of matches once it skips: its collector drops the branches of an OR
that can no longer reach the best hits and skips blocks of postings, so the count depended on the limit
(a prefix query reported 67 / 133 / 284 / 504 hits for limits 1 / 5 / 20 / 100), and its exact count
(`len(results)`) runs the query again without the mask of excluded words. Here each word's postings are
read as arrays and scored at once (BM25F as Whoosh has it, `scoring.BlockScores`), joined as the query
joins them (OR: the sum over any; AND: the sum over all): every match is seen, so the count is exact,
and it took less time than Whoosh's matchers took to find the best 20 (a matcher call per posting).
Phrases, which need positions, go through Whoosh's matcher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from reader.core.search.results import DocKey, repeated_heading
from reader.core.search.scoring import CachedLengthsBM25F, posting_blocks, prefix_postings


def matching(searcher: Searcher, query: wq.Query) -> set[int]:
    """The (top-level) numbers of the documents `query` matches, deleted ones left out."""
    found: set[int] = set()
    for leaf, offset in searcher.leaf_searchers():
        documents = _documents(leaf, query)
        reader = leaf.reader()
        if reader.has_deletions():
            documents = {docnum for docnum in documents if not reader.is_deleted(docnum)}
        found.update(docnum + offset for docnum in documents)
    return found


def scored(searcher: Searcher, query: wq.Query) -> dict[int, float] | None:
    """The (top-level) numbers of the documents `query` matches with their scores; None when the index
    is not read through Qari's weighting (then Whoosh's own search must do)."""
    found: dict[int, float] = {}
    for leaf, offset in searcher.leaf_searchers():
        scores = _scores(leaf, query)
        if scores is None:
            return None
        found.update((docnum + offset, score) for docnum, score in scores.items())
    return found


def _scores(leaf: Searcher, query: wq.Query) -> dict[int, float] | None:
    reader = leaf.reader()
    if isinstance(query, wq.Term):
        if (query.fieldname, query.text) not in reader:
            return {}
        weighting = leaf.weighting
        block_scores = isinstance(weighting, CachedLengthsBM25F) and weighting.block_scores(
            leaf, query.fieldname, query.text
        )
        if not block_scores:
            return None
        scores: dict[int, float] = {}
        boost = query.boost
        for ids, weights in posting_blocks(reader.postings(query.fieldname, query.text)):
            scores.update(zip(ids, (value * boost for value in block_scores(ids, weights)), strict=True))
        return scores
    if isinstance(query, (wq.Or, wq.And)):
        parts = [_scores(leaf, part) for part in query.subqueries]
        if any(part is None for part in parts):
            return None
        return _joined([part for part in parts if part is not None], isinstance(query, wq.And), query.boost)
    matcher = query.matcher(leaf, leaf.context())  # a prefix's flat matcher, a phrase's positions
    scores = {}
    while matcher.is_active():
        scores[matcher.id()] = matcher.score()
        matcher.next()
    return scores


def _joined(parts: list[dict[int, float]], every: bool, boost: float) -> dict[int, float]:
    if every:
        parts.sort(key=len)
        documents = set(parts[0]).intersection(*parts[1:]) if parts else set()
        joined = {docnum: sum(part[docnum] for part in parts) for docnum in documents}
    else:
        joined = {}
        for part in parts:
            for docnum, score in part.items():
                joined[docnum] = joined.get(docnum, 0.0) + score
    return {docnum: score * boost for docnum, score in joined.items()} if boost != 1.0 else joined


def _documents(leaf: Searcher, query: wq.Query) -> set[int]:
    reader = leaf.reader()
    if isinstance(query, wq.Term):
        if (query.fieldname, query.text) not in reader:
            return set()
        return {
            docnum
            for ids, _ in posting_blocks(reader.postings(query.fieldname, query.text))
            for docnum in ids
        }
    if isinstance(query, wq.Prefix):  # Qari's scored prefix: its words' documents, not their scores
        known = getattr(query, "found", {}).get(id(reader))  # when its matcher ran on this reader
        if known is not None:
            return set(known)
        found: set[int] = set()
        for _, blocks in prefix_postings(reader, query.fieldname, query.text):
            for ids, _ in blocks:
                found.update(ids)
        return found
    if isinstance(query, wq.Or):
        return set().union(*(_documents(leaf, part) for part in query.subqueries))
    if isinstance(query, wq.And):
        parts = sorted((_documents(leaf, part) for part in query.subqueries), key=len)
        return parts[0].intersection(*parts[1:]) if parts else set()
    return set(query.matcher(leaf).all_ids())  # phrases: positions decide


class RepeatedHeadings:
    """Which matching documents repeat a heading of their article, learnt as they match, for one searcher."""

    def __init__(self, key: Callable[[dict[str, Any]], DocKey]) -> None:
        self._key = key
        self._headings: set[int] | None = None
        self._repeats: dict[int, bool] = {}

    def among(self, searcher: Searcher, documents: Iterable[int]) -> set[int]:
        """Those of `documents` that repeat a heading earlier in their article."""
        if self._headings is None:
            self._headings = {
                docnum + offset
                for leaf, offset in searcher.leaf_searchers()
                if ("kind", "heading") in leaf.reader()
                for ids, _ in posting_blocks(leaf.reader().postings("kind", "heading"))
                for docnum in ids
            }
        headings = self._headings.intersection(documents)
        for docnum in headings - self._repeats.keys():
            self._repeats[docnum] = repeated_heading(self._key(searcher.stored_fields(docnum)))
        return {docnum for docnum in headings if self._repeats[docnum]}
