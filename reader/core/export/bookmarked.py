"""The bookmarks an export lists with an article's highlights: in reading order, each with its locator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.document import Article
from reader.core.export.document import Where
from reader.core.export.labels import labels_for
from reader.core.highlights import Bookmark


@dataclass(frozen=True)
class PlacedBookmark:
    """A bookmark with where it is: title, heading, paragraph (with its number) or orphaned."""

    bookmark: Bookmark
    where: Where
    number: int | None

    def locator(self, language: str = "en") -> str:
        """A short locator in a language of `LABELS`, as a highlight's is."""
        labels = labels_for(language)
        if self.where == "paragraph":
            return labels["paragraph"].format(number=self.number)
        return labels[self.where]


def place_bookmarks(article: Article, bookmarks: Sequence[Bookmark]) -> list[PlacedBookmark]:
    """The bookmarks in reading order (orphaned ones last, by creation time)."""
    places: dict[str, tuple[int, Where, int | None]] = {}
    number = 0
    for order, block in enumerate(article.blocks()):
        number += block.kind == "paragraph"
        places[block.id] = (order, block.kind, number if block.kind == "paragraph" else None)
    placed: list[tuple[int, str, PlacedBookmark]] = []
    orphaned: list[tuple[str, PlacedBookmark]] = []
    for bookmark in bookmarks:
        place = places.get(bookmark.paragraph) if bookmark.state != "orphaned" else None
        if place is None:
            orphaned.append((bookmark.created, PlacedBookmark(bookmark, "orphaned", None)))
        else:
            order, where, paragraph_number = place
            placed.append((order, bookmark.created, PlacedBookmark(bookmark, where, paragraph_number)))
    placed.sort(key=lambda row: row[:2])
    orphaned.sort(key=lambda row: row[0])
    return [entry for *_, entry in placed] + [entry for _, entry in orphaned]
