"""qari bookmark add | list | rename | remove, and bookmarks in qari export, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_qari

TEXT = """# دفتر المطبخ

أول ما تعلمته من جدتي أن العجين يحتاج إلى صبر أكثر مما يحتاج إلى دقيق.

ثم علمتني أن تترك الخبز يرتاح تحت قطعة قماش نظيفة قبل أن يدخل الفرن.

وفي آخر الدرس قالت إن أطيب الطعام ما أكل مع الأهل والجيران.
"""


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, str]:
    source = tmp_path / "kitchen.md"
    source.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "library"
    imported = json.loads(run_qari(folder, "import", str(source), "--json").stdout)["imported"][0]
    return folder, imported["id"]


def ok(folder: Path, *args: str) -> str:
    result = run_qari(folder, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_add_by_number_in_arabic_digits_list_rename_and_remove(library):
    folder, article = library
    made = json.loads(ok(folder, "bookmark", "add", article[:6], "--number", "٢", "--json"))
    assert made["name"].startswith("ثم علمتني أن تترك الخبز") and made["state"] == "anchored"
    assert set(made) == {"id", "article", "paragraph", "name", "quote", "state", "created", "modified"}
    toc = json.loads(ok(folder, "toc", article, "--json"))
    second = toc["sections"][0]["paragraphs"][1]["id"]
    assert made["paragraph"] == second
    named = json.loads(ok(folder, "bookmark", "add", article, "--paragraph", second, "--name", "الخبز",
                          "--json"))
    assert named["name"] == "الخبز"
    assert "renamed" in ok(folder, "bookmark", "rename", made["id"][:8], "نصيحة الجدة")
    listed = json.loads(ok(folder, "bookmark", "list", article, "--json"))
    assert sorted(b["name"] for b in listed) == ["الخبز", "نصيحة الجدة"]
    assert ok(folder, "bookmark", "remove", named["id"]).startswith("removed")
    assert "نصيحة الجدة" in ok(folder, "bookmark", "list")
    assert len(json.loads(ok(folder, "bookmark", "list", "--json"))) == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--number", "9"], "paragraphs 1 to 3"),
        (["--number", "ثلاثة"], "number"),
        (["--paragraph", "p-none"], "no paragraph"),
    ],
)
def test_a_place_that_is_not_there_is_one_plain_line(library, args, says):
    folder, article = library
    result = run_qari(folder, "bookmark", "add", article, *args)
    assert result.returncode == 1 and says in result.stderr and len(result.stderr.splitlines()) == 1


def test_an_unknown_bookmark_is_one_plain_line(library):
    folder, _ = library
    result = run_qari(folder, "bookmark", "rename", "ffff", "اسم")
    assert result.returncode == 1 and "No bookmark" in result.stderr


def test_qari_export_carries_bookmarks_of_articles_without_highlights(library):
    folder, article = library
    ok(folder, "bookmark", "add", article, "--number", "3", "--name", "وصية")
    markdown = ok(folder, "export", "--format", "markdown")
    assert "وصية" in markdown and "¶ 3" in markdown
    document = json.loads(ok(folder, "export", "--format", "json"))
    assert [a["motivation"] for a in document["first"]["items"]] == ["bookmarking"]
