"""The text a voice says, built from pieces that each remember the span of the stored text they came from.

A paragraph is cut into words (Arabic or other letters with their harakat, numbers with their separators,
dates, abbreviations, Latin words) and the gaps between them. Each word becomes a `Piece` whose spoken
form may differ from what is stored (vocalized, a number in words, an abbreviation in full) while its span
stays the stored word's; the gaps keep their punctuation, for the pauses, but lose bidi controls, tatweel
and zero-width characters. Words of another script than the text's (Latin words in Arabic, Arabic words
in English) become runs of their own, said by a voice of their script. A word event of the engine at an
offset of the spoken text is mapped back through `Run.locate`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from reader.core.speech.wording import ABBREVIATIONS, YEAR_SUFFIXES, date_words, number_words

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_LATIN = "A-Za-z\u00c0-\u024f"
_ABBREVIATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_TOKEN = re.compile(
    rf"(?P<date>(?<![{_DIGIT}])(?:[{_DIGIT}]{{1,2}}[/\-][{_DIGIT}]{{1,2}}[/\-][{_DIGIT}]{{4}}"
    rf"|[{_DIGIT}]{{4}}-[{_DIGIT}]{{1,2}}-[{_DIGIT}]{{1,2}})(?![{_DIGIT}]))"
    rf"|(?P<number>[{_DIGIT}]+(?:[٫٬,.،][{_DIGIT}]+)*(?:\s?[%٪])?)"
    rf"|(?P<abbreviation>(?<![^\W\d_])(?:{_ABBREVIATION})(?![^\W\d_]))"
    rf"|(?P<latin>[{_LATIN}]+(?:['’\-][{_LATIN}]+)*)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])+)"
)
# Never said: control characters, tatweel, bidi controls and marks, zero-width characters.
_SILENT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0640\u061c\u200b-\u200f\u202a-\u202e"
    "\u2060\u2066-\u2069\ufeff]"
)
_SENTENCE_END = re.compile(r"[.!?؟۔…:;؛]")
ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_SCRIPT = {"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"}
# Languages written in neither script (their Latin words and their Arabic words are both foreign).
OTHER_SCRIPTS = {"he", "yi", "ru", "uk", "bg", "el", "hi", "bn", "zh", "ja", "ko", "th"}
# The voice that says words of a script foreign to the text.
FOREIGN_VOICES = {"latin": "en", "arabic": "ar"}


@dataclass(frozen=True)
class Piece:
    """What is said for the stored span [start, end); `word` is False for the gaps between words."""

    spoken: str
    start: int
    end: int
    word: bool


@dataclass(frozen=True)
class Run:
    """Pieces said by one voice in one go: the text's own ("") or a foreign script's voice ("en", "ar")."""

    voice: str
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return "".join(piece.spoken for piece in self.pieces)

    def locate(self, position: int) -> int | None:
        """The index in `pieces` of the word the spoken text's `position` falls in, or None (a gap)."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index if index >= 0 and self.pieces[index].word else None

    @cached_property
    def _starts(self) -> list[int]:
        """Where each piece starts in `text`."""
        starts, offset = [], 0
        for piece in self.pieces:
            starts.append(offset)
            offset += len(piece.spoken)
        return starts


def prepare(
    text: str,
    language: str,
    number_words_on: bool = True,
    vocalized: dict[int, tuple[int, str]] | None = None,
) -> list[Run]:
    """The runs that say `text`; `vocalized` maps a word's stored start to (its end, the vocalized word)."""
    return _runs(_pieces(text, language, number_words_on, vocalized or {}), _script(language))


def _script(language: str) -> str:
    """The script a language is written in: "arabic", "latin" or "other"."""
    code = language.split("-")[0].lower()
    return "arabic" if code in ARABIC_SCRIPT else "other" if code in OTHER_SCRIPTS else "latin"


def _pieces(
    text: str, language: str, number_words_on: bool, vocalized: dict[int, tuple[int, str]]
) -> Iterator[tuple[Piece, str | None]]:
    """Each piece of `text` in order, with its script (None for gaps and numbers, which join either)."""
    position = 0
    previous_number = False
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            yield _gap(text[position : match.start()]), None
        kind, stored = match.lastgroup, match.group()
        spoken: str | None = None
        if kind == "number" and number_words_on:
            spoken = number_words(stored, language)
        elif kind == "date" and number_words_on:
            day, month, year = re.split(r"[/\-]", stored)
            spoken = date_words(day, month, year, language)
        elif kind == "abbreviation":
            spoken = ABBREVIATIONS[stored]
        elif kind == "word" and previous_number and _SILENT.sub("", stored) in YEAR_SUFFIXES:
            spoken = YEAR_SUFFIXES[_SILENT.sub("", stored)]
        elif kind == "word" and vocalized:
            spoken = _vocalize(text, match.start(), match.end(), vocalized)
        spoken = _SILENT.sub("", spoken if spoken is not None else stored)
        yield Piece(spoken, match.start(), match.end(), True), _word_script(kind, stored)
        previous_number = kind in ("number", "date")
        position = match.end()
    if position < len(text):
        yield _gap(text[position:]), None


def _word_script(kind: str | None, stored: str) -> str | None:
    """A word's script: "latin", "arabic", or None for numbers, dates and words of other scripts."""
    if kind == "latin":
        return "latin"
    if kind in ("word", "abbreviation") and ARABIC_LETTER.search(stored):
        return "arabic"
    return None


def _vocalize(text: str, start: int, end: int, vocalized: dict[int, tuple[int, str]]) -> str:
    """text[start:end] with each vocalized word that lies within it in its vocalized form."""
    said = []
    position = start
    while position < end:
        word_end, word = vocalized.get(position, (end + 1, ""))
        if word_end <= end:
            said.append(word)
            position = word_end
        else:
            said.append(text[position])
            position += 1
    return "".join(said)


def _gap(stored: str) -> Piece:
    """A gap between words: its punctuation kept, a line end said as the end of a sentence."""
    spoken = _SILENT.sub("", stored)
    if "\n" in spoken:
        spoken = re.sub(r"\s*\n\s*", " " if _SENTENCE_END.search(spoken) else ". ", spoken)
    return Piece(spoken, 0, 0, False)


def _runs(pieces: Iterator[tuple[Piece, str | None]], script: str) -> list[Run]:
    """Group the pieces into runs by voice; two words are always parted by at least a space."""
    runs: list[Run] = []
    current: list[Piece] = []
    voice = ""
    for piece, word_script in pieces:
        if word_script is not None:
            wanted = "" if word_script == script else FOREIGN_VOICES[word_script]
            if wanted != voice and any(p.word for p in current):
                runs.append(Run(voice, tuple(current)))
                current = []
            voice = wanted
        if piece.word and current and current[-1].word:
            current.append(Piece(" ", 0, 0, False))
        current.append(piece)
    if any(p.word for p in current):
        runs.append(Run(voice, tuple(current)))
    return runs
