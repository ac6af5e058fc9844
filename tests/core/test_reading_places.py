"""Reading places in the library database: where each article was left, how far through, when; migrated
from schema 3, gone with their article, kept through a re-import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.library import DATABASE_NAME, Library
from reader.core.library.database import MIGRATIONS
from tests.helpers import library_with

LINES = [f"سقيت الشجرة رقم {n} في الصباح الباكر." for n in range(1, 9)]
TEXT = "# دفتر الحديقة\n\n" + "\n\n".join(LINES) + "\n"


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = library_with(tmp_path, TEXT)
    yield workspace
    workspace.close()


def test_a_place_is_written_read_back_and_shown_in_the_list(workspace, tmp_path: Path):
    (article_id,) = workspace.library.ids()
    block = workspace.library.get(article_id).paragraphs()[4].id
    assert workspace.library.places.get(article_id) is None
    (never,) = workspace.library.summaries()
    assert never.progress is None and never.last_read == ""
    workspace.library.places.put(article_id, block, 0.55)
    workspace.library.places.put(article_id, block, 1.7)  # clamped
    with Library(tmp_path / "library") as again:
        place = again.places.get(article_id)
        assert place is not None and (place.block, place.progress) == (block, 1.0)
        (summary,) = again.summaries()
        assert summary.progress == 1.0 and summary.last_read == place.read and place.read.endswith("+00:00")


def test_a_place_of_an_article_that_is_gone_is_not_written(workspace):
    workspace.library.places.put("no-such-article", "title", 0.2)
    assert workspace.library.places.get("no-such-article") is None
    assert workspace.library.places.adopt({"no-such-article": "p1"}) == 0


def test_removing_an_article_removes_its_place(workspace):
    (article_id,) = workspace.library.ids()
    workspace.library.places.put(article_id, "title", 0.1)
    workspace.remove(article_id)
    count = workspace.library.connection.execute("SELECT COUNT(*) FROM reading_places").fetchone()[0]
    assert count == 0


def test_a_re_import_keeps_the_place_and_moves_it_off_a_block_that_is_gone(workspace, tmp_path: Path):
    (article_id,) = workspace.library.ids()
    old = workspace.library.get(article_id).paragraphs()
    workspace.library.places.put(article_id, old[2].id, 0.3)
    edited = TEXT.replace("سقيت الشجرة رقم 3 في", "سقيت الشجرة الثالثة وحدها في")
    (tmp_path / "article.md").write_text(edited, encoding="utf-8")
    workspace.import_paths([tmp_path / "article.md"])
    place = workspace.library.places.get(article_id)
    new = workspace.library.get(article_id).paragraphs()
    assert place is not None and place.progress == 0.3
    assert place.block == new[2].id and new[2].text.startswith("سقيت الشجرة الثالثة")


def test_a_schema_3_library_migrates_with_empty_places_and_takes_old_positions(tmp_path: Path):
    folder = tmp_path / "library"
    folder.mkdir()
    with sqlite3.connect(folder / DATABASE_NAME) as db:
        for script in MIGRATIONS[:3]:
            for statement in filter(None, (s.strip() for s in script.split(";"))):
                db.execute(statement)
        db.execute("PRAGMA user_version=3")
        db.execute(
            "INSERT INTO articles (id, title, path, format, encoding, sha256, added, updated) "
            "VALUES ('abc', 'دفتر', '/tmp/x.md', 'markdown', 'utf-8', 'abc0', '2025-01-01', '2025-01-01')"
        )
    with Library(folder) as library:
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 4
        assert library.places.get("abc") is None
        assert library.places.adopt({"abc": "p0001", "gone": "p0002"}) == 1
        library.places.put("abc", "p0003", 0.5)
        assert library.places.adopt({"abc": "p0001"}) == 0  # a place of its own is never overwritten
        place = library.places.get("abc")
        assert place is not None and place.block == "p0003"
        library.connection.execute("DELETE FROM articles WHERE id = 'abc'")  # the cascade of the new table
        assert library.places.get("abc") is None
