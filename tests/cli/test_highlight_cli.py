"""qari highlight, qari export and qari annotations import, run as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.helpers import SAMPLE, remount_read_only, run_qari, small_disk

KEYS = {
    "id",
    "article",
    "paragraph",
    "start",
    "end",
    "quote",
    "color",
    "note",
    "state",
    "created",
    "modified",
}


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "library"
    imported = json.loads(run_qari(folder, "import", str(SAMPLE), "--json").stdout)["imported"][0]
    return folder, imported["id"]


def ok(folder: Path, *args: str) -> str:
    result = run_qari(folder, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def fails(folder: Path, *args: str) -> str:
    """Run a command that must fail as a user error: exit status 1 and one plain line."""
    result = run_qari(folder, *args)
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("qari: ") and "Traceback" not in result.stderr
    return lines[0]


def test_add_by_quote_without_harakat_then_list_as_json(library):
    folder, article = library
    added = json.loads(
        ok(folder, "highlight", "add", article, "--quote", "العلم صيد", "--note", "حكمة", "--json")
    )
    assert set(added) == KEYS
    assert (added["quote"], added["note"], added["color"], added["state"]) == (
        "العِلْمُ صَيْدٌ",
        "حكمة",
        "yellow",
        "anchored",
    )
    toc = json.loads(ok(folder, "toc", article, "--json"))
    paragraph = next(p for s in toc["sections"] for p in s["paragraphs"] if p["id"] == added["paragraph"])
    assert paragraph["text"][added["start"] : added["end"]] == added["quote"]

    listed = json.loads(ok(folder, "highlight", "list", article[:5], "--json"))
    assert listed == [added] and list(listed[0]) == sorted(KEYS, key=list(added).index)
    assert added["id"] in ok(folder, "highlight", "list")


def test_add_by_offsets_note_colour_and_delete(library):
    folder, article = library
    added = json.loads(
        ok(
            folder,
            "highlight",
            "add",
            article,
            "--paragraph",
            "title",
            "--start",
            "0",
            "--end",
            "4",
            "--color",
            "blue",
            "--json",
        )
    )
    assert (added["paragraph"], added["quote"], added["color"]) == ("title", "رحلة", "blue")
    short = added["id"][:8]
    assert "noted" in ok(folder, "highlight", "note", short, "ملاحظة جديدة")
    assert "coloured" in ok(folder, "highlight", "color", short, "purple")
    (changed,) = json.loads(ok(folder, "highlight", "list", "--json"))
    assert (changed["note"], changed["color"]) == ("ملاحظة جديدة", "purple")
    assert changed["modified"] > added["modified"]
    assert "deleted" in ok(folder, "highlight", "delete", short)
    assert json.loads(ok(folder, "highlight", "list", "--json")) == []


def test_user_errors_get_one_line_and_status_1(library):
    folder, article = library
    offsets = ("highlight", "add", article, "--paragraph", "title")
    assert "do not fit" in fails(folder, *offsets, "--start", "5", "--end", "2")
    assert "do not fit" in fails(folder, *offsets, "--start", "0", "--end", "9999")
    assert "whole number" in fails(folder, *offsets, "--start", "x", "--end", "2")
    assert "negative" in fails(folder, *offsets, "--start", "-3", "--end", "2")
    assert "has no paragraph" in fails(
        folder, "highlight", "add", article, "--paragraph", "p00", "--start", "0", "--end", "1"
    )
    assert "empty" in fails(folder, "highlight", "add", article, "--quote", "  ")
    assert "is not in" in fails(folder, "highlight", "add", article, "--quote", "ليست في المقالة")
    assert "not both" in fails(folder, "highlight", "add", article, "--quote", "بغداد", "--start", "1")
    assert "--paragraph PID" in fails(folder, "highlight", "add", article, "--start", "1", "--end", "3")
    assert "colour" in fails(folder, "highlight", "add", article, "--quote", "بغداد", "--color", "red")
    assert "No article" in fails(folder, "highlight", "add", "zzzz", "--quote", "بغداد")
    for action in (("note", "nope", "x"), ("color", "nope", "blue"), ("delete", "nope")):
        assert "No highlight" in fails(folder, "highlight", *action)
    assert "not an export format" in fails(folder, "export", "--format", "docx")
    assert json.loads(ok(folder, "highlight", "list", "--json")) == []


def test_export_every_text_format_to_stdout_and_to_files(library, tmp_path):
    folder, article = library
    ok(folder, "highlight", "add", article, "--quote", "خير جليس", "--note", "=cmd|' /C calc'!A0")
    markdown = ok(folder, "export", "--format", "markdown")
    assert markdown.startswith("# رحلة الورق") and "> خَيْرُ جَلِيسٍ" in markdown
    assert ok(folder, "export", article[:6], "--format", "markdown") == markdown
    for name, suffix in (("html", ".html"), ("csv", ".csv"), ("json", ".json")):
        target = tmp_path / f"out{suffix}"
        assert "exported 1 highlight of 1 article" in ok(
            folder, "export", "--format", name, "-o", str(target)
        )
        data = target.read_bytes()
        if name == "csv":
            assert data.startswith(b"\xef\xbb\xbf")
            (row,) = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
            assert row["note"].startswith("'=")
        elif name == "html":
            assert b'<html lang="ar" dir="rtl">' in data
        else:
            assert json.loads(data)["total"] == 1
    ok(folder, "export", "-o", str(tmp_path / "guessed.json"))  # the format follows the suffix
    assert (
        json.loads((tmp_path / "guessed.json").read_text(encoding="utf-8"))["type"] == "AnnotationCollection"
    )


def test_json_export_then_import_into_a_fresh_library(library, tmp_path):
    folder, article = library
    ok(folder, "highlight", "add", article, "--quote", "العلم صيد", "--note", "حكمة", "--color", "green")
    ok(folder, "highlight", "add", article, "--quote", "سوق الورّاقين")
    export = tmp_path / "highlights.json"
    ok(folder, "export", "--format", "json", "-o", str(export))
    fresh = tmp_path / "fresh"
    ok(fresh, "import", str(SAMPLE))
    counts = json.loads(ok(fresh, "annotations", "import", str(export), "--json"))
    assert {k: counts[k] for k in ("added", "updated", "unchanged", "orphaned", "skipped")} == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "orphaned": 0,
        "skipped": 0,
    }
    assert json.loads(ok(fresh, "highlight", "list", "--json")) == json.loads(
        ok(folder, "highlight", "list", "--json")
    )
    assert ok(fresh, "annotations", "import", str(export)).strip() == (
        "added 0, updated 0, unchanged 2, orphaned 0, skipped 0"
    )
    assert "not a JSON file" in fails(fresh, "annotations", "import", str(SAMPLE))
    assert "cannot be read" in fails(fresh, "annotations", "import", str(tmp_path / "missing.json"))


def test_an_export_to_a_read_only_place_fails_plainly_and_keeps_the_old_file(library, tmp_path):
    folder, article = library
    ok(folder, "highlight", "add", article, "--quote", "بغداد")
    with small_disk(tmp_path / "ro", "1m") as mount_point:
        (mount_point / "old.md").write_text("old", encoding="utf-8")
        remount_read_only(mount_point)
        assert "read-only" in fails(
            folder, "export", "--format", "markdown", "-o", str(mount_point / "old.md")
        )
        assert (mount_point / "old.md").read_text(encoding="utf-8") == "old"
