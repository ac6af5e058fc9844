"""Exports of text that tries to spoof direction or smuggle markup: every direction control that a title,
quote or note opens is closed where that text ends, markup is escaped, formulas are defused, and the JSON
export keeps the data exactly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.core.export import AnnotatedArticle, render
from reader.core.library import Workspace
from reader.core.text import balance

RLO, PDF, RLI, LRI, PDI = "\u202e", "\u202c", "\u2067", "\u2066", "\u2069"
ARTICLE = (
    f"عنوان {RLO}مقلوب\n\n"
    # an Arabic article by most of its letters (its direction), with one English paragraph
    f"فقرة فيها {RLO}نص معكوس وبعده كلام عادي يطول حتى تكون أكثر حروف المقالة عربية.\n\n"
    f"A paragraph that opens an isolate {LRI}here and never closes it.\n"
)
NOTE = f"ملاحظة {RLI}بلا إغلاق <script>alert('x')</script>\n=HYPERLINK(\"http://x\")\n{RLO}@SUM(A1)"


@pytest.fixture(scope="module")
def spoofed(tmp_path_factory) -> list[AnnotatedArticle]:
    """An article whose title, paragraphs, quotes and notes hold unbalanced overrides and isolates."""
    folder = tmp_path_factory.mktemp("spoof")
    source = folder / "spoof.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    workspace = Workspace(folder / "library")
    article = workspace.import_file(source).article
    workspace.highlights.add_quote(article, f"{RLO}نص معكوس", note=NOTE)
    workspace.highlights.add_quote(article, f"isolate {LRI}here", color="green", note=f"{RLO}")
    workspace.highlights.add(article, "title", 0, 5, color="pink")
    items = [AnnotatedArticle(article, tuple(workspace.highlights.highlights(article.id)))]
    workspace.close()
    return items


def assert_every_line_closes_its_controls(text: str) -> None:
    for line in text.splitlines():
        assert balance(line) == line, f"a direction control is left open in: {line!r}"


def test_markdown_closes_every_control_on_its_line_and_keeps_the_text(spoofed):
    text = render("markdown", spoofed).decode("utf-8")
    assert_every_line_closes_its_controls(text)
    assert f"# عنوان {RLO}مقلوب{PDF}" in text.splitlines()
    assert f"> {RLO}نص معكوس{PDF}" in text.splitlines()
    assert f"ملاحظة {RLI}بلا إغلاق \\<script\\>alert('x')\\</script\\>{PDI}" in text  # raw HTML made text


DIRECTED = ("<title>", "<h1 dir=", "<blockquote dir=", '<p class="note" dir=', '<p class="reference" dir=')
"""The elements of the HTML export that hold text with direction controls, each with its own direction."""


def test_html_escapes_markup_and_no_control_reaches_past_its_element(spoofed):
    page = render("html", spoofed).decode("utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert_every_line_closes_its_controls(page)
    assert f"<title>Highlights: عنوان {RLO}مقلوب{PDF}</title>" in page
    assert f">{RLO}نص معكوس{PDF}</mark></blockquote>" in page
    for line in page.splitlines():
        if RLO in line or RLI in line or LRI in line:  # each such text sits in an element with its direction
            assert line.startswith(DIRECTED), line


def test_csv_cells_close_their_controls_and_formulas_stay_text(spoofed):
    data = render("csv", spoofed).decode("utf-8-sig")
    assert_every_line_closes_its_controls(data)
    rows = {row["quote"]: row for row in csv.DictReader(io.StringIO(data))}
    note = rows[f"{RLO}نص معكوس{PDF}"]["note"]
    assert note.splitlines() == [
        f"ملاحظة {RLI}بلا إغلاق <script>alert('x')</script>{PDI}",
        '=HYPERLINK("http://x")',
        f"{RLO}@SUM(A1){PDF}",
    ]
    assert not note.startswith(("=", "+", "-", "@"))  # the cell as a whole cannot start a formula
    assert rows[f"isolate {LRI}here{PDI}"]["note"] == f"{RLO}{PDF}"
    assert rows["عنوان"]["article_title"] == f"عنوان {RLO}مقلوب{PDF}"


@pytest.mark.parametrize("risky", ["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_note_that_a_spreadsheet_would_run_is_prefixed_with_an_apostrophe(tmp_path: Path, risky: str):
    workspace = Workspace(tmp_path / "library")
    source = tmp_path / "a.txt"
    source.write_text("عنوان\n\nنص قصير للتجربة.\n", encoding="utf-8")
    article = workspace.import_file(source).article
    workspace.highlights.add_quote(article, "نص قصير", note=risky)
    items = [AnnotatedArticle(article, tuple(workspace.highlights.highlights()))]
    workspace.close()
    (row,) = csv.DictReader(io.StringIO(render("csv", items).decode("utf-8-sig")))
    assert row["note"] == "'" + risky


def test_json_keeps_quotes_and_notes_exactly_as_they_are(spoofed):
    collection = json.loads(render("json", spoofed))
    annotations = {a["target"]["selector"][0]["exact"]: a for a in collection["first"]["items"]}
    assert annotations[f"{RLO}نص معكوس"]["body"]["value"] == NOTE
    assert annotations[f"isolate {LRI}here"]["body"]["value"] == RLO
    assert collection["first"]["items"][0]["target"]["source"]["dc:title"] == f"عنوان {RLO}مقلوب"
