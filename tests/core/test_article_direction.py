"""An article's direction and language by the majority of its strong letters, and the exports that use them.

Each paragraph keeps the direction of its first strong letter (as HTML's dir="auto"); only the article as a
whole, which exports write into `lang` and `dir`, is judged by the majority.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.export import AnnotatedArticle, render
from reader.core.export.markdown import LRM, RLM
from reader.core.text import Judgement, judge
from tests.helpers import library_with

# an Arabic sura whose first line (its title) is an English translation, and whose verses are each led by
# their Latin reference: by the first strong letter, or by most paragraphs, it would be left to right
ARABIC_LED_BY_ENGLISH = """\
# Surah Al-Kahf (The Cave), with an English translation

Verse 1: الْحَمْدُ لِلَّهِ الَّذِي أَنزَلَ عَلَىٰ عَبْدِهِ الْكِتَابَ وَلَمْ يَجْعَل لَّهُ عِوَجًا (١)

Verse 2: قَيِّمًا لِّيُنذِرَ بَأْسًا شَدِيدًا مِّن لَّدُنْهُ وَيُبَشِّرَ الْمُؤْمِنِينَ الَّذِينَ يَعْمَلُونَ الصَّالِحَاتِ (٢)

All praise is due to Allah, who has sent down upon His Servant the Book.

مَّاكِثِينَ فِيهِ أَبَدًا وَيُنذِرَ الَّذِينَ قَالُوا اتَّخَذَ اللَّهُ وَلَدًا مَا لَهُم بِهِ مِنْ عِلْمٍ (٣)
"""

# an English article quoting one Arabic line: half its paragraphs start with Arabic, most letters are Latin
ENGLISH_WITH_ARABIC_QUOTE = """\
# Paper in Baghdad

العلم صيد والكتابة قيده, as the saying attributed to al-Shafi'i has it, and the paper mills proved it.

The mills of Baghdad made paper cheap enough for students, copyists and booksellers across the city.
"""


def export(tmp_path: Path, text: str, quote: str, note: str) -> dict[str, str]:
    workspace = library_with(tmp_path, text)
    try:
        article = workspace.library.get(workspace.library.ids()[0])
        workspace.highlights.add_quote(article, quote, note=note)
        items = [AnnotatedArticle(article, tuple(workspace.highlights.highlights(article.id)))]
        return {kind: render(kind, items).decode("utf-8") for kind in ("html", "markdown", "json")}
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verse 1: الْحَمْدُ لِلَّهِ الَّذِي أَنزَلَ", Judgement("rtl", "ar")),
        ("العلم صيد, as the saying goes in English", Judgement("ltr", "und")),
        ("שלום עולם hi", Judgement("rtl", "und")),  # right to left, but Hebrew: no Arabic claimed
        ("ab سم", Judgement("ltr", "und")),  # a tie: the first strong letter decides
        ("سم ab", Judgement("rtl", "ar")),
        ("123 — ١٢٣ !", Judgement("rtl", "und")),  # no strong letter: the default
    ],
)
def test_a_text_is_judged_by_the_majority_of_its_strong_letters(text, expected):
    assert judge(text) == expected
    assert judge([text[: len(text) // 2], text[len(text) // 2 :]]) == expected  # several texts as one


def test_no_strong_letter_takes_the_default():
    assert judge(["", "123"], default="ltr") == Judgement("ltr", "und")


def test_an_arabic_article_led_by_english_is_right_to_left_and_its_paragraphs_keep_their_own(tmp_path):
    workspace = library_with(tmp_path, ARABIC_LED_BY_ENGLISH)
    try:
        article = workspace.library.get(workspace.library.ids()[0])
        assert (article.direction, article.language) == ("rtl", "ar")
        # paragraphs are not changed: each by its first strong letter
        directions = [p.direction for p in article.paragraphs()]
        assert directions[:3] == ["ltr", "ltr", "ltr"] and directions[-1] == "rtl"
    finally:
        workspace.close()


def test_its_exports_take_arabic_and_right_to_left(tmp_path):
    exported = export(tmp_path, ARABIC_LED_BY_ENGLISH, "الْحَمْدُ لِلَّهِ", "the opening praise")
    page = exported["html"]
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert '<div class="article" lang="ar" dir="rtl">' in page
    assert '<h1 dir="ltr">Surah Al-Kahf' in page  # the title keeps its own direction
    assert '<p class="note" dir="ltr">the opening praise</p>' in page
    markdown = exported["markdown"].splitlines()
    # the Latin title and locator lines of a right-to-left article are led by a right-to-left mark
    assert markdown[0] == f"# {RLM}Surah Al-Kahf (The Cave), with an English translation"
    assert any(line.startswith(f"{RLM}*— ¶ ") for line in markdown)
    (item,) = json.loads(exported["json"])["first"]["items"]
    assert item["target"]["source"]["language"] == "ar"
    assert item["target"]["source"]["textDirection"] == "rtl"
    assert item["body"]["textDirection"] == "ltr"  # an English note keeps its own


def test_an_english_article_with_one_arabic_quote_stays_left_to_right(tmp_path):
    workspace = library_with(tmp_path, ENGLISH_WITH_ARABIC_QUOTE)
    try:
        article = workspace.library.get(workspace.library.ids()[0])
        assert (article.direction, article.language) == ("ltr", "und")
        assert [p.direction for p in article.paragraphs()] == ["rtl", "ltr"]
    finally:
        workspace.close()
    (tmp_path / "again").mkdir()
    exported = export(tmp_path / "again", ENGLISH_WITH_ARABIC_QUOTE, "العلم صيد", "قول الشافعي")
    page = exported["html"]
    assert page.startswith('<!DOCTYPE html>\n<html lang="und" dir="ltr">')
    assert '<div class="article" lang="und" dir="ltr">' in page
    assert '<p class="note" dir="rtl">قول الشافعي</p>' in page
    markdown = exported["markdown"]
    # a left-to-right article: its Latin title and locator lines need no mark, the Arabic lines none either
    assert markdown.startswith("# Paper in Baghdad\n\n- Source: \u2066")  # the file it was read from
    assert "\n\n> العلم صيد\n\n*— ¶ 1 · yellow*\n" in markdown
    assert RLM not in markdown and LRM not in markdown
    (item,) = json.loads(exported["json"])["first"]["items"]
    assert "language" not in item["target"]["source"]
    assert item["target"]["source"]["textDirection"] == "ltr"
    assert item["body"] == {
        "type": "TextualBody",
        "value": "قول الشافعي",
        "format": "text/markdown",
        "language": "ar",
        "textDirection": "rtl",
    }
