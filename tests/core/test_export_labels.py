"""The words an export adds come from one table per language; the reader's own text is never translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.export import LABELS, AnnotatedArticle, render
from reader.core.highlights import COLORS
from reader.core.library import Workspace
from tests.helpers import SAMPLE


@pytest.fixture
def items(tmp_path: Path):
    """The sample with a paragraph highlight and a title highlight."""
    workspace = Workspace(tmp_path / "library")
    article = workspace.import_file(SAMPLE).article
    store = workspace.highlights
    store.add_quote(article, "العلم صيد", color="green")
    store.add(article, "title", 0, 4, color="pink")
    yield [AnnotatedArticle(article, tuple(store.highlights(article.id)))]
    workspace.close()


def test_every_language_has_every_label():
    assert set(LABELS["ar"]) == set(LABELS["en"])
    assert set(COLORS) <= set(LABELS["en"])
    assert all(text.strip() for labels in LABELS.values() for text in labels.values())


@pytest.mark.parametrize("format_name", ["markdown", "html"])
def test_an_arabic_export_names_colours_and_places_in_arabic(items, format_name):
    exported = items
    arabic = render(format_name, exported, "ar").decode("utf-8")
    english = render(format_name, exported).decode("utf-8")
    assert "العنوان · وردي" in arabic and "· أخضر" in arabic and "الفقرة " in arabic
    assert "title" in english and "pink" in english and "green" in english
    shown = re.sub(r"<[^>]*>", " ", arabic.split("<body>")[-1])  # the text, not the class names
    for word in ("title", "pink", "green", "¶", "Highlights"):
        assert word not in shown


def test_an_arabic_page_has_an_arabic_title_and_empty_note(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    article = workspace.import_file(SAMPLE).article
    page = render("html", [AnnotatedArticle(article, ())], "ar").decode("utf-8")
    assert "<title>تظليلات: " in page and '<p class="empty" dir="rtl">لا تظليلات.</p>' in page
    markdown = render("markdown", [AnnotatedArticle(article, ())], "ar").decode("utf-8")
    assert "*لا تظليلات.*" in markdown
    workspace.close()


def test_an_unknown_language_gives_english(items):
    exported = items
    assert render("markdown", exported, "fr") == render("markdown", exported, "en")
