"""qari search and qari index rebuild, run as a user runs them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import REPO, SAMPLE, run_qari

HTML_SAMPLE = REPO / "tests" / "data" / "sample.html"
HIT_KEYS = ["article", "title", "paragraph", "heading", "headings", "score", "text", "spans", "snippet"]


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "library"
    result = run_qari(folder, "import", str(SAMPLE), str(HTML_SAMPLE))
    assert result.returncode == 0, result.stderr
    return folder


def search_json(library: Path, *args: str) -> dict:
    result = run_qari(library, "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_has_the_documented_fields_and_spans_into_the_text(library):
    result = search_json(library, "الورّاقين")
    assert list(result) == ["query", "total", "hits"]
    assert result["query"] == "الورّاقين" and result["total"] == len(result["hits"]) > 3
    for hit in result["hits"]:
        assert list(hit) == HIT_KEYS
        words = [hit["text"][start:end] for start, end in hit["spans"]]
        assert words and all("ورّاق" in word for word in words)
        assert all(f"[{word}]" in hit["snippet"] for word in words if hit["text"].find(word) < 100)


def test_words_of_a_query_may_come_as_separate_arguments(library):
    assert search_json(library, "هارون", "الرشيد")["total"] == 1
    assert search_json(library, '"هارون الرشيد"')["total"] == 1
    everywhere = search_json(library, "الورق")["total"]
    assert search_json(library, "الورق", "-سمرقند")["total"] == everywhere - 1


def test_article_and_limit_options(library):
    html_id = json.loads(run_qari(library, "list", "--json").stdout)
    html_id = next(row["id"] for row in html_id if row["title"] == "فن تجليد الكتب")
    hits = search_json(library, "المجلد", "--article", html_id[:6])["hits"]
    assert hits and {hit["article"] for hit in hits} == {html_id}
    limited = search_json(library, "الورق", "--limit", "2")
    assert len(limited["hits"]) == 2 and limited["total"] > 2


def test_terminal_output_marks_the_matches(library):
    result = run_qari(library, "search", "سمرقند")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "2 matches for: سمرقند"
    assert "من [سمرقند] إلى ضفاف دجلة" in lines
    assert any(line.startswith("1. رحلة الورق من بغداد إلى الشاشة") for line in lines)


def test_visual_output_is_shaped_and_still_marked(library):
    result = run_qari(library, "search", "سمرقند", "--visual")
    assert result.returncode == 0
    assert any("\ufe70" <= char <= "\ufeff" for char in result.stdout)  # Arabic in its joined forms
    assert "[" in result.stdout and "]" in result.stdout
    assert "سمرقند" not in result.stdout  # no logical-order Arabic left


def test_no_match_is_not_an_error(library):
    result = run_qari(library, "search", "زرافة")
    assert (result.returncode, result.stdout.strip()) == (0, "No match for: زرافة")


@pytest.mark.parametrize("query", ["في من", '"الورق', "OR الورق", "-الورق", "ك*"])
def test_a_bad_query_is_one_line_on_stderr_and_status_1(library, query):
    result = run_qari(library, "search", query)
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("qari: ") and "Traceback" not in result.stderr


def test_index_rebuild_shows_progress_and_the_count(library):
    result = run_qari(library, "index", "rebuild")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("rebuilt the search index: 2 articles")
    assert "indexed 2 of 2 articles" in result.stderr


def test_a_damaged_index_is_rebuilt_with_a_message(tmp_path):
    library = tmp_path / "library"
    run_qari(library, "import", str(SAMPLE))
    for path in (library / "search-index").iterdir():
        path.write_bytes(os.urandom(200))
    result = run_qari(library, "search", "سمرقند", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["total"] == 2
    assert result.stderr.startswith("qari: The search index is damaged")
    assert run_qari(library, "search", "سمرقند").stderr == ""  # repaired once, for good


def test_seed_tanween_span_from_the_command_line(tmp_path, seed_path):
    library = tmp_path / "library"
    run_qari(library, "import", str(seed_path))
    hits = search_json(library, "تصعيدا")["hits"]
    assert [[hit["text"][s:e] for s, e in hit["spans"]] for hit in hits] == [["تصعيدًا"], ["تصعيدًا"]]


KINDS = ["الورق", '"سوق الورّاقين"', "وراق*", "دجلة OR سمرقند", "الورق -سمرقند", "الوَرَق"]


@pytest.mark.parametrize("query", KINDS)
def test_the_total_does_not_depend_on_the_limit(library, query):
    every = search_json(library, query, "--limit", "100000")
    assert every["total"] == len(every["hits"]) > 0
    assert search_json(library, query, "--limit", "1")["total"] == every["total"]
    if every["total"] > 1:
        lines = run_qari(library, "search", query, "--limit", "1").stdout.splitlines()
        assert lines[0].startswith(f"1 of {every['total']} matches")
