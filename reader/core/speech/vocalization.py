"""Automatic vocalization: harakat for the words of a text written without them, every position kept.

A speech engine misreads bare Arabic (it drops the short vowels), so the words are vocalized before they
are spoken. The vocalizer is text2tashkeel's stitched model, chosen by measuring it against mishkal and
dengjen-tashkeel on vocalized text nobody in this project wrote (`bench/vocalize_eval.py`, `docs/speech.md`).

Whatever the library does, a word keeps its span in the stored text and its base letters in their order:
the library's output is only read for the harakat it puts on each letter of a word it gave back whole, and
any word it changed, dropped, merged or marked with junk keeps its stored form. Words that already carry
harakat keep theirs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher

# A vocalizer: plain Arabic in, the same text with harakat out (one sentence or so at a time).
Engine = Callable[[str], str]

LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc"
HARAKAT = "\u064b-\u0652"  # fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun
_MARKS = HARAKAT + "\u0653-\u0655\u0670"  # and maddah, hamza above and below, the superscript alef
_TATWEEL = "\u0640"
_WORD = re.compile(f"[{LETTERS}](?:[{LETTERS}{_MARKS}{_TATWEEL}]*[{LETTERS}{_MARKS}])?")
_LETTER = re.compile(f"[{LETTERS}]")
_HARAKA = re.compile(f"[{HARAKAT}]")
_NOT_LETTER = re.compile(f"[^{LETTERS}]")
_UNSPOKEN = re.compile(f"[{_MARKS}{_TATWEEL}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SENTENCE_END = re.compile(r"[.!?؟؛\n]+")
_SHADDA = "\u0651"
_SEATS = str.maketrans("أإآٱئىؤ", "ااااييو")  # a hamza's seat, and alif maqsura, as the library may move them

# Fully vocalized text carries about one haraka per letter (0.83 in the Qur'an, 0.78 in hadith), bare text
# about none (0.005 in the seed article, 0.02 in LibreOffice's messages: a shadda or a tanween here and
# there), and a text that marks only its ambiguous words (a haraka every few words) well under a quarter;
# below one per four letters, the bare words are vocalized (words with harakat keep theirs anyway).
HARAKA_PER_LETTER = 0.25
# The longest run of words given to the library at once: the models read a sentence at a time, and a
# paragraph with no full stop must not become one call whose time grows faster than its length.
CHUNK_WORDS = 40
# Words further apart than this (a Latin passage, a table of numbers between them) are read apart; and a
# run longer than this many characters is no sentence (a "word" of thousands of letters): kept as stored.
_GAP = 80
_LONGEST = 2000


def lacks_harakat(text: str) -> bool:
    """Whether `text` has Arabic letters but fewer than one haraka per four of them."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_HARAKA.findall(text)) < letters * HARAKA_PER_LETTER


def vocalize_words(text: str) -> list[tuple[int, int, str]]:
    """Each Arabic word of `text` as (start, end, vocalized form), in order; never raises."""
    return vocalize_with(text, _shared_engine())


def warm_up() -> None:
    """Load the vocalizer's model now, so that the first word spoken waits for nothing; never raises."""
    engine = _shared_engine()
    if engine is not None:
        _safe_call(engine, "كتب")


def vocalize_with(text: str, engine: Engine | None) -> list[tuple[int, int, str]]:
    """`vocalize_words` with a given vocalizer (None: every word as stored); also used by the benchmark."""
    words = [(match.start(), match.end(), match.group()) for match in _WORD.finditer(text)]
    result = [(start, end, word) for start, end, word in words]
    if engine is None:
        return result
    for first, last in _chunks(text, words):
        bare = {index for index in range(first, last) if not _HARAKA.search(words[index][2])}
        sentence = _UNSPOKEN.sub("", text[words[first][0] : words[last - 1][1]])
        if not bare or len(sentence) > _LONGEST:
            continue
        marks = _read(_safe_call(engine, sentence), [_base(words[index][2]) for index in range(first, last)])
        for offset, letter_marks in marks.items():
            index = first + offset
            if index in bare:
                start, end, word = words[index]
                result[index] = (start, end, _apply(word, letter_marks))
    return result


