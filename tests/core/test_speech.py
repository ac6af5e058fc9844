"""Speech through the real espeak-ng library: words mapped back to the stored text, audio, the lookup."""

from __future__ import annotations

import array
import io
import re
import subprocess
import sys
import threading
import wave

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.speech import (
    Speech,
    SpeechError,
    SpeechOptions,
    WordTiming,
    speak,
    unavailable_reason,
    voices,
)
from reader.core.speech.preparation import prepare

pytestmark = pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason()))

VOCALIZED = "كَتَبَ الطَّالِبُ رِسَالَةً طَوِيلَةً إِلَى صَدِيقِهِ القَدِيمِ، ثُمَّ خَرَجَ إِلَى السُّوقِ."
BARE = "جلست الجدة في ظل الشجرة تروي لأحفادها حكاية قديمة عن قرية على ضفاف النهر. ضحك الصغار طويلا."
PLAIN = SpeechOptions(vocalize=False)


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\s.،,؟?!:؛]+", text)


def slices(text: str, speech: Speech) -> list[str]:
    return [text[word.start : word.end] for word in speech.words]


def assert_in_time_order(speech: Speech) -> None:
    times = [word.time for word in speech.words]
    assert times == sorted(times) and len(set(times)) == len(times), times
    assert times[0] >= 0 and times[-1] < speech.duration


@pytest.mark.parametrize("text", [VOCALIZED, BARE])
def test_every_word_is_timed_and_its_slice_is_the_stored_word_with_its_harakat(text):
    speech = speak(text, "ar", PLAIN)
    assert slices(text, speech) == words_of(text)
    assert_in_time_order(speech)


def test_vocalizing_a_bare_text_keeps_every_word_on_its_stored_span():
    speech = speak(BARE, "ar", SpeechOptions(vocalize=True))
    assert slices(BARE, speech) == words_of(BARE)
    assert_in_time_order(speech)


def test_numbers_are_said_as_words_and_point_at_their_digits():
    text = "بلغ عدد الزوار ٢٠٢٤ زائرا في عام 1999م، وارتفعت النسبة إلى ٣٥٪ بعد ذلك."
    speech = speak(text, "ar", PLAIN)
    assert slices(text, speech) == ["بلغ", "عدد", "الزوار", "٢٠٢٤", "زائرا", "في", "عام", "1999", "م",
                                    "وارتفعت", "النسبة", "إلى", "٣٥٪", "بعد", "ذلك"]  # fmt: skip
    assert_in_time_order(speech)
    (run,) = prepare(text, "ar")
    assert "ألفان وأربعة وعشرون" in run.text and "خمسة وثلاثون بالمئة" in run.text and "ميلادي" in run.text
    assert "٢٠٢٤" not in run.text and "1999" not in run.text

def test_a_latin_run_is_said_by_a_latin_voice_as_words():
    text = "قرأت مقالة عن Machine Learning في المساء."
    speech = speak(text, "ar", PLAIN)
    assert slices(text, speech) == ["قرأت", "مقالة", "عن", "Machine", "Learning", "في", "المساء"]
    assert_in_time_order(speech)
    machine, learning = speech.words[3], speech.words[4]
    assert learning.time - machine.time < 1500  # a word, not seven letters spelt one by one


def test_bidi_controls_tatweel_and_zero_width_characters_are_not_said_but_the_words_keep_them():
    text = "\u200fالعلـــم نور\u200b يضيء الطريق\u2069"
    speech = speak(text, "ar", PLAIN)
    assert slices(text, speech) == ["العلـــم", "نور", "يضيء", "الطريق"]


def test_word_at_finds_the_word_being_said():
    speech = speak(BARE, "ar", PLAIN)
    assert speech.word_at(-1) is None
    assert speech.word_at(speech.words[0].time) == 0
    for index, word in enumerate(speech.words):
        assert speech.word_at(word.time) == index
        assert speech.word_at(word.time + 1) == index
    assert speech.word_at(speech.duration) == len(speech.words) - 1


def test_word_at_before_the_first_word():
    speech = Speech(b"\0\0" * 22050, 22050, (WordTiming(0, 3, 300), WordTiming(4, 6, 700)))
    assert [speech.word_at(ms) for ms in (0, 299, 300, 699, 700, 5000)] == [None, None, 0, 0, 1, 1]
    assert speech.duration == 1000


