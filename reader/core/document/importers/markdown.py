"""Markdown: `#` headings open sections (the first level-1 heading is the title); paragraphs, list items,
quotes and code blocks become paragraphs; inline markup is reduced to its text."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.document.importers import plaintext
from reader.core.document.model import DraftBlock

# The parser drops whatever lies deeper than this many levels of lists and quotes (CommonMark's preset
# says 20: some ten levels of a nested list), and with it the rest of the enclosing block.
_MAX_NESTING = 100
_PARSER = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING})
_SPACE_TOKENS = {"softbreak", "hardbreak"}


def parse(text: str) -> tuple[str, list[tuple[str | None, list[DraftBlock]]]]:
    """Split a Markdown text into its title and its (heading, paragraphs) sections."""
    title = ""
    sections: list[tuple[str | None, list[DraftBlock]]] = []
    tokens = _PARSER.parse(text)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        return plaintext.parse(text)  # nested deeper than the parser follows: keep every line, as text
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            heading = _inline_text(tokens[i + 1])
            if token.tag == "h1" and not title:
                title = heading
            elif heading:
                sections.append((heading, []))
        elif token.type == "inline" and tokens[i - 1].type == "paragraph_open":
            _add_paragraph(sections, _inline_text(token))
        elif token.type in ("fence", "code_block"):
            _add_paragraph(sections, token.content.strip())
    if not title and sections and sections[0][0] is not None:
        title = sections[0][0]
        sections[0] = (None, sections[0][1])
    return title, [s for s in sections if s[0] is not None or s[1]]


def _add_paragraph(sections: list[tuple[str | None, list[DraftBlock]]], text: str) -> None:
    if text:
        if not sections:
            sections.append((None, []))
        sections[-1][1].append(DraftBlock(text))


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
