"""CSV: one row per highlight and one per bookmark (`kind` says which), UTF-8 with a byte-order mark so
that spreadsheet programs read Arabic right.

A cell that starts with = + - @, a tab or a carriage return would be run as a formula by a spreadsheet
(CSV injection); such cells get a leading apostrophe, which spreadsheets show as text and do not keep.
Direction controls that a cell leaves open are closed at the end of each of its lines, so that a text
editor never lays out the rest of the row reversed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from reader.core.document import join_trail
from reader.core.export.bookmarked import place_bookmarks
from reader.core.export.document import AnnotatedArticle, locate, printable, references
from reader.core.text import balance

COLUMNS = (
    "article_id",
    "article_title",
    "section",
    "place",
    "paragraph_number",
    "paragraph_id",
    "start",
    "end",
    "quote",
    "note",
    "color",
    "state",
    "created",
    "modified",
    "highlight_id",
    "group_id",
    "headings",
    "author",
    "date",
    "source",
    "kind",
    "name",
)
"""The columns, in order; the README describes each. New ones go at the end: programs read them by place."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render(items: Sequence[AnnotatedArticle], language: str = "en") -> bytes:
    """The highlights of the articles as CSV bytes: BOM, header, one row per highlight, CRLF lines.

    The same in every language: its columns and codes (place, colour, state) are for programs to read.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in items:
        article = item.article
        known = dict(references(article))
        about = (known.get("author", ""), known.get("date", ""), known.get("source", ""))
        for entry in locate(article, item.highlights):
            h = entry.highlight
            section = entry.section if entry.where != "orphaned" else None
            number = entry.number if entry.number is not None else ""
            row = (
                article.id,
                article.title,
                section or "",
                entry.where,
                number,
                h.paragraph,
                h.start,
                h.end,
                h.quote,
                h.note or "",
                h.color,
                h.state,
                h.created,
                h.modified,
                h.id,
                h.group or "",
                join_trail(entry.headings),
                *about,
                "highlight",
                "",
            )
            writer.writerow(_cells(row))
        for placed in place_bookmarks(article, item.bookmarks):
            b = placed.bookmark
            number = placed.number if placed.number is not None else ""
            # a bookmark's row: its block's start as the quote, its id in the id column, no span or colour
            cells = (
                article.id, article.title, "", placed.where, number, b.paragraph, "", "", b.quote, "", "",
                b.state, b.created, b.modified, b.id, "", "", *about, "bookmark", b.name,
            )
            writer.writerow(_cells(cells))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cells(row: tuple[object, ...]) -> list[object]:
    """A row's cells as written: text printable, its direction controls closed, no formula."""
    return [neutralize(balance(printable(cell))) if isinstance(cell, str) else cell for cell in row]


def neutralize(cell: str) -> str:
    """A cell that a spreadsheet would run as a formula, made plain text."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
