"""Two programs writing the same library at once: both finish, and nothing is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.faults.corpus import check_library, write_articles
from tests.helpers import REPO


def qari(library, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_imports_at_once_both_land_in_the_database_and_the_index(tmp_path):
    library = tmp_path / "library"
    first = write_articles(tmp_path / "first", 40, seed=1)
    second = write_articles(tmp_path / "second", 40, seed=2)
    runs = [
        qari(library, "import", str(tmp_path / "first")),
        qari(library, "import", str(tmp_path / "second")),
    ]
    for run in runs:
        _, errors = run.communicate(timeout=240)
        assert run.returncode == 0, errors
    ids, _ = check_library(library, {**first, **second})
    assert len(ids) == 80


def test_highlights_and_search_while_another_program_imports(tmp_path):
    library = tmp_path / "library"
    base = write_articles(tmp_path / "base", 3, seed=3)
    assert qari(library, "import", str(tmp_path / "base")).wait(timeout=120) == 0
    listed = qari(library, "list", "--json")
    article_id = json.loads(listed.communicate(timeout=60)[0])[0]["id"]
    more = write_articles(tmp_path / "more", 40, seed=4)
    importing = qari(library, "import", str(tmp_path / "more"))
    marking = [
        qari(library, "highlight", "add", article_id, "--quote", "زعفران", "--note", f"ملاحظة {n}")
        for n in range(3)
    ]
    searching = qari(library, "search", "زعفران", "--json")
    for run in (*marking, searching, importing):
        _, errors = run.communicate(timeout=240)
        assert run.returncode == 0, errors
    check_library(library, {**base, **more})
    highlights = json.loads(
        qari(library, "highlight", "list", article_id, "--json").communicate(timeout=60)[0]
    )
    assert sorted(h["note"] for h in highlights) == ["ملاحظة 0", "ملاحظة 1", "ملاحظة 2"]
