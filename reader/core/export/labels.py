"""The words an export shows around the reader's text, in each language an export can be made in.

The core never imports Qt, so it cannot use the window's translations: the window and `qari --lang ar
export` pass the language to `render`, and the renderers take their words from this table. The keys of
the formats meant for programs (the CSV columns and codes, the W3C JSON's terms) are never translated.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("en", "ar")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "yellow": "yellow",
        "green": "green",
        "blue": "blue",
        "pink": "pink",
        "purple": "purple",
        "title": "title",
        "heading": "heading",
        "paragraph": "¶ {number}",
        "orphaned": "orphaned",
        "moved": "moved",
        "highlights": "Highlights",
        "highlights_of": "Highlights: {title}",
        "no_highlights": "No highlights.",
        "orphaned_heading": "Orphaned highlights",
        "orphaned_explained": "Their text is no longer in the article.",
        "orphaned_markdown": "Orphaned highlights (their text is no longer in the article)",
        "collection": "Qari highlights",
        "author": "Author: {value}",
        "date": "Date: {value}",
        "source": "Source: {value}",
        "bookmarks": "Bookmarks",
    },
    "ar": {
        "yellow": "أصفر",
        "green": "أخضر",
        "blue": "أزرق",
        "pink": "وردي",
        "purple": "بنفسجي",
        "title": "العنوان",
        "heading": "عنوان فرعي",
        "paragraph": "الفقرة {number}",
        "orphaned": "يتيم",
        "moved": "منقول",
        "highlights": "التظليلات",
        "highlights_of": "تظليلات: {title}",
        "no_highlights": "لا تظليلات.",
        "orphaned_heading": "تظليلات يتيمة",
        "orphaned_explained": "لم يعد نصها في المقالة.",
        "orphaned_markdown": "تظليلات يتيمة (لم يعد نصها في المقالة)",
        "collection": "تظليلات قارئ",
        "author": "الكاتب: {value}",
        "date": "التاريخ: {value}",
        "source": "المصدر: {value}",
        "bookmarks": "الإشارات المرجعية",
    },
}
"""Every label in every language; each language has the same keys."""


def labels_for(language: str) -> Mapping[str, str]:
    """The labels of a language; English for a language that has none."""
    return LABELS.get(language, LABELS["en"])

