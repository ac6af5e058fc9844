"""Web pages: the article of a whole page, without the site's menus, sidebars, comments and footer.

readability-lxml (Mozilla's Readability on lxml) scores the page's blocks and keeps the article's; the
HTML it keeps is read by the HTML importer into sections at their heading levels. What the page says about
itself is read here from its `<head>` (and its JSON-LD, read as data): the title (og:title, else the first
`<h1>`, else `<title>`), the author, the date (ISO 8601 when it can be read as a date), the language
(`<html lang>`) and its own address (canonical link, else og:url, else the address it was fetched from).
Nothing in a page is run: scripts, styles and `<noscript>` are dropped as text. A page in which no article
is found is read whole, as an HTML document.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from readability import Document
from readability.readability import Unparseable

from reader.core.document.importers import html
from reader.core.document.importers.decoding import check_size, decode
from reader.core.document.model import Draft, DraftSection, Metadata, Outline, promote_title
from reader.core.errors import ImportFailure

_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date.issued", "dc.date",
    "pubdate", "publishdate", "parsely-pub-date", "sailthru.date", "article:modified_time",
)
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_ROW_TAGS = ("p", "div", "ul", "ol", "li", "section", "span")
_ROW_WORDS = 30  # a longer block mostly of links is the article's own (a list of sources, say)
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


def read_page(data: bytes, address: str, charset: str | None = None) -> Draft:
    """A fetched page's bytes into a draft article: `charset` is the one the server named (else the page's
    own, else detected), `address` the one it was fetched from."""
    check_size(len(data), address)
    text, used, warnings = decode(data, address, charset)
    title, sections, metadata = parse(text.replace("\r\n", "\n").replace("\r", "\n"), address)
    if not title and not sections:
        raise ImportFailure(f"{address} holds no text to read.")
    return Draft(title or address, sections, "html", used, metadata, warnings)


def parse(text: str, address: str = "") -> Outline:
    """The article of a whole HTML page and what the page says about itself; `address` is where it was
    fetched from, kept as the article's address when the page names none."""
    try:
        page = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return html.parse_document(text)
    metadata = _metadata(page, address)
    title = _title(page)
    try:  # readability changes the tree it is given: what the page says was read first
        kept = Document(page).summary(html_partial=True)
    except Unparseable:
        kept = ""
    first_h1, _, sections = html.read_blocks(_without_link_rows(kept))
    if not any(section.blocks for section in sections):  # no article found: the page is read whole
        whole = html.parse_document(text)
        return Outline(title or whole.title, whole.sections, metadata)
    title = title or first_h1
    outline = promote_title(title, sections) if not title else Outline(title, _non_empty(sections))
    return Outline(outline.title, outline.sections, metadata)


def _without_link_rows(markup: str) -> str:
    """The kept HTML without the blocks that are mostly links (share buttons, tag and link rows), which
    Readability keeps when they sit inside the article's element."""
    if not markup.strip():
        return markup
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for element in list(root.iter(*_ROW_TAGS)):
        text = " ".join(element.text_content().split())
        linked = sum(len(" ".join(link.text_content().split())) for link in element.iter("a"))
        short = len(text.split()) <= _ROW_WORDS
        if text and short and linked > len(text) / 2 and element.getparent() is not None:
            element.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _non_empty(sections: list[DraftSection]) -> list[DraftSection]:
    return [s for s in sections if s.heading is not None or s.blocks]


def _title(page: lxml.html.HtmlElement) -> str:
    for value in (
        _meta(page, "og:title"),
        _text(next(iter(page.iter("h1")), None)),
        _text(page.find(".//title")),
    ):
        if value:
            return value
    return ""


def _metadata(page: lxml.html.HtmlElement, address: str) -> Metadata:
    linked = _linked_data(page)
    author = next(
        (v for v in (*(_meta(page, key) for key in _AUTHOR_KEYS), linked.get("author", "")) if _is_name(v)),
        "",
    )
    dates = (*(_meta(page, key) for key in _DATE_KEYS), linked.get("date", ""), _time_element(page))
    date = next((_iso_date(v) for v in dates if v), "")
    language = (page.get("lang") or _meta(page, "content-language")).strip().replace("_", "-")
    own = _link(page, "canonical") or _meta(page, "og:url")
    own = urljoin(address, own) if own else ""
    return Metadata(
        author=author,
        date=date,
        language=language if _LANGUAGE_TAG.fullmatch(language) else "",
        address=own if _is_web_address(own) else address,
    )


def _meta(page: lxml.html.HtmlElement, key: str) -> str:
    """The content of the first `<meta>` whose name, property, itemprop or http-equiv is `key`."""
    for element in page.iter("meta"):
        names = (element.get(a, "") for a in ("name", "property", "itemprop", "http-equiv"))
        if key in (name.strip().lower() for name in names):
            value = " ".join((element.get("content") or "").split())
            if value:
                return value
    return ""


def _link(page: lxml.html.HtmlElement, relation: str) -> str:
    for element in page.iter("link"):
        if relation in (element.get("rel") or "").lower().split():
            return (element.get("href") or "").strip()
    return ""


def _text(element: lxml.html.HtmlElement | None) -> str:
    return " ".join(element.text_content().split()) if element is not None else ""


def _time_element(page: lxml.html.HtmlElement) -> str:
    element = next(iter(page.iter("time")), None)
    return (element.get("datetime") or "").strip() if element is not None else ""


def _linked_data(page: lxml.html.HtmlElement) -> dict[str, str]:
    """The author's name and the date of publication an article's JSON-LD gives (read, never run)."""
    for script in page.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and ("datePublished" in item or "author" in item):
                author = item.get("author")
                author = author[0] if isinstance(author, list) and author else author
                name = author.get("name") if isinstance(author, dict) else author
                date = item.get("datePublished")
                return {
                    "author": name.strip() if isinstance(name, str) else "",
                    "date": date.strip() if isinstance(date, str) else "",
                }
    return {}


def _is_name(value: str) -> bool:
    """An author's name, not the address of their page."""
    return bool(value) and not _is_web_address(value)


def _is_web_address(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _iso_date(value: str) -> str:
    """A date as ISO 8601 when it can be read as one (the day alone when that is all it gives), else as
    the page writes it."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return value[:100]
    if ":" not in value:  # a day alone (2024-03-14, 20240314) stays a day
        return moment.date().isoformat()
    return moment.isoformat()
