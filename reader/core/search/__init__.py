"""Full-text Arabic search behind one narrow face: an index of articles, a query language, ranked hits.

Whoosh stands behind this face only; callers use the names below, so another engine could take its place.
Importing this package loads Whoosh: callers that must start quickly import it when first needed.
"""

from reader.core.search.index import SearchIndex, SearchIndexError
from reader.core.search.matching import article_matches, text_matches
from reader.core.search.query import REFUSALS, ParsedQuery, QueryError, parse_query
from reader.core.search.results import DocKey, Hit, Passage, SearchResult
from reader.core.search.snippet import MARKS, SNIPPET_WIDTH, snippet
from reader.core.search.store import IndexUnusable
from reader.core.search.writer import ArticleWriter

__all__ = [
    "MARKS",
    "REFUSALS",
    "SNIPPET_WIDTH",
    "ArticleWriter",
    "DocKey",
    "Hit",
    "IndexUnusable",
    "ParsedQuery",
    "Passage",
    "QueryError",
    "SearchIndex",
    "SearchIndexError",
    "SearchResult",
    "article_matches",
    "parse_query",
    "snippet",
    "text_matches",
]
