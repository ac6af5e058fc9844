"""Highlights and bookmarks as plain records, anchored to the text so that they follow it through edits,
and W3C Web Annotations read back in. Storing them is the library's job (`reader.core.library`)."""

from reader.core.highlights.anchoring import (
    Anchor,
    Revision,
    Text,
    article_text,
    counterparts,
    find_quote,
    follow,
)
from reader.core.highlights.bookmark import (
    Bookmark,
    checked_name,
    default_name,
    follow_bookmark,
    make_bookmark,
    quote_of,
)
from reader.core.highlights.interchange import ARTICLE_URN, Incoming, read_annotations
from reader.core.highlights.record import (
    COLORS,
    JSON_KEYS,
    Highlight,
    State,
    check_color,
    make_highlight,
    place,
    timestamp,
)

__all__ = [
    "ARTICLE_URN",
    "COLORS",
    "JSON_KEYS",
    "Anchor",
    "Bookmark",
    "Highlight",
    "Incoming",
    "Revision",
    "State",
    "Text",
    "article_text",
    "check_color",
    "checked_name",
    "counterparts",
    "default_name",
    "find_quote",
    "follow",
    "follow_bookmark",
    "make_bookmark",
    "make_highlight",
    "place",
    "quote_of",
    "read_annotations",
    "timestamp",
]
