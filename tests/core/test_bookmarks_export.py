"""Bookmarks in every export format, and back in through the W3C JSON without duplicates (the PDF, made
with Qt, is in tests/render)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.library import Workspace
from reader.render.export import export
from tests.helpers import W3C_VALIDATOR

TEXT = """# مذكرات بحار

كتبت هذه الصفحات على ظهر سفينة صغيرة تحمل التمر والملح بين الموانئ.

## العاصفة

في الليلة الثالثة هبت ريح شديدة، فربطنا الأشرعة وانتظرنا الصباح صامتين.

## الميناء

ثم لاحت المنارة من بعيد، ففرح الجميع وغنى الطباخ أغنية قديمة.
"""


@pytest.fixture
def workspace(tmp_path: Path):
    source = tmp_path / "sailor.md"
    source.write_text(TEXT, encoding="utf-8")
    workspace = Workspace(tmp_path / "library")
    workspace.import_paths([source])
    (article_id,) = workspace.library.ids()
    article = workspace.library.get(article_id)
    storm, harbour = article.paragraphs()[1:]
    workspace.library.bookmarks.add(article, harbour.id, "المنارة")
    workspace.library.bookmarks.add(article, storm.id)
    workspace.highlights.add_quote(article, "ريح شديدة", color="blue")
    yield workspace
    workspace.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_markdown_and_html_list_the_bookmarks_in_reading_order_with_their_places(workspace, language):
    markdown = export(workspace.library, "markdown", language=language).data.decode("utf-8")
    heading = "Bookmarks" if language == "en" else "الإشارات المرجعية"
    assert f"## \u200f{heading}\n" in markdown or f"## {heading}\n" in markdown
    storm = markdown.index("في الليلة الثالثة هبت ريح")
    assert storm < markdown.index("- المنارة") < markdown.index("> ")  # bookmarks before the highlights
    assert ("¶ 2" if language == "en" else "الفقرة 2") in markdown[storm:]
    page = export(workspace.library, "html", language=language).data.decode("utf-8")
    assert page.count('class="bookmark"') == 2 and "المنارة" in page


def test_csv_gives_each_bookmark_a_row_of_its_own_kind(workspace):
    data = export(workspace.library, "csv").data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert [row["kind"] for row in rows] == ["highlight", "bookmark", "bookmark"]
    named = {row["name"]: row for row in rows if row["kind"] == "bookmark"}
    assert named["المنارة"]["paragraph_number"] == "3" and named["المنارة"]["color"] == ""
    assert named["المنارة"]["quote"].startswith("ثم لاحت المنارة")


def test_json_makes_bookmarking_annotations_that_the_w3c_schemas_accept(workspace, tmp_path: Path):
    path = tmp_path / "out.json"
    export(workspace.library, "json", path=path)
    items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    marks = [item for item in items if item["motivation"] == "bookmarking"]
    assert len(marks) == 2 and {m["body"]["value"] for m in marks} >= {"المنارة"}
    assert all(m["target"]["selector"][0]["type"] == "TextQuoteSelector" for m in marks)
    check = [sys.executable, str(W3C_VALIDATOR), "--strict", str(path)]
    result = subprocess.run(check, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_json_round_trips_bookmarks_into_a_fresh_library_once(workspace, tmp_path: Path):
    path = tmp_path / "out.json"
    export(workspace.library, "json", path=path)
    fresh = Workspace(tmp_path / "fresh")
    fresh.import_paths([tmp_path / "sailor.md"])
    counts = fresh.library.import_annotations(path)
    assert (counts.added, counts.skipped) == (3, [])
    theirs = {b.id: (b.name, b.paragraph, b.state) for b in workspace.library.bookmarks.bookmarks()}
    ours = {b.id: (b.name, b.paragraph, b.state) for b in fresh.library.bookmarks.bookmarks()}
    assert ours == theirs and len(fresh.highlights.highlights()) == 1
    again = fresh.library.import_annotations(path)
    assert (again.added, again.unchanged) == (0, 3) and len(fresh.library.bookmarks.bookmarks()) == 2
    fresh.close()
