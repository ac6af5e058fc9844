"""Exports of highlights: one module per format, each a pure function from articles and highlights to text.

`FORMATS` is the table of the formats the core makes. PDF is not among them: it is the HTML export laid
out by Qt, in `reader.render.pdf`, so that the core stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.export import csv, html, markdown, webannotation
from reader.core.export.document import AnnotatedArticle

__all__ = ["FORMATS", "AnnotatedArticle", "ExportFormat", "render"]


@dataclass(frozen=True)
class ExportFormat:
    """A format: its name on the command line, its usual file extension, and its renderer."""

    name: str
    extension: str
    render: Callable[[Sequence[AnnotatedArticle]], str | bytes]


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("markdown", ".md", markdown.render),
        ExportFormat("html", ".html", html.render),
        ExportFormat("csv", ".csv", csv.render),
        ExportFormat("json", ".json", webannotation.render),
    )
}


def render(format_name: str, items: Sequence[AnnotatedArticle]) -> bytes:
    """The export of the articles' highlights in a format of `FORMATS`, as UTF-8 bytes."""
    made = FORMATS[format_name].render(items)
    return made.encode("utf-8") if isinstance(made, str) else made
