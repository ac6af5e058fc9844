"""Importing W3C Web Annotations: Qari's own JSON export, and annotations from elsewhere that quote text.

Each annotation with a TextQuoteSelector is matched to an article (by Qari's `urn:qari:article:` id, by
the source file's path, or by the title), anchored as after an edit (see `anchoring.follow`) and stored.
A bookmark (an annotation motivated by `bookmarking`) is stored as a bookmark, named by its body.
An annotation is known by its id, so importing a file twice adds nothing; when the library already holds
the annotation, the side with the newer `modified` time wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from reader.core.document import Article
from reader.core.document.importers.files import read_regular
from reader.core.errors import AnnotationImportError
from reader.core.highlights import (
    ARTICLE_URN,
    COLORS,
    Anchor,
    Bookmark,
    Highlight,
    Incoming,
    Text,
    article_text,
    checked_name,
    default_name,
    follow,
    place,
    quote_of,
    read_annotations,
    timestamp,
)
from reader.core.library.articles import ArticleSummary, Library
from reader.core.library.bookmarks import BookmarkStore
from reader.core.library.highlight_store import HighlightStore

MAX_ANNOTATION_BYTES = 64 * 2**20
"""Annotation files larger than this are refused before they are read: some 60,000 highlights."""


@dataclass
class ImportCounts:
    """What an import did: highlights added, updated, left as they were, orphaned, and skipped (why)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0
    skipped: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The counts as `qari annotations import --json` prints them."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "orphaned": self.orphaned,
            "skipped": len(self.skipped),
            "problems": self.skipped,
        }


def _without_lone_surrogates(document: Any) -> Any:
    """The document with half surrogate pairs (JSON may spell "\\ud800", text cannot hold it) replaced by
    "?"; most documents have none, and are returned as they are."""
    text = json.dumps(document, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.loads(text.encode("utf-8", "replace"))
    return document


def import_file(path: Path, library: Library, store: HighlightStore) -> ImportCounts:
    """Import the annotations of a JSON file into the library, all in one transaction."""
    data = read_regular(path, MAX_ANNOTATION_BYTES, AnnotationImportError)
    try:
        document = _without_lone_surrogates(json.loads(data.decode("utf-8-sig")))
        incoming, problems = read_annotations(document)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AnnotationImportError(f"{path} is not a JSON file ({error}).") from None
    except RecursionError:
        raise AnnotationImportError(f"{path} nests its JSON too deeply to be annotations.") from None
    counts = ImportCounts(skipped=problems)
    texts: dict[str, tuple[Article, Text]] = {}
    summaries = library.summaries()
    with library.transaction():
        for item in incoming:
            article_id = match_article(summaries, item)
            if article_id is None:
                counts.skipped.append(
                    f"{item.reference}: no article in the library matches {item.describe_source()}."
                )
                continue
            if article_id not in texts:
                article = library.get(article_id)
                texts[article_id] = (article, article_text(article))
            if item.motivation == "bookmarking":
                _import_bookmark(item, texts[article_id], library.bookmarks, counts)
                continue
            local = store.find(item.id)
            if local is not None and (item.modified or "") <= local.modified:
                counts.unchanged += 1
                continue
            highlight = anchor_incoming(item, *texts[article_id])
            store.save(highlight)
            counts.orphaned += highlight.state == "orphaned"
            if local is None:
                counts.added += 1
            else:
                counts.updated += 1
    return counts


def _import_bookmark(
    item: Incoming, found: tuple[Article, Text], bookmarks: BookmarkStore, counts: ImportCounts
) -> None:
    """Store an incoming bookmark, placed as a highlight on the start of its block would be; the newer of
    it and the library's own copy wins."""
    local = bookmarks.find(item.id)
    if local is not None and (item.modified or "") <= local.modified:
        counts.unchanged += 1
        return
    article, text = found
    placed = anchor_incoming(item, article, text)
    block = text.block(placed.paragraph)
    orphaned = placed.state == "orphaned" or block is None
    created = item.created or placed.created
    bookmarks.save(Bookmark(
        item.id, article.id, placed.paragraph, item.quote if block is None else quote_of(block.text),
        checked_name(item.note or "") or default_name(item.quote),
        created, item.modified or created, "orphaned" if orphaned else placed.state,
    ))
    counts.orphaned += orphaned
    if local is None:
        counts.added += 1
    else:
        counts.updated += 1


def match_article(summaries: list[ArticleSummary], item: Incoming) -> str | None:
    """The id of the article an annotation is about: by Qari id, by source path, or by a unique title."""
    ids = {s.id for s in summaries}
    for reference in item.sources:
        if reference.startswith(ARTICLE_URN) and reference[len(ARTICLE_URN) :] in ids:
            return reference[len(ARTICLE_URN) :]
    paths = {_as_path(reference) for reference in item.sources} - {None}
    for summary in summaries:
        if summary.path in paths:
            return summary.id
    names = {unquote(reference) for reference in item.sources if _is_file_name(reference)}
    named = [s.id for s in summaries if names and Path(s.path).name in names]
    if len(named) == 1:  # an export that named its files without their folders
        return named[0]
    titled = [s.id for s in summaries if item.title and s.title.strip() == item.title.strip()]
    return titled[0] if len(titled) == 1 else None


def anchor_incoming(item: Incoming, article: Article, text: Text) -> Highlight:
    """The highlight an incoming annotation makes in an article: kept, moved or orphaned as after an edit."""
    paragraph, start, end = item.paragraph, item.start, item.end
    if paragraph is None and item.position is not None:  # only a position in the whole text: find its block
        block = next((b for b in text.blocks if b.offset <= item.position <= b.offset + len(b.text)), None)
        if block is not None:
            paragraph, start = block.id, item.position - block.offset
            end = start + len(item.quote)
    start = start if start is not None and start >= 0 else 0
    end = end if end is not None and end > start else start + len(item.quote)
    anchor = Anchor(paragraph or "", start, end, item.quote, item.prefix, item.suffix)
    fraction = item.position / max(len(text.whole), 1) if item.position is not None else None
    found, outcome = follow(anchor, text, None, fraction)
    if outcome == "kept":
        state = item.state if item.state in ("anchored", "moved") else "anchored"
    elif outcome == "moved" and item.paragraph is None and item.position is None:
        state = "anchored"  # it had no place to move from: found by its quote alone
    else:
        state = outcome
    created = item.created or timestamp()
    return Highlight(
        item.id,
        article.id,
        **place(found),
        color=item.color if item.color in COLORS else "yellow",
        note=item.note,
        created=created,
        modified=item.modified or created,
        state=state,  # type: ignore[arg-type]
        group=item.group,
    )


def _is_file_name(reference: str) -> bool:
    """Whether a reference is a bare file name (no scheme, no folder)."""
    return bool(reference) and not urlparse(reference).scheme and "/" not in reference


def _as_path(reference: str) -> str | None:
    """The local path a `file:` URI names, or None."""
    parsed = urlparse(reference)
    if parsed.scheme != "file":
        return None
    return str(Path(url2pathname(parsed.path)))
