"""Highlights as plain records, anchored to the text so that they follow it through edits, and W3C Web
Annotations read back in. Storing them is the library's job (`reader.core.library`)."""

from reader.core.highlights.anchoring import Anchor, Text, article_text, counterparts, find_quote, follow
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
    "Highlight",
    "Incoming",
    "State",
    "Text",
    "article_text",
    "check_color",
    "counterparts",
    "find_quote",
    "follow",
    "make_highlight",
    "place",
    "read_annotations",
    "timestamp",
]