def _chunks(text: str, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """Ranges of word indexes, one sentence each, none longer than CHUNK_WORDS words."""
    first = 0
    for index in range(len(words)):
        last = index + 1
        ends_sentence = (
            last == len(words)
            or words[last][0] - words[index][1] > _GAP
            or _SENTENCE_END.search(text, words[index][1], words[last][0])
        )
        if ends_sentence or last - first == CHUNK_WORDS:
            yield first, last
            first = last


def _read(output: str, bases: list[str]) -> dict[int, list[str]]:
    """For each input word the library gave back with the same letters: the harakat on each letter.

    The library may move a hamza to another seat (الإيمان comes back as الأَيْمَانُ, العدائين as
    الْعَدَايِينَ): such a word still counts as the same, and its other letters take their harakat, but
    not the letter the library changed (its harakat were read for another letter)."""
    found = [match.group() for match in _WORD.finditer(output)]
    found_bases = [_base(word) for word in found]
    matcher = SequenceMatcher(
        None, [base.translate(_SEATS) for base in bases], [base.translate(_SEATS) for base in found_bases],
        autojunk=False,
    )  # fmt: skip
    marks: dict[int, list[str]] = {}
    for block in matcher.get_matching_blocks():
        for step in range(block.size):
            letter_marks = _letter_marks(found[block.b + step])
            if letter_marks is not None:
                pairs = zip(bases[block.a + step], found_bases[block.b + step], letter_marks, strict=True)
                marks[block.a + step] = [mark if mine == theirs else "" for mine, theirs, mark in pairs]
    return marks


def _letter_marks(word: str) -> list[str] | None:
    """The harakat after each letter of a vocalized word, or None when they are not a plausible reading."""
    marks: list[str] = []
    for char in word:
        if _LETTER.match(char):
            marks.append("")
        elif _HARAKA.match(char) and marks:
            marks[-1] += char
    for letter_marks in marks:
        vowels = letter_marks.replace(_SHADDA, "")
        if len(vowels) > 1 or letter_marks.count(_SHADDA) > 1:
            return None
    return marks


def _apply(word: str, marks: list[str]) -> str:
    """The stored word with each letter's harakat put after it (before any tatweel that follows)."""
    pieces: list[str] = []
    pending = ""
    letter = 0
    for char in word:
        if _LETTER.match(char):
            pieces.append(pending)
            pending = marks[letter]
            letter += 1
        elif char == _TATWEEL:
            pieces.append(pending)
            pending = ""
        pieces.append(char)
    pieces.append(pending)
    return "".join(pieces)


def _base(word: str) -> str:
    return _NOT_LETTER.sub("", word)


def _safe_call(engine: Engine, sentence: str) -> str:
    """The library's output, or "" when it fails on this sentence (its words then stay as stored)."""
    try:
        output = engine(sentence)
    except Exception:  # a third-party model may fail in any way; the words are then spoken as stored
        return ""
    return output if isinstance(output, str) else ""


_lock = threading.Lock()
_engine: list[Engine | None] = []  # filled once: the loaded vocalizer, or None when it cannot be loaded


def _shared_engine() -> Engine | None:
    """The vocalizer, loaded once for the process (by whichever thread asks first)."""
    with _lock:
        if not _engine:
            _engine.append(_load())
        return _engine[0]


def _load() -> Engine | None:
    try:
        from text2tashkeel import Diacritizer
    except Exception:  # not installed, or onnxruntime or numpy broken here: words are spoken as stored
        return None
    diacritizer = Diacritizer("rawi-ensemble")
    lock = threading.Lock()

    def engine(sentence: str) -> str:
        with lock:  # one onnxruntime session, used by one thread at a time
            return str(diacritizer.diacritize(sentence))

    return engine
