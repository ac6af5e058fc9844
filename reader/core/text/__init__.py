"""Arabic text: normalization, tokens with offsets, light stemming, stop words, direction, bidi controls.

Direction and bidi controls load with the face; the Arabic analysis (normalization, tokens, the stemmer,
stop words) when first named, so that printing a list of titles (`qari list`) does without it.
"""

from typing import TYPE_CHECKING, Any

from reader.core.text.bidi import FSI, LRE, LRI, PDF, PDI, RLE, RLI, RLO, balance, has_controls, isolate
from reader.core.text.direction import Direction, Judgement, direction_of, first_strong, judge

if TYPE_CHECKING:
    from reader.core.text.arabic import Token, analyze, normalize, normalize_text, strip_marks, tokenize
    from reader.core.text.stemmer import stem
    from reader.core.text.stopwords import STOPWORDS, is_stopword

_LOADED_ON_USE = {
    **dict.fromkeys(("Token", "analyze", "normalize", "normalize_text", "strip_marks", "tokenize"), "arabic"),
    "stem": "stemmer",
    "STOPWORDS": "stopwords",
    "is_stopword": "stopwords",
}

__all__ = [
    "FSI",
    "LRE",
    "LRI",
    "PDF",
    "PDI",
    "RLE",
    "RLI",
    "RLO",
    "STOPWORDS",
    "Direction",
    "Judgement",
    "Token",
    "analyze",
    "balance",
    "direction_of",
    "first_strong",
    "has_controls",
    "is_stopword",
    "isolate",
    "judge",
    "normalize",
    "normalize_text",
    "stem",
    "strip_marks",
    "tokenize",
]


def __getattr__(name: str) -> Any:
    """The Arabic analysis, loaded when first named (PEP 562)."""
    if name not in _LOADED_ON_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{_LOADED_ON_USE[name]}"), name)
    globals()[name] = value  # found directly from now on
    return value
