"""`qari import` killed with SIGKILL at random moments: the library opens after it, lists only whole
articles, and its search index finds exactly those (kept in step, or rebuilt with a message)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from reader.core.library import INDEX_FOLDER
from reader.core.search.store import journal_path
from tests.faults.corpus import check_library, write_articles
from tests.faults.processes import run_killed
from tests.helpers import run_qari


def test_sigkill_during_imports_of_200_articles(tmp_path: Path):
    started = time.monotonic()
    library = tmp_path / "library"
    batches = [tmp_path / f"batch-{name}" for name in "abcd"]
    expected: dict[str, list[str]] = {}
    for seed, batch in enumerate(batches):
        expected |= write_articles(batch, 50, seed=seed)
    outcomes, repairs, journals = [], 0, 0
    for number in range(5):
        batch = batches[number % len(batches)]
        delay = random.uniform(0.4, 1.4)  # start-up takes about 0.5 s, importing 50 articles about as long
        status = run_killed(library, ["import", str(batch)], delay, tmp_path / f"import-{number}.log")
        outcomes.append(f"{'killed' if status is None else 'finished'} after {delay:.2f} s")
        journals += journal_path(library / INDEX_FOLDER).exists()  # killed while committing
        _, notice = check_library(library, expected)
        repairs += bool(notice)
    finished = run_qari(library, "import", *map(str, batches))
    assert finished.returncode == 0, finished.stderr
    ids, _ = check_library(library, expected)
    assert len(ids) == 200
    took = time.monotonic() - started
    repaired = f"journal left {journals}, index rebuilt {repairs} times"
    print(f"imports: {'; '.join(outcomes)}; {repaired}; {took:.1f} s")
