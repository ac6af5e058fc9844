"""A bookmark as a plain record: a named place at one block (paragraph, heading or the title) of an article.

A bookmark keeps the start of its block's text (`quote`) beside the block's id, so that after a re-import
it is found again the way a highlight is (`follow_bookmark`): in the same block, else where its quote now
is, else in the block edited in its place; a bookmark whose place is gone is kept as orphaned.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, replace

from reader.core.errors import InvalidBookmark
from reader.core.highlights.anchoring import Anchor, Text, follow
from reader.core.highlights.record import State, timestamp

QUOTE_LENGTH = 48
"""Characters of a block's start kept as a bookmark's quote (cut at a word's end)."""
NAME_LENGTH = 60
"""Characters of a block's start a bookmark is named after by default (cut at a word's end, with …)."""
JSON_KEYS = ("id", "article", "paragraph", "name", "quote", "state", "created", "modified")
"""The keys of a bookmark in `qari bookmark list --json`."""


@dataclass(frozen=True)
class Bookmark:
    """One bookmark: its article and block, the start of that block's text, its name, times and state."""

    id: str
    article: str
    paragraph: str
    quote: str
    name: str
    created: str
    modified: str
    state: State = "anchored"

    def to_json(self) -> dict[str, object]:
        """The record as `qari bookmark list --json` prints it."""
        record = asdict(self)
        return {key: record[key] for key in JSON_KEYS}


def opening(text: str, limit: int, ellipsis: str = "") -> str:
    """The start of a text on one line, at most `limit` characters, cut after a whole word (with
    `ellipsis` added when cut)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + ellipsis


def quote_of(text: str) -> str:
    """What a bookmark quotes of its block: the block's start, to find it again after edits."""
    return opening(text, QUOTE_LENGTH)


def default_name(text: str) -> str:
    """The name a bookmark gets when none is given: the start of its block."""
    return opening(text, NAME_LENGTH, "…")


def make_bookmark(text: Text, article_id: str, block_id: str, name: str = "") -> Bookmark:
    """A new bookmark at a block of an article's text, named `name` or after the block's start."""
    block = text.block(block_id)
    if block is None:
        raise InvalidBookmark(f"Article {article_id} has no paragraph {block_id!r}; 'qari toc' lists them.")
    now = timestamp()
    return Bookmark(
        str(uuid.uuid4()), article_id, block_id, quote_of(block.text),
        checked_name(name) or default_name(block.text), now, now,
    )


def checked_name(name: str) -> str:
    """A name as stored: on one line, without the spaces around it."""
    return " ".join(name.split())


def follow_bookmark(bookmark: Bookmark, before: Text, after: Text, same: str | None) -> Bookmark:
    """The bookmark after its article was imported again: kept, moved to where its quote now is (or to
    the block edited in its place, `same`), or orphaned."""
    anchor = Anchor(bookmark.paragraph, 0, len(bookmark.quote), bookmark.quote, "", "")
    found, outcome = follow(anchor, after, same, before.position(bookmark.paragraph, 0))
    block = after.block(found.paragraph if outcome != "orphaned" else same or "")
    if block is None:
        return replace(bookmark, state="orphaned")
    paragraph = block.id
    state: State = "anchored" if paragraph == bookmark.paragraph and bookmark.state == "anchored" else "moved"
    return replace(bookmark, paragraph=paragraph, quote=quote_of(block.text), state=state)
