"""`qari index rebuild` killed with SIGKILL at random moments: the next search works and finds exactly
the library's articles."""

from __future__ import annotations

import random
import time
from pathlib import Path

from reader.core.workspace import Workspace
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
    print(
        f"rebuilds: {'; '.join(outcomes)}; index rebuilt by the search {repairs} times; "
        f"{time.monotonic() - started:.1f} s"
    )
