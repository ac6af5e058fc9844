"""The document model: an article is a title and sections of paragraphs, all immutable."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Literal, NamedTuple

Direction = Literal["rtl", "ltr"]

TITLE_ID = "title"
"""The id under which an article's title is addressed (search hits, highlights)."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: a stable id, its text exactly as in the source, and its direction."""

    id: str
    text: str
    direction: Direction


@dataclass(frozen=True)
class Section:
    """A heading (None for the paragraphs before the first heading) and its paragraphs."""

    heading: str | None
    heading_id: str | None
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Source:
    """Where an article came from and how it was read."""

    path: str
    format: str
    encoding: str
    sha256: str


@dataclass(frozen=True)
class Article:
    """An imported article."""

    id: str
    title: str
    source: Source
    sections: tuple[Section, ...]

    def paragraphs(self) -> list[Paragraph]:
        """All paragraphs in reading order."""
        return [p for section in self.sections for p in section.paragraphs]

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        """The paragraph with this id, or None."""
        return next((p for p in self.paragraphs() if p.id == paragraph_id), None)

    def section_of(self, paragraph_id: str) -> Section | None:
        """The section that holds this paragraph, or None."""
        return next((s for s in self.sections if any(p.id == paragraph_id for p in s.paragraphs)), None)


class Block(NamedTuple):
    """A paragraph as an importer reads it; `direction` is set when the source declares one."""

    text: str
    direction: Direction | None = None


@dataclass(frozen=True)
class Draft:
    """What an importer reads from a file, before ids are given: title and (heading, blocks) sections."""

    title: str
    sections: list[tuple[str | None, list[Block]]]
    format: str
    encoding: str


def first_strong(text: str) -> Direction | None:
    """The direction of a text's first strong character (Unicode bidi classes L, R, AL), or None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def direction_of(text: str, default: Direction = "rtl") -> Direction:
    """The direction of a text by its first strong character; `default` when it has none."""
    return first_strong(text) or default


def _content_ids(prefix: str, texts: list[str]) -> list[str]:
    """Ids derived from content, so an unchanged paragraph keeps its id across re-imports.

    A text that occurs more than once gets its occurrence number appended.
    """
    seen: Counter[str] = Counter()
    ids = []
    for text in texts:
        digest = hashlib.blake2s(text.encode("utf-8"), digest_size=5).hexdigest()
        seen[digest] += 1
        ids.append(f"{prefix}{digest}" if seen[digest] == 1 else f"{prefix}{digest}-{seen[digest]}")
    return ids


def build_article(article_id: str, draft: Draft, source: Source) -> Article:
    """Give a draft its ids: the article's, and a content-derived id for each heading and paragraph."""
    texts = [block.text for _, blocks in draft.sections for block in blocks]
    paragraph_ids = iter(_content_ids("p", texts))
    heading_ids = iter(_content_ids("h", [h for h, _ in draft.sections if h is not None]))
    sections = []
    for heading, blocks in draft.sections:
        paragraphs = tuple(
            Paragraph(next(paragraph_ids), b.text, b.direction or direction_of(b.text)) for b in blocks
        )
        heading_id = next(heading_ids) if heading is not None else None
        sections.append(Section(heading, heading_id, paragraphs))
    return Article(article_id, draft.title, source, tuple(sections))
