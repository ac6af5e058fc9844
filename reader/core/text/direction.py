"""The direction of a text: by its first strong character as the Unicode bidi algorithm does (a paragraph,
like HTML's dir="auto"), or by the majority of its strong letters (a whole article, and its language)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Literal, NamedTuple

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


class Judgement(NamedTuple):
    """The direction of a whole text and a guess at its language (a BCP 47 tag)."""

    direction: Direction
    language: str  # "ar" when most of its strong letters are Arabic script, else "und" (undetermined)


def judge(texts: str | Iterable[str], default: Direction = "rtl") -> Judgement:
    """The direction of a text (or of several, taken as one) by the majority of its strong letters.

    Left-to-right letters (bidi class L) are counted against right-to-left ones (R, such as Hebrew, and AL,
    Arabic script); digits, punctuation and marks are not strong and not counted. A tie is broken by the
    first strong letter, and a text without one takes `default`. The language is "ar" when the text is
    right to left and most of its right-to-left letters are Arabic script (AL), and "und" otherwise: Latin
    letters alone cannot tell English from French or a transliteration, so no language is claimed for them.
    """
    if isinstance(texts, str):
        texts = (texts,)
    counts = {"L": 0, "R": 0, "AL": 0}
    first: Direction | None = None
    for text in texts:
        for char in text:
            kind = unicodedata.bidirectional(char)
            if kind in counts:
                counts[kind] += 1
                if first is None:
                    first = "ltr" if kind == "L" else "rtl"
    rtl = counts["R"] + counts["AL"]
    if rtl != counts["L"]:
        direction: Direction = "rtl" if rtl > counts["L"] else "ltr"
    else:
        direction = first or default
    language = "ar" if direction == "rtl" and counts["AL"] > 0 and counts["AL"] >= counts["R"] else "und"
    return Judgement(direction, language)
