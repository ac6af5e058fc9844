"""Why a query cannot run, in the reader's language: the core's refusals (`QueryError.code`) worded here,
so that the core stays free of Qt and the translations stay in the .ts files with every other string."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from reader.core.search import QueryError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def refusal_text(error: QueryError) -> str:
    """One plain sentence on what is wrong with the query and what to type instead."""
    texts = {
        "or-misplaced": translate("SearchRefusals", "OR must stand between two words, as in: كتاب OR مكتبة."),
        "or-excluded": translate(
            "SearchRefusals", "OR cannot join an excluded word; write the words to exclude apart."
        ),
        "ends-with-operator": translate(
            "SearchRefusals", "The query ends with {operator}; add the word it applies to."
        ),
        "only-common-words": translate(
            "SearchRefusals",
            "The query has only very common words, which are not indexed one by one; put them in quotes to find them as a phrase, as in: \"في البيت\".",  # noqa: E501 (one literal for lupdate)
        ),
        "only-excluded": translate(
            "SearchRefusals", "The query only excludes words; add a word to look for."
        ),
        "empty": translate("SearchRefusals", "Type a word to search for."),
        "unclosed-quote": translate(
            "SearchRefusals", "A quote opens a phrase that is never closed; add the closing quote."
        ),
        "article-without-id": translate(
            "SearchRefusals", "article: needs an article id after it, as in article:3fa2."
        ),
        "star-inside": translate(
            "SearchRefusals", "A * can only end a word, as in كتا*; '{word}' has one inside."
        ),
        "short-prefix": translate(
            "SearchRefusals", "A prefix needs one word of at least {letters} letters before the *."
        ),
        "empty-phrase": translate("SearchRefusals", "A phrase in quotes has no words in it."),
        "field-without-value": translate(
            "SearchRefusals", "{word} needs a name after it, as in author:محمد or source:example.org."
        ),
        "field-joined": translate("SearchRefusals", "OR cannot join {word}…; write it apart, without OR."),
        "too-long": translate("SearchRefusals", "The query has more than {limit} words; search with fewer."),
    }
    text = texts.get(error.code)
    if text is None:  # a refusal newer than this table: the core's own sentence rather than none
        return str(error)
    params = {
        key: QLocale().toString(value) if isinstance(value, int) else value
        for key, value in error.params.items()
    }
    return text.format(**params)