def test_the_wav_is_a_whole_file_of_the_same_audio():
    speech = speak(VOCALIZED, "ar", PLAIN)
    with wave.open(io.BytesIO(speech.wav())) as file:
        assert (file.getnchannels(), file.getsampwidth(), file.getframerate()) == (1, 2, speech.sample_rate)
        assert file.readframes(file.getnframes()) == speech.audio
        assert abs(file.getnframes() * 1000 // file.getframerate() - speech.duration) <= 1
    assert 2000 < speech.duration < 20000


def test_the_rate_changes_the_length():
    slow = speak(BARE, "ar", SpeechOptions(rate=100, vocalize=False))
    fast = speak(BARE, "ar", SpeechOptions(rate=300, vocalize=False))
    assert fast.duration < slow.duration * 0.6


def test_an_empty_text_says_nothing():
    speech = speak(" \n", "ar")
    assert speech.words == () and speech.audio == b"" and speech.duration == 0


def test_an_unknown_voice_is_one_plain_line():
    with pytest.raises(SpeechError) as raised:
        speak("مرحبا", "ar", SpeechOptions(voice="no-such-voice"))
    assert "\n" not in str(raised.value) and "no-such-voice" in str(raised.value)


def test_voices_for_a_language():
    arabic = voices("ar")
    assert arabic and all(voice.language.startswith("ar") for voice in arabic)
    assert speak("مرحبا", "ar", SpeechOptions(voice=arabic[0].name, vocalize=False)).words


def test_threads_speaking_at_once_each_get_their_own_words():
    results: dict[str, Speech] = {}

    def say(text: str) -> None:
        results[text] = speak(text, "ar", PLAIN)

    threads = [threading.Thread(target=say, args=(text,)) for text in (VOCALIZED, BARE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for text, speech in results.items():
        assert slices(text, speech) == words_of(text)


def test_without_the_library_speech_says_why_in_one_line_and_importing_still_works():
    code = (
        "import reader.core.speech as s\n"
        "print(s.unavailable_reason())\n"
        "try:\n    s.speak('مرحبا', 'ar')\nexcept s.SpeechError as e:\n    print(e)\n"
    )
    env = {"QARI_ESPEAK_LIBRARY": "libespeak-ng-missing.so.1", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    reason, error = result.stdout.splitlines()
    assert reason == error and "espeak-ng" in reason and "libespeak-ng-missing.so.1" in reason


def test_warming_up_loads_what_the_first_sentence_needs():
    code = (
        "import time\nfrom reader.core.speech import speak, warm_up\nwarm_up('ar')\n"
        "start = time.perf_counter()\nspeak('خرج الولد إلى الحديقة.', 'ar')\n"
        "print(time.perf_counter() - start)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(result.stdout) < 0.25  # no model or library left to load: tens of milliseconds


def test_words_the_engine_says_together_still_get_their_own_time():
    text = "The story of the old city is told in the first pages of the book."
    speech = speak(text, "en")  # espeak-ng gives no event of its own to "the" after "of" or "in"
    assert slices(text, speech) == words_of(text)
    assert_in_time_order(speech)


@pytest.mark.parametrize("language", ["ar-EG", "AR", "und", "", "xx"])
def test_a_regional_unknown_or_undetermined_language_still_speaks_arabic_text(language):
    text = "في عام ٢٠٢٤ زرنا المدينة"
    speech = speak(text, language, PLAIN)
    assert slices(text, speech) == words_of(text)


def test_regional_english_gets_its_own_voice():
    british = speak("The colour of the sea", "en-GB")
    american = speak("The colour of the sea", "en-US")
    assert british.words and american.words and british.audio != american.audio


def test_a_library_that_is_not_espeak_ng_is_refused_in_one_line(monkeypatch):
    monkeypatch.setenv("QARI_ESPEAK_LIBRARY", "libz.so.1")  # a real library, without espeak-ng's functions
    assert unavailable_reason() == "libz.so.1 is not an espeak-ng library Qari can use."
    monkeypatch.delenv("QARI_ESPEAK_LIBRARY")
    assert unavailable_reason() is None


def test_a_speech_ends_with_a_sentence_pause_so_pieces_played_in_turn_breathe():
    speech = speak("ذهب الولد إلى المدرسة.", "ar", PLAIN)
    tail = array.array("h", speech.audio[-speech.sample_rate // 5 * 2 :])  # the last 200 ms
    assert max(abs(sample) for sample in tail) < 300
    assert speech.duration - speech.words[-1].time > 500  # the last word, then the pause


MIXED = ["كَتَبَ", "الطالب", "ـــ", "٢٠٢٤", "3.5", "٥٠٪", "د.", "Qari", "reads", "«", "»", "،", ".", "؟",
         "\u200f", "\n", "12/5/2024", "إلخ", "x", "\u200b", "!"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(MIXED), min_size=1, max_size=15))
def test_any_mixture_is_said_with_its_words_in_order_on_their_own_spans(words):
    text = " ".join(words)
    speech = speak(text, "ar", PLAIN)
    spans = [(word.start, word.end) for word in speech.words]
    assert spans == sorted(spans) and all(text[a:b].strip() for a, b in spans)
    times = [word.time for word in speech.words]
    assert times == sorted(times) and all(time <= speech.duration for time in times)
