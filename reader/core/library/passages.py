"""The texts of search hits, read from the library database in one go per search."""

from __future__ import annotations

import sqlite3

from reader.core.search import DocKey, Passage


def read_passages(connection: sqlite3.Connection, keys: list[DocKey]) -> dict[DocKey, Passage]:
    """The title, section heading and text of each key that is still in the library."""
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
    headings = [key for key in keys if key.kind == "heading"]
    if headings:
        rows = connection.execute(
            f"WITH wanted(article, id) AS (VALUES {_pairs(len(headings))}) "
            "SELECT s.article, s.heading_id, s.heading FROM wanted w "
            "JOIN sections s ON s.article = w.article AND s.heading_id = w.id",
            [value for key in headings for value in key[:2]],
        )
        for article, heading_id, heading in rows:
            found[DocKey(article, heading_id, "heading")] = Passage(titles[article], heading, heading)
    paragraphs = [key for key in keys if key.kind == "paragraph"]
    if paragraphs:
        # a join with the wanted pairs, not `(article, id) IN (VALUES …)`, which SQLite answers by a scan
        rows = connection.execute(
            f"WITH wanted(article, id) AS (VALUES {_pairs(len(paragraphs))}) "
            "SELECT p.article, p.id, p.text, s.heading FROM wanted w "
            "JOIN paragraphs p ON p.article = w.article AND p.id = w.id "
            "LEFT JOIN sections s ON s.article = p.article AND s.position = p.section",
            [value for key in paragraphs for value in key[:2]],
        )
        for article, paragraph, text, heading in rows:
            found[DocKey(article, paragraph, "paragraph")] = Passage(titles[article], heading, text)
    return found


def _pairs(count: int) -> str:
    return ", ".join(["(?, ?)"] * count)
