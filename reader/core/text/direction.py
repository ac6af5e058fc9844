"""The direction of a text, judged by its first strong character as the Unicode bidi algorithm does."""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["rtl", "ltr"]


def first_strong(text: str) -> Direction | None:
    """The direction of a text's first strong character (Unicode bidi classes L, R, AL), or None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def direction_of(text: str, default: Direction = "rtl") -> Direction:
    """The direction of a text by its first strong character; `default` when it has none."""
    return first_strong(text) or default
