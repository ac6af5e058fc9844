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
    """A heading (None for the paragraphs before the first heading) and its paragraphs.

    `level` is the heading's depth as the source gives it (HTML `<h2>`, Markdown `##`, an EPUB's table of
    contents one level in: 2); the title is level 1, so a section nests under the nearest one before it of
    a lower level."""

    heading: str | None
    heading_id: str | None
    paragraphs: tuple[Paragraph, ...]
    level: int = 2


@dataclass(frozen=True)
class Metadata:
    """What a source says about an article besides its text; empty strings where it says nothing.

    `date` is as precise as the source gives it (ISO 8601 when it can be read as a date); `address` is the
    web address the article was published at (for a saved page, the one it names as its own)."""

    author: str = ""
    date: str = ""
    language: str = ""
    address: str = ""


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
    metadata: Metadata = Metadata()

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
        """The language the source declares, else a guess: "ar" for an Arabic-script article, else "und"."""
        return self.metadata.language or self.judgement.language

    def blocks(self) -> Iterator[Block]:
        """The title, headings and paragraphs in reading order: the one walk over an article's text."""
        yield Block(TITLE_ID, self.title, "title", TITLE_ID, direction_of(self.title), 1)
        for section in self.sections:
            section_id = section.heading_id or TITLE_ID
            if section.heading is not None and section.heading_id is not None:
                heading = section.heading
                yield Block(
                    section.heading_id, heading, "heading", section_id, direction_of(heading), section.level
                )
            for paragraph in section.paragraphs:
                yield Block(paragraph.id, paragraph.text, "paragraph", section_id, paragraph.direction)


class Block(NamedTuple):
    """One block of an article's text: its title, a heading or a paragraph."""

    id: str  # TITLE_ID, a heading id or a paragraph id
    text: str
    kind: BlockKind
    section: str  # the heading id of the section it is in, or TITLE_ID before the first heading
    direction: Direction
    level: int = 0  # a heading's level (the title's is 1); 0 for a paragraph


class DraftBlock(NamedTuple):
    """A paragraph as an importer reads it; `direction` is set when the source declares one."""

    text: str
    direction: Direction | None = None


class DraftSection(NamedTuple):
    """A section as an importer reads it: its heading (None before the first), paragraphs and level."""

    heading: str | None
    blocks: list[DraftBlock]
    level: int = 2


class Outline(NamedTuple):
    """What a format's parser reads: the title, the sections and what the source says about itself."""

    title: str
    sections: list[DraftSection]
    metadata: Metadata = Metadata()


@dataclass(frozen=True)
class Draft:
    """What an importer reads from a file, before ids are given: title, sections and metadata."""

    title: str
    sections: list[DraftSection]
    format: str
    encoding: str
    metadata: Metadata = Metadata()
    warnings: tuple[str, ...] = ()  # what the reader should know about the reading (bytes replaced …)


def promote_title(title: str, sections: list[DraftSection]) -> Outline:
    """The outline of a text: with no title of its own, its first heading is the title; empty sections
    before any heading are dropped."""
    if not title and sections and sections[0].heading is not None:
        title = sections[0].heading
        sections[0] = DraftSection(None, sections[0].blocks)
    return Outline(title, [s for s in sections if s.heading is not None or s.blocks])


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
    texts = [block.text for section in draft.sections for block in section.blocks]
    paragraph_ids = iter(_content_ids("p", texts))
    headings = [section.heading for section in draft.sections if section.heading is not None]
    heading_ids = iter(_content_ids("h", headings))
    sections = []
    for heading, blocks, level in draft.sections:
        paragraphs = tuple(
            Paragraph(next(paragraph_ids), b.text, b.direction or direction_of(b.text)) for b in blocks
        )
        heading_id = next(heading_ids) if heading is not None else None
        sections.append(Section(heading, heading_id, paragraphs, level))
    return Article(article_id, draft.title, source, tuple(sections), draft.metadata)
