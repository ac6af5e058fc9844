"""`qari meta` shows and edits an article's metadata; `qari list` shows its author and date."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import SAMPLE, run_qari


def imported_id(library: Path) -> str:
    result = run_qari(library, "import", str(SAMPLE), "--json")
    return json.loads(result.stdout)["imported"][0]["id"]


def meta_json(library: Path, *args: str) -> dict:
    result = run_qari(library, "meta", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_meta_edits_each_field_and_an_empty_string_clears_it(library_folder: Path) -> None:
    article = imported_id(library_folder)
    before = meta_json(library_folder, article)
    assert before == {
        "id": article, "title": "رحلة الورق من بغداد إلى الشاشة", "author": "", "date": "", "language": "",
        "address": "", "source": str(SAMPLE),
    }
    edited = meta_json(
        library_folder, article[:6], "--author", "  نادية\nالعطار ", "--date", "2023-11-05",
        "--language", "ar", "--address", "https://example.org/paper/rihla",
    )
    assert (edited["author"], edited["date"], edited["language"], edited["address"]) == (
        "نادية العطار", "2023-11-05", "ar", "https://example.org/paper/rihla"
    )
    cleared = meta_json(library_folder, article, "--author", "")
    assert cleared["author"] == "" and cleared["date"] == "2023-11-05"  # the others stay
    assert meta_json(library_folder, article) == cleared


def test_meta_text_lists_the_fields_and_the_source(library_folder: Path) -> None:
    article = imported_id(library_folder)
    result = run_qari(library_folder, "meta", article, "--author", "نادية العطار")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split(maxsplit=1) == ["author:", "نادية العطار"]
    assert [line.split(":")[0] for line in lines] == ["author", "date", "language", "address", "source"]
    assert lines[-1].endswith(str(SAMPLE))


def test_an_edited_author_is_searchable_at_once(library_folder: Path) -> None:
    article = imported_id(library_folder)
    assert json.loads(run_qari(library_folder, "search", "author:العطار", "--json").stdout)["total"] == 0
    run_qari(library_folder, "meta", article, "--author", "نادية العطّار", "--address", "https://example.org/x")
    found = json.loads(run_qari(library_folder, "search", "author:العطار", "--json").stdout)
    assert [hit["article"] for hit in found["hits"]] == [article]
    found = json.loads(run_qari(library_folder, "search", "الورق source:example.org", "--json").stdout)
    assert found["total"] > 0 and {hit["article"] for hit in found["hits"]} == {article}


def test_a_bad_field_is_one_line_and_changes_nothing(library_folder: Path) -> None:
    article = imported_id(library_folder)
    for option, value in (("--language", "عربي"), ("--address", "example.org/x")):
        result = run_qari(library_folder, "meta", article, "--author", "نادية", option, value)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("qari: ")
        assert "Traceback" not in result.stderr
    assert meta_json(library_folder, article)["author"] == ""
    missing = run_qari(library_folder, "meta", "ffff")
    assert missing.returncode == 1 and "No article has the id" in missing.stderr


def test_list_shows_author_and_date(library_folder: Path) -> None:
    article = imported_id(library_folder)
    date = "2023-11-05T08:00:00+03:00"
    run_qari(library_folder, "meta", article, "--author", "نادية العطار", "--date", date)
    (row,) = json.loads(run_qari(library_folder, "list", "--json").stdout)
    assert set(row) >= {"id", "title", "path", "paragraphs", "author", "date", "language", "address"}
    assert (row["author"], row["date"]) == ("نادية العطار", date)
    (line,) = run_qari(library_folder, "list").stdout.splitlines()
    assert line.startswith(article) and "2023-11-05 " in line and line.endswith("— نادية العطار")
    assert "T08" not in line  # the text list cuts the date to the day
