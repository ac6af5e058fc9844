"""Heading levels shown nested: the nesting rule, search trails, every export's headings and references."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.document import Metadata, parents, section_trails, trails
from reader.core.export import AnnotatedArticle, render
from reader.core.library import Workspace
from tests.helpers import W3C_VALIDATOR, library_with

NESTED = """# رحلة في أسواق المدينة القديمة

مقدمة قصيرة عن الأسواق التي تحيط بالجامع الكبير وتمتد نحو الأبواب.

## سوق العطارين

يبيع العطارون الزعفران والهيل والقرفة في دكاكين ضيقة متلاصقة.

### أصناف البهارات

يخلط الباعة البهارات بحسب طلب كل أسرة ويزنونها بموازين نحاسية.

#### ميزان قديم

في آخر السوق ميزان خشبي يقول أهل الحي إنه أقدم من الجامع نفسه.

## سوق النحاسين

يطرق الصناع الأواني طوال النهار فيسمع صوتها من بعيد.

#### قفزة في المستويات

فقرة تحت عنوان من المستوى الرابع بعد عنوان من المستوى الثاني مباشرة.
"""

SPICE, KINDS, SCALE, COPPER, JUMP = (
    "سوق العطارين", "أصناف البهارات", "ميزان قديم", "سوق النحاسين", "قفزة في المستويات"
)


def test_a_section_nests_under_the_nearest_one_before_it_of_a_lower_level():
    sections = [(None, 2), ("a", 2), ("b", 3), ("c", 4), ("d", 3), ("e", 2), ("f", 4), ("g", 1), ("h", 2)]
    assert parents(sections) == [None, None, 1, 2, 1, None, 5, None, 7]
    assert trails(sections) == [
        (), ("a",), ("a", "b"), ("a", "b", "c"), ("a", "d"), ("e",), ("e", "f"), ("g",), ("g", "h")
    ]


def test_equal_levels_are_siblings_and_a_flat_article_stays_flat():
    assert trails([("a", 2), ("b", 2), ("c", 2)]) == [("a",), ("b",), ("c",)]
    assert trails([]) == []


@pytest.fixture
def nested(tmp_path: Path):
    """A library holding the nested article, with its author, date and address, and four highlights."""
    workspace = library_with(tmp_path, NESTED)
    article_id = workspace.library.ids()[0]
    article = workspace.set_metadata(
        article_id, Metadata("سلمى الحداد", "2024-03-05", "ar", "https://example.org/souks")
    )
    store = workspace.highlights
    for quote in ("مقدمة قصيرة", "الزعفران والهيل", "بموازين نحاسية", "ميزان خشبي", "الأواني", "فقرة تحت"):
        store.add_quote(article, quote)
    yield workspace, article
    workspace.close()


def test_an_articles_sections_have_their_trails(nested):
    _, article = nested
    by_heading = {trail[-1]: trail for trail in section_trails(article).values() if trail}
    assert by_heading[SCALE] == (SPICE, KINDS, SCALE)
    assert by_heading[JUMP] == (COPPER, JUMP)  # a level jump (2 then 4) nests under the 2


def test_a_search_hit_carries_its_trail_and_keeps_its_nearest_heading(nested):
    workspace, _ = nested
    (hit,) = [h for h in workspace.search("خشبي").hits]
    assert hit.heading == SCALE and hit.headings == (SPICE, KINDS, SCALE)
    data = hit.to_json()
    assert data["heading"] == SCALE and data["headings"] == [SPICE, KINDS, SCALE]
    heading_hit = next(h for h in workspace.search("قفزة").hits if h.text == JUMP)
    assert heading_hit.headings == (COPPER, JUMP)
    lead = next(h for h in workspace.search("مقدمة").hits)
    assert lead.heading is None and lead.headings == () and lead.to_json()["headings"] == []


def exported(nested, format_name: str, language: str = "en") -> str:
    workspace, article = nested
    items = [AnnotatedArticle(article, tuple(workspace.highlights.highlights(article.id)))]
    return render(format_name, items, language).decode("utf-8-sig")


def test_markdown_nests_headings_and_opens_with_the_reference_lines(nested):
    lines = [line.replace("\u200f", "") for line in exported(nested, "markdown").splitlines() if line]
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [
        "# رحلة في أسواق المدينة القديمة",
        f"## {SPICE}",
        f"### {KINDS}",
        f"#### {SCALE}",
        f"## {COPPER}",
        f"### {JUMP}",
    ]  # each heading once, at its depth under the title, a chapter's before its sections
    assert lines[1:4] == [
        "- Author: سلمى الحداد", "- Date: 2024-03-05", "- Source: \u2066https://example.org/souks\u2069"
    ]  # the source isolated left to right: an Arabic line would reorder a path's slashes
    assert lines.index(f"## {SPICE}") > lines.index("> مقدمة قصيرة")


def test_reference_lines_are_in_the_exports_language(nested):
    text = exported(nested, "markdown", "ar")
    assert "الكاتب: سلمى الحداد" in text and "التاريخ: 2024-03-05" in text and "المصدر: " in text
    html = exported(nested, "html", "ar")
    assert '<p class="reference" dir="rtl">الكاتب: سلمى الحداد</p>' in html
    link = '<a href="https://example.org/souks"><bdi dir="ltr">\u2066https://example.org/souks\u2069</bdi></a>'
    assert f'<p class="reference" dir="rtl">المصدر: {link}</p>' in html


def test_html_nests_headings_and_names_the_article(nested):
    html = exported(nested, "html")
    order = [html.index(f">{text}</h{level}>") for level, text in
             ((2, SPICE), (3, KINDS), (4, SCALE), (2, COPPER), (3, JUMP))]
    assert order == sorted(order)
    assert '<p class="reference" dir="rtl"><bdi>Author: </bdi>سلمى الحداد</p>' in html
    assert "<bdi>Date: </bdi>2024-03-05</p>" in html


def test_an_article_without_metadata_names_its_file(tmp_path: Path):
    workspace = library_with(tmp_path, NESTED)
    article = workspace.library.get(workspace.library.ids()[0])
    workspace.highlights.add_quote(article, "ميزان خشبي")
    items = [AnnotatedArticle(article, tuple(workspace.highlights.highlights()))]
    text = render("markdown", items).decode("utf-8")
    assert "Author:" not in text and "Date:" not in text
    path = str(tmp_path / "article.md").replace("_", r"\_")
    assert f"- Source: \u2066{path}\u2069" in text.replace("\u200f", "")
    assert json.loads(render("json", items))["first"]["items"][0]["target"]["source"]["dc:source"] == (
        (tmp_path / "article.md").as_uri()
    )
    workspace.close()


def test_csv_adds_the_trail_and_the_articles_metadata_at_the_end(nested):
    rows = list(csv.reader(io.StringIO(exported(nested, "csv"))))
    header, body = rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert header[:16] == [
        "article_id", "article_title", "section", "place", "paragraph_number", "paragraph_id", "start",
        "end", "quote", "note", "color", "state", "created", "modified", "highlight_id", "group_id",
    ]  # the old columns keep their places: programs read them by place
    assert header[16:20] == ["headings", "author", "date", "source"]  # then kind and name (bookmarks)
    by_quote = {row["quote"]: row for row in body}
    assert by_quote["ميزان خشبي"]["section"] == SCALE
    assert by_quote["ميزان خشبي"]["headings"] == f"{SPICE} › {KINDS} › {SCALE}"
    assert by_quote["مقدمة قصيرة"]["headings"] == ""
    assert {row["author"] for row in body} == {"سلمى الحداد"}
    assert {(row["date"], row["source"]) for row in body} == {("2024-03-05", "https://example.org/souks")}


def test_json_names_the_articles_author_date_and_address_and_stays_valid(nested, tmp_path: Path):
    path = tmp_path / "export.json"
    path.write_text(exported(nested, "json"), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    source = document["first"]["items"][0]["target"]["source"]
    assert source["dc:creator"] == "سلمى الحداد" and source["dc:date"] == "2024-03-05"
    assert source["dc:identifier"] == "https://example.org/souks"
    assert source["dc:source"].startswith("file://") and source["dc:source"].endswith("article.md")
    assert "creator" not in document["first"]["items"][0]  # the annotation's creator is the reader, unnamed
    result = subprocess.run(
        [sys.executable, str(W3C_VALIDATOR), "--strict", str(path)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VALID" in result.stdout and "warning" not in result.stdout


def test_a_flat_article_exports_as_before(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    source = tmp_path / "flat.md"
    source.write_text("# عنوان\n\n## أول\n\nنص أول هنا.\n\n## ثان\n\nنص ثان هنا.\n", encoding="utf-8")
    article = workspace.import_file(source).article
    workspace.highlights.add_quote(article, "نص أول")
    workspace.highlights.add_quote(article, "نص ثان")
    items = [AnnotatedArticle(article, tuple(workspace.highlights.highlights()))]
    lines = render("markdown", items).decode("utf-8").splitlines()
    assert [line for line in lines if line.startswith("#")] == ["# عنوان", "## أول", "## ثان"]
    workspace.close()
