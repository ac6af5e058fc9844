"""The independent judged set of issue 12 is well formed, and the evaluation that reads it runs."""

from __future__ import annotations

import csv
import importlib.util
from collections import Counter
from pathlib import Path

from reader.core.text import tokenize

JUDGED = Path(__file__).resolve().parents[1] / "data" / "judged"
FAMILIES = {"prefix", "feminine", "aya", "hamza", "uthmani", "broken", "control"}
TEXTS = {
    "quran-simple.txt",
    "quran-uthmani.txt",
    "libreoffice-ar.txt",
    "firefox-esr-ar.txt",
    "debian-locale-ar.txt",
}


def _rows() -> list[dict[str, str]]:
    with (JUDGED / "judgements.tsv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def _words(text: str, line: str) -> list[str]:
    """The words of an excerpt line, without its source column (sura|aya| or the catalogue)."""
    body = line.split("|", 2)[2] if text.startswith("quran") else line.split("\t", 1)[1]
    return [token.text for token in tokenize(body)]


def test_every_row_is_complete_and_every_family_is_there() -> None:
    rows = _rows()
    assert rows and all(
        row["family"] in FAMILIES and row["query"] and row["form"] and row["relevant"] in ("yes", "no")
        for row in rows
    )
    queries = Counter(family for family, _ in {(row["family"], row["query"]) for row in rows})
    assert set(queries) == FAMILIES
    assert all(count >= 8 for count in queries.values())
    assert len({(row["family"], row["query"], row["form"]) for row in rows}) == len(rows)


def test_every_form_stands_in_the_line_it_cites() -> None:
    lines = {name: (JUDGED / name).read_text(encoding="utf-8").split("\n") for name in TEXTS}
    for row in _rows():
        line = lines[row["text"]][int(row["line"]) - 1]
        assert row["form"] in _words(row["text"], line), row
        source = ":".join(line.split("|")[:2]) if row["text"].startswith("quran") else line.split("\t")[0]
        assert source == row["where"], row


def test_every_text_has_its_source_and_the_quran_its_copyright_block() -> None:
    notes = (JUDGED / "SOURCE.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in notes for name in TEXTS)
    for name in ("quran-simple.txt", "quran-uthmani.txt"):
        assert "Tanzil Project" in (JUDGED / name).read_text(encoding="utf-8")


def test_the_evaluation_reads_the_set_and_scores_every_matcher() -> None:
    path = Path(__file__).resolve().parents[2] / "bench" / "stemmer_eval.py"
    spec = importlib.util.spec_from_file_location("stemmer_eval", path)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    judged = bench.read_judged()
    assert len(judged) == len(_rows())
    for _, matcher in bench.MATCHERS:
        result = bench.score(matcher, judged)
        assert result.tp + result.fn == sum(j.relevant for j in judged)
        assert 0.0 <= result.f1 <= 1.0
