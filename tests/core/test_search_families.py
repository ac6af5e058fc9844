"""Issue 12's families of words, judged: which forms a query must meet and which it must not.

The cases are real words (Quranic verses, classical and modern prose), written for these rules; first
at the level of the index terms, then through a real index, where the exact spelling must rank first.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.core.library import Workspace
from reader.core.search.analysis import word_terms
from tests.helpers import library_with


def stem_of(word: str) -> str | None:
    return word_terms(word)[0].stem


# family, query, forms a reader wants, forms that must not be found
JUDGED = [
    # (1) بال وال كال فال before a stem of 2 letters; بالغة, بالي, بالهم keep their own stems
    ("prefix", "الحق", "بالحق والحق فالحق كالحق وبالحق الْحَقُّ", "بالغة بالي حقوق"),
    ("prefix", "الخط", "بالخط والخط خط", "بالغ خطط خطاب"),
    ("prefix", "اليد", "باليد واليد يد", "بالي"),
    ("prefix", "بال", "بالهم بالها", "بالحق بالخط"),
    # (2) a sound feminine plural meets the singular in ة of a short stem, not the masculine word
    # (وجنات stays وجن: the cheeks, وجنة, spell it too)
    ("feminine", "الجنة", "جنة جنات الجنات بالجنة للجنة جَنَّاتٍ", "الجن جن جنون الجني"),
    ("feminine", "لغة", "اللغة لغات اللغات", "لغو"),
    ("feminine", "صفة", "الصفة صفات الصفات", "صف"),
    ("feminine", "نبات", "النبات", "نبه"),
    # (3) plurals in ايا keep their final alef; the verbs in ـاها are other words
    ("aya", "مزايا", "مزاياه المزايا مزاياها", ""),
    ("aya", "ضحايا", "الضحايا ضحاياهم", "وَضُحَاهَا ضحاها"),
    ("aya", "قضايا", "القضايا وقضايا", "قَضَاهَا قضاها"),
    ("aya", "هدايا", "الهدايا هداياهم", "هَدًّا هدا"),
    # (4) hamza seats left out or moved, as people type them
    ("hamza", "المومنين", "المؤمنين الْمُؤْمِنِينَ مؤمنون المؤمنون", "امن"),
    ("hamza", "مسئول", "مسؤول المسؤول المسؤولون مسئولية", "مسول"),
    ("hamza", "سايل", "سائل السائل", "سال سيل"),
    ("hamza", "هيئه", "هيئة الهيئة هيئات", ""),
    ("hamza", "قرءان", "قرآن القرآن", "قرا"),
    ("hamza", "شئون", "شؤون الشؤون", "شان"),
    ("hamza", "مبادىء", "مبادئ المبادئ", ""),
    ("hamza", "فئة", "الفئة فئات", "فيه"),
    # (5) Uthmani spellings, and doubled و in the names that have it
    ("uthmani", "ابراهيم", "إِبۡرَٰهِـۧمَ إبراهيم", "ابراهم"),
    ("uthmani", "القرآن", "ٱلۡقُرۡءَانُ", ""),
    ("uthmani", "الآخرة", "بِٱلۡـَٔاخِرَةِ وَٱلۡأٓخِرَةُ", ""),
    ("uthmani", "امنوا", "ءَامَنُوٓاْ", ""),
    ("uthmani", "داود", "دَاوُودُ دَاوُۥدُ وداوود", "دود"),
    ("uthmani", "له", "", ""),
]


def _ids() -> list[str]:
    return [f"{family}-{query}" for family, query, _, _ in JUDGED]


@pytest.mark.parametrize(("family", "query", "wanted", "unwanted"), JUDGED, ids=_ids())
def test_forms_meet_and_look_alikes_do_not(family: str, query: str, wanted: str, unwanted: str) -> None:
    terms = word_terms(query)[0]
    for form in wanted.split():
        found = word_terms(form)[0]
        assert found.stem == terms.stem or found.normalized == terms.normalized, (form, found, terms)
    for form in unwanted.split():
        found = word_terms(form)[0]
        assert found.stem != terms.stem and found.normalized != terms.normalized, (form, found, terms)


def test_hamza_before_alef_is_madda_only_inside_a_word():
    assert word_terms("جزءًا")[0].stem == word_terms("جزء")[0].stem  # the alef of the tanween
    assert word_terms("إجراءات")[0].stem == word_terms("إجراء")[0].stem  # ءا after an alef


def test_the_pronouns_small_waw_and_yeh_are_not_letters():
    assert [t.normalized for t in word_terms("لَهُۥٓ")] == ["له"]
    assert [t.normalized for t in word_terms("بِهِۦ")] == ["به"]
    assert word_terms("يُحۡيِۦ")[0].normalized == "يحيي"


def test_exact_field_keeps_the_hamza_and_the_doubled_waw():
    assert word_terms("المؤمنين")[0].normalized == "المؤمنين"
    assert word_terms("مسئول")[0].normalized == "مسئول"
    assert word_terms("دَاوُودُ")[0].normalized == "داوود"


ARTICLE = """# آيات وأخبار

