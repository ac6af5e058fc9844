"""Searching a real library: a judged query table on our sample articles, the seed article, ranking."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Workspace
from reader.core.search import Hit, QueryError
from tests.helpers import REPO, SAMPLE, SEED

HTML_SAMPLE = REPO / "tests" / "data" / "sample.html"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The two sample articles in one library, shared by the read-only tests of this module."""
    workspace = Workspace(tmp_path_factory.mktemp("search") / "library")
    report = workspace.import_paths([SAMPLE, HTML_SAMPLE])
    assert report.errors == []
    yield workspace
    workspace.close()


def found(workspace: Workspace, query: str, article: str | None = None) -> list[Hit]:
    return workspace.search(query, article, limit=50).hits


def starts(hits: list[Hit]) -> set[str]:
    """Each hit by the start of its text: enough to tell the sample's paragraphs apart."""
    return {" ".join(hit.text.split()[:3]) for hit in hits}


# Judged by reading the two samples: every paragraph, heading or title a reader would want for the query
# under Qari's rules (spelling variants, prefixes and suffixes, and the broken plurals or singular the
# lexicon relates: المطبعة finds المطابع, الكتب finds الكتاب), and no other.
JUDGED = [
    ("سمرقند", {"من سمرقند إلى", "يذكر المؤرخون أن"}),
    ("دجلة OR سمرقند", {"من سمرقند إلى", "يذكر المؤرخون أن"}),
    ("المطبعة", {"حين دارت المطبعة", "أما الحرف العربي", "في هذه المقالة"}),  # the last: المطابع
    # الورّاق, الورّاقون and الورّاقين share a stem; ورّاقين without the article is found by وراق*
    (
        "الوراقين",
        {
            "سوق الورّاقين",
            "نشأ في بغداد",
            "بعد قرون من",
            "في هذه المقالة",
            "نقرأ اليوم على",
            "لهذا صُنع «قارئ»:",
        },
    ),
    (
        "وراق*",
        {
            "سوق الورّاقين",
            "نشأ في بغداد",
            "بعد قرون من",
            "في هذه المقالة",
            "نقرأ اليوم على",
            "لهذا صُنع «قارئ»:",
            "ومن أشهر من",
        },
    ),
    ('"هارون الرشيد"', {"وتشير المصادر إلى"}),
    ("gutenberg", {"بعد قرون من"}),
    ("1450", {"بعد قرون من"}),  # written ١٤٥٠ in the text
    ("paper", {"This sample article"}),
    ("العلماء الكتب", {"نشأ في بغداد", "وتشير المصادر إلى", "ومن هذه الدكاكين"}),
    (
        "الكتب -العلماء",
        {
            "فن تجليد الكتب",
            "ولكل مدينة اشتهرت",
            "لم تكن القراءة",
            "والنص العربي على",
            # through the singular كتاب
            "وكان الأدباء يمدحون",
            "الكتاب الجيد يستحق",
            "قبل أن يصبح",
            "بعد قرون من",
            "ومن أشهر من",
        },
    ),
    ("تجليد", {"فن تجليد الكتب", "ولكل مدينة اشتهرت"}),
    ("الغلاف", {"وقد برع المجلّدون", "ولكل مدينة اشتهرت", "قبل أن يصبح"}),
    ("Bookbinding", {"Bookbinding turns loose"}),
    ('"الإبرة & الخيط"', {"الإبرة & الخيط"}),
]


@pytest.mark.parametrize(("query", "expected"), JUDGED, ids=[query for query, _ in JUDGED])
def test_judged_queries_find_exactly_the_expected_paragraphs(library, query, expected):
    assert starts(found(library, query)) == expected


def test_a_paragraph_with_the_word_outranks_a_heading_that_is_the_whole_query(library):
    assert [starts([hit]).pop() for hit in found(library, "سمرقند")] == ["يذكر المؤرخون أن", "من سمرقند إلى"]
    assert [starts([hit]).pop() for hit in found(library, "المطبعة")] == [
        "أما الحرف العربي",
        "حين دارت المطبعة",
        "في هذه المقالة",  # only the plural المطابع: below both
    ]


