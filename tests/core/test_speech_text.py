"""What a voice is given to say: sentences, numbers and abbreviations in words, runs by script."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.speech import sentences
from reader.core.speech.preparation import prepare
from reader.core.speech.wording import date_words, number_words


def spans_text(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_sentences_end_at_their_marks_and_keep_closing_quotes():
    text = "سألني: «هل قرأت الكتاب؟» قلت نعم! ثم مضينا… وفي الطريق تحدثنا.\nسطر جديد بلا علامة"
    assert spans_text(text) == [
        "سألني: «هل قرأت الكتاب؟»",
        "قلت نعم!",
        "ثم مضينا…",
        "وفي الطريق تحدثنا.",
        "سطر جديد بلا علامة",
    ]


def test_a_decimal_point_and_an_abbreviation_end_no_sentence():
    text = "قال د. سمير إن النسبة 3.5 في المئة. وانتهى اللقاء."
    assert spans_text(text) == ["قال د. سمير إن النسبة 3.5 في المئة.", "وانتهى اللقاء."]


def test_sentences_of_blank_text():
    assert sentences("") == [] and sentences("  \n ") == []
    assert sentences("  كلمة ") == [(2, 6)]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("٢٠٢٤", "ألفان وأربعة وعشرون"),
        ("2024", "ألفان وأربعة وعشرون"),
        ("١٢٫٥", "اثنا عشر فاصلة خمسة"),
        ("3,5", "ثلاثة فاصلة خمسة"),
        ("1,000", "ألف"),
        ("١٬٢٥٠", "ألف ومئتان وخمسون"),
        ("1.000.000", "مليون"),
        ("3.05", "ثلاثة فاصلة صفر خمسة"),
        ("٣٥٪", "خمسة وثلاثون بالمئة"),
        ("12 %", "اثنا عشر بالمئة"),
    ],
)
def test_numbers_in_arabic_words(written, said):
    assert number_words(written, "ar").replace("مائت", "مئت").replace("مائة", "مئة") == said


def test_dates_in_words():
    assert date_words("١٢", "٥", "٢٠٢٤", "ar") == "اثنا عشر من مايو ألفان وأربعة وعشرون"
    assert date_words("2024", "05", "12", "ar") == "اثنا عشر من مايو ألفان وأربعة وعشرون"
    assert date_words("40", "5", "2024", "ar") is None


def test_each_word_keeps_its_stored_span_whatever_is_said_for_it():
    text = "زار د. منير المدينة عام ١٤٤٥هـ وكتب ٣ صفحات، ص. ١٢."
    (run,) = prepare(text, "ar")
    words = [(text[p.start : p.end], p.spoken) for p in run.pieces if p.word]
    assert words == [
        ("زار", "زار"),
        ("د.", "دكتور"),
        ("منير", "منير"),
        ("المدينة", "المدينة"),
        ("عام", "عام"),
        ("١٤٤٥", "ألف وأربعمائة وخمسة وأربعون"),
        ("هـ", "هجري"),
        ("وكتب", "وكتب"),
        ("٣", "ثلاثة"),
        ("صفحات", "صفحات"),
        ("ص.", "صفحة"),
        ("١٢", "اثنا عشر"),
    ]
    located = [run.pieces[run.locate(run.text.index(said) + 1)] for said in ("دكتور", "هجري")]
    assert [text[piece.start : piece.end] for piece in located] == ["د.", "هـ"]
    assert run.locate(run.text.index("، ")) is None  # punctuation is no word


def test_m_after_a_year_is_miladi_but_not_elsewhere():
    (run,) = prepare("ولد عام 1950م، وعمل م. فريد معه", "ar")
    assert "ميلادي" in run.text and "وعمل م. فريد" in run.text


def test_the_numbers_can_stay_digits():
    (run,) = prepare("في عام ٢٠٢٤ وصلنا", "ar", number_words_on=False)
    assert run.text == "في عام ٢٠٢٤ وصلنا"


def test_words_of_the_other_script_are_a_run_of_their_own():
    runs = prepare("تعلمت لغة Python الجميلة في أسبوع.", "ar")
    assert [(run.voice, run.text.strip()) for run in runs] == [
        ("", "تعلمت لغة"),
        ("en", "Python"),
        ("", "الجميلة في أسبوع."),
    ]
    runs = prepare("We visited مكة last year.", "en")
    assert [run.voice for run in runs] == ["", "ar", ""]


def test_controls_tatweel_and_zero_width_are_not_given_to_the_voice():
    (run,) = prepare("\u2067جميـــل\u2069\u200b جدا\u200f", "ar")
    assert run.text == "جميل جدا"


def test_vocalized_forms_replace_the_words_they_cover():
    text = "ذهب الولد"
    vocalized = {0: (3, "ذَهَبَ"), 4: (9, "الوَلَدُ")}
    (run,) = prepare(text, "ar", vocalized=vocalized)
    assert run.text == "ذَهَبَ الوَلَدُ"
    assert [(p.start, p.end) for p in run.pieces if p.word] == [(0, 3), (4, 9)]


def test_a_line_end_without_a_mark_is_said_as_the_end_of_a_sentence():
    (run,) = prepare("السطر الأول\nالسطر الثاني", "ar")
    assert run.text == "السطر الأول. السطر الثاني"


def test_a_number_too_long_to_be_an_amount_keeps_its_digits():
    assert number_words("1" * 16, "ar") is None and number_words("9" * 5000, "ar") is None
    assert number_words("1" * 15, "ar")


def test_control_characters_never_reach_the_voice():
    said = "".join(run.text for run in prepare("كلمة\x00 أخرى\x1b[31m", "ar"))
    assert "\x00" not in said and "\x1b" not in said


WORDS = ["كَتَبَ", "الطالب", "ـــ", "٢٠٢٤", "3.5", "٥٠٪", "د.", "هـ", "Qari", "don't", "«", "»", "،", ".", "؟",
         "\u200f", "\u2066", "\n", "12/5/2024", "إلخ", "م", "x", "١٬٠٠٠", "\u200b", "!"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.lists(st.sampled_from(["", " ", "  "]), max_size=25))
def test_every_piece_maps_to_its_own_slice_of_the_text_in_order(words, spaces):
    text = "".join(word + (spaces[i] if i < len(spaces) else " ") for i, word in enumerate(words))
    runs = prepare(text, "ar")
    spans = [(p.start, p.end) for run in runs for p in run.pieces if p.word]
    assert spans == sorted(spans) and all(a < b for a, b in spans)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))  # never overlapping
    for run in runs:
        assert "\u200f" not in run.text and "\u2066" not in run.text and "\u0640" not in run.text
        for index, piece in enumerate(run.pieces):
            offset = sum(len(p.spoken) for p in run.pieces[:index])
            if piece.word and piece.spoken:
                assert run.locate(offset) == index
