"""Generated Arabic articles for the fault tests, and checks that a library holds them whole."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from reader.core.database import DATABASE_NAME

MARKER = "زعفران"  # in the last paragraph of every generated article, and in no other text
WORDS = (
    "كتاب قلم ورق مدينة بغداد سوق علم طالب شيخ مسجد نهر بستان رحلة تاجر حرف سطر صفحة مكتبة نسخ "
    "خط حبر ضوء ليل نهار قمر شمس طريق قافلة جبل بحر سفينة ميناء حكاية شاعر قصيدة لغة نحو صرف"
).split()
DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def write_articles(folder: Path, count: int, seed: int = 7) -> dict[str, list[str]]:
    """Write `count` small articles into `folder`; returns each file's resolved path → its paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen = random.Random(seed)
    written: dict[str, list[str]] = {}
    for number in range(count):
        paragraphs = [
            " ".join(chosen.choice(WORDS) for _ in range(chosen.randint(12, 40))) + "."
            for _ in range(chosen.randint(3, 7))
        ]
        paragraphs[-1] = f"{paragraphs[-1][:-1]} {MARKER}."
        path = folder / f"article-{number:03}.txt"
        title = f"مقالة رقم {str(number).translate(DIGITS)} من {folder.name}"
        path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        written[str(path.resolve())] = paragraphs
    return written


def check_whole(library: Path, listed: list[dict], expected: dict[str, list[str]]) -> None:
    """Each article that `qari list --json` shows holds exactly the paragraphs of its file, in order."""
    with sqlite3.connect(f"{(library / DATABASE_NAME).as_uri()}?mode=ro", uri=True) as db:
        for row in listed:
            texts = [
                text
                for (text,) in db.execute(
                    "SELECT text FROM paragraphs WHERE article = ? ORDER BY position", (row["id"],)
                )
            ]
            assert texts == expected[row["path"]], f"article {row['id']} is not whole"
            assert row["paragraphs"] == len(texts)


def marked_articles(search_stdout: str) -> set[str]:
    """The articles whose paragraphs a `qari search MARKER --json` found."""
    return {hit["article"] for hit in json.loads(search_stdout)["hits"]}