def test_the_article_filter_keeps_to_one_article(library):
    html_id = next(s.id for s in library.library.summaries() if s.title == "فن تجليد الكتب")
    hits = found(library, "المجلد", html_id)
    assert {hit.article for hit in hits} == {html_id}
    assert starts(hits) == {
        "أدوات المجلّد",
        "من الأوراق المتفرقة",
        "يحتاج المجلّد إلى",
        "قبل أن يصبح",
        "وقد برع المجلّدون",
    }
    assert {h.paragraph for h in found(library, f"المجلد article:{html_id[:5]}")} == {
        h.paragraph for h in hits
    }
    assert len({hit.article for hit in found(library, "المجلد")}) == 2


def test_hits_carry_title_heading_text_spans_and_a_snippet(library):
    (hit,) = found(library, '"هارون الرشيد"')
    assert hit.title == "رحلة الورق من بغداد إلى الشاشة"
    assert hit.heading == "من سمرقند إلى ضفاف دجلة"
    assert [hit.text[start:end] for start, end in hit.spans] == ["هارون", "الرشيد"]
    assert "[هارون] [الرشيد]" in hit.snippet
    assert set(hit.to_json()) == {
        "article",
        "title",
        "paragraph",
        "heading",
        "headings",
        "score",
        "text",
        "spans",
        "snippet",
    }
    (title_hit,) = [hit for hit in found(library, "الشاشة") if hit.paragraph == "title"]
    assert (title_hit.text, title_hit.heading) == ("رحلة الورق من بغداد إلى الشاشة", None)


def test_spans_point_into_the_original_text_with_marks_and_tatweel(library):
    hits = {hit.text[start:end] for hit in found(library, "كتاب") for start, end in hit.spans}
    assert {"الـكتاب", "كِتابُ", "كتابًا"} <= hits
    (hit,) = found(library, "جميل العرض")
    assert [hit.text[start:end] for start, end in hit.spans] == ["جمـيل", "العرض"]


def test_the_total_counts_every_match_beyond_the_page(library):
    result = library.search("الورق", limit=2)
    assert len(result.hits) == 2 and result.total == len(found(library, "الورق")) > 2


def test_queries_that_cannot_run_raise_query_error(library):
    for query in ("", "في من", '"الورق'):
        with pytest.raises(QueryError):
            library.search(query)


def test_diacritics_in_the_query_rank_agreeing_matches_first(tmp_path: Path):
    article = tmp_path / "marks.txt"
    article.write_text(
        "الكتابة\n\nكتب المعلم ملاحظة قصيرة.\n\nكَتَبَ الطالبُ الدرسَ في الصباح.\n\nكُتِبَ الدرسُ على اللوح.\n",
        encoding="utf-8",
    )
    workspace = Workspace(tmp_path / "library")
    try:
        workspace.import_file(article)
        paragraphs = [hit for hit in found(workspace, "كتب") if hit.paragraph != "title"]
        assert len(paragraphs) == 3
        assert found(workspace, "كُتِبَ")[0].text.startswith("كُتِبَ الدرسُ")
        assert found(workspace, "كَتَبَ")[0].text.startswith("كَتَبَ الطالبُ")
        assert len(found(workspace, "كَتَبَ")) == 3  # the others still match, below
    finally:
        workspace.close()


@pytest.fixture(scope="module")
def seed_library(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("seed") / "library")
    workspace.import_file(SEED)
    yield workspace
    workspace.close()


def test_seed_alef_variants_find_the_heading_spelled_with_hamza(seed_library):
    # the lead paragraph, with «الاتفاقية» twice, comes before the heading (headings weigh a fifth)
    (hit,) = [
        hit for hit in found(seed_library, "اتفاق")[:2] if hit.text == "قلق أمريكي من أتفاق كوريا وموسكو"
    ]
    assert [hit.text[start:end] for start, end in hit.spans] == ["أتفاق"]


def test_seed_ta_marbuta_typed_as_ha_finds_the_treaty(seed_library):
    hits = found(seed_library, "معاهده")
    words = {hit.text[start:end] for hit in hits for start, end in hit.spans}
    assert "المعاهدة" in words and "معاهدة" in words


def test_seed_tanween_is_inside_the_span(seed_library):
    hits = found(seed_library, "تصعيدا")
    assert len(hits) == 2
    for hit in hits:
        (span,) = hit.spans
        assert hit.text[span[0] : span[1]] == "تصعيدًا"  # letters, the tanween, then the alef that carries it
        assert "\u064b" in hit.text[span[0] : span[1]] and hit.text[span[1]] == " "
