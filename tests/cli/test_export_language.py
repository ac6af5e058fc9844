"""`qari --lang ar export` names colours, places and headings in Arabic; without it the export is English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import SAMPLE, run_qari


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    imported = json.loads(run_qari(folder, "import", str(SAMPLE), "--json").stdout)["imported"][0]
    for args in (("--quote", "خير جليس", "--color", "green"), ("--paragraph", "title", "--start", "0",
                                                              "--end", "4", "--color", "pink")):
        assert run_qari(folder, "highlight", "add", imported["id"], *args).returncode == 0
    return folder


def exported(folder: Path, *args: str) -> str:
    result = run_qari(folder, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_ar_gives_an_arabic_markdown_export(folder, where):
    args = ("--lang", "ar", "export", "--format", "markdown") if where == "before" else (
        "export", "--format", "markdown", "--lang", "ar")
    text = exported(folder, *args)
    assert "العنوان · وردي" in text and "الفقرة 8 · أخضر" in text
    assert "title" not in text and "green" not in text and "¶" not in text


def test_lang_ar_gives_an_arabic_html_page_and_keeps_the_machine_formats(folder, tmp_path):
    html = exported(folder, "--lang", "ar", "export", "--format", "html")
    assert "<title>تظليلات: رحلة الورق" in html and "— الفقرة 8 · أخضر" in html
    english_csv = exported(folder, "export", "--format", "csv")
    assert exported(folder, "--lang", "ar", "export", "--format", "csv") == english_csv  # columns and codes
    arabic = json.loads(exported(folder, "--lang", "ar", "export", "--format", "json"))
    english = json.loads(exported(folder, "export", "--format", "json"))
    assert arabic["label"] == "تظليلات قارئ" and english["label"] == "Qari highlights"
    assert {**arabic, "label": ""} == {**english, "label": ""}  # the W3C terms and ids are the same


def test_without_lang_the_export_is_english(folder):
    text = exported(folder, "export", "--format", "markdown")
    assert "title · pink" in text and "¶ 8 · green" in text
