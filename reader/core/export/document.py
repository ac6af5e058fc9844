"""What every export shows: articles with their highlights in reading order, each with its locator."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reader.core.document import Article, section_trails
from reader.core.export.labels import labels_for
from reader.core.highlights import Bookmark, Highlight
from reader.core.text import Direction, direction_of

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab and line breaks

Where = Literal["title", "heading", "paragraph", "orphaned"]
Heads = list[tuple[int, str]]
"""Headings to write, each with its depth under the title (1, 2 …), outermost first."""


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article and the highlights and bookmarks to export from it."""

    article: Article
    highlights: tuple[Highlight, ...]
    bookmarks: tuple[Bookmark, ...] = ()


@dataclass(frozen=True)
class Located:
    """A highlight with where it is: its section's heading, the trail of headings down to it (outermost
    first, `section` last; () before the first heading, in the title or orphaned), and its paragraph's
    number in the article."""

    highlight: Highlight
    where: Where
    section: str | None
    number: int | None
    direction: Direction
    headings: tuple[str, ...] = ()

    def locator(self, language: str = "en") -> str:
        """A short locator in a language of `LABELS`: '¶ 12', 'title', 'heading' or 'orphaned' in English."""
        labels = labels_for(language)
        if self.where == "paragraph":
            return labels["paragraph"].format(number=self.number)
        return labels[self.where]


def printable(text: str) -> str:
    """Text without the control characters no document format may hold (NUL, escape …), each shown as
    U+FFFD; tabs and line breaks stay."""
    return _CONTROLS.sub("\ufffd", text)


def locate(article: Article, highlights: Sequence[Highlight]) -> list[Located]:
    """The highlights in reading order (orphaned ones last), each with its locator."""
    places: dict[str, tuple[int, Where, tuple[str, ...], int | None, Direction]] = {}
    trails = section_trails(article)
    number = 0
    for order, block in enumerate(article.blocks()):
        if block.kind == "paragraph":
            number += 1
        trail = trails.get(block.section, ()) if block.kind != "title" else ()
        places[block.id] = (order, block.kind, trail, number if block.kind == "paragraph" else None,
                            block.direction)
    placed: list[tuple[int, int, Located]] = []  # by block, then by start
    orphaned: list[tuple[str, Located]] = []  # by creation time, after every placed one
    for highlight in highlights:
        place = places.get(highlight.paragraph) if highlight.state != "orphaned" else None
        if place is None:
            direction = direction_of(highlight.quote)
            orphaned.append((highlight.created, Located(highlight, "orphaned", None, None, direction)))
        else:
            rank, where, trail, paragraph_number, direction = place
            section = trail[-1] if trail else None
            located = Located(highlight, where, section, paragraph_number, direction, trail)
            placed.append((rank, highlight.start, located))
    placed.sort(key=lambda row: row[:2])
    orphaned.sort(key=lambda row: row[0])
    return [entry for *_, entry in placed] + [entry for _, entry in orphaned]


def by_section(article: Article, highlights: Sequence[Highlight]) -> list[tuple[Heads, list[Located]]]:
    """The located highlights grouped by the section they are in, in order; orphaned ones in a last group.

    Each group comes with the headings to write before it: its trail's headings that the group before
    did not already open, each with its depth (1 for a section right under the title), so that nested
    sections are written under their chapter's heading once."""
    groups: list[tuple[Heads, list[Located]]] = []
    last: object = object()
    opened: tuple[str, ...] = ()
    for entry in locate(article, highlights):
        key = ("orphaned",) if entry.where == "orphaned" else entry.headings
        if key != last:
            trail = entry.headings
            kept = 0
            while kept < min(len(opened), len(trail)) and opened[kept] == trail[kept]:
                kept += 1
            groups.append(([(depth + 1, trail[depth]) for depth in range(kept, len(trail))], []))
            opened, last = entry.headings, key
        groups[-1][1].append(entry)
    return groups


def references(article: Article) -> list[tuple[str, str]]:
    """What an export names about an article besides its title, as (label key, value), when known: its
    author, its date and its source (the address it was published at, else the file or address it was
    read from)."""
    found = [("author", article.metadata.author), ("date", article.metadata.date)]
    found.append(("source", article.metadata.address or article.source.path))
    return [(key, value.strip()) for key, value in found if value.strip()]


def article_direction(article: Article) -> Direction:
    """The direction of an article: that of the majority of the strong letters of its whole text."""
    return article.direction


def article_language(article: Article) -> str:
    """The language of an article for `lang`: "ar" for an Arabic-script article, else "und"."""
    return article.language
