"""Tokenizing, normalizing, stop words and stemming of Arabic text (reader.core.text.arabic)."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text import (
    STOPWORDS,
    Token,
    analyze,
    is_stopword,
    normalize,
    normalize_text,
    stem,
    strip_marks,
    tokenize,
)
from reader.core.text.stemmer import light_stem, stem_light10
from tests.helpers import LUCENE_STOPWORDS

# Characters the rules treat specially, mixed into generated text with arbitrary ones.
SPECIAL = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    "ءآأؤإئىةٱـ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
    "\u0653\u0654\u0655\u0670\u0610\u06d6\u06e5\u06dd\u08f0"
    "کیېےۓہەۀھڪگپ"
    "٠١٢٩۰۴۹٫٬0123456789"
    "\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\u061c\u00ad\ufeff\u2060"
    "ﻛﺘﺎﺏﻻﷲﷺﹰﹱﱞ"
    "AbZßİΣς., ،؛؟!«»()-_'\n\t"
)
TEXT = st.text(st.one_of(st.sampled_from(SPECIAL), st.characters(exclude_categories=("Cs",))), max_size=60)


def _span(text: str, normalized_part: str) -> str:
    """The original text covered by the first match of `normalized_part` in the normalized text."""
    normalized, origin = normalize_text(text)
    at = normalized.find(normalized_part)
    assert at >= 0, (normalized, normalized_part)
    return text[origin[at] : origin[at + len(normalized_part)]]


# --- tokenize ---------------------------------------------------------------------------------------


def test_tokens_keep_marks_and_tatweel_with_offsets_into_the_original():
    text = "قالَ: «الـــكتابُ» كَتَبَ تصعيدًا!"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قالَ", "الـــكتابُ", "كَتَبَ", "تصعيدًا"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[1] == Token("الـــكتابُ", 7, 17)


def test_punctuation_is_not_a_token_but_latin_words_and_numbers_are():
    text = "COVID-19، عام ٢٠٢٣ (۱۴۰۲) نسبة 3.14٪ و١٬٠٠٠ — «؟» snake_case"
    assert [t.text for t in tokenize(text)] == [
        "COVID",
        "19",
        "عام",
        "٢٠٢٣",
        "۱۴۰۲",
        "نسبة",
        "3.14",
        "و١٬٠٠٠",
        "snake",
        "case",
    ]


def test_joiners_stay_inside_words_only():
    assert [t.text for t in tokenize("می\u200cخورد")] == ["می\u200cخورد"]
    assert [t.text for t in tokenize("كتاب\u200c قلم\u200d")] == ["كتاب", "قلم"]
    assert [t.text for t in tokenize("hy\u00adphen")] == ["hy\u00adphen"]


def test_tatweel_and_marks_alone_are_not_words():
    assert tokenize("ـــــ \u064e ، ـ") == []
    assert [t.text for t in tokenize("ـــكتاب")] == ["كتاب"]


def test_bidi_controls_end_a_word():
    text = "\u200fكتاب\u200f \u2067قلم\u2069"
    assert [(t.text, t.start) for t in tokenize(text)] == [("كتاب", 1), ("قلم", 8)]


# --- normalize --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ٱلْحَمْدُ", "الحمد"),  # alef wasla, sukun, damma
        ("ٱلْعَٰلَمِينَ", "العالمين"),  # superscript alef standing for a written alef
        ("ٱلْكِتَٰبُ", "الكتاب"),
        ("مَٰلِكِ", "مالك"),
        ("هٰذَا", "هذا"),  # ... and in the words written without alef
        ("ذَٰلِكَ", "ذلك"),
        ("كَذَٰلِكَ", "كذلك"),
        ("وَلَٰكِنَّ", "ولكن"),
        ("ٱلرَّحْمَٰنِ", "الرحمن"),
        ("إِلَٰهَ", "اله"),
        ("أُو۟لَٰٓئِكَ", "اولئك"),
        ("لِلّٰهِ", "لله"),
        ("عَلَىٰٓ", "علي"),  # ىٰ at the end
        ("هُدَىٰهُمْ", "هداهم"),  # ىٰ inside a word
        ("ٱلصَّلَوٰةَ", "الصلاه"),  # waw carrying the alef
        ("ٱلسَّمَٰوَٰتِ", "السماوات"),  # waw with its own vowel stays
        ("ٱلْأَفْـِٔدَةَ", "الافئده"),  # hamza above on tatweel
        ("ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ", "ذلك الكتاب لا ريب  فيه "),  # Quranic pause marks
        ("ٱلرَّحِيمِ ۝١", "الرحيم 1"),  # end of ayah
    ],
)
def test_quranic_text_normalizes_to_plain_spelling(word, expected):
    assert normalize(word) == expected


def test_superscript_alef_and_plain_spelling_agree():
    for plain, vocalized in (("هذا", "هٰذا"), ("ذلك", "ذٰلك"), ("لكن", "لٰكن"), ("الرحمن", "الرحمٰن")):
        assert normalize(vocalized) == normalize(plain) == plain


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("کتاب", "كتاب"),
        ("ڪتاب", "كتاب"),
        ("فارسی", "فارسي"),
        ("ېېې", "ييي"),
        ("ے", "ي"),
        ("ہ ە ۀ ۂ ھ", "ه ه ه ه ه"),
        ("ۓ", "ئ"),
        ("گپچژڤ", "گپچژڤ"),  # letters for other sounds stay
        ("می\u200cخورد", "ميخورد"),
    ],
)
def test_persian_and_urdu_letters(word, expected):
    assert normalize(word) == expected


def test_digits_become_ascii():
    assert normalize("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert normalize("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert normalize("١٬٠٠٠٫٥") == "1,000.5"


@pytest.mark.parametrize(
    "word",
    [
        "\u200fكتاب\u200e",
        "\u2067كتاب\u2069",
        "\u202bكتاب\u202c",
        "\u061cكتاب",
        "ك\u200bتاب",
        "\ufeffكتاب",
        "كت\u00adاب",
        "كت\u2060اب",
        "ك\u200cت\u200dاب",
    ],
)
def test_invisible_characters_are_removed(word):
    assert normalize(word) == "كتاب"


def test_presentation_forms_fold_to_letters():
    assert normalize("ﻛﺘﺎﺏ") == "كتاب"
    assert normalize("ﻻ") == "لا"
    assert normalize("ﷲ") == "الله"
    assert normalize("ﷺ") == "صلي الله عليه وسلم"
    assert normalize("ﹰ") == normalize("ﹱ") == normalize("ﱞ") == ""  # isolated harakat are marks


def test_decomposed_hamza_matches_precomposed():
    for word in ("مسؤول", "سائل", "أحمد", "إيمان", "آمن", "ۀ"):
        decomposed = unicodedata.normalize("NFD", word)
        assert decomposed != word
        assert normalize(decomposed) == normalize(word)
    assert normalize("و\u0654") == "ؤ"
    assert normalize("ي\u064e\u0654") == "ئ"


def test_other_scripts_are_case_folded():
    assert normalize("Straße") == "strasse"
    assert normalize("ÉCOLE") == "école"
    assert normalize("ΣΟΦΟΣ") == "σοφοσ"


@given(TEXT)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


# --- normalize_text ---------------------------------------------------------------------------------


def test_normalize_text_keeps_spaces_and_punctuation():
    text = "قالَ: «الـــكتابُ» كَتَبَ تصعيدًا."
    normalized, origin = normalize_text(text)
    assert normalized == "قال: «الكتاب» كتب تصعيدا."
    assert len(origin) == len(normalized) + 1
    assert origin[-1] == len(text)


def test_a_plain_quote_maps_back_over_marks_and_tatweel():
    text = "قالَ: «الـــكتابُ» كَتَبَ تصعيدًا."
    assert _span(text, "الكتاب") == "الـــكتابُ"
    assert _span(text, "كتب") == "كَتَبَ"
    assert _span(text, "تصعيدا") == "تصعيدًا"
    assert _span(text, "كتب تصعيد") == "كَتَبَ تصعيدً"  # a mark after the last letter is covered


def test_a_plain_quote_is_found_in_quranic_text():
    text = "﴿ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ﴾"
    assert _span(text, normalize_text("الحمد لله رب العالمين")[0]) == "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ"


def test_normalize_text_maps_expansions_and_removals():
    text = "ﷲ\u200fأكبر"
    normalized, origin = normalize_text(text)
    assert normalized == "الله" + "اكبر"
    assert origin == [0, 0, 0, 0, 2, 3, 4, 5, 6]


@given(TEXT)
def test_normalize_text_map_is_monotone_and_complete(text):
    normalized, origin = normalize_text(text)
    assert len(origin) == len(normalized) + 1
    assert origin[-1] == len(text)
    assert all(0 <= a <= b for a, b in itertools.pairwise(origin))
    assert all(i < len(text) for i in origin[:-1])


@given(TEXT)
def test_normalize_text_normalizes_each_word_like_normalize(text):
    normalized, origin = normalize_text(text)
    for token in tokenize(text):
        inside = [i for i, o in enumerate(origin[:-1]) if token.start <= o < token.end]
        assert "".join(normalized[i] for i in inside) == normalize(token.text)


# --- strip_marks ------------------------------------------------------------------------------------


def test_strip_marks_removes_diacritics_only():
    assert strip_marks("كَتَبَ الـــكتابُ") == "كتب الـــكتاب"
    assert strip_marks("ٱلْعَٰلَمِينَ ۝١ ۞") == "ٱلعلمين ۝١ ۞"
    assert strip_marks("ٱلْأَفْـِٔدَةَ") == "ٱلأفـٔدة"  # the hamza on tatweel is spelling
    assert strip_marks("فارسی ١٢٣ Latin") == "فارسی ١٢٣ Latin"


# --- stop words -------------------------------------------------------------------------------------


def test_stopwords_are_normalized_function_words():
    assert all(normalize(word) == word for word in STOPWORDS)
    for word in ("من", "في", "الذين", "ما", "هذا", "الي", "التي", "كان"):
        assert is_stopword(word)
    for word in ("علي", "كتاب", "امام", "ام"):
        assert not is_stopword(word)


def test_stopwords_cover_lucenes_list():
    lines = LUCENE_STOPWORDS.read_text(encoding="utf-8").splitlines()
    theirs = {normalize(line.strip()) for line in lines if line.strip() and not line.startswith("#")}
    assert theirs - STOPWORDS == {"علي"}  # على: left out, it is spelled like the name Ali


# --- stem -------------------------------------------------------------------------------------------


def test_short_words_are_guarded():
    assert stem(normalize("الجنة")) == "جنه" != stem(normalize("الجن")) == "جن"
    assert stem_light10(normalize("الجنة")) == stem_light10(normalize("الجن"))  # what the guard avoids
    assert stem("وجه") == "وجه"
    assert stem("مكان") == "مكان" != stem(normalize("مكة"))
    assert stem("علي") == "علي"
    assert stem("الو") == "الو"
    for word in ("من", "ال", "و", ""):
        assert stem(word) == word


@pytest.mark.parametrize("suffix", ["ه", "ها", "هم", "هن", "هما", "كم", "كما", "نا"])
def test_pronoun_suffixes(suffix):
    assert stem("كتاب" + suffix) == "كتاب"
    assert stem("الكتاب") == "كتاب"


def test_feminine_nouns_before_pronouns_meet_the_bare_noun():
    for form in ("مدرسة", "المدرسة", "مدرستهم", "مدرسته", "مدرستنا", "مدرستي", "مدرستها"):
        assert stem(normalize(form)) == "مدرس", form


def test_tanween_and_plural_waw():
    assert stem(normalize("تصعيدًا")) == stem("تصعيد") == "تصعيد"
    assert stem("ايمانا") == stem("ايمان") == stem("ايمانكم") == "ايم"
    assert stem("معلموهم") == stem("معلمون") == "معلم"
    assert stem("كتبوا") == "كتب"
    assert stem("مساهم") == "مساهم"  # هم after an alef needs 4 letters left


def test_conjunction_waw_or_root_waw():
    assert stem("وحسن") == "حسن"
    assert stem("وجهه") == stem("وجهها") == "وجه"
    assert stem("وطنهم") == "وطن"
    assert stem("والده") == stem("الوالد") == "والد"


def test_gods_name():
    for form in ("الله", "لله", "والله", "بالله", "فالله", "اللهم"):
        assert stem(form) == "الله"


def test_other_scripts_and_numbers_are_not_stemmed():
    assert stem("english") == "english"
    assert stem("2023") == "2023"
    assert stem("3.14") == "3.14"


def test_light10_is_the_stemmer_with_every_option_off():
    for word in ("والحسن", "ساهدهات", "مكان", "زوجها", "وساهدون", "الو", "ايمانكم"):
        assert light_stem(word, pronouns=False, guard=False, extras=False) == stem_light10(word)
    assert stem_light10("مكان") == "مك"
    assert stem_light10("ايمانكم") == "ايمانكم"


ARABIC_WORD = st.text(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئ"), min_size=1, max_size=10)


@given(ARABIC_WORD)
def test_a_stem_is_a_piece_of_its_word_of_at_least_two_letters(word):
    result = stem(word)
    if word not in ("الله", "لله", "والله", "بالله", "فالله", "تالله", "ولله", "فلله", "اللهم"):
        assert result in word
    assert len(result) >= min(len(word), 2)


# --- analyze ----------------------------------------------------------------------------------------


def test_analyze_gives_normalized_word_stem_and_span():
    text = "ما ملكت أيمانُكم في المدرسةِ"
    assert analyze(text) == [
        ("ما", None, 0, 2),
        ("ملكت", "ملكت", 3, 7),
        ("ايمانكم", "ايم", 8, 16),
        ("في", None, 17, 19),
        ("المدرسه", "مدرس", 20, 28),
    ]


def test_analyze_options():
    text = "The quick ساهدهات"
    assert [s for _, s, _, _ in analyze(text, stopwords={"the"})] == [None, "quick", "ساهد"]
    assert [s for _, s, _, _ in analyze(text, stem_exclusions={"ساهدهات"})] == ["the", "quick", "ساهدهات"]
    assert [s for _, s, _, _ in analyze("أيمانكم", stemmer=stem_light10)] == ["ايمانكم"]


def test_analyze_skips_empty_words_and_splits_ligatures():
    assert analyze("ﹰ كتاب") == [("كتاب", "كتاب", 2, 6)]
    assert [(w, start, end) for w, _, start, end in analyze("محمد ﷺ")][1:] == [
        ("صلي", 5, 6),
        ("الله", 5, 6),
        ("عليه", 5, 6),
        ("وسلم", 5, 6),
    ]


@given(TEXT)
def test_token_spans_lie_in_the_text_in_order(text):
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert previous_end <= token.start < token.end <= len(text)
        assert text[token.start : token.end] == token.text
        previous_end = token.end
    assert [(start, end) for _, _, start, end in analyze(text)] == [
        (t.start, t.end) for t in tokens for _ in (normalize(t.text).split() or [])
    ]
