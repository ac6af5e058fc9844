"""What every export shows: articles with their highlights in reading order, each with its locator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reader.core.document import Article
from reader.core.export.labels import labels_for
from reader.core.highlights import Highlight
from reader.core.text import Direction, direction_of

Where = Literal["title", "heading", "paragraph", "orphaned"]


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article and the highlights to export from it."""

    article: Article
    highlights: tuple[Highlight, ...]


@dataclass(frozen=True)
class Located:
    """A highlight with where it is: its section's heading, and its paragraph's number in the article."""

    highlight: Highlight
    where: Where
    section: str | None
    number: int | None
    direction: Direction

    def locator(self, language: str = "en") -> str:
        """A short locator in a language of `LABELS`: '¶ 12', 'title', 'heading' or 'orphaned' in English."""
        labels = labels_for(language)
        if self.where == "paragraph":
            return labels["paragraph"].format(number=self.number)
        return labels[self.where]


def locate(article: Article, highlights: Sequence[Highlight]) -> list[Located]:
    """The highlights in reading order (orphaned ones last), each with its locator."""
    places: dict[str, tuple[int, Where, str | None, int | None, Direction]] = {}
    headings: dict[str, str] = {}
    number = 0
    for order, block in enumerate(article.blocks()):
        if block.kind == "heading":
            headings[block.id] = block.text
        if block.kind == "paragraph":
            number += 1
        section = headings.get(block.section) if block.kind != "title" else None
        places[block.id] = (order, block.kind, section, number if block.kind == "paragraph" else None,
                            block.direction)
    placed: list[tuple[int, int, Located]] = []  # by block, then by start
    orphaned: list[tuple[str, Located]] = []  # by creation time, after every placed one
    for highlight in highlights:
        place = places.get(highlight.paragraph) if highlight.state != "orphaned" else None
        if place is None:
            direction = direction_of(highlight.quote)
            orphaned.append((highlight.created, Located(highlight, "orphaned", None, None, direction)))
        else:
            rank, where, section, paragraph_number, direction = place
            placed.append(
                (rank, highlight.start, Located(highlight, where, section, paragraph_number, direction))
            )
    placed.sort(key=lambda row: row[:2])
    orphaned.sort(key=lambda row: row[0])
    return [entry for *_, entry in placed] + [entry for _, entry in orphaned]


def by_section(article: Article, highlights: Sequence[Highlight]) -> list[tuple[str | None, list[Located]]]:
    """The located highlights grouped by the section they are in, in order; orphaned ones in a last group."""
    groups: list[tuple[str | None, list[Located]]] = []
    last: object = object()
    for entry in locate(article, highlights):
        key = ("orphaned",) if entry.where == "orphaned" else entry.section
        if key != last:
            groups.append((entry.section, []))
            last = key
        groups[-1][1].append(entry)
    return groups


def article_direction(article: Article) -> Direction:
    """The direction of an article: that of the majority of the strong letters of its whole text."""
    return article.direction


def article_language(article: Article) -> str:
    """The language of an article for `lang`: "ar" for an Arabic-script article, else "und"."""
    return article.language
