"""JSON: the W3C Web Annotation Data Model (JSON-LD), an AnnotationCollection holding every highlight and
bookmark.

A bookmark is an Annotation motivated by `bookmarking`, its name a TextualBody, its target the start of
its block (the selectors below, over the text it keeps to be found again).

Each highlight is an Annotation with the id `urn:uuid:<its id>`, motivated by `highlighting`, or by
`commenting` with a TextualBody (the note, with its language and direction) when it has a note. Its target
is the article, `urn:qari:article:<id>`, with three equivalent selectors:
- a TextQuoteSelector: the quote and up to 32 characters of context on each side;
- a TextPositionSelector: offsets into the article's text, which is its title, headings and paragraphs
  joined by one line break (left out for an orphaned highlight, whose text is gone);
- a FragmentSelector naming the paragraph id, refined by a TextPositionSelector into that paragraph.
The source names the article's title, author and date (`dc:title`, `dc:creator`, `dc:date`, when known),
where it was read from (`dc:source`: the web address it was fetched from, its file's URI, or only its file's
name when the export leaves the folders out) and the
address it was published at (`dc:identifier`, when the source names another).
The colour is the target's `styleClass`, defined by the annotation's CSS stylesheet. Qari's own terms
(`qari:state`, `qari:group`) are in the `urn:qari:` namespace declared in the context.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reader.core.document import Article
from reader.core.export.document import AnnotatedArticle, article_direction, article_language
from reader.core.export.labels import labels_for
from reader.core.highlights import ARTICLE_URN, COLORS, Anchor, Bookmark, Highlight, State, Text, article_text
from reader.core.text import direction_of

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT = [ANNO_CONTEXT, {"qari": "urn:qari:"}]
MEDIA_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "epub": "application/epub+zip",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def render(items: Sequence[AnnotatedArticle], language: str = "en") -> str:
    """The highlights of the articles as a JSON-LD AnnotationCollection; only its label is in `language`."""
    annotations = []
    for item in items:
        text = article_text(item.article)
        annotations += [annotation(item.article, text, h) for h in item.highlights]
        annotations += [bookmark_annotation(item.article, text, b) for b in item.bookmarks]
    # Ids derived from the content, so that exporting the same highlights twice gives the same file.
    ids = ",".join(sorted(a["id"] for a in annotations))
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": _derived_id("collection", ids),
        "type": "AnnotationCollection",
        "label": labels_for(language)["collection"],
        "total": len(annotations),
    }
    if annotations:
        page = {"id": _derived_id("page", ids), "type": "AnnotationPage", "startIndex": 0}
        collection["first"] = {**page, "items": annotations}
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def annotation(article: Article, text: Text, highlight: Highlight) -> dict[str, Any]:
    """One highlight as a Web Annotation."""
    record: dict[str, Any] = {
        "id": f"urn:uuid:{highlight.id}",
        "type": "Annotation",
        "motivation": "commenting" if highlight.note else "highlighting",
        "created": highlight.created,
        "modified": highlight.modified,
    }
    if highlight.note:
        record["body"] = {
            "type": "TextualBody",
            "value": highlight.note,
            "format": "text/markdown",
            "language": "ar" if _has_arabic(highlight.note) else "und",
            "textDirection": direction_of(highlight.note, article_direction(article)),
        }
    selectors = _selectors(text, highlight.anchor, highlight.state)
    record["target"] = {"source": _source(article), "selector": selectors}
    record["target"]["styleClass"] = highlight.color
    record["stylesheet"] = {
        "type": "CssStylesheet",
        "value": f".{highlight.color} {{ background-color: {COLORS.get(highlight.color, '#fff59d')} }}",
    }
    record["qari:state"] = highlight.state
    if highlight.group:
        record["qari:group"] = f"urn:uuid:{highlight.group}"
    return record


def bookmark_annotation(article: Article, text: Text, bookmark: Bookmark) -> dict[str, Any]:
    """One bookmark as a Web Annotation motivated by `bookmarking`, its name the body."""
    record: dict[str, Any] = {
        "id": f"urn:uuid:{bookmark.id}",
        "type": "Annotation",
        "motivation": "bookmarking",
        "created": bookmark.created,
        "modified": bookmark.modified,
        "body": {
            "type": "TextualBody",
            "value": bookmark.name,
            "format": "text/plain",
            "language": "ar" if _has_arabic(bookmark.name) else "und",
            "textDirection": direction_of(bookmark.name, article_direction(article)),
        },
    }
    # its place as a highlight's: the start of its block, which it keeps to be found again
    placed = Anchor(bookmark.paragraph, 0, len(bookmark.quote), bookmark.quote, "", "")
    selectors = _selectors(text, placed, bookmark.state) if bookmark.quote else [
        {"type": "FragmentSelector", "value": bookmark.paragraph}
    ]
    record["target"] = {"source": _source(article), "selector": selectors}
    record["qari:state"] = bookmark.state
    return record


def _source(article: Article) -> dict[str, Any]:
    direction = article_direction(article)
    source: dict[str, Any] = {
        "id": ARTICLE_URN + article.id,
        "type": "Text",
        "format": MEDIA_TYPES.get(article.source.format, "text/plain"),
        "textDirection": direction,
        "dc:title": article.title,
    }
    if article_language(article) != "und":
        source["language"] = article_language(article)
    # The article's own author and date, in Dublin Core: the model's `creator` and `generated` name the
    # annotation's maker and time, not the annotated text's.
    if article.metadata.author.strip():
        source["dc:creator"] = article.metadata.author.strip()
    if article.metadata.date.strip():
        source["dc:date"] = article.metadata.date.strip()
    if where := _read_from(article):
        source["dc:source"] = where  # what `qari annotations import` matches an article by
    address = article.metadata.address.strip()
    if address and address != where:
        source["dc:identifier"] = address  # the address the article was published at
    return source


def _read_from(article: Article) -> str | None:
    """Where the article was read from, as a URI: the web address it was fetched from, its file's URI, or
    its file's name alone (a relative reference) when the export left the folders out."""
    if article.source.path.startswith(("http://", "https://")):
        return article.source.path
    path = Path(article.source.path)
    return path.as_uri() if path.is_absolute() else quote(path.name) or None


def _selectors(text: Text, anchor: Anchor, state: State) -> list[dict[str, Any]]:
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": anchor.quote,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
        }
    ]
    block = text.block(anchor.paragraph)
    if state != "orphaned" and block is not None:
        at = block.offset + anchor.start
        selectors.append(
            {"type": "TextPositionSelector", "start": at, "end": at + anchor.end - anchor.start}
        )
    selectors.append(
        {
            "type": "FragmentSelector",
            "value": anchor.paragraph,
            "refinedBy": {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        }
    )
    return selectors


def _derived_id(kind: str, content: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'urn:qari:export:{kind}:{content}')}"


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" for char in text)
