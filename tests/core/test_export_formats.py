"""Markdown, HTML and CSV exports: direction kept, everything escaped, spreadsheets safe."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from reader.core.export import FORMATS, AnnotatedArticle, render
from reader.core.export.csv import COLUMNS
from reader.core.export.markdown import LRM, RLM
from reader.core.library import Workspace
from tests.helpers import SAMPLE


@pytest.fixture
def exported(tmp_path: Path):
    """The sample article with highlights of every kind: Arabic, a Latin run, English, a title."""
    workspace = Workspace(tmp_path / "library")
    article = workspace.import_file(SAMPLE).article
    store = workspace.highlights
    store.add_quote(article, "العلم صيد", note="قول <b>الشافعي</b> & غيره")
    store.add_quote(article, "Johannes Gutenberg نحو سنة", color="green", note='=HYPERLINK("http://x")')
    store.add_quote(article, "This sample article", color="blue", note="+1 @me\n-2")
    store.add(article, "title", 0, 4, color="pink")
    items = [AnnotatedArticle(article, tuple(store.highlights(article.id)))]
    yield items
    workspace.close()


def test_every_format_is_in_the_table():
    assert set(FORMATS) == {"markdown", "html", "csv", "json"}


def test_markdown_groups_by_section_with_locators_and_direction_marks(exported):
    text = render("markdown", exported).decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "# رحلة الورق من بغداد إلى الشاشة"
    assert "## آداب القراءة في الحلقات" in lines and "> العِلْمُ صَيْدٌ" in lines
    # an RTL paragraph's quote that starts with a Latin name gets a right-to-left mark after "> "
    assert f"> {RLM}Johannes Gutenberg نحو سنة" in lines
    # the English paragraph's quote needs no mark; the locator lines of an RTL article get one
    assert "> This sample article" in lines
    assert f"{RLM}*— ¶ 8 · yellow*" in lines and f"{RLM}*— title · pink*" in lines
    assert "قول \\<b\\>الشافعي\\</b\\> & غيره" in lines  # the user's Markdown, its raw HTML made text
    assert LRM not in text


def test_markdown_escapes_syntax_in_quotes(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    source = tmp_path / "a.txt"
    source.write_text("عنوان\n\nنص فيه *نجمة* و [قوس] و `علامة` هنا.\n", encoding="utf-8")
    article = workspace.import_file(source).article
    workspace.highlights.add_quote(article, "*نجمة* و [قوس] و `علامة`")
    text = render("markdown", [AnnotatedArticle(article, tuple(workspace.highlights.highlights()))])
    assert r"> \*نجمة\* و \[قوس\] و \`علامة\`" in text.decode("utf-8")
    workspace.close()


def test_html_is_a_standalone_right_to_left_page_with_everything_escaped(exported):
    page = render("html", exported).decode("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert '<meta charset="utf-8">' in page and "@media print" in page
    assert "قول &lt;b&gt;الشافعي&lt;/b&gt; &amp; غيره" in page and "<b>" not in page
    assert 'style="background-color: #fff59d">العِلْمُ صَيْدٌ</mark>' in page
    assert '<blockquote dir="ltr"><mark class="blue"' in page  # the English paragraph keeps its direction
    assert "<bdi>yellow</bdi>" in page  # a Latin run inside a right-to-left line is isolated
    assert '<p class="note" dir="ltr">+1 @me</p>' in page


def test_csv_has_a_bom_documented_columns_and_no_formulas(exported):
    data = render("csv", exported)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 4
    by_quote = {row["quote"]: row for row in rows}
    assert by_quote["العِلْمُ صَيْدٌ"]["section"] == "آداب القراءة في الحلقات"
    assert by_quote["العِلْمُ صَيْدٌ"]["paragraph_number"] == "8"
    assert by_quote["رحلة"]["place"] == "title" and by_quote["رحلة"]["paragraph_number"] == ""
    assert by_quote["Johannes Gutenberg نحو سنة"]["note"] == '\'=HYPERLINK("http://x")'
    assert by_quote["This sample article"]["note"] == "'+1 @me\n-2"
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"`{column}`" in readme for column in COLUMNS)


@pytest.mark.parametrize("risky", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_neutralizes_each_formula_start(risky):
    from reader.core.export.csv import neutralize

    assert neutralize(risky) == "'" + risky
    assert neutralize("عادي =1") == "عادي =1"


def test_an_article_without_highlights_still_exports(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    article = workspace.import_file(SAMPLE).article
    items = [AnnotatedArticle(article, ())]
    assert "No highlights" in render("markdown", items).decode("utf-8")
    assert "No highlights" in render("html", items).decode("utf-8")
    assert render("csv", items).decode("utf-8-sig").count("\n") == 1
    workspace.close()
