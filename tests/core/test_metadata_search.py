"""Searching by an article's metadata: `author:` and `source:`, alone or with words, in the index and in
the open article alike; an old index is rebuilt to take them in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.document import Metadata
from reader.core.library import Workspace
from reader.core.search import QueryError, article_matches, parse_query
from reader.core.search.store import STAMP_NAME

WATER = """# الماء في المدن القديمة

كانت المدن القديمة تبني قنوات الماء قبل أن تبني أسوارها، فالماء أول ما يسأل عنه الساكن الجديد.
"""
WELLS = """# آبار القرية

حفر أهل القرية بئرا عميقة، وصار الماء يصل إلى البيوت في جرار من الفخار.
"""
MARKET = """# سوق الخميس

يجتمع الباعة كل خميس في الساحة الكبيرة، ولا يذكر أحد منهم الماء إلا حين يشتد الحر.
"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[tuple[Workspace, dict[str, str]]]:
    """Three articles: two by two writers, one with a web address; their ids by name."""
    folders = tmp_path / "sources" / "news", tmp_path / "sources" / "مقالات"
    for folder in folders:
        folder.mkdir(parents=True)
    files = {
        "water": folders[0] / "water.md",
        "wells": folders[1] / "wells.md",
        "market": folders[1] / "market.md",
    }
    for name, text in (("water", WATER), ("wells", WELLS), ("market", MARKET)):
        files[name].write_text(text, encoding="utf-8")
    workspace = Workspace(tmp_path / "library")
    report = workspace.import_paths(list(files.values()))
    by_path = {item.path: item.article.id for item in report.imported}
    ids = {name: by_path[str(path)] for name, path in files.items()}
    workspace.set_metadata(ids["water"], Metadata(author="مُحَمَّد الأحمد", date="2024-03-01"))
    workspace.set_metadata(
        ids["wells"], Metadata(author="سلمى محمد", address="https://www.example.org/news/2024/wells.html")
    )
    workspace.set_metadata(ids["market"], Metadata(author="Omar Haddad", language="ar"))
    yield workspace, ids
    workspace.close()


def found(workspace: Workspace, query: str) -> list[str]:
    """The articles of a search's hits, in order, each once."""
    return list(dict.fromkeys(hit.article for hit in workspace.search(query, limit=50).hits))


def test_author_restricts_the_words_results(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    assert set(found(workspace, "الماء")) == set(ids.values())
    assert set(found(workspace, "الماء author:محمد")) == {ids["water"], ids["wells"]}
    assert found(workspace, "author:الأحمد الماء") == [ids["water"]]
    assert found(workspace, "الماء -author:محمد") == [ids["market"]]


def test_author_folds_hamza_and_marks_and_meets_by_stem(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    for query in ("author:احمد", "author:أحمد", "author:الاحمد", "author:مُحَمَّد", "AUTHOR:haddad"):
        result = found(workspace, query)
        assert result, query
    assert found(workspace, "author:احمد") == [ids["water"]]
    assert found(workspace, "author:haddad") == [ids["market"]]


def test_author_phrase_wants_the_words_in_a_row(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    assert found(workspace, 'author:"محمد الأحمد"') == [ids["water"]]
    assert found(workspace, "author:«سلمى محمد»") == [ids["wells"]]
    assert found(workspace, 'author:"الأحمد محمد"') == []  # both words are there, not in this order


def test_a_query_of_fields_alone_lists_the_titles(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    result = workspace.search("author:محمد", limit=50)
    assert result.total == 2
    assert {hit.article for hit in result.hits} == {ids["water"], ids["wells"]}
    assert all(hit.paragraph == "title" for hit in result.hits)
    assert {hit.text for hit in result.hits} == {"الماء في المدن القديمة", "آبار القرية"}


def test_source_matches_parts_of_the_path_and_address(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    assert found(workspace, "source:example.org") == [ids["wells"]]
    assert found(workspace, "source:www.example.org") == [ids["wells"]]
    assert set(found(workspace, "source:news")) == {ids["water"], ids["wells"]}  # a folder, a URL part
    assert found(workspace, "source:water.md") == [ids["water"]]
    assert found(workspace, "source:water") == [ids["water"]]  # the file name without its extension
    assert set(found(workspace, "source:مقالات")) == {ids["wells"], ids["market"]}
    assert found(workspace, "source:example.org/2024") == [ids["wells"]]
    assert found(workspace, "source:elsewhere.net") == []
    assert found(workspace, "سوق source:مقالات") == [ids["market"]]


def test_fields_combine(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    assert found(workspace, "source:مقالات author:محمد") == [ids["wells"]]
    assert found(workspace, f"الماء author:محمد article:{ids['wells'][:6]}") == [ids["wells"]]


def test_an_edit_of_the_metadata_reaches_the_index(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    assert found(workspace, "author:حداد") == []
    workspace.set_metadata(ids["market"], Metadata(author="عمر حداد"))
    assert found(workspace, "author:حداد") == [ids["market"]]
    workspace.set_metadata(ids["market"], Metadata())
    assert found(workspace, "author:حداد") == []


def test_the_open_article_agrees_with_the_library(library: tuple[Workspace, dict[str, str]]) -> None:
    workspace, ids = library
    water, market = workspace.library.get(ids["water"]), workspace.library.get(ids["market"])
    assert article_matches("الماء author:محمد", water)
    assert article_matches("الماء author:محمد", market) == []
    assert article_matches("الماء -author:محمد", water) == []
    assert article_matches("الماء source:news", water)
    assert article_matches("author:محمد", water) == []  # fields alone mark no words
    for query in ("الماء author:محمد", "الماء source:مقالات", 'الماء author:"سلمى محمد"'):
        in_library = {hit.article for hit in workspace.search(query, limit=50).hits}
        marked = {i for i in ids.values() if article_matches(query, workspace.library.get(i))}
        assert in_library == marked, query


def test_unknown_fields_stay_words() -> None:
    parsed = parse_query("title:الماء")
    assert parsed.fields == ()
    assert [w.terms.normalized for w in parsed.required[0][0].words] == ["title", "الماء"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("author:", "field-without-value"),
        ('source:""', "field-without-value"),
        ("-author:محمد", "only-excluded"),
        ("author:محمد OR الماء", "field-joined"),
        ("الماء OR source:news", "field-joined"),
        ('author:"محمد', "unclosed-quote"),
    ],
)
def test_refusals(query: str, code: str) -> None:
    with pytest.raises(QueryError) as refused:
        parse_query(query)
    assert refused.value.code == code


def test_an_index_of_the_previous_format_is_rebuilt(tmp_path: Path) -> None:
    notices: list[str] = []
    source = tmp_path / "water.md"
    source.write_text(WATER, encoding="utf-8")
    with Workspace(tmp_path / "library") as workspace:
        article = workspace.import_paths([source]).imported[0].article
        workspace.set_metadata(article.id, Metadata(author="محمد الأحمد"))
    stamp_path = tmp_path / "library" / "search-index" / STAMP_NAME
    stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
    stamp_path.write_text(json.dumps({**stamp, "format": 2}), encoding="utf-8")
    with Workspace(tmp_path / "library", notify=notices.append) as workspace:
        assert found(workspace, "author:الأحمد") == [article.id]
    assert notices == ["The search index was made by another version of Qari; rebuilding it from the library "
                       "(1 articles)."]
