"""Arabic text: normalization, tokens with offsets, light stemming, stop words, direction, bidi controls."""

from reader.core.text.arabic import Token, analyze, normalize, normalize_text, strip_marks, tokenize
from reader.core.text.bidi import FSI, LRE, LRI, PDF, PDI, RLE, RLI, RLO, balance, has_controls, isolate
from reader.core.text.direction import Direction, Judgement, direction_of, first_strong, judge
from reader.core.text.stemmer import stem
from reader.core.text.stopwords import STOPWORDS, is_stopword

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
