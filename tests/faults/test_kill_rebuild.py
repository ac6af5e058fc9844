"""`qari index rebuild` killed with SIGKILL at random moments: the next search works and finds exactly
the library's articles."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

from reader.core.library import INDEX_FOLDER, Workspace
from reader.core.search.store import STAMP_NAME
from tests.faults.corpus import check_library, write_articles
from tests.faults.processes import run_killed


def test_sigkill_during_index_rebuilds(tmp_path: Path):
    started = time.monotonic()
    library = tmp_path / "library"
    expected = write_articles(tmp_path / "articles", 200)
    workspace = Workspace(library)
    assert not workspace.import_paths([tmp_path / "articles"]).errors
    workspace.close()
    outcomes, repairs = [], 0
    for number in range(5):
        delay = random.uniform(0.3, 1.4)  # start-up takes about 0.5 s, the rebuild about 0.5 s
        status = run_killed(library, ["index", "rebuild"], delay, tmp_path / f"rebuild-{number}.log")
        outcomes.append(f"{'killed' if status is None else 'finished'} after {delay:.2f} s")
        ids, notice = check_library(library, expected)
        assert len(ids) == 200
        repairs += bool(notice)
    took = time.monotonic() - started
    print(f"rebuilds: {'; '.join(outcomes)}; index rebuilt by the search {repairs} times; {took:.1f} s")


def test_a_rebuild_killed_while_swapping_the_folders_is_rebuilt_by_the_next_search(tmp_path: Path):
    """The moment between moving the old index aside and moving the new one in is too short to hit by
    chance: the files are left here as a kill there leaves them."""
    library = tmp_path / "library"
    expected = write_articles(tmp_path / "articles", 20)
    workspace = Workspace(library)
    assert not workspace.import_paths([tmp_path / "articles"]).errors
    workspace.close()
    index = library / INDEX_FOLDER
    shutil.copytree(index, index.with_name(f"{INDEX_FOLDER}.new"))
    index.rename(index.with_name(f"{INDEX_FOLDER}.old"))
    (index.with_name(f"{INDEX_FOLDER}.new") / STAMP_NAME).unlink()  # as if the kill came before the stamp
    ids, notice = check_library(library, expected)
    assert len(ids) == 20 and "The search index is missing; rebuilding it" in notice
