"""Bookmarks in the library database: named places that survive a re-import and go with their article."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import BookmarkNotFound, InvalidBookmark
from reader.core.library import Library, Workspace
from tests.helpers import library_with

TEXT = """# رحلة إلى الواحة

## الطريق

خرجنا من المدينة قبل الفجر، والرمل بارد تحت الأقدام، والجمال تمشي في صف طويل.

وعند الظهيرة استرحنا في ظل صخرة كبيرة، وشربنا ماء قليلا من القربة.

## الوصول

بلغنا الواحة مع الغروب، فرأينا النخل يميل مع الريح كأنه يرحب بالقادمين.
"""


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = library_with(tmp_path, TEXT)
    yield workspace
    workspace.close()


def paragraphs(workspace: Workspace):
    (article_id,) = workspace.library.ids()
    return workspace.library.get(article_id), workspace.library.get(article_id).paragraphs()


def test_a_bookmark_is_named_after_the_start_of_its_paragraph(workspace):
    article, (first, *_rest) = paragraphs(workspace)
    bookmark = workspace.library.bookmarks.add(article, first.id)
    assert bookmark.name.startswith("خرجنا من المدينة") and bookmark.name.endswith("…")
    assert len(bookmark.name) <= 61 and "  " not in bookmark.name
    assert first.text.startswith(bookmark.quote) and bookmark.state == "anchored"
    named = workspace.library.bookmarks.add(article, first.id, "  بداية   الرحلة ")
    assert named.name == "بداية الرحلة"


def test_bookmarks_are_listed_renamed_and_deleted_and_kept_in_the_file(workspace, tmp_path: Path):
    article, (first, _second, third) = paragraphs(workspace)
    store = workspace.library.bookmarks
    made = [store.add(article, p.id) for p in (third, first)]
    renamed = store.rename(store.resolve(made[0].id[:8]), "الواحة")
    assert renamed.name == "الواحة" and renamed.modified >= renamed.created
    with pytest.raises(InvalidBookmark):
        store.rename(made[0].id, "   ")
    deleted = store.delete(made[1].id)
    with pytest.raises(BookmarkNotFound):
        store.get(made[1].id)
    store.restore(deleted)
    with Library(tmp_path / "library") as again:  # another connection reads what was committed
        assert {b.id: b.name for b in again.bookmarks.bookmarks(article.id)} == {
            made[0].id: "الواحة", made[1].id: made[1].name
        }


def test_a_place_that_is_not_in_the_article_is_refused(workspace):
    article, _ = paragraphs(workspace)
    with pytest.raises(InvalidBookmark):
        workspace.library.bookmarks.add(article, "p-missing")
    with pytest.raises(BookmarkNotFound):
        workspace.library.bookmarks.resolve("zzz")


def test_a_re_import_keeps_each_bookmark_at_its_paragraph_or_orphans_it(workspace, tmp_path: Path):
    article, (first, second, third) = paragraphs(workspace)
    store = workspace.library.bookmarks
    kept, moved, gone = (store.add(article, p.id) for p in (first, third, second))
    edited = TEXT.replace("## الطريق\n\n", "## الطريق\n\nكتبت هذه السطور بعد العودة بأيام.\n\n")
    edited = edited.replace("وعند الظهيرة استرحنا في ظل صخرة كبيرة، وشربنا ماء قليلا من القربة.\n\n", "")
    (tmp_path / "article.md").write_text(edited, encoding="utf-8")
    assert workspace.import_paths([tmp_path / "article.md"]).imported[0].status == "updated"
    after = {b.id: b for b in store.bookmarks(article.id)}
    assert after[kept.id].state == "anchored" and after[kept.id].paragraph == first.id
    new_article = workspace.library.get(article.id)
    assert new_article.paragraph(after[moved.id].paragraph).text.startswith("بلغنا الواحة")
    assert after[gone.id].state == "orphaned" and after[gone.id].name == gone.name


def test_removing_an_article_removes_its_bookmarks(workspace):
    article, (first, *_rest) = paragraphs(workspace)
    workspace.library.bookmarks.add(article, first.id)
    workspace.remove(article.id)
    assert workspace.library.bookmarks.bookmarks() == []
