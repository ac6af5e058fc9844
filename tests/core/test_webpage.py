"""Web pages: only the article of a news page is kept, with what the page says about itself, whether it is
fetched from a server on 127.0.0.1 or read from a saved file; failures leave the library as it was."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.document import Article
from reader.core.document.importers import html, read_draft, webpage
from reader.core.errors import ImportFailure
from reader.core.library import Workspace
from tests.helpers import DATA
from tests.webserver import EXPECTED, PAGES, WEB, Site, serve

DATES = {  # as the pages give them, in ISO 8601
    "rain.html": "2024-03-14T08:30:00+03:00",
    "bread.html": "2023-11-02",
    "library.html": "2024-09-21T17:05:00+00:00",
    "bees.html": "2025-01-08T10:00:00+02:00",
}
SCRIPT_TEXTS = [  # what the pages' scripts would write if they ran
    "اشترك في النشرة البريدية واحصل على أهم الأخبار كل صباح",
    "عاجل: انقطاع الكهرباء",
    "جاري تحميل المزيد من التعليقات",
    "عدد الزوار اليوم",
    "هل أعجبتك التدوينة؟",
    "كن أول من يعلق على هذا المقال",
    "أفضل عروض الهواتف الذكية",
    "لا تنس الاشتراك في قناتنا",
]


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    """The test pages served on 127.0.0.1 for this module's tests."""
    with serve() as running:
        yield running


@pytest.fixture
def workspace(library_folder: Path) -> Iterator[Workspace]:
    """A workspace on an empty library in the test's folder."""
    with Workspace(library_folder) as opened:
        yield opened


def assert_only_the_article(article: Article, name: str) -> None:
    """Each of the article's paragraphs is there, and none of the page's other texts."""
    expected = EXPECTED[name]
    paragraphs = [p.text for p in article.paragraphs()]
    assert [p for p in expected["paragraphs"] if p not in paragraphs] == []
    text = "\n".join(block.text for block in article.blocks() if block.kind != "title")
    for other in expected["boilerplate"]:  # menus, breadcrumbs, sidebar, comments, related, footer …
        if len(other.split()) >= 3:
            assert other not in text, other
        else:  # a word or two ("الرئيسية") may occur in the article's sentences: not as a line of its own
            assert other not in paragraphs, other
    for written in SCRIPT_TEXTS:
        assert written not in text
    assert "جافا سكربت" not in text and "جافاسكربت" not in text  # <noscript>
    leftovers = set(paragraphs) - set(expected["paragraphs"]) - set(expected["exempt"])
    assert leftovers == set()


def assert_described(article: Article, name: str) -> None:
    """Title, heading levels and the page's metadata."""
    expected = EXPECTED[name]
    assert article.title == expected["title"]
    headings = [[s.heading, s.level] for s in article.sections if s.heading is not None]
    assert headings == expected["headings"]
    assert article.metadata.author == expected["author"]
    assert article.metadata.date == DATES[name]
    assert article.metadata.address == expected["address"]
    assert article.metadata.language == expected["language"]


@pytest.mark.parametrize("name", PAGES)
def test_a_fetched_page_keeps_only_its_article(site, workspace, name):
    address = site.url(f"/pages/{name}")
    imported = workspace.import_url(address)
    assert imported.status == "new"
    article = workspace.library.get(imported.article.id)
    assert_only_the_article(article, name)
    assert_described(article, name)
    assert article.source.path == address and article.source.format == "html"
    assert workspace.search("السدر" if name == "rain.html" else EXPECTED[name]["headings"][0][0]).hits


@pytest.mark.parametrize("name", PAGES)
def test_a_saved_page_goes_through_the_same_extraction(name):
    path = WEB / name
    draft = read_draft(path, path.read_bytes())
    assert html.is_whole_page(path.read_text(encoding="utf-8"))
    assert draft.title == EXPECTED[name]["title"]
    assert [b.text for s in draft.sections for b in s.blocks if b.text in EXPECTED[name]["paragraphs"]] == (
        EXPECTED[name]["paragraphs"]
    )
    assert [[s.heading, s.level] for s in draft.sections if s.heading] == EXPECTED[name]["headings"]
    assert draft.metadata.address == EXPECTED[name]["address"]
    assert draft.metadata.author == EXPECTED[name]["author"]


def test_documents_that_are_not_whole_pages_keep_the_plain_reading():
    sample = (DATA / "sample.html").read_text(encoding="utf-8")
    assert not html.is_whole_page(sample)  # one <nav> alone
    draft = read_draft(DATA / "sample.html", sample.encode())
    assert any("الإبرة & الخيط" in b.text for s in draft.sections for b in s.blocks)  # list items kept
    exported = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<title>t</title>\n'
        '</head>\n<body>\n<div class="article" lang="ar" dir="rtl"><h1 dir="rtl">عنوان</h1>'
        '<p class="locator">— سطر</p></div>\n</body>\n</html>\n'
    )
    assert not html.is_whole_page(exported)


