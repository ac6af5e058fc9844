"""Markdown: `#` headings open sections (the first level-1 heading is the title); paragraphs, list items,
quotes and code blocks become paragraphs; inline markup is reduced to its text."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.document.importers import plaintext
from reader.core.document.model import DraftBlock, DraftSection, Outline, promote_title

# The parser drops whatever lies deeper than this many levels of lists and quotes (CommonMark's preset
# says 20: some ten levels of a nested list), and with it the rest of the enclosing block.
_MAX_NESTING = 100
_PARSER = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING})
_SPACE_TOKENS = {"softbreak", "hardbreak"}


def parse(text: str) -> Outline:
    """Split a Markdown text into its title and its sections, each at its heading's level (`##` is 2)."""
    title = ""
    sections: list[DraftSection] = []
    tokens = _PARSER.parse(text)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        return plaintext.parse(text)  # nested deeper than the parser follows: keep every line, as text
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            heading = _inline_text(tokens[i + 1])
            if token.tag == "h1" and not title:
                title = heading
            elif heading:
                sections.append(DraftSection(heading, [], int(token.tag[1])))
        elif token.type == "inline" and tokens[i - 1].type == "paragraph_open":
            _add_paragraph(sections, _inline_text(token))
        elif token.type in ("fence", "code_block"):
            _add_paragraph(sections, token.content.strip())
    return promote_title(title, sections)


def _add_paragraph(sections: list[DraftSection], text: str) -> None:
    if text:
        if not sections:
            sections.append(DraftSection(None, []))
        sections[-1].blocks.append(DraftBlock(text))


def _inline_text(token: Token) -> str:
    """The plain text of an inline token: markup dropped, link and image text kept, breaks as spaces."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in _SPACE_TOKENS:
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())
