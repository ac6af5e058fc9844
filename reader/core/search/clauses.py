"""The parts of a query (words, phrases, prefixes) and the Whoosh queries that find them.

A word is looked for by its normalized spelling (boosted: exact spellings rank first) and by its stem,
in the stem field and, for the words that are their own stem (which are not repeated there), in the
exact field, and, below them both, by the stems of the broken plurals or singular that the lexicon
relates to it (`expansion.related_stems`: قلب finds قلوب, أيام finds يوم). A phrase is its normalized
words in a row in the exact field (`phrases.WordsInRow`). A prefix is any word, or
any stem, that begins with it, scored like the words it expands to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from whoosh import query as wq
from whoosh.matching import ListMatcher, Matcher, NullMatcher

from reader.core.search.analysis import EXACT, STEM, WordTerms
from reader.core.search.phrases import WordsInRow
from reader.core.search.scoring import CachedLengthsBM25F, ScoreBlock, prefix_postings
from reader.core.text.spelling import loosen  # stems are indexed with their hamza seats folded

EXACT_BOOST = 3.0  # an exact spelling outranks a match through the stem only
RELATED_BOOST = 0.5  # a broken plural or singular the lexicon relates ranks below the word's own forms
PREFIX_TERMS = 2000  # words of a prefix scored one by one (see ScoredPrefix)


@dataclass(frozen=True)
class Word:
    """A word to find by its spelling or its stem; `vocalized` when it was typed with harakat."""

    terms: WordTerms
    vocalized: str | None = None
    related: tuple[str, ...] = ()  # the stems of its broken plurals or singular (required words only)


@dataclass(frozen=True)
class Phrase:
    """Words in a row, matched by their normalized spelling."""

    words: tuple[Word, ...]


@dataclass(frozen=True)
class Prefix:
    """The beginning of a word, matched against spellings and stems."""

    text: str


Clause = Word | Phrase | Prefix


def matches(clause: Word | Prefix, terms: WordTerms) -> bool:
    """Whether a word of a text, by its terms, is matched by a word or prefix clause."""
    if isinstance(clause, Word):
        wanted = clause.terms
        if terms.normalized in (wanted.normalized, wanted.stem):
            return True
        if terms.stem is not None and terms.stem == wanted.stem:
            return True
        return bool(clause.related) and (terms.stem in clause.related or terms.normalized in clause.related)
    assert isinstance(clause, Prefix)
    return terms.normalized.startswith(clause.text) or (terms.stem or "").startswith(loosen(clause.text))


def _word_query(word: Word) -> wq.Query:
    terms = word.terms
    options: list[wq.Query] = [wq.Term(EXACT, terms.normalized, boost=EXACT_BOOST)]
    if terms.stem:
        # words that are their own stem are indexed in `exact` only
        options.append(wq.Term(STEM, terms.stem))
        if terms.stem != terms.normalized:
            options.append(wq.Term(EXACT, terms.stem))
    for related in word.related:
        options += [wq.Term(STEM, related, boost=RELATED_BOOST), wq.Term(EXACT, related, boost=RELATED_BOOST)]
    return one_of(options)


def clause_query(clause: Clause) -> wq.Query:
    """The Whoosh query of one clause."""
    if isinstance(clause, Word):
        return _word_query(clause)
    if isinstance(clause, Prefix):
        stems = ScoredPrefix(STEM, loosen(clause.text))
        return wq.Or([ScoredPrefix(EXACT, clause.text, boost=EXACT_BOOST), stems])
    words = [w.terms for w in clause.words]
    return wq.Term(EXACT, words[0].normalized) if len(words) == 1 else WordsInRow(words)


class ScoredPrefix(wq.Prefix):
    """Whoosh's Prefix query, scored by BM25F like a word, in one flat matcher.

    Whoosh's own Prefix gives every match the same score, and its scored form ORs the expanded words in
    a tree of matchers that it asks for its best possible score at every step (a prefix with a thousand
    words took 100 ms). Here the postings of each word are scored once and summed per document; past
    PREFIX_TERMS words, the rest still match, at the weakest score seen, so that a very short prefix
    stays quick.
    """

    def matcher(self, searcher, context=None) -> Matcher:
        """A flat matcher over the documents of every word with the prefix, with their BM25F scores."""
        reader = searcher.reader()
        scores: dict[int, float] = {}
        unscored: set[int] = set()
        for count, (word, blocks) in enumerate(prefix_postings(reader, self.fieldname, self.text)):
            if count >= PREFIX_TERMS:
                unscored.update(docnum for ids, _ in blocks for docnum in ids)
                continue
            score_block = _block_scorer(searcher, self.fieldname, word)
            for ids, weights in blocks:
                for docnum, value in zip(ids, score_block(ids, weights), strict=True):
                    scores[docnum] = scores.get(docnum, 0.0) + value
        if unscored:
            weakest = min(scores.values(), default=0.0)
            for docnum in unscored - scores.keys():
                scores[docnum] = weakest
        self.found[id(reader)] = frozenset(scores)  # for counting.matching, which would walk them again
        if not scores:
            return NullMatcher()
        documents = sorted(scores)
        return ScoredDocuments(documents, [scores[docnum] * self.boost for docnum in documents])

    @cached_property
    def found(self) -> dict[int, frozenset[int]]:
        """The documents matched in each segment reader (by id) this query made a matcher for."""
        return {}

    def estimate_size(self, ixreader) -> int:
        """An upper bound, without looking up every word (Whoosh asks, to order the parts of an OR)."""
        return ixreader.doc_count_all()


class ScoredDocuments(ListMatcher):
    """Whoosh's ListMatcher, with its best score found once: Whoosh asks for it at every few matches."""

    def __init__(self, ids: list[int], scores: list[float]) -> None:
        super().__init__(ids, scores)
        self._best = max(scores)

    def block_max_weight(self) -> float:
        """The best score of the documents (ListMatcher takes max() of them all, each time)."""
        return self._best


def _block_scorer(searcher, fieldname: str, word: bytes) -> ScoreBlock:
    """Scores for blocks of a word's postings: Qari's weighting all at once, another one by one."""
    weighting = searcher.weighting
    if isinstance(weighting, CachedLengthsBM25F):
        block_scores = weighting.block_scores(searcher, fieldname, word)
        if block_scores is not None:
            return block_scores
    scorer = weighting.scorer(searcher, fieldname, word)

    def one_by_one(ids: Sequence[int], weights: Sequence[float]) -> list[float]:
        return [scorer.score(ListMatcher([d], [w])) for d, w in zip(ids, weights, strict=True)]

    return one_by_one


def one_of(queries: list[wq.Query]) -> wq.Query:
    """The query matching any of these (the one itself if there is one)."""
    return queries[0] if len(queries) == 1 else wq.Or(queries)
