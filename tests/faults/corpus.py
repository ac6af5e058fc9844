"""Generated Arabic articles for the fault tests, and checks that a library holds them whole."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from reader.core.library import DATABASE_NAME
from tests.helpers import run_qari

MARKER = "زعفران"  # in the last paragraph of every generated article, and in no other text
_VOCABULARY = """
كتاب قلم ورق مدينة بغداد سوق علم طالب شيخ مسجد نهر بستان رحلة تاجر حرف سطر صفحة مكتبة نسخ خط حبر
ضوء ليل نهار قمر شمس طريق قافلة جبل بحر سفينة ميناء حكاية شاعر قصيدة لغة نحو صرف
"""
WORDS = tuple(_VOCABULARY.split())
DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def write_articles(
    folder: Path,
    count: int,
    seed: int = 7,
    words: tuple[int, int] = (12, 40),
    paragraphs: tuple[int, int] = (3, 7),
) -> dict[str, list[str]]:
    """Write `count` articles into `folder` (`words` and `paragraphs`: ranges of their sizes); returns each
    file's resolved path with its paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen = random.Random(seed)
    written: dict[str, list[str]] = {}
    for number in range(count):
        texts = [
            " ".join(chosen.choice(WORDS) for _ in range(chosen.randint(*words))) + "."
            for _ in range(chosen.randint(*paragraphs))
        ]
        texts[-1] = f"{texts[-1][:-1]} {MARKER}."
        path = folder / f"article-{number:03}.txt"
        title = f"مقالة رقم {str(number).translate(DIGITS)} من {folder.name}"
        path.write_text(title + "\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
        written[str(path.resolve())] = texts
    return written


def check_library(library: Path, expected: dict[str, list[str]]) -> tuple[set[str], str]:
    """The library opens, `qari list` works and shows only whole articles, and `qari search` finds exactly
    those; returns their ids and what the search said on standard error (a repair it made)."""
    listed = run_qari(library, "list", "--json")
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr
    rows = json.loads(listed.stdout)
    with sqlite3.connect(f"{(library / DATABASE_NAME).as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for row in rows:
            texts = [
                text
                for (text,) in db.execute(
                    "SELECT text FROM paragraphs WHERE article = ? ORDER BY position", (row["id"],)
                )
            ]
            assert texts == expected[row["path"]], f"article {row['id']} is not whole"
            assert row["paragraphs"] == len(texts)
    ids = {row["id"] for row in rows}
    found = run_qari(library, "search", MARKER, "--limit", "1000", "--json")
    assert found.returncode == 0, found.stderr
    assert {hit["article"] for hit in json.loads(found.stdout)["hits"]} == ids
    assert found.stderr == "" or "rebuilding it from the library" in found.stderr, found.stderr
    return ids, found.stderr
