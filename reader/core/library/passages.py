"""The texts of search hits, read from the library database in one go per search."""

from __future__ import annotations

import sqlite3
from itertools import groupby
from operator import itemgetter

from reader.core.document import trails
from reader.core.search import DocKey, Passage


def read_passages(connection: sqlite3.Connection, keys: list[DocKey]) -> dict[DocKey, Passage]:
    """The title, section heading (with its trail of headings) and text of each key still in the library."""
    if not keys:
        return {}
    articles = sorted({key.article for key in keys})
    titles = dict(
        connection.execute(
            f"SELECT id, title FROM articles WHERE id IN ({', '.join('?' * len(articles))})", articles
        )
    )
    found: dict[DocKey, Passage] = {}
    for key in keys:
        if key.kind == "title" and key.article in titles:
            found[key] = Passage(titles[key.article], None, titles[key.article])
    nested = _trails(connection, sorted({key.article for key in keys if key.kind != "title"}))
    headings = [key for key in keys if key.kind == "heading"]
    if headings:
        rows = connection.execute(
            f"WITH wanted(article, id) AS (VALUES {_pairs(len(headings))}) "
            "SELECT s.article, s.heading_id, s.heading, s.position FROM wanted w "
            "JOIN sections s ON s.article = w.article AND s.heading_id = w.id",
            [value for key in headings for value in key[:2]],
        )
        for article, heading_id, heading, position in rows:
            trail = nested.get((article, position), (heading,))
            found[DocKey(article, heading_id, "heading")] = Passage(titles[article], heading, heading, trail)
    paragraphs = [key for key in keys if key.kind == "paragraph"]
    if paragraphs:
        # a join with the wanted pairs, not `(article, id) IN (VALUES …)`, which SQLite answers by a scan
        rows = connection.execute(
            f"WITH wanted(article, id) AS (VALUES {_pairs(len(paragraphs))}) "
            "SELECT p.article, p.id, p.text, p.section FROM wanted w "
            "JOIN paragraphs p ON p.article = w.article AND p.id = w.id",
            [value for key in paragraphs for value in key[:2]],
        )
        for article, paragraph, text, position in rows:
            trail = nested.get((article, position), ())
            heading = trail[-1] if trail else None
            found[DocKey(article, paragraph, "paragraph")] = Passage(titles[article], heading, text, trail)
    return found


def _trails(connection: sqlite3.Connection, articles: list[str]) -> dict[tuple[str, int], tuple[str, ...]]:
    """The heading trail of every section of the articles, by (article, position)."""
    if not articles:
        return {}
    rows = connection.execute(
        "SELECT article, position, heading, level FROM sections "
        f"WHERE article IN ({', '.join('?' * len(articles))}) ORDER BY article, position",
        articles,
    )
    found: dict[tuple[str, int], tuple[str, ...]] = {}
    for article, group in groupby(rows, key=itemgetter(0)):
        sections = list(group)
        made = trails([(heading, level) for _, _, heading, level in sections])
        for (_, position, _, _), trail in zip(sections, made, strict=True):
            found[(article, position)] = trail
    return found


def _pairs(count: int) -> str:
    return ", ".join(["(?, ?)"] * count)
