"""Command-line benchmark: the wall time of `qari` commands against `python -c pass` in the same run.

    python bench/cli_bench.py                    # on a generated 2 MB library
    python bench/cli_bench.py --library DIR      # on an existing library (bench/search_bench.py runs this
                                                 # on its own library)

Each command runs in a new process, as a person types it: `qari --help`, `qari list`, `qari toc ID`,
`qari highlight list` and `qari search WORD`, interleaved with `python -c pass` (the same interpreter and
environment) so that both see the same load; after one warm-up round (which writes the bytecode), the median
of `--runs` rounds. Target: each of the first four at most 4x `python -c pass`; the search under 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TARGET = 4.0  # times `python -c pass`
SEARCH_TARGET = 0.2  # seconds: a search opens its index and reads its related-stems table, never builds it
HIGHLIGHTS = 200


@dataclass(frozen=True)
class Row:
    """A row of the final table that each benchmark prints (the search and start-up ones import it)."""

    figure: str
    qari: str
    reference: str
    target: str
    met: bool | None  # None: reported, no target


def print_table(rows: list[Row]) -> None:
    """The rows as a table: figure, Qari, reference in the same run, target, met/missed."""
    header = Row("figure", "Qari", "reference (same run)", "target", None)
    verdicts = {True: "met", False: "missed", None: "-"}
    cells = [(r.figure, r.qari, r.reference, r.target, verdicts[r.met]) for r in [header, *rows]]
    cells[0] = (*cells[0][:4], "met/missed")
    widths = [max(len(row[i]) for row in cells) for i in range(5)]
    print()
    for n, row in enumerate(cells):
        print(" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("-+-".join("-" * width for width in widths))


def qari_command() -> list[str]:
    """The installed `qari` script beside this interpreter, or `python -m reader`."""
    script = Path(sys.executable).parent / "qari"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def wall_time(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the command to its exit; a failing command is an error."""
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - began


def add_highlights(library_folder: Path, count: int = HIGHLIGHTS) -> str:
    """`count` highlights over the library's first articles (so that `highlight list` lists some);
    returns the id of the first article."""
    from reader.core.highlights import COLORS, Highlight, timestamp
    from reader.core.library import HighlightStore, Library

    library = Library(library_folder)
    try:
        ids = library.ids()
        store = HighlightStore(library.connection, library_folder)
        if not library.connection.execute("SELECT COUNT(*) FROM highlights").fetchone()[0]:
            now, colours, made = timestamp(), list(COLORS), 0
            with library.transaction():
                for article_id in ids:
                    for paragraph in library.get(article_id).paragraphs():
                        if made == count:
                            break
                        text = paragraph.text[:40]
                        store.save(Highlight(str(uuid.uuid4()), article_id, paragraph.id, 0, len(text), text,
                                             "", "", colours[made % 5], None, now, now, "anchored"))
                        made += 1
                    if made == count:
                        break
        return ids[0]
    finally:
        library.close()


def cli_rows(library_folder: Path, word: str, runs: int = 5) -> list[Row]:
    """Time the commands on the library; rows of the final table (the reference is `python -c pass`)."""
    article = add_highlights(library_folder)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CONFIG_HOME": f"{home}/config", "XDG_CACHE_HOME": f"{home}/cache",
               "PYTHONPYCACHEPREFIX": f"{home}/pycache"}  # fmt: skip
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        qari = [*qari_command(), "--library", str(library_folder)]
        commands = {
            "qari --help": [*qari, "--help"],
            "qari list": [*qari, "list"],
            "qari toc ID": [*qari, "toc", article],
            "qari highlight list": [*qari, "highlight", "list"],
            f"qari search {word}": [*qari, "search", word],
        }
        bare = [sys.executable, "-c", "pass"]
        times: dict[str, list[float]] = {name: [] for name in [*commands, "python -c pass"]}
        for round_ in range(runs + 1):  # interleaved; the first round writes the bytecode and is dropped
            for name, command in [*commands.items(), ("python -c pass", bare)]:
                seconds = wall_time(command, env)
                if round_:
                    times[name].append(seconds)
    reference = statistics.median(times.pop("python -c pass"))
    rows = []
    for name, samples in times.items():
        median = statistics.median(samples)
        searching = name.startswith("qari search")
        target = f"< {SEARCH_TARGET:g} s" if searching else f"<= {TARGET:g}x python -c pass"
        met = median < SEARCH_TARGET if searching else median <= TARGET * reference
        rows.append(Row(
            f"`{name}` wall time (median of {runs})", f"{median:.3f} s ({median / reference:.1f}x)",
            f"python -c pass {reference:.3f} s", target, met,
        ))  # fmt: skip
    return rows


def main() -> None:
    """Parse the options, build a small library if none is given, and print the rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="an existing library folder (default: generate one)")
    parser.add_argument("--mb", type=float, default=2.0, help="size of the generated library (default 2)")
    parser.add_argument("--word", default="الكتاب", help="the word searched (default الكتاب)")
    parser.add_argument("--runs", type=int, default=5, help="runs for each median (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = args.library
        if folder is None:
            sys.path.insert(0, str(REPO / "bench"))
            from arabic_corpus import generate

            from reader.core.library import Workspace

            generate(Path(work) / "corpus", args.mb)
            folder = Path(work) / "library"
            with Workspace(folder) as workspace:
                workspace.import_paths([Path(work) / "corpus"])
        print_table(cli_rows(folder, args.word, args.runs))


if __name__ == "__main__":
    main()
