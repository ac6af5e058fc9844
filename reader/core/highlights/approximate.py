"""Approximate matching: the span of a text most like a quote, for quotes whose words were edited."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from reader.core.text import normalize_text


def similarity(a: str | list[str], b: str | list[str]) -> float:
    """How alike two texts (or word lists) are, from 0 to 1; two empty ones are alike."""
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def normalized_similarity(a: str, b: str) -> float:
    """How alike two short texts (contexts) are once normalized, as search would compare them."""
    return 1.0 if a == b else similarity(_normalized(a), _normalized(b))


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    """A short text normalized; cached because the same contexts are compared many times."""
    return normalize_text(text)[0]


def closest_window(haystack: str, wanted: str) -> tuple[float, int, int] | None:
    """The span of `haystack` most like `wanted`, around their longest common run, on word edges."""
    matcher = SequenceMatcher(None, haystack, wanted, autojunk=False)
    seed = matcher.find_longest_match(0, len(haystack), 0, len(wanted))
    if seed.size < max(4, len(wanted) // 4):
        return None
    slack = len(wanted) // 3 + 2
    guess_start, guess_end = seed.a - seed.b, seed.a - seed.b + len(wanted)
    starts = _edges(haystack, guess_start, slack, 0, seed.a, start=True)
    ends = _edges(haystack, guess_end, slack, seed.a + seed.size, len(haystack), start=False)
    best = None
    for start in starts:
        for end in ends:
            score = similarity(haystack[start:end], wanted)
            if best is None or score > best[0]:
                best = (score, start, end)
    return best


def _edges(text: str, guess: int, slack: int, low: int, high: int, start: bool) -> list[int]:
    """Word starts (or ends) near a guessed offset, nearest first, with the clamped guess itself."""
    low, high = max(low, guess - slack), min(high, guess + slack)
    if low > high:
        return [min(max(guess, 0), len(text))]
    if start:
        edges = [i for i in range(low, high + 1) if (i == 0 or text[i - 1].isspace()) and i < len(text)]
    else:
        edges = [i for i in range(low, high + 1) if i == len(text) or (i > 0 and text[i].isspace())]
    edges.append(min(max(guess, low), high))
    return sorted(set(edges), key=lambda i: abs(i - guess))[:6]
