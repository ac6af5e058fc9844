"""Hostile and odd input: whatever bytes a file holds, an import gives a sound draft or a plain refusal.

Property-based (Hypothesis) with bounded example counts, plus fixed cases for inputs that once took
minutes: nested tags, unfinished tags, deep Markdown nesting.
"""

from __future__ import annotations

import encodings.aliases
import struct
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import Draft
from reader.core.document.importers import read_draft
from reader.core.errors import ImportFailure
from reader.core.text import analyze, normalize, normalize_text, tokenize

BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUICK_SECONDS = 10.0  # what each fixed case below may take; the quadratic versions took minutes

NAMES = ("article.txt", "article.md", "article.html", "article")  # no extension: detected by content
BIDI_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
PIECES = [
    *BIDI_CONTROLS,
    "\x00", "\r", "\r\n", "\n", "\n\n", "\t", "\u2028", "\u0085", "\ufeff", "\u200f", "\u061c",
    "بسم الله الرحمن الرحيم", "قَالَ", "ﷲ", "ﻻ", "هٰذا", "١٢٣٫٤", "Latin words. ", "؟", "۔",
    "<div>", "</div>", "<p dir='rtl'>", "<p lang=ar>", "</p>", "<h1>", "<h2>", "</h2>", "<title>",
    "<script>", "</script>", "<!--", "-->", "<br>", "<a b='", "&#13;", "&#x202E;", "&#0;", "&#xD800;",
    "&amp;", "<meta charset=utf-16>", "<meta charset=rot13>", "<![CDATA[", "<?xml ?>",
    "# ", "## ", "> ", "- ", "1. ", "```", "    ", "[a](", "![", "*", "_", "`", "\\",
]
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256", "iso8859_6")
CODEC_NAMES = sorted({*encodings.aliases.aliases.values(), "idna", "punycode", "utf-7", "unicode_escape"})

arabic_text = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x08D3, max_codepoint=0x08FF),  # Quranic marks
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),  # presentation forms
        st.sampled_from([*BIDI_CONTROLS, *" .,٫٬0123456789ىويـ\u0654\u0670\u200c\u200d\u00ad\u2060ßİﬀ"]),
        st.characters(),
    ),
    max_size=80,
)
hostile_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=60
).map("".join)


def read_or_refuse(name: str, data: bytes, encoding: str | None = None) -> Draft | None:
    """Import `data`: a refusal must be an ImportFailure with a one-line message; a draft must be sound."""
    try:
        draft = read_draft(Path(name), data, encoding)
    except ImportFailure as failure:
        assert str(failure) and "\n" not in str(failure)
        return None
    assert isinstance(draft, Draft)
    assert draft.title and "\r" not in draft.title
    for heading, blocks, _ in draft.sections:
        assert heading is None or (heading and "\r" not in heading)
        for block in blocks:
            assert block.text and "\r" not in block.text
            assert block.direction in (None, "rtl", "ltr")
    return draft


def paragraph_texts(draft: Draft | None) -> list[str]:
    assert draft is not None
    return [block.text for _, blocks, _ in draft.sections for block in blocks]


@BOUNDED
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes_import_or_are_refused(data, name):
    read_or_refuse(name, data)


@BOUNDED
@given(text=hostile_text, name=st.sampled_from(NAMES), encoding=st.sampled_from(ENCODINGS))
def test_random_text_with_markup_bidi_controls_and_nul_imports_or_is_refused(text, name, encoding):
    data = text.encode(encoding, errors="replace")
    read_or_refuse(name, data)
    read_or_refuse(name, data, encoding)


@BOUNDED
@given(data=st.binary(max_size=512), encoding=st.sampled_from(CODEC_NAMES))
def test_any_forced_codec_imports_or_is_refused(data, encoding):
    read_or_refuse("article.txt", data, encoding)


@BOUNDED
@given(
    units=st.lists(
        st.one_of(st.integers(0xD800, 0xDFFF), st.integers(0x20, 0x7E), st.integers(0x0621, 0x064A)),
        min_size=1,
        max_size=300,
    ),
    order=st.sampled_from(("<", ">")),
    bom=st.booleans(),
)
def test_utf16_with_lone_surrogates_imports_or_is_refused(units, order, bom):
    data = struct.pack(f"{order}{len(units)}H", *units)
    if bom:
        data = struct.pack(f"{order}H", 0xFEFF) + data
    read_or_refuse("article.txt", data)
    read_or_refuse("article.txt", data, "utf-16-le" if order == "<" else "utf-16-be")


