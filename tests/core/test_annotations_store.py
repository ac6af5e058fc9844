"""The highlight store: records in the library database, as the window and the command line use them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import HighlightNotFound, InvalidHighlight
from reader.core.library import Workspace
from reader.core.library.database import DATABASE_NAME, MIGRATIONS
from tests.helpers import SAMPLE


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    yield workspace
    workspace.close()


@pytest.fixture
def article(workspace):
    return workspace.import_file(SAMPLE).article


def test_a_quote_typed_without_harakat_finds_the_vocalized_text(workspace, article):
    highlight = workspace.highlights.add_quote(article, "العلم صيد")
    assert highlight.quote == "العِلْمُ صَيْدٌ"
    paragraph = article.paragraph(highlight.paragraph)
    assert paragraph.text[highlight.start : highlight.end] == highlight.quote
    assert workspace.highlights.add_quote(article, "خير جليس").quote == "خَيْرُ جَلِيسٍ"


def test_a_new_highlight_has_its_context_times_and_state(workspace, article):
    highlight = workspace.highlights.add_quote(article, "خير جليس", color="pink", note="بيت المتنبي")
    assert highlight.prefix.endswith("وَ") and len(highlight.prefix) == 32
    assert highlight.suffix.startswith(" في الزَّمانِ") and len(highlight.suffix) == 32
    assert highlight.created == highlight.modified and highlight.created.endswith("Z")
    assert (highlight.state, highlight.color, highlight.group) == ("anchored", "pink", None)
    assert workspace.highlights.get(highlight.id) == highlight


def test_highlights_are_listed_by_paragraph_in_order(workspace, article):
    paragraph = article.paragraphs()[0]
    second = workspace.highlights.add(article, paragraph.id, 20, 30)
    first = workspace.highlights.add(article, paragraph.id, 3, 10)
    workspace.highlights.add(article, article.paragraphs()[1].id, 0, 4)
    assert workspace.highlights.in_paragraph(article.id, paragraph.id) == [first, second]
    assert len(workspace.highlights.highlights(article.id)) == 3


def test_a_selection_over_paragraphs_is_one_highlight_per_paragraph_grouped(workspace, article):
    first, second = article.paragraphs()[:2]
    parts = workspace.highlights.add_selection(
        article, [(first.id, 10, len(first.text)), (second.id, 0, 12)], color="blue"
    )
    assert len(parts) == 2 and parts[0].group == parts[1].group is not None
    assert [p.paragraph for p in parts] == [first.id, second.id]


def test_note_colour_delete_and_restore(workspace, article):
    store = workspace.highlights
    highlight = store.add_quote(article, "سوق الورّاقين")
    noted = store.set_note(highlight.id, "**مهم**")
    assert noted.note == "**مهم**" and noted.modified >= highlight.modified
    assert store.set_color(highlight.id, "purple").color == "purple"
    assert store.set_note(highlight.id, "").note is None
    deleted = store.delete(highlight.id)
    assert store.find(highlight.id) is None
    store.restore(deleted)
    assert store.get(highlight.id) == deleted


def test_an_orphan_can_be_attached_to_a_new_place_by_hand(workspace, article):
    store = workspace.highlights
    highlight = store.add_quote(article, "سوق الورّاقين", note="keep")
    target = article.paragraphs()[3]
    attached = store.attach(highlight.id, article, target.id, 0, 5)
    assert (attached.paragraph, attached.quote, attached.note) == (target.id, target.text[:5], "keep")
    assert attached.state == "anchored"


@pytest.mark.parametrize(
    ("paragraph", "start", "end", "message"),
    [
        ("title", 5, 2, "do not fit"),
        ("title", 0, 500, "do not fit"),
        ("title", -1, 3, "do not fit"),
        ("nope", 0, 3, "has no paragraph"),
        ("title", 4, 5, "white space"),
    ],
)
def test_bad_places_are_refused_plainly(workspace, article, paragraph, start, end, message):
    with pytest.raises(InvalidHighlight, match=message):
        workspace.highlights.add(article, paragraph, start, end)
    assert workspace.highlights.highlights() == []


def test_unknown_quotes_colours_and_ids_are_refused(workspace, article):
    store = workspace.highlights
    with pytest.raises(InvalidHighlight, match="empty"):
        store.add_quote(article, "   ")
    with pytest.raises(InvalidHighlight, match="is not in"):
        store.add_quote(article, "كلام لا يوجد في المقالة")
    with pytest.raises(InvalidHighlight, match="colour"):
        store.add_quote(article, "بغداد", color="red")
    with pytest.raises(HighlightNotFound):
        store.resolve("0000")


def test_ids_resolve_from_a_unique_prefix(workspace, article):
    highlight = workspace.highlights.add_quote(article, "بغداد")
    assert workspace.highlights.resolve(highlight.id[:8]) == highlight.id
    assert workspace.highlights.resolve(f"urn:uuid:{highlight.id.upper()}") == highlight.id


def test_removing_an_article_removes_its_highlights(workspace, article):
    workspace.highlights.add_quote(article, "بغداد")
    workspace.remove(article.id)
    assert workspace.highlights.highlights() == []


def test_a_library_of_schema_1_gains_the_highlights_table(tmp_path: Path):
    folder = tmp_path / "old"
    folder.mkdir()
    with sqlite3.connect(folder / DATABASE_NAME) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version=1")
    workspace = Workspace(folder)
    version = workspace.library.connection.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS) >= 2
    assert workspace.highlights.highlights() == []
    workspace.close()


def test_the_database_refuses_a_broken_record(workspace, article):
    highlight = workspace.highlights.add_quote(article, "بغداد")
    db = workspace.library.connection
    for column, value in (("color", "red"), ("state", "lost"), ("end_offset", 0), ("quote", "")):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(f"UPDATE highlights SET {column} = ? WHERE id = ?", (value, highlight.id))
