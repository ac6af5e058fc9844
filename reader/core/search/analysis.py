"""How a text becomes the terms of the search index, and the Whoosh field that takes them in.

Three fields are filled from one analysis of a paragraph (`reader.core.text.arabic.analyze`):
- exact: every word normalized, stop words kept, one position per word (phrases need positions);
- grams: each pair of stop words in a row as one term, at the first one's position, as Lucene's
  CommonGrams does: a phrase of stop words is found by their pair's short list rather than by walking
  the positions of two words that occur in nearly every paragraph (see `phrases`). Pairs of a stop word
  and another word are not kept: the other word's list is short, and the phrase is looked for there;
- stem: the light stems, stop words left out, no positions (only their count, as the weight); a word
  that is its own stem is left out too, since queries look for a stem in both fields (a third fewer
  postings). The stem is taken of the word with its hamza seats folded
  (`reader.core.text.spelling.loose_stem`: المومنين and المؤمنين both give مومن, مسئول and مسؤول
  مسوول), so a query typed without a hamza finds the word through the stem, while
  the exact field keeps the spelling and ranks it first (decision and figures: the README's search).
Diacritics are not indexed: a query typed with them ranks higher the hits whose words carry the same
ones (`marks_agree`), which is decided on the few best hits rather than paid for in every posting.

Whoosh pickles the schema, and with it the field and tokenizer classes. Qari opens its indexes with the
schema it builds itself (`search_store.make_schema`), so the pickled copy is not read back; the classes
still stay in this module under these names, so that other tools can open an index too.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from whoosh.analysis import Token, Tokenizer
from whoosh.fields import TEXT

from reader.core.search.codec import CompactPositions, WeightOnly
from reader.core.text import analyze, normalize, tokenize
from reader.core.text.spelling import loose_stem

EXACT, STEM, GRAMS = "exact", "stem", "grams"

_HARAKAT = re.compile("[\u064b-\u0652]")
# A text that covers the analysis rules; its analysis is hashed so that a change of the rules is noticed.
_PROBE = (
    "وَالكِتَابُ بالمعاهدة لروسيا أتفاق إلى مدرستهم كتبوا تصعيدًا هٰذا ٱلرحمن ﷲ ک ی ۱۲ ٣٤ "
    "في من الذي Johannes ﻻ جمـيل الصلوٰة هدىٰهم العٰلمين کتاب بالحق وبالخط جنات مزايا قضاياهم "
    "إِبۡرَٰهِـۧمَ ٱلۡقُرۡءَانُ لَهُۥ دَاوُودُ بِٱلۡـَٔاخِرَةِ المؤمنين مسئول شاطىء فئة جزءًا إجراءات"
)


class WordTerms(NamedTuple):
    """The index terms of one word: its normalized form and its stem (None for a stop word)."""

    normalized: str
    stem: str | None


class TextTerms(NamedTuple):
    """The index terms of a text, per field, in reading order; `grams` are the pairs of stop words in a
    row with the position of the first."""

    exact: list[str]
    stems: list[str]
    grams: list[tuple[int, str]]


def gram(first: str, second: str) -> str:
    """The term of two stop words in a row (a space is never in a word's term)."""
    return f"{first} {second}"


@lru_cache(maxsize=1 << 18)
def word_terms(surface: str) -> tuple[WordTerms, ...]:
    """The terms of one token as `tokenize` gives it; a ligature may stand for several words."""
    return tuple(
        WordTerms(normalized, stem) for normalized, stem, _, _ in analyze(surface, stemmer=loose_stem)
    )


def has_harakat(text: str) -> bool:
    """Whether any word of `text` carries harakat (else none has a `vocalized_form`)."""
    return _HARAKAT.search(text) is not None


def vocalized_form(surface: str) -> str | None:
    """The word's letters as the index spells them with its harakat kept, or None without harakat."""
    if not _HARAKAT.search(surface):
        return None
    # NFC puts stacked marks in one canonical order (shadda + fatha and fatha + shadda are the same).
    marked = unicodedata.normalize("NFC", surface)
    return "".join(char if "\u064b" <= char <= "\u0652" else normalize(char) for char in marked)


def text_terms(text: str) -> TextTerms:
    """The terms of a whole text for the two fields; each distinct word is analyzed once."""
    exact: list[str] = []
    stems: list[str] = []
    grams: list[tuple[int, str]] = []
    add_exact, add_stem = exact.append, stems.append
    after_stop = False  # whether the word before is a stop word
    for token in tokenize(text):
        for normalized, stem in word_terms(token.text):
            if stem is None:
                if after_stop:
                    grams.append((len(exact) - 1, gram(exact[-1], normalized)))
                after_stop = True
            else:
                after_stop = False
                if stem != normalized:  # a word that is its own stem is found in `exact`
                    add_stem(stem)
            add_exact(normalized)
    return TextTerms(exact, stems, grams)


def marks_agree(wanted: str, found: str) -> bool:
    """Whether a word's vocalized form agrees with the query's: the same letters, and where both
    carry harakat on a letter they are the same ones, on at least one letter."""
    wanted_letters, found_letters = _letters_and_marks(wanted), _letters_and_marks(found)
    if [letter for letter, _ in wanted_letters] != [letter for letter, _ in found_letters]:
        return False
    shared = [(a, b) for (_, a), (_, b) in zip(wanted_letters, found_letters, strict=True) if a and b]
    return bool(shared) and all(a == b for a, b in shared)


def _letters_and_marks(form: str) -> list[tuple[str, str]]:
    groups: list[tuple[str, str]] = []
    for char in form:
        if "\u064b" <= char <= "\u0652" and groups:
            groups[-1] = (groups[-1][0], groups[-1][1] + char)
        else:
            groups.append((char, ""))
    return groups


_last_text: tuple[str, TextTerms] = ("", TextTerms([], [], []))


def _cached_text_terms(text: str) -> TextTerms:
    """`text_terms`, remembering the last text: the two fields of a document share one analysis."""
    global _last_text
    last = _last_text  # read once: another thread may replace it meanwhile
    if last[0] is text or last[0] == text:
        return last[1]
    terms = text_terms(text)
    _last_text = (text, terms)
    return terms


def analysis_fingerprint() -> str:
    """A short hash of how the probe text is analyzed: it changes when the analysis rules change."""
    words = [
        (terms, vocalized_form(token.text)) for token in tokenize(_PROBE) for terms in word_terms(token.text)
    ]
    return hashlib.blake2s(repr(words).encode("utf-8"), digest_size=8).hexdigest()


class FieldTokenizer(Tokenizer):
    """Whoosh tokenizer giving one field's terms of a text (see the module docstring)."""

    def __init__(self, field: str) -> None:
        self.field = field

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        """Yield the field's terms, one reused Token as Whoosh expects."""
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            words = [value]
        else:
            terms = _cached_text_terms(value)
            if self.field == GRAMS:
                words = [pair for _, pair in terms.grams]
            else:
                words = terms.exact if self.field == EXACT else terms.stems
        for position, word in enumerate(words, start_pos):
            token.text = token.original = word
            token.stopped = False
            token.boost = 1.0
            if positions:
                token.pos = position
            yield token


class AnalyzedField(TEXT):
    """A text field that takes its terms straight from `text_terms`, without a stream of tokens.

    Whoosh's usual path (tokenizer → Token objects → format.word_values) costs more per word than the
    analysis itself; this yields each distinct term once with its frequency and encoded value.
    """

    def __init__(self, part: str) -> None:
        super().__init__(analyzer=FieldTokenizer(part), phrase=part != STEM)
        self.format = WeightOnly() if part == STEM else CompactPositions()
        if part == GRAMS:
            self.scorable = False  # pairs are only looked for, never scored: no column of lengths
        self.part = part

    def index(self, value: str | list[str], **kwargs: object) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(term bytes, frequency, weight, encoded value) for each distinct term of `value`."""
        if not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        terms = _cached_text_terms(value)
        if self.part == EXACT:
            positions: dict[str, list[int]] = {}
            for position, word in enumerate(terms.exact):
                if word in positions:
                    positions[word].append(position)
                else:
                    positions[word] = [position]
            encode = self.format.encode
            for word, where in positions.items():
                yield word.encode("utf-8"), len(where), float(len(where)), encode(where)
        elif self.part == GRAMS:
            pairs: dict[str, list[int]] = {}
            for position, pair in terms.grams:
                pairs.setdefault(pair, []).append(position)
            for pair, where in pairs.items():
                yield pair.encode("utf-8"), len(where), float(len(where)), self.format.encode(where)
        else:
            for word, count in Counter(terms.stems).items():
                yield word.encode("utf-8"), count, float(count), b""
