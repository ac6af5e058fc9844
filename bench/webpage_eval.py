"""Measure article extraction on the Arabic news pages of tests/data/web (issue 13, web pages).

For each extractor installed and each page, against the page's `expected.json` entry:
- paragraphs: the article's paragraphs found whole in the extraction;
- extra lines: extracted lines that are neither the article's paragraphs or headings nor the lines around
  it that may be kept (the byline, the tags), and the page's other texts (menus, sidebar, comments,
  related links, footer, what its scripts write) found in them;
- headings: the article's headings kept as headings of the same level (h2, h3, h4);
- author and date, where the extractor gives them;
- milliseconds a page (the mean of 10 runs after one to warm up).

Extractors: Qari's own (`webpage.parse`: readability-lxml, a pass that drops rows of links, the page's
`<head>` read for its metadata), readability-lxml alone, and trafilatura (with `include_formatting` so
that headings keep their levels), each skipped when not installed. Install sizes were measured apart, in
one fresh virtual environment per library. The figures and the choice are in `docs/formats.md`.

    python bench/webpage_eval.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

WEB = Path(__file__).resolve().parents[1] / "tests" / "data" / "web"
Blocks = list[tuple[str, str]]  # (tag, text): "p" for a paragraph, "h2" … for a heading
Extractor = Callable[[str], tuple[Blocks, str | None, str | None]]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _blocks_of(markup: str) -> Blocks:
    """The blocks of an extractor's HTML: headings, paragraphs, list items, quotes, and divs' own text."""
    blocks: Blocks = []
    for element in lxml.html.fromstring(markup or "<div></div>").iter(
        "p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "div", "td"
    ):
        text = _norm(element.text or "") if element.tag in ("div", "td") and len(element) else _norm(
            element.text_content()
        )
        if text:
            blocks.append((element.tag if element.tag.startswith("h") else "p", text))
    return blocks


def qari(page: str) -> tuple[Blocks, str | None, str | None]:
    """Qari's own extraction."""
    from reader.core.document.importers import webpage

    outline = webpage.parse(page)
    blocks: Blocks = []
    for section in outline.sections:
        if section.heading is not None:
            blocks.append((f"h{section.level}", section.heading))
        blocks.extend(("p", block.text) for block in section.blocks)
    return blocks, outline.metadata.author, outline.metadata.date


def readability_alone(page: str) -> tuple[Blocks, str | None, str | None]:
    """readability-lxml's summary as it comes."""
    from readability import Document

    return _blocks_of(Document(page).summary(html_partial=True)), None, None


def trafilatura_formatted(page: str) -> tuple[Blocks, str | None, str | None]:
    """trafilatura with formatting kept (headings as h2 … in its HTML output) and its metadata."""
    import trafilatura

    markup = trafilatura.extract(page, output_format="html", include_formatting=True, include_comments=False)
    metadata = trafilatura.extract_metadata(page)
    return _blocks_of(markup or ""), metadata.author, metadata.date


EXTRACTORS: dict[str, tuple[str, Extractor]] = {
    "qari (readability-lxml + own metadata)": ("readability", qari),
    "readability-lxml alone": ("readability", readability_alone),
    "trafilatura": ("trafilatura", trafilatura_formatted),
}


def measure(extract: Extractor) -> None:
    """Print one line per page and the totals."""
    expected = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
    totals = {"paragraphs": 0, "kept": 0, "headings": 0, "levels": 0, "extra": 0, "leaked": 0, "texts": 0}
    for name, wanted in expected.items():
        page = (WEB / name).read_text(encoding="utf-8")
        extract(page)
        start = time.perf_counter()
        for _ in range(10):
            blocks, author, date = extract(page)
        milliseconds = (time.perf_counter() - start) * 100
        texts = [text for _, text in blocks]
        kept = sum(1 for paragraph in wanted["paragraphs"] if paragraph in texts)
        headings_wanted = [text for text, _ in wanted["headings"]]
        known = {*wanted["paragraphs"], *headings_wanted, *wanted["exempt"], wanted["title"]}
        extra = [t for t in texts if t not in known and not any(t in k for k in known)]
        leaked = [b for b in wanted["boilerplate"] if any(b in t for t in extra)]
        headings = {(text, int(tag[1])) for tag, text in blocks if re.fullmatch("h[1-6]", tag)}
        levels = sum(1 for text, level in wanted["headings"] if (text, level) in headings)
        for key, value in (("paragraphs", len(wanted["paragraphs"])), ("kept", kept),
                           ("headings", len(wanted["headings"])), ("levels", levels), ("extra", len(extra)),
                           ("leaked", len(leaked)), ("texts", len(wanted["boilerplate"]))):
            totals[key] += value
        print(f"  {name:13} paragraphs {kept}/{len(wanted['paragraphs'])}  extra lines {len(extra)} "
              f"(other texts in them {len(leaked)}/{len(wanted['boilerplate'])})  headings at their level "
              f"{levels}/{len(wanted['headings'])}  author {author!r}  date {date!r}  {milliseconds:.1f} ms")
    print(f"  all: paragraphs {totals['kept']}/{totals['paragraphs']}, extra lines {totals['extra']} "
          f"({totals['leaked']}/{totals['texts']} other texts), "
          f"headings {totals['levels']}/{totals['headings']}")


def main() -> None:
    """Measure every extractor that is installed."""
    for label, (module, extract) in EXTRACTORS.items():
        if importlib.util.find_spec(module) is None:
            print(f"{label}: not installed, skipped")
            continue
        print(label)
        measure(extract)


if __name__ == "__main__":
    main()
