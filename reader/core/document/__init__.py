"""Articles in memory: a title and sections of paragraphs, walked as blocks; importers live in `importers`."""

from reader.core.document.model import (
    TITLE_ID,
    Article,
    Block,
    BlockKind,
    Draft,
    DraftBlock,
    DraftSection,
    Metadata,
    Outline,
    Paragraph,
    Section,
    Source,
    build_article,
)
from reader.core.document.nesting import join_trail, parents, section_trails, trails

__all__ = [
    "TITLE_ID",
    "Article",
    "Block",
    "BlockKind",
    "Draft",
    "DraftBlock",
    "DraftSection",
    "Metadata",
    "Outline",
    "Paragraph",
    "Section",
    "Source",
    "build_article",
    "join_trail",
    "parents",
    "section_trails",
    "trails",
]
