"""Highlights keep their place through edits of their article: kept, moved, or orphaned but never lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.highlights import Highlight
from reader.core.library import Workspace

TEXT = """\
مقالة للتجربة

الفقرة الأولى تتحدث عن الورق وصناعته في بغداد، وعن الورّاقين الذين نسخوا الكتب.

وفي الفقرة الثانية نقرأ أن العِلْمُ صَيْدٌ وَالكِتابَةُ قَيْدُهُ كما قال الشافعي في أبياته المشهورة.

أما الفقرة الثالثة فتروي أن الطباعة غيّرت وجه الكتاب في أوروبا سريعًا.
"""


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    yield workspace
    workspace.close()


def reimport(workspace: Workspace, path: Path, text: str) -> dict[str, Highlight]:
    path.write_text(text, encoding="utf-8")
    imported = workspace.import_file(path)
    assert imported.status == "updated"
    return {h.id: h for h in workspace.highlights.highlights(imported.article.id)}


def paragraph_text(workspace: Workspace, highlight: Highlight) -> str:
    article = workspace.library.get(highlight.article)
    block = {p.id: p.text for p in article.paragraphs()} | {"title": article.title}
    return block[highlight.paragraph][highlight.start : highlight.end]


def test_a_paragraph_inserted_before_keeps_the_highlight_in_place(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "الطباعة غيّرت وجه الكتاب", note="مهم")
    edited = TEXT.replace("الفقرة الأولى", "فقرة جديدة في البداية.\n\nالفقرة الأولى")
    after = reimport(workspace, article_file, edited)[highlight.id]
    assert (after.paragraph, after.start, after.end, after.state) == (
        highlight.paragraph,
        highlight.start,
        highlight.end,
        "anchored",
    )
    assert after.note == "مهم" and after.modified == highlight.modified


def test_words_edited_around_the_quote_move_it_within_its_paragraph(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "العلم صيد والكتابة قيده")
    edited = TEXT.replace(
        "وفي الفقرة الثانية نقرأ أن", "ونقرأ في هذه الفقرة الثانية المعدّلة قول القائل إن"
    ).replace("كما قال الشافعي", "كما روي عن الإمام الشافعي")
    after = reimport(workspace, article_file, edited)[highlight.id]
    assert after.state == "moved"
    assert after.paragraph != highlight.paragraph  # the paragraph's text, hence its id, changed
    assert after.quote == highlight.quote == paragraph_text(workspace, after)
    assert after.start > highlight.start
    assert "الثانية المعدّلة قول القائل إن " in after.prefix


def test_a_sentence_moved_to_another_paragraph_takes_its_highlight_along(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "العلم صيد والكتابة قيده", color="green")
    sentence = "وفي الفقرة الثانية نقرأ أن العِلْمُ صَيْدٌ وَالكِتابَةُ قَيْدُهُ كما قال الشافعي في أبياته المشهورة."
    edited = TEXT.replace(sentence, "وفي الفقرة الثانية كلام آخر لا علاقة له بالموضوع.").replace(
        "سريعًا.", "سريعًا. " + sentence
    )
    after = reimport(workspace, article_file, edited)[highlight.id]
    third = workspace.library.get(article.id).paragraphs()[2]
    assert (after.state, after.paragraph, after.color) == ("moved", third.id, "green")
    assert paragraph_text(workspace, after) == highlight.quote


def test_a_deleted_sentence_leaves_an_orphan_with_its_quote_and_note(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "العلم صيد والكتابة قيده", note="للحفظ")
    sentence = "وفي الفقرة الثانية نقرأ أن العِلْمُ صَيْدٌ وَالكِتابَةُ قَيْدُهُ كما قال الشافعي في أبياته المشهورة."
    after = reimport(workspace, article_file, TEXT.replace(sentence, "فقرة أخرى تمامًا عن موضوع مختلف."))
    orphan = after[highlight.id]
    assert orphan.state == "orphaned"
    assert (orphan.quote, orphan.note, orphan.paragraph) == (highlight.quote, "للحفظ", highlight.paragraph)


def test_changed_harakat_are_found_after_normalization(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "العلم صيد")
    assert highlight.quote == "العِلْمُ صَيْدٌ"
    edited = TEXT.replace("العِلْمُ صَيْدٌ", "العلمُ صيدٌ").replace("الفقرة الأولى", "الفقرة الأولى المعدلة")
    after = reimport(workspace, article_file, edited)[highlight.id]
    assert (after.state, after.quote) == ("moved", "العلمُ صيدٌ")


def test_a_word_changed_inside_the_quote_is_found_approximately(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "الطباعة غيّرت وجه الكتاب في أوروبا")
    edited = TEXT.replace("غيّرت وجه الكتاب", "بدّلت وجه الكتاب")
    after = reimport(workspace, article_file, edited)[highlight.id]
    assert after.state == "moved"
    assert after.quote == "الطباعة بدّلت وجه الكتاب في أوروبا"


def test_a_common_word_does_not_jump_to_an_unrelated_place(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "الكتب")
    edited = (
        TEXT.replace("وعن الورّاقين الذين نسخوا الكتب.", "وعن أسواقها.")
        + "\nوفي الختام نذكر الكتب مرة أخرى.\n"
    )
    after = reimport(workspace, article_file, edited)[highlight.id]
    assert after.state == "orphaned"


def test_the_title_keeps_its_highlight_when_it_changes(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add(article, "title", 0, 5)
    after = reimport(workspace, article_file, "عن " + TEXT)[highlight.id]
    assert (after.paragraph, after.start, after.quote, after.state) == ("title", 3, "مقالة", "moved")


def test_an_orphan_whose_text_comes_back_is_anchored_again(workspace, article_file):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "تروي أن الطباعة غيّرت")
    third = "أما الفقرة الثالثة فتروي أن الطباعة غيّرت وجه الكتاب في أوروبا سريعًا."
    reimport(workspace, article_file, TEXT.replace(third, "فقرة ثالثة أخرى لا صلة لها بما سبق."))
    assert workspace.highlights.get(highlight.id).state == "orphaned"
    back = reimport(workspace, article_file, TEXT)[highlight.id]
    assert back.state == "moved" and paragraph_text(workspace, back) == highlight.quote


def test_no_highlight_is_ever_dropped_by_a_reimport(workspace, article_file):
    article = workspace.import_file(article_file).article
    for quote in ("الورق", "العلم صيد", "الشافعي", "الطباعة", "أوروبا سريعا"):
        workspace.highlights.add_quote(article, quote)
    after = reimport(workspace, article_file, "عنوان آخر\n\nنص جديد كله لا يشبه القديم.\n")
    assert len(after) == 5 and {h.state for h in after.values()} == {"orphaned"}


def test_reanchoring_is_in_the_same_transaction_as_the_article_update(workspace, article_file, monkeypatch):
    article = workspace.import_file(article_file).article
    highlight = workspace.highlights.add_quote(article, "العلم صيد")

    def fail(*_args):
        raise RuntimeError("re-anchoring failed")

    monkeypatch.setattr(workspace.highlights, "reanchor", fail)
    article_file.write_text(TEXT.replace("الفقرة الأولى", "الفقرة الأولى المعدلة"), encoding="utf-8")
    with pytest.raises(RuntimeError):
        workspace.import_file(article_file)
    assert workspace.library.get(article.id) == article  # the article update was rolled back too
    assert workspace.highlights.get(highlight.id) == highlight