def test_bidi_controls_are_kept_as_text_and_never_crash_an_import():
    spoof = "".join(f"{c}كلمة{c}word\u202c" for c in BIDI_CONTROLS)
    for name in NAMES:
        draft = read_or_refuse(name, f"عنوان\n\n{spoof}.\n".encode())
        assert any("كلمة" in text for text in paragraph_texts(draft))


@pytest.mark.parametrize("name", NAMES)
def test_a_line_of_several_megabytes_is_read_whole(name):
    line = "كلمة عربية طويلة " * 300_000  # 5 MB of UTF-8 on one line
    start = time.monotonic()
    draft = read_or_refuse(name, f"Title\n\n{line}.\n".encode())
    assert time.monotonic() - start < 6 * QUICK_SECONDS
    assert max(map(len, paragraph_texts(draft))) > len(line) - 10


def test_nul_bytes_make_a_file_binary_even_with_a_forced_encoding():
    data = "نص\x00عربي".encode() * 50
    for encoding in (None, "utf-8", "cp1256"):
        with pytest.raises(ImportFailure, match="does not look like a text file"):
            read_draft(Path("a.txt"), data, encoding)


@pytest.mark.parametrize("encoding", ["hex", "rot13", "base64", "zlib"])
def test_a_forced_codec_that_is_not_a_text_encoding_is_refused(encoding):
    with pytest.raises(ImportFailure, match="not a text encoding"):
        read_draft(Path("a.txt"), b"text", encoding)


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 5000 + "deep text" + "</div>" * 5000,
        "<div>" * 40_000 + "deep text" + "</span>" * 40_000,
        "<p>deep text</p>" + "<a b='" * 40_000,
        "<p>deep text</p>" + "<!--" * 40_000,
        "<p>deep text</p><title>" + "<b>word</b>" * 40_000,
    ],
    ids=["nested-divs", "stray-end-tags", "unfinished-attributes", "unfinished-comments", "endless-title"],
)
def test_pathological_html_is_read_quickly(page):
    start = time.monotonic()
    draft = read_or_refuse("page.html", page.encode())
    assert time.monotonic() - start < QUICK_SECONDS
    assert "deep text" in " ".join(paragraph_texts(draft))


@pytest.mark.parametrize(
    "nesting",
    ["> " * 5000, "".join("  " * i + "- item\n" for i in range(60)) + "  " * 60 + "- "],
    ids=["quotes", "list"],
)
def test_markdown_nested_deeper_than_the_parser_follows_loses_no_text(nesting):
    draft = read_or_refuse("notes.md", f"# Notes\n\nfirst.\n\n{nesting}deep text\n\nlast.\n".encode())
    kept = " ".join(paragraph_texts(draft) + [s.heading for s in draft.sections if s.heading])
    assert all(word in kept for word in ("first.", "deep text", "last."))


def test_a_moderately_nested_markdown_list_keeps_every_item():
    items = "".join("  " * i + f"- item {i}\n" for i in range(30))
    draft = read_or_refuse("notes.md", f"# Notes\n\n{items}\nlast.\n".encode())
    assert paragraph_texts(draft) == [f"item {i}" for i in range(30)] + ["last."]


@BOUNDED
@given(text=arabic_text)
def test_normalization_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)
    for token in tokenize(text):
        assert normalize(normalize(token.text)) == normalize(token.text)
    normalized, _ = normalize_text(text)
    assert normalize_text(normalized)[0] == normalized


@BOUNDED
@given(text=arabic_text)
def test_tokens_and_mapped_spans_lie_inside_the_text(text):
    for token in tokenize(text):
        assert 0 <= token.start < token.end <= len(text)
        assert text[token.start : token.end] == token.text
    for _, _, start, end in analyze(text):
        assert 0 <= start < end <= len(text)
    normalized, origin = normalize_text(text)
    assert len(origin) == len(normalized) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin) and all(0 <= index <= len(text) for index in origin)
