"""Notes from anywhere (an annotation file from someone else) cannot act on a reader of an export: the
Markdown keeps a note's own Markdown but no raw HTML, no script links and no headings of its own, and no
export carries a NUL or an escape character (issue 15, item 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.core.export import AnnotatedArticle, render
from reader.core.library import Workspace
from tests.helpers import SAMPLE

HOSTILE_NOTE = "\n".join(
    [
        "ملاحظة **مهمة** وفيها [رابط سليم](https://example.org)",
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "[اضغط هنا](javascript:alert(1)) و[هنا]( JAVASCRIPT:alert(2)) و<javascript:alert(3)>",
        "[مرجع]",
        "",
        "[مرجع]: data:text/html,<b>x</b>",
        "# عنوان مزيف",
        "عنوان مزيف آخر",
        "===",
        "نص فيه \x00 صفر و\x1b[2J هروب",
    ]
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> list[AnnotatedArticle]:
    folder = tmp_path_factory.mktemp("notes")
    with Workspace(Path(folder) / "library") as workspace:
        article = workspace.import_file(SAMPLE).article
        workspace.highlights.add_quote(article, "العلم صيد", note=HOSTILE_NOTE)
        return [AnnotatedArticle(article, tuple(workspace.highlights.highlights(article.id)))]


def test_markdown_keeps_the_notes_markdown_but_nothing_live(exported):
    data = render("markdown", exported)
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    page = MarkdownIt("commonmark").render(text)
    assert "<strong>مهمة</strong>" in page and '<a href="https://example.org">' in page
    assert "<script" not in page and "<img" not in page
    links = [part.split('"')[1].lower() for part in page.split("<a href=")[1:]]
    assert links == ["https://example.org"]
    headings = [line for line in page.splitlines() if line[:3] in {"<h1", "<h2", "<h3", "<h4", "<h5", "<h6"}]
    assert not any("مزيف" in heading for heading in headings)
    assert "\x00" not in text and "\x1b" not in text and "\ufffd" in text


@pytest.mark.parametrize("name", ["html", "csv", "json"])
def test_no_export_carries_a_nul_or_an_escape(exported, name):
    data = render(name, exported)
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    assert "\x00" not in text and "\x1b" not in text
