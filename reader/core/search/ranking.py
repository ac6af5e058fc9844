"""Ranking the best hits again by how they are written: the query's harakat, and its exact spelling.

The index folds harakat, hamza seats and ة/ه, so its scores cannot tell «رحمة» from «رحمه» for the
query `رحمة`, nor «سأل» from «سال» for `سأل`: a short paragraph with the variant outranked the text with
the word as typed. The best RERANKED hits are ordered again, only for queries where it can change
anything: first those with more of the query's words spelled as typed (harakat and tatweel aside),
then by score, raised by AGREEING_MARKS_BONUS where the words carry the query's harakat.
"""

from __future__ import annotations

import re

from reader.core.search.query import ParsedQuery
from reader.core.search.results import DocKey, Passage
from reader.core.text import normalize, strip_marks, tokenize

AGREEING_MARKS_BONUS = 2.0  # score factor for a hit whose diacritics agree with the query's
RERANKED = 100  # hits reranked by their spelling and diacritics when the query has some to compare

Scored = list[tuple[float, DocKey]]


# What `strip_marks` takes away (every mark it knows lies in this block), and tatweel, as one pattern:
# removing them with it is ten times quicker than str.translate on a paragraph.
_MARKS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x0600, 0x0900) if not strip_marks(chr(c))) + "\u0640]"
)


def _bare(text: str) -> str:
    return _MARKS.sub("", text)


def typed_spellings(parsed: ParsedQuery) -> frozenset[str]:
    """The query's words as typed (harakat aside), where the index's folding would lose the spelling."""
    words = (_bare(token.text) for token in tokenize(parsed.text))
    return frozenset(word for word in words if word and normalize(word) != word.casefold())


def needs_rerank(parsed: ParsedQuery) -> bool:
    """Whether the query has harakat or spellings to compare with the hits' texts."""
    return bool(parsed.vocalized_words() or typed_spellings(parsed))


def settled(parsed: ParsedQuery, best: Scored, passages: dict[DocKey, Passage]) -> bool:
    """Whether every one of the best hits has all the query's spellings as typed, so that no hit further
    down can come before them (without harakat in the query, the order is by spellings, then score)."""
    words = _whole_words(typed_spellings(parsed))
    return all(all(word.search(_bare(passages[key].text)) for word in words) for _, key in best)


def _whole_words(spellings: frozenset[str]) -> list[re.Pattern[str]]:
    # whole words only: no letter or digit on either side (harakat and tatweel are gone from the text)
    return [re.compile(rf"(?<![^\W_]){re.escape(spelling)}(?![^\W_])") for spelling in spellings]


def rerank(parsed: ParsedQuery, found: Scored, passages: dict[DocKey, Passage]) -> Scored:
    """The hits ordered again: by the query's spellings they have, then by score (see the module)."""
    spellings = typed_spellings(parsed)
    vocalized = bool(parsed.vocalized_words())

    words = _whole_words(spellings)

    def spelled(text: str) -> int:
        bare = _bare(text)
        return sum(1 for word in words if word.search(bare))

    def score(value: float, text: str) -> float:
        return value * AGREEING_MARKS_BONUS if vocalized and parsed.marks_agree(text) else value

    ranked = [(spelled(passages[key].text), score(value, passages[key].text), key) for value, key in found]
    ranked.sort(key=lambda entry: (-entry[0], -entry[1]))
    return [(value, key) for _, value, key in ranked]
