"""Field filters run on the index: the articles `author:` and `source:` name, and their documents.

The author and source terms are on each article's title document only (`writer.documents`), so a filter
finds titles, and the article ids on them scope the query's other documents.
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh import query as wq
from whoosh.searching import Searcher

from reader.core.search import counting
from reader.core.search.fields import AUTHOR, BYLINE, SOURCE, FieldFilter
from reader.core.search.results import stored_key


def titles_named(searcher: Searcher, filters: Iterable[FieldFilter]) -> dict[int, str]:
    """The title documents (numbers, with their article ids) of the articles that pass every filter."""
    filters = list(filters)
    positive = [f for f in filters if not f.negated]
    if positive:
        found = set.intersection(*(_named(searcher, f) for f in positive))
    else:
        found = counting.matching(searcher, wq.Term("kind", "title"))
    for negated in (f for f in filters if f.negated):
        found -= _named(searcher, negated)
    return {docnum: stored_key(searcher.stored_fields(docnum)).article for docnum in found}


def within(searcher: Searcher, scores: dict[int, float], named: dict[int, str]) -> dict[int, float]:
    """Those of the scored documents that belong to the named articles (`titles_named`), found through
    the named articles or through the others, whichever are fewer (each costs a look-up)."""
    others = counting.matching(searcher, wq.Term("kind", "title")) - named.keys()
    if len(others) < len(named):
        gone = documents_of(searcher, (stored_key(searcher.stored_fields(d)).article for d in others))
        return {docnum: score for docnum, score in scores.items() if docnum not in gone}
    kept = documents_of(searcher, named.values())
    return {docnum: score for docnum, score in scores.items() if docnum in kept}


def documents_of(searcher: Searcher, article_ids: Iterable[str]) -> set[int]:
    """Every document of these articles."""
    terms: list[wq.Query] = [wq.Term("article", article_id) for article_id in set(article_ids)]
    return counting.matching(searcher, wq.Or(terms)) if terms else set()


def _named(searcher: Searcher, field: FieldFilter) -> set[int]:
    """The title documents a filter names (as if it were not negated)."""
    name = AUTHOR if field.name == "author" else SOURCE
    words = [wq.Or([wq.Term(name, term) for term in sorted(terms)]) for terms in field.terms]
    found = counting.matching(searcher, words[0] if len(words) == 1 else wq.And(words))
    if field.needs_check():  # the words in a row: the byline decides
        found = {d for d in found if field.matches(searcher.stored_fields(d).get(BYLINE, ""), ())}
    return found
