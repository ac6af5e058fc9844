"""Searches through the expansion: a word finds its broken plurals or singular, below its own forms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.core.library import Workspace
from reader.core.search.query import parse_query
from tests.helpers import library_with


def test_the_spans_of_a_query_mark_its_broken_plurals() -> None:
    text = "في القلوب وفي قلبه، لا في قالبه"
    marked = [text[start:end] for start, end in parse_query("قلب").spans(text)]
    assert marked[:2] == ["القلوب", "قلبه"]


def test_an_excluded_word_keeps_to_its_own_forms() -> None:
    parsed = parse_query("حب -قلب")
    assert parsed.excluded[0].related == ()  # type: ignore[union-attr]
    assert parse_query("قلب").required[0][0].related  # type: ignore[union-attr]


ARTICLE = """# القلب والقلوب

قلب المؤمن بين أصبعين.

إن في القلوب لرقة.

وفي قلوبهم مرض.

والبيوت عامرة بأهلها.
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Iterator[Workspace]:
    with library_with(tmp_path_factory.mktemp("expansion"), ARTICLE) as workspace:
        yield workspace


def test_a_search_finds_the_plural_below_the_singular(library: Workspace) -> None:
    texts = [hit.text for hit in library.search("قلب", limit=50).hits]
    assert "إن في القلوب لرقة." in texts and "وفي قلوبهم مرض." in texts
    assert texts.index("قلب المؤمن بين أصبعين.") < texts.index("إن في القلوب لرقة.")


def test_a_search_for_a_plural_finds_the_singular(library: Workspace) -> None:
    texts = [hit.text for hit in library.search("بيت", limit=50).hits]
    assert texts == ["والبيوت عامرة بأهلها."]
    texts = [hit.text for hit in library.search("القلوب", limit=50).hits]
    assert texts.index("قلب المؤمن بين أصبعين.") > texts.index("إن في القلوب لرقة.")
