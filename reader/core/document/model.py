"""The document model: an article is a title and sections of paragraphs, all immutable."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from reader.core.text import Direction, Judgement, direction_of, judge

BlockKind = Literal["title", "heading", "paragraph"]

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

    @cached_property
    def judgement(self) -> Judgement:
        """The article's direction and language, by the majority of the strong letters of its whole text
        (title, headings and paragraphs), so that an Arabic article opened by an English line stays right
        to left. Each paragraph keeps its own direction, by its first strong letter."""
        return judge(block.text for block in self.blocks())

    @property
    def direction(self) -> Direction:
        """The direction of the article as a whole (see `judgement`)."""
        return self.judgement.direction

    @property
    def language(self) -> str:
        """A guess at the article's language: "ar" for an Arabic-script article, else "und"."""
        return self.judgement.language

    def blocks(self) -> Iterator[Block]:
        """The title, headings and paragraphs in reading order: the one walk over an article's text."""
        yield Block(TITLE_ID, self.title, "title", TITLE_ID, direction_of(self.title))
        for section in self.sections:
            section_id = section.heading_id or TITLE_ID
            if section.heading is not None and section.heading_id is not None:
                heading = section.heading
                yield Block(section.heading_id, heading, "heading", section_id, direction_of(heading))
            for paragraph in section.paragraphs:
                yield Block(paragraph.id, paragraph.text, "paragraph", section_id, paragraph.direction)


class Block(NamedTuple):
    """One block of an article's text: its title, a heading or a paragraph."""

    id: str  # TITLE_ID, a heading id or a paragraph id
    text: str
    kind: BlockKind
    section: str  # the heading id of the section it is in, or TITLE_ID before the first heading
    direction: Direction


class DraftBlock(NamedTuple):
    """A paragraph as an importer reads it; `direction` is set when the source declares one."""

    text: str
    direction: Direction | None = None


@dataclass(frozen=True)
class Draft:
    """What an importer reads from a file, before ids are given: title and (heading, blocks) sections."""

    title: str
    sections: list[tuple[str | None, list[DraftBlock]]]
    format: str
    encoding: str


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
