"""A library made at schema 2 (before heading levels and metadata) opens at schema 3 with its articles and
highlights, empty metadata, and every section at level 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.document import Metadata
from reader.core.library import DATABASE_NAME, Library, Workspace
from reader.core.library.database import MIGRATIONS

NOW = "2025-01-02T03:04:05+00:00"


def make_schema_2_library(folder: Path) -> None:
    """A library file as Qari wrote it at schema 2: one article, two sections, a highlight."""
    folder.mkdir(parents=True)
    with sqlite3.connect(folder / DATABASE_NAME) as db:
        for script in MIGRATIONS[:2]:
            db.executescript(script)
        db.execute("PRAGMA user_version=2")
        db.execute(
            "INSERT INTO articles VALUES ('a1b2c3d4e5f6', 'بيت الحكمة', '/home/reader/notes/hikma.md', "
            "'markdown', 'utf-8', 'a1b2c3d4e5f6aa', ?, ?)",
            (NOW, NOW),
        )
        db.executemany(
            "INSERT INTO sections VALUES ('a1b2c3d4e5f6', ?, ?, ?)",
            [(0, None, None), (1, "المترجمون", "h0000000001")],
        )
        db.executemany(
            "INSERT INTO paragraphs VALUES ('a1b2c3d4e5f6', ?, ?, ?, ?, 'rtl')",
            [
                ("p0000000001", 0, 0, "اجتمع في الدار نقلة الكتب من لغات كثيرة."),
                ("p0000000002", 1, 1, "وكان أجر المترجم يوزن له بالذهب كما تروي الأخبار."),
            ],
        )
        db.execute(
            "INSERT INTO highlights VALUES ('hl1', 'a1b2c3d4e5f6', 'p0000000002', 4, 7, 'أجر', 'وكان ', "
            "' المترجم', 'green', 'ملاحظة', ?, ?, 'anchored', NULL)",
            (NOW, NOW),
        )


def test_a_schema_2_library_migrates_to_3_keeping_its_rows(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    make_schema_2_library(folder)
    with Library(folder) as library:
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)  # 3 and on
        article = library.get("a1b2c3d4e5f6")
        assert article.title == "بيت الحكمة" and article.metadata == Metadata()
        assert [s.heading for s in article.sections] == [None, "المترجمون"]
        assert [s.level for s in article.sections] == [2, 2]
        assert [p.text for p in article.paragraphs()][1].startswith("وكان أجر")
        (highlight,) = library.highlights.highlights("a1b2c3d4e5f6")
        assert (highlight.quote, highlight.color, highlight.note) == ("أجر", "green", "ملاحظة")
        (summary,) = library.summaries()
        assert (summary.author, summary.date, summary.language, summary.address) == ("", "", "", "")
    with Workspace(folder) as workspace:  # the migrated article takes metadata and is found by it
        workspace.set_metadata("a1b2c3d4e5f6", Metadata(author="يوسف الناسخ"))
        assert [h.article for h in workspace.search("author:الناسخ").hits] == ["a1b2c3d4e5f6"]
        assert [h.article for h in workspace.search("source:notes").hits] == ["a1b2c3d4e5f6"]
