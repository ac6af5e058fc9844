"""Query parsing, spans and snippets, without an index."""

from __future__ import annotations

import pytest

from reader.core.search import snippet, text_matches
from reader.core.search.analysis import marks_agree, text_terms, vocalized_form
from reader.core.search.query import REFUSALS, Phrase, Prefix, QueryError, Word, parse_query


def marked(query: str, text: str) -> list[str]:
    return [text[start:end] for start, end in text_matches(query, text)]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type a word"),
        ("   ", "Type a word"),
        ("في من", "only very common words"),
        ('"سوق الورّاقين', "never closed"),
        ("OR كتاب", "OR must stand between"),
        ("كتاب OR", "ends with OR"),
        ("كتاب OR OR مكتبة", "OR must stand between"),
        ("كتاب NOT", "ends with NOT"),
        ("-كتاب", "only excludes"),
        ("NOT كتاب", "only excludes"),
        ("كتاب OR -مكتبة", "OR cannot join an excluded word"),
        ("ك*", "at least 2 letters"),
        ("*", "at least 2 letters"),
        ("كت*اب", "can only end a word"),
        ('""', "has no words"),
        ("article:", "needs an article id"),
    ],
)
def test_queries_that_cannot_run_say_why_in_one_sentence(query, message):
    with pytest.raises(QueryError, match=message) as raised:
        parse_query(query)
    assert "\n" not in str(raised.value)


def test_the_parts_of_a_query():
    parsed = parse_query('الكتاب "سوق الورّاقين" مطب* بغداد OR دمشق -سمرقند NOT دجلة article:3fa2')
    kinds = [[type(clause) for clause in group] for group in parsed.required]
    assert kinds == [[Word], [Phrase], [Prefix], [Word, Word]]
    assert [c.terms.normalized for c in parsed.excluded] == ["سمرقند", "دجله"]
    assert parsed.article == "3fa2"
    assert parsed.required[2][0].text == "مطب"


def test_stop_words_are_dropped_beside_other_words_and_kept_in_phrases():
    assert len(parse_query("في بغداد").required) == 1
    (phrase,) = parse_query('"في بغداد"').required[0]
    assert [w.terms.normalized for w in phrase.words] == ["في", "بغداد"]


def test_arabic_quotes_and_the_arabic_star_work_too():
    assert isinstance(parse_query("«سوق الورّاقين»").required[0][0], Phrase)
    assert isinstance(parse_query("“سوق الورّاقين”").required[0][0], Phrase)
    assert parse_query("مطب٭").required[0][0] == Prefix("مطب")


def test_spans_cover_whole_words_with_their_marks_and_tatweel():
    text = "وكان الأدباء يمدحون الـكتاب، ومن أشهر ما قيل: «أَعَزُّ مَكانٍ في الدُّنَى» وصار النص جمـيل العرض."
    assert marked("كتاب", text) == ["الـكتاب"]
    assert marked("مكان", text) == ["مَكانٍ"]
    assert marked("جميل", text) == ["جمـيل"]
    assert marked("اعز", text) == ["أَعَزُّ"]
    for start, end in text_matches("الدنى", text):
        assert text[start:end] == "الدُّنَى" and text[end] == "»"


def test_spans_of_a_phrase_mark_only_the_words_in_a_row():
    text = "سوق عُرف بسوق الورّاقين، ثم سوق الورّاقين الكبرى، والورّاقين وحدهم."
    assert marked('"سوق الورّاقين"', text) == ["سوق", "الورّاقين"]
    assert text_matches('"سوق الورّاقين"', text)[0] == (text.index("ثم") + 3, text.index("ثم") + 6)


def test_spans_of_prefixes_stems_and_alternatives():
    text = "المطبعة والمطابع وبالمطبعات، وكتب الكاتب كتابًا في المكتبة."
    assert marked("مطب*", text) == ["المطبعة", "وبالمطبعات"]
    # through the lexicon too: المطابع is the plural of مطبعة, كتب of كتاب; كتب is also كَتَبة, scribes,
    # the plural of كاتب (a homograph in unvocalized text)
    assert marked("كتاب OR مطبعه", text) == ["المطبعة", "والمطابع", "وبالمطبعات", "وكتب", "كتابًا"]
    assert marked("كتب -مطبعه", text) == ["وكتب", "الكاتب", "كتابًا"]


def test_a_query_typed_with_diacritics_matches_text_without_them():
    assert marked("كَتَبَ", "وكتب الكاتب") == ["وكتب"]
    assert marked("تصعيدًا", "سيمثل تصعيدا كبيرا") == ["تصعيدا"]


def test_diacritics_agree_when_no_letter_contradicts_and_one_matches():
    assert marks_agree(vocalized_form("كَتَبَ"), vocalized_form("كَتَبَ"))
    assert marks_agree(vocalized_form("كَتَبَ"), vocalized_form("كتَب"))
    assert not marks_agree(vocalized_form("كَتَبَ"), vocalized_form("كُتِبَ"))
    assert vocalized_form("كتب") is None
    assert vocalized_form("بَّ") == vocalized_form("بَّ")  # shadda and fatha in either order


def test_the_exact_field_keeps_every_word_and_the_stem_field_only_stems_that_differ():
    terms = text_terms("ذهب الطالب إلى المكتبة، وكتب كتابًا")
    assert terms.exact == ["ذهب", "الطالب", "الي", "المكتبه", "وكتب", "كتابا"]
    assert "الي" not in terms.stems and "ذهب" not in terms.stems
    assert {"طالب", "مكتب", "كتب", "كتاب"} <= set(terms.stems)


def test_snippets_cut_at_spaces_and_mark_every_span_inside():
    text = " ".join(f"كلمة{i}" for i in range(100)) + " الهدف " + " ".join(f"كلمة{i}" for i in range(100))
    spans = text_matches("الهدف", text)
    cut = snippet(text, spans, width=60)
    assert cut.startswith("…") and cut.endswith("…")
    assert "[الهدف]" in cut and len(cut) < 90
    assert all(part.startswith("كلمة") for part in cut.strip("…").replace("[الهدف]", "").split())
    assert snippet("قصير جدا", [(0, 4)]) == "[قصير] جدا"


@pytest.mark.parametrize(
    ("query", "code", "params"),
    [
        ("في", "only-common-words", {}),
        ('"كتاب', "unclosed-quote", {}),
        ("كتاب OR", "ends-with-operator", {"operator": "OR"}),
        ("كت*اب", "star-inside", {"word": "كت*اب"}),
        ("ك*", "short-prefix", {"letters": 2}),
    ],
)
def test_a_refusal_has_a_stable_code_and_its_blanks_for_a_front_end_to_word(query, code, params):
    with pytest.raises(QueryError) as raised:
        parse_query(query)
    assert (raised.value.code, raised.value.params) == (code, params)
    assert str(raised.value) == REFUSALS[code].format(**params)
