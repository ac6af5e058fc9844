"""Field filters of a query: `author:` and `source:` keep to the articles whose metadata they name.

An author is matched word by word, as the text is: a word of the query meets a word of the author when
their normalized spellings agree with the hamza seats folded (`أحمد`, `احمد`), or their stems do
(`الأحمد` meets `أحمد`); `author:"محمد الأحمد"` wants the words in a row. A source is matched by its parts:
the file path and the web address (the import's and the one the source names) are split at `/`, `\\`,
`?`, `#`, `&`, `=`, `:`, `;`, `,` and spaces, and a part with dots also stands for its endings and its
name without the last one (`www.example.org` gives `example.org`, `notes.txt` gives `notes`); every part
of the query's value must be one of them.

The same terms go into the index (on each article's title document) and decide here, in memory, whether
an article passes, so that the library's results and the hits marked in an open article agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote

from reader.core.document import Article
from reader.core.search.analysis import word_terms
from reader.core.text import normalize, tokenize
from reader.core.text.spelling import loosen

FieldName = Literal["author", "source"]
FIELD_NAMES: tuple[FieldName, ...] = ("author", "source")
AUTHOR, SOURCE, BYLINE = "author", "source", "byline"  # index fields; the byline is the author as stored
_SOURCE_SPLIT = re.compile(r"[/\\?#&=:;,\s]+")


@dataclass(frozen=True)
class FieldFilter:
    """`author:` or `source:` and what follows it; `negated` for `-author:…`."""

    name: FieldName
    value: str
    negated: bool = False

    @property
    def terms(self) -> tuple[frozenset[str], ...]:
        """The index terms of each word (author) or part (source) of the value, in order."""
        if self.name == "author":
            return tuple(author_word_terms(self.value))
        return tuple(frozenset({part}) for part in _query_parts(self.value))

    def matches(self, author: str, sources: Iterable[str]) -> bool:
        """Whether an article with this author and these sources (path, addresses) is named by it."""
        wanted = self.terms
        if not wanted:
            return False
        if self.name == "source":
            parts = source_terms(sources)
            return all(part <= parts for part in wanted)
        found = author_word_terms(author)
        size = len(wanted)
        return any(
            all(wanted[k] & found[i + k] for k in range(size)) for i in range(len(found) - size + 1)
        )

    def needs_check(self) -> bool:
        """Whether the index's terms can only preselect (words in a row), the byline deciding."""
        return self.name == "author" and len(self.terms) > 1


def author_word_terms(author: str) -> list[frozenset[str]]:
    """The terms of each word of an author's name: its spelling (`n:`) and its stem (`s:`)."""
    words: list[frozenset[str]] = []
    for token in tokenize(author):
        for normalized, stem in word_terms(token.text):
            terms = {f"n:{loosen(normalized)}"}
            if stem:
                terms.add(f"s:{stem}")
            words.append(frozenset(terms))
    return words


def source_terms(sources: Iterable[str]) -> frozenset[str]:
    """Every part of these sources a `source:` value may name."""
    parts: set[str] = set()
    for source in sources:
        for part in _parts(source):
            parts.add(part)
            if "." in part.strip("."):
                pieces = part.split(".")
                parts.update(".".join(pieces[i:]) for i in range(1, len(pieces)))
                parts.add(".".join(pieces[:-1]))
    parts.discard("")
    return frozenset(parts)


def article_sources(article: Article) -> list[str]:
    """Where an article came from: its file or web address, and the address its source names."""
    return [text for text in (article.source.path, article.metadata.address) if text]


def accepts(filters: Iterable[FieldFilter], article: Article) -> bool:
    """Whether an article passes every filter (and none of the negated ones names it)."""
    author, sources = article.metadata.author, article_sources(article)
    return all(f.matches(author, sources) != f.negated for f in filters)


def index_fields(article: Article) -> dict[str, str]:
    """The field values of an article's title document (terms joined by commas, as the fields split them)."""
    author_terms = sorted({term for word in author_word_terms(article.metadata.author) for term in word})
    sources = sorted(source_terms(article_sources(article)))
    fields = {name: ",".join(terms) for name, terms in ((AUTHOR, author_terms), (SOURCE, sources)) if terms}
    if article.metadata.author:
        fields[BYLINE] = article.metadata.author
    return fields


def _parts(text: str) -> list[str]:
    return [_folded(part) for part in _SOURCE_SPLIT.split(unquote(text)) if part]


def _query_parts(value: str) -> list[str]:
    return [part for part in _parts(value) if part.strip(".")]


def _folded(part: str) -> str:
    # the spelling folded as the text's is (Arabic folder names), Latin letters in lower case
    return loosen(normalize(part)).replace(",", "")
