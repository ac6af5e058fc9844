"""Arabic text for search and display: tokens with offsets, normalization, stop words and stems.

`normalize` applies Lucene's Arabic normalization (آ أ إ → ا, ى → ي, ة → ه, no tatweel or harakat) and
goes further:
- every Arabic mark goes: U+0610–061A, U+064B–065F, the Quranic marks U+06D6–06ED (but the small letters
  below) and U+08D3–08FF;
- the superscript (dagger) alef U+0670 is dropped in the words whose ordinary spelling has no alef
  (هٰذا → هذا; likewise ذٰلك, لٰكن, الرحمٰن, إلٰه, أولٰئك, هٰؤلاء, الله, also after و ف ب ل ك) and elsewhere
  stands for the alef that modern spelling writes (الكتٰب → الكتاب, العٰلمين → العالمين). After ى it is
  dropped at the end of a word and makes ىٰ an alef inside one (هدىٰهم → هداهم); a bare waw carrying it
  is read as alef (الصلوٰة → الصلاه);
- a combining hamza above U+0654 joins its seat as the precomposed letter does (و → ؤ; ي ى ی and tatweel
  → ئ), so decomposed text matches precomposed text; elsewhere it is dropped with the other marks;
- hamza on the line before an alef inside a word is آ and so → ا (قرءان → قران, ءامنوا → امنوا); not after
  an alef (إجراءات) nor before a final alef (جزءًا). A hamza on a tatweel before an alef is the same
  (بِٱلۡـَٔاخِرَةِ → بالاخره); elsewhere a tatweel is the hamza's seat ئ;
- the Uthmani small letters are written out: small high yeh U+06E7 → ي (إِبۡرَٰهِـۧمَ → ابراهيم), small
  yeh U+06E6 → ي and small waw U+06E5 → و (دَاوُۥدُ → داوود), except after a final ه, where they mark the
  pronoun's long vowel that modern spelling does not write (لَهُۥ → له, بِهِۦ → به);
- alef wasla ٱ and the wavy-hamza alefs → ا; Persian and Urdu letters → the Arabic letter they write
  (ک ڪ → ك; ی ې ے → ي; ہ ە ۀ ۂ ۃ ھ → ه; ۓ → ئ). گ, پ, چ, ژ and ڤ stay: they are other sounds;
- Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9; ٫ → . and ٬ → , (they only occur inside numbers);
- presentation forms U+FB50–FDFF and U+FE70–FEFF → their NFKC letters (ﻻ → لا, ﷲ → الله);
- zero-width characters U+200B–200F, U+2060, bidi controls U+202A–202E, U+2066–2069, U+061C, the soft
  hyphen and the BOM are removed; other scripts are case-folded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import NamedTuple

from reader.core.text.stemmer import stem
from reader.core.text.stopwords import STOPWORDS, is_stopword

__all__ = [
    "STOPWORDS",
    "Token",
    "analyze",
    "is_stopword",
    "normalize",
    "normalize_text",
    "stem",
    "strip_marks",
    "tokenize",
]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff"
_JOINERS = "\u200c\u200d\u00ad\u2060"

# A word starts with a letter or digit (not tatweel or a small Quranic letter), then runs on through
# letters, digits, tatweel, marks, joiners followed by more of the word, and . , ٫ ٬ between digits.
_TOKEN_RE = re.compile(
    rf"[^\W_\u0640\u06e5\u06e6]"
    rf"(?:[^\W_]+|[{_MARKS}\u0300-\u036f]+|[{_JOINERS}]+(?=[^\W_])|(?<=\d)[.,\u066b\u066c](?=\d))*"
)
_SPECIAL_RE = re.compile("[\u0654\u0670\u06e5-\u06e7\ufb50-\ufdff\ufe70-\ufefe]")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# Words spelled without the alef that a superscript alef in them stands for (tested without marks).
_NO_ALEF_RE = re.compile(r"[وفبلك]{0,2}(?:هك?ذ|ذلك|لكن|(?:ال|ل)?رحمن|الله|لله|اله(?![^كنهي])|اولئك|هؤلاء)")
_HAMZA_SEATS = {"و": "ؤ", "ي": "ئ", "ى": "ئ", "ی": "ئ", "ـ": "ئ"}
# Small letters of the Uthmani script that modern spelling writes in full (إبراهيم, داوود, يحيي),
# except small waw and yeh after a final ه: the long vowel of the pronoun (لَهُۥ, بِهِۦ) is not written.
_SMALL_LETTERS = {"\u06e5": "و", "\u06e6": "ي", "\u06e7": "ي"}
# Hamza on the line before an alef is آ (قرءان, ءامنوا), but not after an alef (إجراءات) nor where the
# alef ends the word (جزءًا: the alef of the tanween).
_HAMZA_ALEF_RE = re.compile(r"(?<!ا)ءا(?=[^\W\d_])")


class Token(NamedTuple):
    """One word of a text: its surface text and where it lies."""

    text: str
    start: int
    end: int


def _ranges(*pairs: tuple[int, int]) -> list[int]:
    return [cp for first, last in pairs for cp in range(first, last + 1)]


_MARK_POINTS = _ranges(
    (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x08D3, 0x08FF)
)
_INVISIBLE_POINTS = [
    *_ranges((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069)),
    0x061C,
    0x00AD,
    0xFEFF,
    0x2060,
    0x0640,
]


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict.fromkeys(_MARK_POINTS + _INVISIBLE_POINTS)
    for letters, target in (("آأإٱٲٳٵ", "ا"), ("ىیېے", "ي"), ("ةہەۀۂۃھ", "ه"), ("کڪ", "ك"), ("ۓ", "ئ")):
        table.update(dict.fromkeys(map(ord, letters), target))
    for digit in range(10):
        table[0x0660 + digit] = table[0x06F0 + digit] = str(digit)
    table.update({0x066B: ".", 0x066C: ","})
    return table


_TABLE = _build_table()
_MARK_CHARS = "".join(map(chr, _MARK_POINTS))
# For display: marks go, but not hamza above/below (part of the spelling) nor the ayah symbols ۝ ۞ ۩.
_STRIP_TABLE = dict.fromkeys(set(_MARK_POINTS) - {0x0654, 0x0655, 0x06DD, 0x06DE, 0x06E9})


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return char.translate(_TABLE).casefold()


def _contextual(text: str) -> tuple[list[str], list[int]]:
    """Apply the rules that look at neighbours: presentation forms, hamza above, superscript alef."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if _PRESENTATION_RE.match(char):
            folded = unicodedata.normalize("NFKC", char)
            if folded.strip(_MARK_CHARS + " \u0640"):
                chars.extend(folded)
                origin.extend([i] * len(folded))
        else:
            chars.append(char)
            origin.append(i)
    no_alef = "\u0670" in chars and _NO_ALEF_RE.match("".join(chars).translate(_TABLE)) is not None
    out: list[str] = []
    out_origin: list[int] = []
    base = -1  # index in `out` of the last character that is not a mark
    pending_ya = -1  # a ىٰ that becomes alef if a letter follows
    for i, (char, where) in enumerate(zip(chars, origin, strict=True)):
        if char == "\u0654" and base >= 0 and out[base] in _HAMZA_SEATS:
            # a hamza on a tatweel before an alef is hamza on the line: ـَٔا is آ (بِٱلۡـَٔاخِرَةِ)
            seatless = out[base] == "ـ" and _next_letter(chars, i) in ("ا", "ٱ")
            out[base] = "ء" if seatless else _HAMZA_SEATS[out[base]]
            continue
        if char in _SMALL_LETTERS:
            after_pronoun = char != "\u06e7" and base >= 0 and out[base] == "ه" and not _next_letter(chars, i)
            if not after_pronoun:
                out.append(_SMALL_LETTERS[char])
                out_origin.append(where)
                base = len(out) - 1
            continue
        if char == "\u0670":
            if no_alef or base < 0 or not out[base].isalpha():
                continue
            if out[base] == "ى":
                pending_ya = base
            elif out[base] == "و" and base == len(out) - 1:
                out[base] = "ا"
            else:
                out.append("ا")
                out_origin.append(where)
                base = len(out) - 1
            continue
        if char not in _MARK_CHARS:
            if pending_ya >= 0 and char.isalpha() and char != "\u0640":
                out[pending_ya] = "ا"
            pending_ya = -1
            base = len(out)
        out.append(char)
        out_origin.append(where)
    return out, out_origin


