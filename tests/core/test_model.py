from __future__ import annotations

from reader.core.document import Draft, DraftBlock, Source, build_article
from reader.core.document import DraftSection as Sec
from reader.core.text import direction_of

SOURCE = Source("/tmp/a.txt", "text", "utf-8", "0" * 64)


def test_direction_follows_the_first_strong_character():
    assert direction_of("«مرحبا» Hello") == "rtl"
    assert direction_of("2024: Hello مرحبا") == "ltr"
    assert direction_of("123 ...") == "rtl"
    assert direction_of("123", default="ltr") == "ltr"


def test_paragraph_ids_come_from_content_and_repeated_texts_stay_unique():
    draft = Draft(
        "عنوان",
        [Sec(None, [DraftBlock("فقرة."), DraftBlock("أخرى.")]), Sec("قسم", [DraftBlock("فقرة.")])],
        "text",
        "utf-8",
    )
    article = build_article("a1", draft, SOURCE)
    ids = [p.id for p in article.paragraphs()]
    assert len(set(ids)) == 3
    assert ids[2] == ids[0] + "-2"
    edited = Draft("عنوان", [Sec(None, [DraftBlock("فقرة جديدة."), DraftBlock("أخرى.")])], "text", "utf-8")
    assert build_article("a1", edited, SOURCE).paragraphs()[1].id == ids[1]


def test_declared_direction_wins_over_detection():
    draft = Draft("t", [Sec(None, [DraftBlock("Hello", "rtl"), DraftBlock("Hello")])], "html", "utf-8")
    first, second = build_article("a", draft, SOURCE).paragraphs()
    assert (first.direction, second.direction) == ("rtl", "ltr")
