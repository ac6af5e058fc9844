"""Where the search index spends its time and bytes: the build profiled, each query timed, the size by part.

Prints, on the generated corpus of `search_bench` (same seed, same queries):
- the rebuild's wall time in one process, and with --profile its cProfile (the 25 costliest functions);
- every query's median time over a few runs, slowest first, marking the p95 and the phrases with stop words;
- the index's bytes by file kind, and the postings' bytes by field.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arabic_corpus import generate

from reader.core.library import Workspace, indexing
from reader.core.search.query import Phrase, parse_query
from reader.core.text import STOPWORDS


def has_stop_phrase(query: str) -> bool:
    """Whether the query has a phrase with a stop word in it."""
    parsed = parse_query(query)
    return any(
        isinstance(clause, Phrase) and any(w.terms.stem is None for w in clause.words)
        for group in parsed.required
        for clause in group
    )


def query_times(workspace: Workspace, queries: list[str], runs: int) -> list[tuple[float, str]]:
    """(median ms, query) for each query, slowest first."""
    for query in queries:
        workspace.search(query, limit=20)
    timings = []
    for query in queries:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            workspace.search(query, limit=20)
            samples.append((time.perf_counter() - started) * 1000)
        timings.append((statistics.median(samples), query))
    return sorted(timings, reverse=True)


def sizes(folder: Path) -> dict[str, int]:
    """Bytes of the index by file ending."""
    found: dict[str, int] = defaultdict(int)
    for path in folder.rglob("*"):
        if path.is_file():
            found[path.suffix or path.name] += path.stat().st_size
    return dict(found)


def run(megabytes: float, work: Path, profile: bool, runs: int) -> None:
    corpus = generate(work / "corpus", megabytes)
    print(f"corpus: {corpus.size / 1e6:.1f} MB, {len(corpus.queries)} queries; stop words {len(STOPWORDS)}")
    indexing.PARALLEL_FROM = 10**9  # one process, so that the profile sees the work
    workspace = Workspace(work / "library")
    workspace.import_paths([work / "corpus"])
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    workspace.rebuild_index()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    print(f"rebuild, one process: {seconds:.2f} s, {corpus.size / 1e6 / seconds:.2f} MB/s")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    folder = work / "library" / "search-index"
    total = sum(sizes(folder).values())
    print(f"index: {total / 1e6:.2f} MB, {total / corpus.size:.2f}x the text")
    for name, size in sorted(sizes(folder).items(), key=lambda item: -item[1]):
        print(f"  {name:12} {size / 1e6:7.2f} MB")
    timings = query_times(workspace, corpus.queries, runs)
    p95_at = len(timings) - max(0, round(0.95 * len(timings)) - 1) - 1
    for rank, (ms, query) in enumerate(timings):
        marks = ("p95 " if rank == p95_at else "    ") + ("stop-phrase " if has_stop_phrase(query) else "")
        print(f"{ms:7.2f} ms  {marks:16} {query}")
    ordered = sorted(ms for ms, _ in timings)
    stop = sorted(ms for ms, q in timings if has_stop_phrase(q))
    print(f"p50 {statistics.median(ordered):.2f} ms, p95 {ordered[round(0.95 * len(ordered)) - 1]:.2f} ms")
    if stop:
        median = statistics.median(stop)
        print(f"stop-word phrases: {len(stop)}, median {median:.2f} ms, max {stop[-1]:.2f} ms")
    if profile:
        profiler = cProfile.Profile()
        slow = [query for _, query in timings[:5]]
        profiler.enable()
        for _ in range(runs):
            for query in slow:
                workspace.search(query, limit=20)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    workspace.close()


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text (default 5)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each query (default 5)")
    parser.add_argument("--profile", action="store_true", help="print cProfile of the build and slow queries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        run(args.mb, Path(work), args.profile, args.runs)


if __name__ == "__main__":
    main()