def test_the_address_typed_is_the_source_and_the_page_names_its_own(site, workspace):
    address = site.url("/redirect/2")
    article = workspace.import_url(address).article
    assert article.source.path == address
    assert article.metadata.address == EXPECTED["rain.html"]["address"]  # its canonical link


def test_a_page_naming_no_address_of_its_own_keeps_the_one_it_was_read_from(site, workspace):
    page = (WEB / "rain.html").read_text(encoding="utf-8")
    for own in ('<link rel="canonical" href="https://alwadi-news.example/local/2024/03/wadi-sidr-rain">',
                '<meta property="og:url" content="https://alwadi-news.example/local/2024/03/wadi-sidr-rain">'):
        page = page.replace(own, "")
    site.changing["nameless"] = page.encode()
    article = workspace.import_url(site.url("/changing/nameless")).article
    assert article.metadata.address == site.url("/changing/nameless")


def test_the_charset_the_server_names_is_used(site, workspace):
    article = workspace.import_url(site.url("/cp1256")).article
    assert article.source.encoding == "cp1256"
    kept = {paragraph.text for paragraph in article.paragraphs()}
    assert [p for p in EXPECTED["rain.html"]["paragraphs"] if p not in kept] == []


def test_the_same_address_again_is_unchanged_then_updated_with_its_highlights_moved(site, workspace):
    page = (WEB / "bread.html").read_text(encoding="utf-8")
    site.changing["bread"] = page.encode()
    address = site.url("/changing/bread")
    first = workspace.import_url(address)
    quote = "الصبر والانتباه"
    highlight = workspace.highlights.add_quote(first.article, quote)
    again = workspace.import_url(address)
    assert (again.status, again.article.id) == ("unchanged", first.article.id)

    added = "<p>وهذه فقرة أضفتها بعد النشر لأشكر القراء على رسائلهم الكثيرة وأسئلتهم عن الطحين والماء.</p>"
    site.changing["bread"] = page.replace('<div class="entry">', '<div class="entry">' + added).encode()
    updated = workspace.import_url(address)
    assert (updated.status, updated.article.id) == ("updated", first.article.id)
    assert updated.article.paragraphs()[1].text.startswith("وهذه فقرة أضفتها")  # after the byline
    moved = workspace.highlights.get(highlight.id)
    assert moved.state == "anchored" and moved.quote == quote
    assert len(workspace.library.summaries()) == 1


@pytest.mark.parametrize(
    "path, words",
    [
        ("/missing", "answered 404"),
        ("/broken", "answered 500"),
        ("/image.png", "not a web page"),
        ("/declared-big", "over the 32 MB limit"),
        ("/redirect/9", "redirects more than"),
        ("/to-file", "only http and https"),
    ],
)
def test_a_failure_is_one_line_and_leaves_the_library_as_it_was(site, workspace, path, words):
    workspace.import_url(site.url("/pages/rain.html"))
    before = (workspace.library.summaries(), workspace.search("الوادي").total)
    with pytest.raises(ImportFailure, match=words) as caught:
        workspace.import_url(site.url(path))
    assert "\n" not in str(caught.value) and site.url(path) in str(caught.value)
    assert (workspace.library.summaries(), workspace.search("الوادي").total) == before


def test_a_slow_server_is_left_and_the_library_is_as_it_was(site, workspace):
    with pytest.raises(ImportFailure, match="did not answer within"):
        workspace.import_url(site.url("/slow"), timeout=0.5)
    assert workspace.library.summaries() == []


def test_addresses_and_files_are_imported_together_each_error_its_own(site, workspace, tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# ملاحظة\n\nسطر قصير في ملف.\n", encoding="utf-8")
    items = [site.url("/pages/bees.html"), note, "ftp://127.0.0.1/x", site.url("/missing")]
    report = workspace.import_paths(items)
    assert [item.article.title for item in report.imported] == ["ملاحظة", EXPECTED["bees.html"]["title"]]
    assert [path for path, _ in report.errors] == ["ftp://127.0.0.1/x", site.url("/missing")]


def test_a_page_with_no_article_found_is_read_whole():
    page = "<html lang='ar'><body><nav>قائمة</nav><footer>تذييل</footer><p>سطر وحيد.</p></body></html>"
    outline = webpage.parse(page, "https://example.org/one")
    assert "سطر وحيد." in [b.text for s in outline.sections for b in s.blocks]
    assert outline.metadata.address == "https://example.org/one" and outline.metadata.language == "ar"


def test_hostile_whole_pages_are_read_quickly():
    chrome = "<nav>x</nav><footer>y</footer>"
    for page in (chrome + "<div>" * 40_000 + "deep text" + "</span>" * 40_000,
                 chrome + "<p>deep text</p>" + "<a b='" * 40_000,
                 chrome + "<p>" + "كلمة عربية " * 200_000 + "</p><p>deep text</p>"):
        start = time.monotonic()
        outline = html.parse(page)
        assert time.monotonic() - start < 10
        assert "deep text" in " ".join(b.text for s in outline.sections for b in s.blocks)
