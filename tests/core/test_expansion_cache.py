"""The related-stems table kept in the search index's folder: written by the first search, read by every
new process after it, carried into a rebuilt index, and built again when it is stale or damaged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.library import INDEX_FOLDER
from reader.core.search.analysis import word_terms
from reader.core.search.stemcopy import NAME
from tests.helpers import library_with, run_qari

ARTICLE = """# الماء والحقول

إن في القلوب لرقة.

جرى النهر بين الحقول.
"""
PLURAL, RIVER = "إن في القلوب لرقة.", "جرى النهر بين الحقول."


def stem_of(word: str) -> str:
    stem = word_terms(word)[0].stem
    assert stem is not None
    return stem


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library of one article whose index has been searched once (so its folder holds the table)."""
    with library_with(tmp_path, ARTICLE) as workspace:
        workspace.search("قلب")
    return tmp_path / "library"


def copy_of(library: Path) -> Path:
    return library / INDEX_FOLDER / NAME


def found(library: Path, query: str) -> list[str]:
    """The texts of the hits of `query`, searched by a new process."""
    result = run_qari(library, "search", query, "--json")
    assert result.returncode == 0, result.stderr
    return [hit["text"] for hit in json.loads(result.stdout)["hits"]]


def plant(library: Path, key: str | None = None) -> None:
    """Rewrite the copy so that قلب is related to نهر only: a search that reads it finds the river."""
    data = json.loads(copy_of(library).read_bytes())
    data["table"][stem_of("قلب")] = stem_of("نهر")
    if key is not None:
        data["key"] = key
    copy_of(library).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def related_in(data: dict, word: str) -> list[str]:
    """The stems a table read from the copy relates to a word."""
    return data["table"][stem_of(word)].split()


def test_the_first_search_writes_the_table_beside_the_index(library: Path) -> None:
    data = json.loads(copy_of(library).read_bytes())
    assert stem_of("قلوب") in related_in(data, "قلب")
    assert isinstance(data["key"], str) and data["key"]


def test_a_new_process_reads_the_table_from_the_index_folder(library: Path) -> None:
    assert found(library, "قلب") == [PLURAL]
    plant(library)
    assert found(library, "قلب") == [RIVER]  # the relation planted in the copy, not the dictionary's


def test_a_table_written_under_another_key_is_built_again(library: Path) -> None:
    plant(library, key="an older dictionary")
    assert found(library, "قلب") == [PLURAL]
    data = json.loads(copy_of(library).read_bytes())
    assert data["key"] != "an older dictionary"
    assert related_in(data, "قلب") != [stem_of("نهر")]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00not json",
        b"[1, 2, 3]",
        b'{"key": "KEY", "table": {"x": 1}}',  # the right key, a value that is not a string of stems
        b'{"key": "KEY", "table": {"x": ["y"]}}',
        b'{"key": "KEY", "table": ["x"]}',
        b"[" * 100_000 + b"]" * 100_000,  # nested too deep to read
    ],
    ids=["empty", "binary", "list", "number-stem", "list-of-stems", "table-list", "deep"],
)
def test_a_damaged_table_is_ignored_and_written_anew(library: Path, content: bytes) -> None:
    key = json.loads(copy_of(library).read_bytes())["key"]
    copy_of(library).write_bytes(content.replace(b"KEY", key.encode()))
    assert found(library, "قلب") == [PLURAL]
    data = json.loads(copy_of(library).read_bytes())
    assert data["key"] == key and stem_of("قلوب") in related_in(data, "قلب")


def test_a_copy_that_is_a_folder_leaves_searching_intact(library: Path) -> None:
    copy_of(library).unlink()
    copy_of(library).mkdir()
    assert found(library, "قلب") == [PLURAL]


def test_a_rebuild_by_a_process_without_the_table_carries_the_copy_over(library: Path) -> None:
    plant(library)
    before = copy_of(library).read_bytes()
    result = run_qari(library, "index", "rebuild")
    assert result.returncode == 0, result.stderr
    assert copy_of(library).read_bytes() == before
    assert found(library, "قلب") == [RIVER]


def test_a_rebuild_by_a_process_holding_the_table_writes_it(tmp_path: Path) -> None:
    with library_with(tmp_path, ARTICLE) as workspace:
        workspace.search("قلب")
        copy_of(workspace.library.folder).unlink()
        workspace.rebuild_index()
        data = json.loads(copy_of(workspace.library.folder).read_bytes())
    assert stem_of("قلوب") in related_in(data, "قلب")
