"""Exports of highlights: one module per format, each a pure function from articles and highlights to text.

`FORMATS` is the table of the formats the core makes by itself. PDF is not among them: it is the HTML
export laid out by Qt, and the core never imports Qt. The table of every format, PDF included, and the one
function that makes an export for the command line and the window alike are in `reader.render.export`.
The words an export adds around the reader's text (colours, places, headings) come from `LABELS`, in the
language passed to `render`: the window's, or `qari --lang ar export`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.export import csv, html, markdown, webannotation
from reader.core.export.bookmarked import place_bookmarks
from reader.core.export.document import AnnotatedArticle, Located, locate
from reader.core.export.html import page_title
from reader.core.export.labels import LABELS, LANGUAGES, labels_for

__all__ = [
    "FORMATS",
    "LABELS",
    "LANGUAGES",
    "AnnotatedArticle",
    "ExportFormat",
    "Located",
    "labels_for",
    "locate",
    "page_title",
    "place_bookmarks",
    "render",
]


@dataclass(frozen=True)
class ExportFormat:
    """A format: its name on the command line, its label, its usual file extension, its renderer (given
    the articles and the language of its own words), and whether it is binary (fit for a file but not for
    a terminal)."""

    name: str
    label: str
    extension: str
    render: Callable[[Sequence[AnnotatedArticle], str], str | bytes]
    binary: bool = False

    def bytes_of(self, items: Sequence[AnnotatedArticle], language: str = "en") -> bytes:
        """The export of the articles' highlights in this format, text as UTF-8, its words in `language`."""
        made = self.render(items, language)
        return made.encode("utf-8") if isinstance(made, str) else made


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("markdown", "Markdown", ".md", markdown.render),
        ExportFormat("html", "HTML", ".html", html.render),
        ExportFormat("csv", "CSV", ".csv", csv.render),
        ExportFormat("json", "JSON (W3C Web Annotation)", ".json", webannotation.render),
    )
}


def render(format_name: str, items: Sequence[AnnotatedArticle], language: str = "en") -> bytes:
    """The export of the articles' highlights in a format of `FORMATS`, as UTF-8 bytes, its own words
    (colours, places, headings) in `language` ("en" or "ar")."""
    return FORMATS[format_name].bytes_of(items, language)
