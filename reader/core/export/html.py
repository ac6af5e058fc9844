"""HTML: one standalone page, right to left, each quote in its colour with its locator and note; printable.

Each article opens with its title and reference lines (author, date, source, when known), then its
bookmarks (each name with its place); its highlights follow under their sections' headings, nested as
the article nests them (h2 a chapter, h3 a section in it).

The page is also what the PDF export lays out with Qt, so it keeps to the HTML that QTextDocument reads:
blocks are div, p, blockquote and headings, and each one that holds text says its direction explicitly
(computed as `dir="auto"` would be, which Qt does not implement); inline runs of the other direction are
isolated in `<bdi>`. Text from articles and notes is escaped, and the direction controls it leaves open
are closed where it ends, so that neither markup nor an override in it reaches past its own element.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from html import escape as escape_markup

from reader.core.export.bookmarked import place_bookmarks
from reader.core.export.document import (
    AnnotatedArticle,
    Located,
    article_direction,
    article_language,
    by_section,
    printable,
    references,
)
from reader.core.export.labels import labels_for
from reader.core.highlights import COLORS
from reader.core.text import LRI, PDI, Direction, balance, direction_of

STYLE = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", serif; line-height: 1.7;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.6em; margin: 1.6em 0 0.4em; border-bottom: 1px solid #ccc; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; color: #333; }
h3 { font-size: 1.12em; margin: 1.2em 0 0.3em; color: #333; }
h4, h5, h6 { font-size: 1em; margin: 1em 0 0.3em; color: #333; }
.reference { margin: 0.1em 0; font-size: 0.9em; color: #444; }
.highlight { margin: 0 0 1.2em; }
blockquote { margin: 0.2em 0; padding: 0.1em 0.8em; border-inline-start: 4px solid #bbb; }
mark { padding: 0.05em 0.15em; }  /* Qt writes a broken PDF colour for "color: inherit" */
.locator { margin: 0.2em 0; font-size: 0.85em; color: #555; }
.note { margin: 0.3em 0 0; white-space: pre-wrap; }
.empty, .orphaned { color: #666; font-style: italic; }
.bookmark { margin: 0.2em 0; }
@page { margin: 2cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  .highlight { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  mark, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()


def render(items: Sequence[AnnotatedArticle], language: str = "en") -> str:
    """The highlights of the articles as one standalone HTML page, its own words in `language`."""
    title = page_title(items, language)
    direction = article_direction(items[0].article) if items else "rtl"
    lang = article_language(items[0].article) if items else "ar"
    body = "\n".join(_article(item, language) for item in items)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def page_title(items: Sequence[AnnotatedArticle], language: str = "en") -> str:
    """The title of an export: the article's when there is one, else a general one."""
    labels = labels_for(language)
    if len(items) == 1:
        return labels["highlights_of"].format(title=balance(items[0].article.title))
    return labels["highlights"]


def _article(item: AnnotatedArticle, language: str) -> str:
    labels = labels_for(language)
    direction = article_direction(item.article)
    lang = article_language(item.article)  # always set: an article need not share the page's language
    parts = [f'<div class="article" lang="{lang}" dir="{direction}">', _block("h1", item.article.title)]
    parts.extend(_reference(key, value, direction, language) for key, value in references(item.article))
    if item.bookmarks:
        parts.append(_bookmarks(item, direction, language))
    if not item.highlights:
        parts.append(_block("p", labels["no_highlights"], ' class="empty"'))
    for heads, entries in by_section(item.article, item.highlights):
        if entries[0].where == "orphaned":
            parts.append(_block("h2", labels["orphaned_heading"], ' class="orphaned"'))
            parts.append(_block("p", labels["orphaned_explained"], ' class="orphaned"'))
        parts.extend(_block(f"h{min(depth + 1, 6)}", text) for depth, text in heads)
        parts.extend(_highlight(entry, direction, language) for entry in entries)
    parts.append("</div>")
    return "\n".join(parts)


def _reference(key: str, value: str, direction: Direction, language: str) -> str:
    """One reference line ("Author: …"), the value isolated in its own direction; a source left to right
    (a path's slashes would otherwise be reordered in an Arabic line), a web address a link."""
    shown = isolate(value, direction)
    if key == "source":  # <bdi dir> for browsers, the isolate characters for Qt, which ignores <bdi>
        shown = f'<bdi dir="ltr">{escape(f"{LRI}{value}{PDI}")}</bdi>'
        if value.startswith(("http://", "https://")):
            shown = f'<a href="{escape(value)}">{shown}</a>'
    before, _, after = labels_for(language)[key].partition("{value}")
    label = (isolate(before, direction), isolate(after, direction))  # "Author: " reads as one run in Arabic
    return f'<p class="reference" dir="{direction}">{label[0]}{shown}{label[1]}</p>'


def _bookmarks(item: AnnotatedArticle, direction: Direction, language: str) -> str:
    """The article's bookmarks under their heading: each name, then its place."""
    labels = labels_for(language)
    parts = ['<div class="bookmarks">', _block("h2", labels["bookmarks"])]
    for entry in place_bookmarks(item.article, item.bookmarks):
        details = [entry.locator(language)] + ([labels["moved"]] if entry.bookmark.state == "moved" else [])
        parts.append(
            f'<p class="bookmark" dir="{direction}" id="b-{escape(entry.bookmark.id)}">'
            f'{isolate(entry.bookmark.name, direction)} <span class="locator">— '
            f'{" · ".join(isolate(d, direction) for d in details)}</span></p>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def _highlight(entry: Located, direction: Direction, language: str) -> str:
    highlight = entry.highlight
    labels = labels_for(language)
    color = COLORS.get(highlight.color, COLORS["yellow"])
    details = [entry.locator(language), labels.get(highlight.color, highlight.color)] + (
        [labels.get(highlight.state, highlight.state)] if highlight.state != "anchored" else []
    )
    parts = [
        f'<div class="highlight {escape(highlight.color)}" id="h-{escape(highlight.id)}">',
        f'<blockquote dir="{entry.direction}"><mark class="{escape(highlight.color)}" '
        f'style="background-color: {color}">{escape(highlight.quote)}</mark></blockquote>',
        f'<p class="locator" dir="{direction}">— {" · ".join(isolate(d, direction) for d in details)}</p>',
    ]
    if highlight.note:
        for line in highlight.note.splitlines() or [""]:
            parts.append(f'<p class="note" dir="{direction_of(line, direction)}">{escape(line)}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def _block(tag: str, text: str, attributes: str = "") -> str:
    return f'<{tag}{attributes} dir="{direction_of(text)}">{escape(text)}</{tag}>'


def isolate(text: str, direction: Direction) -> str:
    """Escaped text, in `<bdi>` when it holds a character of the other direction than its line's."""
    escaped = escape(text)
    other = ("R", "AL") if direction == "ltr" else ("L",)
    if any(unicodedata.bidirectional(char) in other for char in text):
        return f"<bdi>{escaped}</bdi>"
    return escaped


def escape(text: str) -> str:
    """Text fit for HTML: markup characters escaped, direction controls it leaves open closed, control
    characters (which HTML may not hold) replaced."""
    return escape_markup(balance(printable(text)))
