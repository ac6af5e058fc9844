"""A PDF of thousands of highlights is made in parts of at most PART highlights, painted one after the
other with the pages numbered, so that its time grows with its length (issue 15, item 12)."""

from __future__ import annotations

import subprocess

from reader.core.document import Source, build_article
from reader.core.document.importers import read_draft
from reader.core.export import AnnotatedArticle
from reader.core.highlights import make_highlight
from reader.render.pdf import PART, parts, render
from tests.helpers import SAMPLE, SEED


def annotated(path, article_id: str, count: int) -> AnnotatedArticle:
    source = Source(str(path), "text", "utf-8", "0")
    article = build_article(article_id, read_draft(path, path.read_bytes()), source)
    paragraphs = [p.id for p in article.paragraphs() if len(p.text) > 40]
    highlights = []
    for n in range(count):
        highlights.append(make_highlight(article, paragraphs[n % len(paragraphs)], 0, 20, note=f"ملاحظة {n}"))
    return AnnotatedArticle(article, tuple(highlights))


def test_parts_keep_every_highlight_in_order_and_stay_small():
    items = [annotated(SAMPLE, "a1", 2 * PART + 7), annotated(SEED, "a2", 0), annotated(SEED, "a3", 5)]
    made = list(parts(items))
    assert all(sum(max(len(item.highlights), 1) for item in part) <= PART for part in made)
    flat = [(item.article.id, h.id) for part in made for item in part for h in item.highlights]
    assert flat == [(item.article.id, h.id) for item in items for h in item.highlights]
    assert [item.article.id for part in made for item in part if not item.highlights] == ["a2"]
    assert list(parts([])) == [[]]


def test_a_pdf_of_many_parts_numbers_its_pages_through(tmp_path):
    data = render([annotated(SAMPLE, "a1", PART + 50)], "ar")
    target = tmp_path / "many.pdf"
    target.write_bytes(data)
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True)
    texts = pages.stdout.split("\f")[:-1]
    assert len(texts) > 10
    for number, text in enumerate(texts, start=1):  # its own line, wherever pdftotext puts it
        assert str(number) in (line.strip("\u202a\u202b\u202c ") for line in text.splitlines()), number
