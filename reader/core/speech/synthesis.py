"""`speak`: prepare a text, have the engine say each run of it, and map every word event back to the text."""

from __future__ import annotations

import bisect
import threading

from reader.core.speech.engine import Engine, Synthesis
from reader.core.speech.espeak import EspeakEngine, library_name
from reader.core.speech.model import Speech, SpeechError, SpeechOptions, Voice, WordTiming
from reader.core.speech.preparation import ARABIC_LETTER, Run, prepare
from reader.core.speech.vocalization import lacks_harakat, vocalize_words
from reader.core.speech.vocalization import warm_up as warm_up_vocalizer

DEFAULT_OPTIONS = SpeechOptions()
_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def engine() -> Engine:
    """The engine for this process (espeak-ng, loaded once); SpeechError when it cannot be loaded."""
    name = library_name()
    with _engines_lock:
        if name not in _engines:
            _engines[name] = EspeakEngine(name)
        return _engines[name]


def unavailable_reason() -> str | None:
    """None when speech works here, else one plain line saying why not."""
    try:
        engine()
    except SpeechError as error:
        return str(error)
    return None


def warm_up(language: str = "ar") -> None:
    """Load the engine, and the vocalizer for Arabic, now (in a worker), so that the first `speak` is quick;
    SpeechError when the engine cannot be loaded."""
    engine()
    if language.split("-")[0].lower() == "ar":
        warm_up_vocalizer()


def voices(language: str = "") -> list[Voice]:
    """The voices speech can use, for `language` only when one is given."""
    return engine().voices(language)


def speak(text: str, language: str, options: SpeechOptions = DEFAULT_OPTIONS) -> Speech:
    """Say `text` (in `language`, a code such as "ar"): the audio, and each word's offsets in `text` and time.

    Arabic that lacks harakat is vocalized first when `options.vocalize`; numbers, dates and common
    abbreviations are said as words; words of the other script (Latin in Arabic, Arabic in English) are said
    by a voice of their own script.
    """
    speaker = engine()
    language = _language(text, language, speaker)
    voice = options.voice or speaker.default_voice(language)
    code = language.lower().replace("_", "-").split("-")[0]  # "ar-EG" → "ar", for num2words and the script
    runs = prepare(text, code, options.number_words, _vocalized(text, code, options))
    audio: list[bytes] = []
    words: list[WordTiming] = []
    samples = 0
    sample_rate = 0  # the engine's, once it has said something
    for run in runs:  # the last one ends with a sentence's pause, so that pieces played in turn breathe
        result = speaker.synthesize(run.text, run.voice or voice, options.rate, run is runs[-1])
        sample_rate = result.sample_rate
        words.extend(_timings(run, result, samples * 1000 // sample_rate, words[-1].time if words else 0))
        audio.append(result.audio)
        samples += len(result.audio) // 2
    return Speech(b"".join(audio), sample_rate or speaker.sample_rate, tuple(words))


def _language(text: str, language: str, speaker: Engine) -> str:
    """The language to say `text` in: the one given when a voice speaks it, else by the text's letters
    (Arabic or English) when it is undetermined ("und", "") or no voice speaks it."""
    if language.lower() not in ("", "und") and speaker.default_voice(language):
        return language
    return "ar" if ARABIC_LETTER.search(text) else "en"


def _timings(run: Run, result: Synthesis, offset: int, earliest: int) -> list[WordTiming]:
    """The words of one run, in order, their times shifted by `offset` ms: the first event that falls in
    each word (later ones, for a number said as several words or digits read one by one, add nothing);
    a word espeak gave no event of its own (it says "of the" as one) gets a time between its neighbours',
    by its place in the letters between them."""
    timed: dict[int, int] = {}
    last = -1
    for event in result.words:
        index = run.locate(event.position)
        if index is not None and index > last:
            earliest = max(earliest, offset + event.time)
            timed[index] = earliest
            last = index
    words = [i for i, piece in enumerate(run.pieces) if piece.word]
    known = [i for i in words if i in timed]
    timings = []
    for i in words:
        if i not in timed and known and known[0] < i < known[-1]:
            after = known[bisect.bisect(known, i)]
            before = known[bisect.bisect(known, i) - 1]
            timed[i] = timed[before] + (timed[after] - timed[before]) * _letters(run, before, i) // max(
                1, _letters(run, before, after)
            )
        if i in timed:
            piece = run.pieces[i]
            timings.append(WordTiming(piece.start, piece.end, timed[i]))
    return timings


def _letters(run: Run, first: int, last: int) -> int:
    """How many characters are said from the start of piece `first` to the start of piece `last`."""
    return sum(len(piece.spoken) for piece in run.pieces[first:last])


def _vocalized(text: str, language: str, options: SpeechOptions) -> dict[int, tuple[int, str]]:
    """The vocalized words of an Arabic text that lacks harakat, by their stored start; {} otherwise."""
    if not options.vocalize or language != "ar" or not lacks_harakat(text):
        return {}
    return {start: (end, word) for start, end, word in vocalize_words(text)}

