"""The parts of a query (words, phrases, prefixes) and the Whoosh queries that find them.

A word is looked for by its normalized spelling (boosted: exact spellings rank first) and by its stem,
in the stem field and, for the words that are their own stem (which are not repeated there), in the
exact field. A phrase is its normalized words in a row in the exact field. A prefix is any word, or
any stem, that begins with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq
from whoosh.matching import ListMatcher, Matcher, NullMatcher

from reader.core.search.analysis import EXACT, STEM, WordTerms
from reader.core.text.spelling import loosen  # stems are indexed with their hamza seats folded

EXACT_BOOST = 3.0  # an exact spelling outranks a match through the stem only


@dataclass(frozen=True)
class Word:
    """A word to find by its spelling or its stem; `vocalized` when it was typed with harakat."""

    terms: WordTerms
    vocalized: str | None = None


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
        return terms.stem is not None and terms.stem == wanted.stem
    assert isinstance(clause, Prefix)
    return terms.normalized.startswith(clause.text) or (terms.stem or "").startswith(loosen(clause.text))


def _word_query(terms: WordTerms) -> wq.Query:
    options: list[wq.Query] = [wq.Term(EXACT, terms.normalized, boost=EXACT_BOOST)]
    if terms.stem:
        # words that are their own stem are indexed in `exact` only
        options.append(wq.Term(STEM, terms.stem))
        if terms.stem != terms.normalized:
            options.append(wq.Term(EXACT, terms.stem))
    return one_of(options)


def clause_query(clause: Clause) -> wq.Query:
    """The Whoosh query of one clause."""
    if isinstance(clause, Word):
        return _word_query(clause.terms)
    if isinstance(clause, Prefix):
        stems = PrefixDocuments(STEM, loosen(clause.text))
        return wq.Or([PrefixDocuments(EXACT, clause.text), stems])
    words = [w.terms.normalized for w in clause.words]
    return wq.Term(EXACT, words[0]) if len(words) == 1 else wq.Phrase(EXACT, words)


class PrefixDocuments(wq.Prefix):
    """Whoosh's Prefix query, matched through the set of documents of all the words it expands to.

    Whoosh ORs the expanded words in a tree of matchers and, to skip blocks, asks the whole tree for
    its best possible score at every step: a prefix with a thousand words took 100 ms. Every match of
    a prefix scores the same (the query's boost) either way.
    """

    def matcher(self, searcher, context=None) -> Matcher:
        """A flat matcher over the documents of every word with the prefix."""
        reader = searcher.reader()
        documents: set[int] = set()
        for word in reader.expand_prefix(self.fieldname, self.text):
            documents.update(reader.postings(self.fieldname, word).all_ids())
        if not documents:
            return NullMatcher()
        return ListMatcher(sorted(documents), all_weights=self.boost)


def one_of(queries: list[wq.Query]) -> wq.Query:
    """The query matching any of these (the one itself if there is one)."""
    return queries[0] if len(queries) == 1 else wq.Or(queries)
