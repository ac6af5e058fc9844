"""Phrases: words in a row, looked for from the rarest of their terms, stop words through their pairs.

Whoosh's phrase query walks the postings of all its words together and compares positions wherever they
meet; a phrase with a stop word (`"بعد الجضاحة"`) met the stop word in most paragraphs, and one of stop
words only (`"أو قبل"`) was the slowest query of all. `WordsInRow` finds each pair of stop words in a row
by its term in the grams field (see `analysis`), every other word by its term in the exact field, and
starts from the term in the fewest documents: the others are only looked up in those documents (a block
of postings is read only when it may hold one), and the phrase is there when their positions line up.
It finds what Whoosh's phrase finds, with the same score: the sum of each word's BM25F score in the
exact field.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher, Matcher, NullMatcher

from reader.core.search.analysis import EXACT, GRAMS, WordTerms, gram
from reader.core.search.scoring import CachedLengthsBM25F

Unit = tuple[str, str, int]  # (field, term, offset of its first word in the phrase)


def units(words: Sequence[WordTerms]) -> list[Unit]:
    """The terms that together say the phrase is there: a pair for two stop words in a row, the word
    itself for any word no pair covers."""
    found: list[Unit] = []
    covered: set[int] = set()
    for i, (first, second) in enumerate(pairwise(words)):
        if first.stem is None and second.stem is None:
            found.append((GRAMS, gram(first.normalized, second.normalized), i))
            covered.update((i, i + 1))
    found += [(EXACT, word.normalized, i) for i, word in enumerate(words) if i not in covered]
    return found


class WordsInRow(wq.Phrase):
    """Whoosh's Phrase of normalized words in the exact field, matched as the module says."""

    def __init__(self, words: Sequence[WordTerms], boost: float = 1.0) -> None:
        super().__init__(EXACT, [word.normalized for word in words], boost=boost)
        self.units = units(words)

    def normalize(self) -> WordsInRow:
        """Itself: its words are already normalized (Whoosh's would rebuild it as a Phrase)."""
        return self

    def matcher(self, searcher, context=None) -> Matcher:
        """The documents with the phrase and their scores, in one flat matcher."""
        documents = sorted(self._starts(searcher.reader()))
        if not documents:
            return NullMatcher()
        scores = [0.0] * len(documents)
        for word in self.words:  # as Whoosh's phrase scores: each word's score in its field, summed
            for i, score in enumerate(_word_scores(searcher, word.encode("utf-8"), documents)):
                scores[i] += score
        if self.boost != 1.0:
            scores = [score * self.boost for score in scores]
        return ListMatcher(documents, scores)

    def _starts(self, reader) -> dict[int, set[int]]:
        """The documents with the phrase, and where it starts in each."""
        terms = []
        for field, term, offset in self.units:
            text = term.encode("utf-8")
            if (field, text) not in reader:
                return {}
            terms.append((reader.doc_frequency(field, text), field, text, offset))
        terms.sort()
        _, field, text, offset = terms[0]
        decode = reader.schema[field].format.decode_positions
        starts = {
            docnum: {p - offset for p in decode(value)}
            for docnum, _, value in _postings_in(reader.postings(field, text), None)
        }
        for _, field, text, offset in terms[1:]:
            decode = reader.schema[field].format.decode_positions
            kept: dict[int, set[int]] = {}
            for docnum, _, value in _postings_in(reader.postings(field, text), sorted(starts)):
                found = starts[docnum].intersection(p - offset for p in decode(value))
                if found:
                    kept[docnum] = found
            starts = kept
            if not starts:
                break
        return starts


Posting = tuple[int, float, bytes]


def _postings_in(postings: Matcher, documents: list[int] | None) -> Iterator[Posting]:
    """(document, weight, value) of a term's postings in `documents` (sorted; None for all of them).

    Whoosh's matcher steps through a block one posting at a time even to skip; here a block that ends
    before the next wanted document is not read, and a read one is looked up at once.
    """
    if not isinstance(postings, W3LeafMatcher):  # a short list in its entry, or deletions to filter
        yield from _postings_one_by_one(postings, documents)
        return
    at = 0
    while postings.is_active() and (documents is None or at < len(documents)):
        last = postings.block_max_id()
        if documents is not None and last < documents[at]:
            postings._next_block()
            continue
        postings._read_ids()
        postings._read_weights()
        postings._read_values()
        ids, weights, values = postings._ids, postings._weights, postings._values
        if documents is None:
            yield from zip(ids, weights, values, strict=True)
        else:
            end = bisect_right(documents, last, at)
            where = dict(zip(ids, range(len(ids)), strict=True))
            for docnum in documents[at:end]:
                k = where.get(docnum)
                if k is not None:
                    yield docnum, weights[k], values[k]
            at = end
        postings._next_block()


def _postings_one_by_one(postings: Matcher, documents: list[int] | None) -> Iterator[Posting]:
    if documents is None:
        while postings.is_active():
            yield postings.id(), postings.weight(), postings.value()
            postings.next()
        return
    for docnum in documents:
        if not postings.is_active():
            return
        if postings.id() < docnum:
            postings.skip_to(docnum)
            if not postings.is_active():
                return
        if postings.id() == docnum:
            yield docnum, postings.weight(), postings.value()


def _word_scores(searcher, word: bytes, documents: list[int]) -> list[float]:
    """The BM25F scores of a word in the exact field of `documents`, which all have it."""
    weighting = searcher.weighting
    reader = searcher.reader()
    block_scores = isinstance(weighting, CachedLengthsBM25F) and weighting.block_scores(searcher, EXACT, word)
    if block_scores:
        weights = [weight for _, weight, _ in _postings_in(reader.postings(EXACT, word), documents)]
        return block_scores(documents, weights)
    postings = searcher.postings(EXACT, word, weighting=weighting)  # Whoosh's scorer, one by one
    scores = []
    for docnum in documents:
        postings.skip_to(docnum)
        scores.append(postings.score())
    return scores