def _next_letter(chars: list[str], i: int) -> str:
    """The first character after `i` that is not a mark ("" at the end)."""
    return next((char for char in chars[i + 1 :] if char not in _MARK_CHARS), "")


def _hamza_alef(folded: str, where: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """ءا → ا where it spells آ (see `_HAMZA_ALEF_RE`), dropping the hamza's entry from the map."""
    if "ءا" not in folded:
        return folded, where
    drop = {match.start() for match in _HAMZA_ALEF_RE.finditer(folded)}
    kept = [i for i in range(len(folded)) if i not in drop]
    return "".join(folded[i] for i in kept), tuple(where[i] for i in kept)


@lru_cache(maxsize=1 << 15)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalize a piece of text and give, for each resulting character, the index it comes from."""
    if not _SPECIAL_RE.search(text):
        translated = text.translate(_TABLE)
        if len(translated) == len(text):
            folded = translated.casefold()
            if len(folded) == len(text):
                return _hamza_alef(folded, tuple(range(len(text))))
        chars, origin = list(text), list(range(len(text)))
    else:
        chars, origin = _contextual(text)
    parts: list[str] = []
    where: list[int] = []
    for char, index in zip(chars, origin, strict=True):
        folded = _fold_char(char)
        parts.append(folded)
        where.extend([index] * len(folded))
    return _hamza_alef("".join(parts), tuple(where))


def tokenize(text: str) -> list[Token]:
    """Split text into words and numbers with their offsets; punctuation and spaces are left out."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


@lru_cache(maxsize=1 << 17)
def normalize(word: str) -> str:
    """Normalize a word for matching (rules in the module docstring); idempotent."""
    if _SPECIAL_RE.search(word):
        return normalize_text(word)[0]  # word by word: the superscript alef rules look at whole words
    folded = word.translate(_TABLE).casefold()
    return _HAMZA_ALEF_RE.sub("ا", folded) if "ءا" in folded else folded


def normalize_text(text: str) -> tuple[str, list[int]]:
    """Normalize a whole text; also return, per normalized index, the original index it came from.

    Each word is normalized as `normalize` does it and the text between words keeps its spaces and
    punctuation. The list has one more entry than the normalized text, `len(text)`, so a match
    [i, j) in the normalized text covers [map[i], map[j]) of the original, marks included.
    """
    parts: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _TOKEN_RE.finditer(text):
        for start, end in ((position, match.start()), match.span()):
            if start < end:
                folded, where = _fold(text[start:end])
                parts.append(folded)
                origin.extend(start + i for i in where)
        position = match.end()
    if position < len(text):
        folded, where = _fold(text[position:])
        parts.append(folded)
        origin.extend(position + i for i in where)
    origin.append(len(text))
    return "".join(parts), origin


def strip_marks(text: str) -> str:
    """Remove diacritics and Quranic marks for display; letters, tatweel, hamza and ۝ ۞ ۩ stay."""
    return text.translate(_STRIP_TABLE)


def analyze(
    text: str,
    *,
    stopwords: Collection[str] = STOPWORDS,
    stem_exclusions: Collection[str] = frozenset(),
    stemmer: Callable[[str], str] = stem,
) -> list[tuple[str, str | None, int, int]]:
    """Per word: (normalized, stem or None for a stop word, start, end); empty words are skipped.

    `stopwords` and `stem_exclusions` hold normalized words; an excluded word is its own stem.
    """
    result: list[tuple[str, str | None, int, int]] = []
    append = result.append
    for match in _TOKEN_RE.finditer(text):
        normalized = normalize(match.group())
        if not normalized:
            continue
        start, end = match.span()
        # A ligature such as ﷺ normalizes to several words.
        for word in normalized.split() if " " in normalized else (normalized,):
            if word in stopwords:
                append((word, None, start, end))
            else:
                append((word, word if word in stem_exclusions else stemmer(word), start, end))
    return result
