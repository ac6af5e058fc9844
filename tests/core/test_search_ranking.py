"""Ranking and counting on a small hadith-style collection: topic headings repeated over its chapters,
paragraphs that carry the words, prefixes, spellings as typed, and totals that do not depend on the limit."""

from __future__ import annotations

import pytest

from reader.core.library import Workspace
from reader.core.search import Hit
from tests.helpers import DATA

COLLECTION = DATA / "ranking" / "hadith.md"


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    """The collection in one library, shared by the read-only tests of this module."""
    workspace = Workspace(tmp_path_factory.mktemp("ranking") / "library")
    assert workspace.import_paths([COLLECTION]).errors == []
    yield workspace
    workspace.close()


def ranked(workspace: Workspace, query: str, limit: int = 50) -> list[str]:
    """Each hit by its first words, best first."""
    return [" ".join(hit.text.split()[:3]) for hit in workspace.search(query, limit=limit).hits]


def kinds(hits: list[Hit]) -> list[str]:
    return ["paragraph" if hit.paragraph.startswith("p") else hit.paragraph[:1] for hit in hits]


def test_paragraphs_with_the_word_come_before_its_topic_headings(collection):
    assert ranked(collection, "الصلاة") == [
        "حدثنا أبو بكر",
        "جاء رجل إلى",
        "عن عبد الله",
        "الصلاة",  # the five «الصلاة» headings, once
        "كتاب الصلاة من",  # the title
    ]


def test_either_word_finds_the_paragraphs_before_the_heading_that_repeats(collection):
    assert ranked(collection, "موسى OR عيسى") == [
        "وقالوا إن قوم",
        "ذكر المفسرون أن",
        "وبشر عيسى بن",
        "عيسى عليه السلام",
    ]


def test_a_heading_repeated_over_an_article_is_one_hit_and_counted_once(collection):
    result = collection.search("عيسى", limit=50)
    assert [hit.text for hit in result.hits].count("عيسى عليه السلام") == 1
    assert result.total == len(result.hits) == 2


def test_prefix_matches_are_ranked_by_bm25_like_words(collection):
    hits = collection.search("كتاب*", limit=50).hits
    assert ranked(collection, "كتاب*")[:2] == ["وألف العلماء كتابا", "كتاب في الفقه."]
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
    assert kinds(hits)[-2:] == ["t", "h"]  # the title and the heading «الكتابة» after the paragraphs


def test_the_spelling_as_typed_comes_before_a_ta_marbuta_or_hamza_variant(collection):
    assert ranked(collection, "رحمة")[:2] == ["وما أرسل الله", "قال الشافعي رحمه"]
    assert ranked(collection, "سأل") == ["جاء رجل إلى", "سال الماء في"]
    assert ranked(collection, "الصلوة")[0] == "وكان أهل المدينة"
    assert ranked(collection, "صَلُّوهُ")[0] == "وفي الحديث الآخر"


QUERY_KINDS = {
    "word": "الصلاة",
    "phrase": '"الصلاة على"',
    "prefix": "كتاب*",
    "or": "موسى OR عيسى",
    "not": "الصلاة -الجماعة",
    "vocalized": "صَلُّوهُ",
    "spelled": "رحمة",
}


@pytest.mark.parametrize("query", QUERY_KINDS.values(), ids=QUERY_KINDS.keys())
def test_the_total_is_every_match_whatever_the_limit(collection, query):
    everything = collection.search(query, limit=100000)
    assert everything.total == len(everything.hits) > 0
    for limit in (1, 2, 5, 20):
        result = collection.search(query, limit=limit)
        assert result.total == everything.total
        assert [hit.paragraph for hit in result.hits] == [hit.paragraph for hit in everything.hits][:limit]


def test_the_total_of_a_common_prefix_is_every_match_in_a_larger_library(tmp_path):
    """Whoosh skips postings once it holds `limit` hits: its count then depended on the limit."""
    forms = ["كتاب", "كتابا", "الكتاب", "كتابه", "كتابة", "كتابات", "كتابي", "كتابهم"]
    words = ["العلم", "الحديث", "الفقه", "اللغة", "النحو", "الأدب", "التاريخ", "الشعر", "الطب", "الفلك"]
    paragraphs = []
    for number in range(600):
        filler = " ".join(words[(number + k) % len(words)] for k in range(number % 17 + 3))
        paragraphs.append(f"{forms[number % len(forms)]} {filler}" if number % 3 else filler)
    source = tmp_path / "kutub.txt"
    source.write_text("الكتب\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    workspace = Workspace(tmp_path / "library")
    try:
        workspace.import_file(source)
        for query in ("كتاب*", "كتاب OR الكتاب", "العلم", "العلم -كتابا", "كتا* -العلم"):
            every = workspace.search(query, limit=100000)
            assert every.total == len(every.hits), query
            assert {workspace.search(query, limit=n).total for n in (1, 5, 20, 100)} == {every.total}, query
    finally:
        workspace.close()
