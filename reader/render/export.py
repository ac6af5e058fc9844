"""Exporting highlights, for the command line and the window alike: the table of every format, PDF among
them, and the one function that makes an export and writes it.

Why it lives here: the core's formats (`reader.core.export.FORMATS`) are pure functions from articles to
text and never import Qt, while PDF is the HTML export laid out by Qt (`reader.render.pdf`). The complete
table therefore belongs to this layer, which may use Qt without a window, and both `qari export` and the
window's export dialog call `export` from here: they choose the articles, render and write in one way.
Qt is loaded only when a PDF is made, so a text export on the command line never starts it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.atomicfile import write_atomically
from reader.core.errors import ExportFailure
from reader.core.export import FORMATS as CORE_FORMATS
from reader.core.export import AnnotatedArticle, ExportFormat
from reader.render import pdf

if TYPE_CHECKING:
    from reader.core.document import Article
    from reader.core.library import Library

__all__ = ["FORMATS", "Export", "ExportFormat", "ExportStopped", "export", "format_for", "format_named"]

FORMATS: dict[str, ExportFormat] = {
    **CORE_FORMATS,
    "pdf": ExportFormat("pdf", "PDF", ".pdf", pdf.render, binary=True),
}
"""Every export format by name, in the order they are offered."""

_OTHER_SUFFIXES = {".htm": "html", ".markdown": "markdown"}

Progress = Callable[[int, int], bool]
"""Called as progress(done, total) before each article is read and once more before the file is written;
returning False stops the export there."""


class ExportStopped(ExportFailure):
    """The export was stopped (its progress said so) before anything was written."""


@dataclass(frozen=True)
class Export:
    """An export that was made: its bytes, and how many articles and highlights it holds."""

    data: bytes
    articles: int
    highlights: int


def format_named(name: str) -> ExportFormat:
    """The format of that name (in any case); ExportFailure names the formats when there is none."""
    found = FORMATS.get(name.lower())
    if found is None:
        raise ExportFailure(f"{name!r} is not an export format; use one of {', '.join(FORMATS)}.")
    return found


def format_for(path: Path | None) -> ExportFormat:
    """The format a file's suffix names; Markdown when there is no file or its suffix names none."""
    suffixes = {f.extension: f.name for f in FORMATS.values()} | _OTHER_SUFFIXES
    return FORMATS[suffixes.get(path.suffix.lower(), "markdown") if path else "markdown"]


def export(
    library: Library,
    format_name: str,
    *,
    article_ids: Sequence[str] | None = None,
    colors: Collection[str] | None = None,
    path: Path | None = None,
    progress: Progress | None = None,
    language: str = "en",
    full_paths: bool = False,
) -> Export:
    """The library's highlights and bookmarks in a format of `FORMATS`, written atomically to `path` when
    one is given.

    `article_ids` None means every article with (chosen) highlights or bookmarks, oldest first; `colors`
    None means every colour; `language` is that of the export's own words (colours, places, headings: see
    `reader.core.export.LABELS`). Stopped by `progress`, it raises ExportStopped and writes nothing.

    An article read from a file is named by the file's name alone, unless `full_paths`: an export is often
    shared, and the folders of the reader's disk are nobody else's business. Web addresses are kept.
    """
    chosen = format_named(format_name)
    items = _annotated_articles(library, article_ids, colors, progress)
    if not full_paths:
        items = [replace(item, article=_by_file_name(item.article)) for item in items]
    data = chosen.bytes_of(items, language)
    _go_on(progress, len(items), len(items))
    if path is not None:
        write_atomically(path, data)
    return Export(data, len(items), sum(len(item.highlights) for item in items))


def _by_file_name(article: Article) -> Article:
    """The article with the path of the file it was read from cut to the file's name."""
    path = article.source.path
    if path.startswith(("http://", "https://")):
        return article
    return replace(article, source=replace(article.source, path=Path(path).name))


def _annotated_articles(
    library: Library,
    article_ids: Sequence[str] | None,
    colors: Collection[str] | None,
    progress: Progress | None,
) -> list[AnnotatedArticle]:
    """The articles to export, each with its highlights of the chosen colours and its bookmarks (which
    have no colour: they come with every choice)."""
    store = library.highlights
    if article_ids is None:
        marked = {h.article for h in store.highlights() if colors is None or h.color in colors}
        marked |= {b.article for b in library.bookmarks.bookmarks()}
        article_ids = [s.id for s in reversed(library.summaries()) if s.id in marked]  # oldest first
    items = []
    for done, article_id in enumerate(article_ids):
        _go_on(progress, done, len(article_ids))
        highlights = tuple(h for h in store.highlights(article_id) if colors is None or h.color in colors)
        bookmarks = tuple(library.bookmarks.bookmarks(article_id))
        items.append(AnnotatedArticle(library.get(article_id), highlights, bookmarks))
    return items


def _go_on(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; ExportStopped when the answer is to stop."""
    if progress is not None and not progress(done, total):
        raise ExportStopped("The export was stopped before its file was written.")
