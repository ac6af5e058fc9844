"""Markdown: by article and section, each quote a block quote with its locator, colour and note.

Each article opens with its title and its reference lines (author, date, source, when known), then its
bookmarks (a list under their heading, each with its place); its highlights follow under their
sections' headings, nested as the article nests them (## a chapter, ### a section in it …, down to
######).

Markdown viewers give each block the direction of its first strong character (`dir="auto"`), so a right-
to-left line that starts with a Latin word or a number would be laid out left to right. Such lines start
with a right-to-left mark (U+200F), and left-to-right lines that start with Arabic with a left-to-right
mark (U+200E), put after the Markdown syntax at the start of the line. Direction controls that a title,
quote or note leaves open (U+202A–U+202E, U+2066–U+2069) are closed at the end of their line, so that they
cannot reorder the lines' other parts.

A note is written as the Markdown it was typed in (emphasis, lists, links), except what could act on a
reader of the export or break its outline: raw HTML (`<script>` …) is escaped, links to `javascript:`,
`data:`, `vbscript:` and `file:` addresses are left as plain text, and a note's line that would make a
heading (`# …`, a line of `===` or `---`) is escaped. Control characters become U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.export.bookmarked import place_bookmarks
from reader.core.export.document import (
    AnnotatedArticle,
    Located,
    article_direction,
    by_section,
    printable,
    references,
)
from reader.core.export.labels import labels_for
from reader.core.text import LRI, PDI, Direction, balance, direction_of, first_strong

RLM, LRM = "\u200f", "\u200e"
_SYNTAX = re.compile(r"^(?:\s*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+)*")
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_UNSAFE_SCHEME = r"\s*<?\s*(?:javascript|vbscript|data|file)\s*:"
_UNSAFE_LINK = re.compile(  # the ] of an inline link, or the [ of a link definition, to such an address
    rf"\](?=\({_UNSAFE_SCHEME})|^(\s{{0,3}})\[(?=[^\]]*\]:{_UNSAFE_SCHEME})", re.IGNORECASE
)
_HEADING_LINE = re.compile(r"^(\s{0,3})(#{1,6}(?:\s|$)|=+\s*$|-{3,}\s*$)")


def render(items: Sequence[AnnotatedArticle], language: str = "en") -> str:
    """The highlights of the articles as one Markdown document, its own words in `language`."""
    labels = labels_for(language)
    parts: list[str] = []
    for item in items:
        direction = article_direction(item.article)
        parts.append(mark(f"# {escape(item.article.title)}", direction))
        if lines := references(item.article):
            shown = [mark(f"- {_reference(key, value, language)}", direction) for key, value in lines]
            parts.append("\n".join(shown))
        if item.bookmarks:
            parts.append(_bookmarks(item, direction, language))
        if not item.highlights:
            parts.append(mark(f"*{labels['no_highlights']}*", direction))
        for heads, entries in by_section(item.article, item.highlights):
            if entries[0].where == "orphaned":
                parts.append(mark(f"## {labels['orphaned_markdown']}", direction))
            parts.extend(mark(f"{'#' * min(d + 1, 6)} {escape(text)}", direction) for d, text in heads)
            parts.extend(_highlight(entry, direction, language) for entry in entries)
    return "\n\n".join(parts) + "\n"


def _bookmarks(item: AnnotatedArticle, direction: Direction, language: str) -> str:
    """The article's bookmarks under their heading, one item each: name, then its place."""
    labels = labels_for(language)
    lines = [mark(f"## {labels['bookmarks']}", direction), ""]
    for entry in place_bookmarks(item.article, item.bookmarks):
        details = [entry.locator(language)]
        if entry.bookmark.state == "moved":
            details.append(labels["moved"])
        lines.append(mark(f"- {escape(entry.bookmark.name)} *— {' · '.join(details)}*", direction))
    return "\n".join(lines)


def _reference(key: str, value: str, language: str) -> str:
    """A reference line ("Author: …"); a source isolated left to right, so that an Arabic line does not
    reorder a path's slashes."""
    shown = f"{LRI}{escape(value)}{PDI}" if key == "source" else escape(value)
    return labels_for(language)[key].format(value=shown)


def _highlight(entry: Located, direction: Direction, language: str) -> str:
    """One highlight: the quote as a block quote, then its locator and colour, then its note."""
    highlight = entry.highlight
    labels = labels_for(language)
    quote = "\n>\n".join(mark(f"> {escape(line)}", entry.direction) for line in highlight.quote.splitlines())
    details = [entry.locator(language), labels.get(highlight.color, highlight.color)]
    if highlight.state != "anchored":
        details.append(labels.get(highlight.state, highlight.state))
    lines = [quote, mark(f"*— {' · '.join(details)}*", direction)]
    if highlight.note:
        note = [safe_note_line(line) for line in highlight.note.splitlines()]
        lines.append("\n".join(mark(line, direction_of(line, direction)) for line in note))
    return "\n\n".join(lines)


def mark(line: str, direction: Direction) -> str:
    """The line with its open direction controls closed, and a direction mark after its Markdown syntax
    when its first strong character would give it the wrong direction."""
    line = balance(line)
    syntax = _SYNTAX.match(line)
    head, body = line[: syntax.end()], line[syntax.end() :]  # type: ignore[union-attr]
    if first_strong(body) in (direction, None):
        return line
    return f"{head}{RLM if direction == 'rtl' else LRM}{body}"


def escape(text: str) -> str:
    """Text with the characters that Markdown would read as syntax escaped."""
    return _SPECIAL.sub(r"\\\1", printable(text))


def safe_note_line(line: str) -> str:
    """A line of a note kept as Markdown, with what could act on the export's reader made plain (see the
    module's notes)."""
    line = printable(line).replace("<", "\\<").replace(">", "\\>")
    line = _UNSAFE_LINK.sub(lambda found: found.group().replace("]", "\\]").replace("[", "\\["), line)
    return _HEADING_LINE.sub(lambda found: f"{found.group(1)}\\{found.group(2)}", line)
