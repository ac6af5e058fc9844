"""What a search gives back: hits with their text, spans and snippet, and the result of a query.

The index keeps no text: a hit names its article, paragraph and kind (`DocKey`), and the text is read
from the library through a `TextSource`. Keeping it in the index as well made the index a third larger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from reader.core.search.query import ParsedQuery
from reader.core.search.snippet import snippet

Span = tuple[int, int]
Kind = Literal["title", "heading", "paragraph"]


class DocKey(NamedTuple):
    """Which text an index document stands for."""

    article: str
    paragraph: str  # a paragraph id, a heading id, or TITLE_ID
    kind: Kind


class Passage(NamedTuple):
    """The text behind a DocKey, with the title of its article, the heading of its section and the trail of
    headings that section nests under (outermost first, its own last; () before the first heading)."""

    title: str
    heading: str | None
    text: str
    headings: tuple[str, ...] = ()


def stored_key(fields: dict[str, object]) -> DocKey:
    """The DocKey of an index document from its stored fields: its key is the article id, the paragraph
    id and, but for a paragraph, the kind, with a space between (`writer.documents`)."""
    article, paragraph, *kind = str(fields["key"]).split(" ")
    return DocKey(article, paragraph, kind[0] if kind else "paragraph")  # type: ignore[arg-type]


def repeated_heading(key: DocKey) -> bool:
    """Whether a heading repeats an earlier one of its article, shown once: ids are derived from the
    text, and a repeat's id is the first one's with its occurrence number after a hyphen (`h3fa2c…-2`)."""
    return key.kind == "heading" and "-" in key.paragraph


TextSource = Callable[[list[DocKey]], dict[DocKey, Passage]]
"""Gives the passages of the keys it knows; keys of texts that are gone are left out."""


@dataclass(frozen=True)
class Hit:
    """One matching paragraph, heading or title, with the spans of the matched words in its text.

    `heading` is its section's heading; `headings` the trail down to it, outermost first ("Chapter",
    "Section"), so `heading` is the trail's last."""

    article: str
    title: str
    paragraph: str
    heading: str | None
    score: float
    text: str
    spans: list[Span]
    snippet: str
    headings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The hit as in `qari search --json`."""
        return {
            "article": self.article,
            "title": self.title,
            "paragraph": self.paragraph,
            "heading": self.heading,
            "headings": list(self.headings),
            "score": round(self.score, 4),
            "text": self.text,
            "spans": [list(span) for span in self.spans],
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class SearchResult:
    """The best hits of a query and how many paragraphs, headings and titles match."""

    query: str
    total: int
    hits: list[Hit]

    def to_json(self) -> dict[str, object]:
        """The result as in `qari search --json`."""
        return {"query": self.query, "total": self.total, "hits": [hit.to_json() for hit in self.hits]}


def make_hit(parsed: ParsedQuery, key: DocKey, passage: Passage, score: float) -> Hit:
    """The hit for one document: the query's spans in its text, and a snippet around them."""
    spans = parsed.spans(passage.text)
    return Hit(
        article=key.article,
        title=passage.title,
        paragraph=key.paragraph,
        heading=passage.heading,
        score=score,
        text=passage.text,
        spans=spans,
        snippet=snippet(passage.text, spans),
        headings=passage.headings,
    )
