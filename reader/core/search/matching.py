"""Matching a query against an article held in memory: every hit in its title, headings and paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.document import Article
from reader.core.search.fields import accepts
from reader.core.search.query import ParsedQuery, parse_query

CHECK_EVERY = 200  # blocks between two looks at `cancelled`


def text_matches(query: str | ParsedQuery, text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of a query's matches in one text."""
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    return parsed.spans(text)


def article_matches(
    query: str | ParsedQuery, article: Article, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, int, int]] | None:
    """Every match of a query in an article as (block id, start, end); None once `cancelled()` says so.

    QueryError for a query that cannot run, as for a search of the index. An article that the query's
    fields (`author:`, `source:`) do not name has none, and a query of fields alone marks no words.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if not accepts(parsed.fields, article):
        return []
    spans: list[tuple[str, int, int]] = []
    for number, block in enumerate(article.blocks()):
        if cancelled is not None and number % CHECK_EVERY == 0 and cancelled():
            return None
        spans.extend((block.id, start, end) for start, end in parsed.spans(block.text))
    return spans
