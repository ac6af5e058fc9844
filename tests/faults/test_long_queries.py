"""A query too long is refused in one line, never taken for a damaged index (issue 15, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Workspace
from reader.core.search import QueryError
from reader.core.search.query import MAX_WORDS
from tests.helpers import SAMPLE, run_qari

LONG_QUERIES = {
    "words": "الكتاب " * 1000,
    "phrases": '"العلم صيد" ' * 1000,
    "prefixes": "كتا* " * 1500,
    "one long phrase": '"' + "العلم " * 500 + '"',
}


@pytest.mark.parametrize("query", LONG_QUERIES.values(), ids=LONG_QUERIES.keys())
def test_a_long_query_is_refused_and_the_index_is_left_alone(tmp_path: Path, query: str):
    library = tmp_path / "library"
    with Workspace(library) as workspace:
        workspace.import_file(SAMPLE)
    index_files = sorted(p.name for p in (library / "search-index").iterdir())
    result = run_qari(library, "search", query)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert f"more than {MAX_WORDS} words" in result.stderr and "damaged" not in result.stderr
    assert sorted(p.name for p in (library / "search-index").iterdir()) == index_files


def test_a_query_at_the_limit_still_runs(tmp_path: Path):
    with Workspace(tmp_path / "library") as workspace:
        workspace.import_file(SAMPLE)
        assert workspace.search(" ".join(["العلم"] * MAX_WORDS)).hits
        with pytest.raises(QueryError) as refused:
            workspace.search(" ".join(["العلم"] * (MAX_WORDS + 1)))
    assert refused.value.code == "too-long"