قُلْ جَاءَ الْحَقُّ وَزَهَقَ الْبَاطِلُ

إِنَّا أَرْسَلْنَاكَ بِالْحَقِّ بَشِيرًا وَنَذِيرًا

كتب الناسخ المصحف بالخط الكوفي

جَنَّاتٍ تَجْرِي مِن تَحْتِهَا الْأَنْهَارُ

قُلْ أُوحِيَ إِلَيَّ أَنَّهُ اسْتَمَعَ نَفَرٌ مِّنَ الْجِنِّ

لهذا البرنامج مزاياه وعيوبه

وَالشَّمْسِ وَضُحَاهَا

إِلَّا حَاجَةً فِي نَفْسِ يَعْقُوبَ قَضَاهَا

وَتَخِرُّ الْجِبَالُ هَدًّا

قَدْ أَفْلَحَ الْمُؤْمِنُونَ

وَبَشِّرِ الْمُؤْمِنِينَ

وكتب أحد المومنين رسالة

وَإِذۡ قَالَ إِبۡرَٰهِـۧمُ رَبِّ ٱجۡعَلۡ هَٰذَا بَلَدًا ءَامِنٗا

شَهۡرُ رَمَضَانَ ٱلَّذِيٓ أُنزِلَ فِيهِ ٱلۡقُرۡءَانُ

وَآتَيْنَا دَاوُودَ زَبُورًا

صرح المسئول عن المشروع بذلك

سَأَلَ سَائِلٌ بِعَذَابٍ وَاقِعٍ
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Iterator[Workspace]:
    with library_with(tmp_path_factory.mktemp("families"), ARTICLE) as workspace:
        yield workspace


def texts(workspace: Workspace, query: str) -> list[str]:
    return [hit.text for hit in workspace.search(query, limit=50).hits]


@pytest.mark.parametrize(
    ("query", "wanted", "unwanted"),
    [
        ("الحق", ["الْحَقُّ", "بِالْحَقِّ"], []),
        ("بالحق", ["الْحَقُّ", "بِالْحَقِّ"], []),
        ("والحق", ["الْحَقُّ", "بِالْحَقِّ"], []),
        ("الخط", ["بالخط"], []),
        ("الجنة", ["جَنَّاتٍ"], ["الْجِنِّ"]),
        ("مزايا", ["مزاياه"], []),
        ("ضحايا", [], ["وَضُحَاهَا"]),
        ("قضايا", [], ["قَضَاهَا"]),
        ("هدايا", [], ["هَدًّا"]),
        ("المومنين", ["الْمُؤْمِنُونَ", "المومنين"], []),
        ("مسؤول", ["المسئول"], []),
        ("سايل", ["سَائِلٌ"], []),
        ("ابراهيم", ["إِبۡرَٰهِـۧمُ"], []),
        ("القرآن", ["ٱلۡقُرۡءَانُ"], []),
        ("قرءان", ["ٱلۡقُرۡءَانُ"], []),
        ("داود", ["دَاوُودَ"], []),
    ],
)
def test_search_finds_the_family(library: Workspace, query: str, wanted: list[str], unwanted: list[str]):
    found = " | ".join(texts(library, query))
    for word in wanted:
        assert word in found, (query, word, found)
    for word in unwanted:
        assert word not in found, (query, word, found)


def test_the_spelling_typed_ranks_first_and_the_variants_follow(library: Workspace):
    with_hamza = texts(library, "المؤمنين")
    assert "الْمُؤْمِنِينَ" in with_hamza[0] and len(with_hamza) == 3
    without = texts(library, "المومنين")
    assert "المومنين" in without[0] and len(without) == 3
