"""A highlight as a plain record: its place, quote and context, colour, note, times and state."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from reader.core.document import Article
from reader.core.errors import InvalidHighlight
from reader.core.highlights.anchoring import Anchor, anchor_at, article_text

COLORS = {"yellow": "#fff59d", "green": "#c5e1a5", "blue": "#b3e5fc", "pink": "#f8bbd0", "purple": "#e1bee7"}
"""The palette: colour name → the background used in exports."""

State = Literal["anchored", "moved", "orphaned"]
JSON_KEYS = (
    "id",
    "article",
    "paragraph",
    "start",
    "end",
    "quote",
    "color",
    "note",
    "state",
    "created",
    "modified",
)
"""The keys of a highlight in `qari highlight list --json`."""


@dataclass(frozen=True)
class Highlight:
    """One highlight: where it is, what it quotes, its colour and note, and whether its place was found."""

    id: str
    article: str
    paragraph: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    color: str
    note: str | None
    created: str
    modified: str
    state: State
    group: str | None = None

    @property
    def anchor(self) -> Anchor:
        """Its place and quote, as the anchoring functions take them."""
        return Anchor(self.paragraph, self.start, self.end, self.quote, self.prefix, self.suffix)

    def to_json(self) -> dict[str, object]:
        """The record as `qari highlight list --json` prints it."""
        record = asdict(self)
        return {key: record[key] for key in JSON_KEYS}


def timestamp() -> str:
    """Now, in UTC, as ISO 8601 with milliseconds and a Z (so that string order is time order)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_color(color: str) -> str:
    """The colour if it is one of the palette's; InvalidHighlight otherwise."""
    if color not in COLORS:
        raise InvalidHighlight(f"{color!r} is not a highlight colour; use one of {', '.join(COLORS)}.")
    return color


def make_highlight(
    article: Article, paragraph: str, start: int, end: int, color: str = "yellow", note: str | None = None
) -> Highlight:
    """A new highlight of [start, end) in one block of an article, checked and with its context."""
    text = article_text(article)
    block = text.block(paragraph)
    if block is None:
        raise InvalidHighlight(f"Article {article.id} has no paragraph {paragraph!r}; 'qari toc' lists them.")
    if not 0 <= start < end <= len(block.text):
        raise InvalidHighlight(
            f"Offsets {start}-{end} do not fit paragraph {paragraph} ({len(block.text)} characters); "
            "the start must be below the end and both within the paragraph."
        )
    if not block.text[start:end].strip():
        raise InvalidHighlight(f"Offsets {start}-{end} of paragraph {paragraph} hold only white space.")
    anchor = anchor_at(text, block, start, end)
    now = timestamp()
    color, note = check_color(color), note or None
    return Highlight(
        str(uuid.uuid4()),
        article.id,
        **place(anchor),
        color=color,
        note=note,
        created=now,
        modified=now,
        state="anchored",
    )


def place(anchor: Anchor) -> dict[str, Any]:
    """The fields of a highlight that say where it is, from an anchor."""
    return {
        "paragraph": anchor.paragraph,
        "start": anchor.start,
        "end": anchor.end,
        "quote": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    }
