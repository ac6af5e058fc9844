from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.library import DATABASE_NAME
from tests.helpers import SAMPLE, remount_read_only, run_qari, small_disk


def import_json(library: Path, *paths: Path | str) -> dict:
    result = run_qari(library, "import", *map(str, paths), "--json")
    return json.loads(result.stdout)


def snapshot(library: Path) -> list:
    with sqlite3.connect(library / DATABASE_NAME) as db:
        return db.execute("SELECT id, sha256, updated FROM articles ORDER BY id").fetchall()


def test_seed_import_then_toc_gives_the_exact_structure(library_folder, seed_path):
    report = import_json(library_folder, seed_path)
    assert report["errors"] == []
    (entry,) = report["imported"]
    assert set(entry) >= {"id", "title", "path", "sections", "paragraphs", "status"}
    assert (entry["sections"], entry["paragraphs"], entry["status"]) == (6, 7, "new")

    toc = json.loads(run_qari(library_folder, "toc", entry["id"][:6], "--json").stdout)
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    assert toc["id"] == entry["id"] and toc["title"] == lines[0]
    assert [s["heading"] for s in toc["sections"]] == [
        None,
        lines[2],
        lines[4],
        lines[6],
        lines[8],
        lines[10],
    ]
    texts = [[p["text"] for p in s["paragraphs"]] for s in toc["sections"]]
    assert texts == [[lines[1]], [lines[3]], [lines[5]], [lines[7]], [lines[9]], [lines[11], lines[12]]]
    paragraph = toc["sections"][0]["paragraphs"][0]
    assert set(paragraph) == {"id", "text", "direction"} and paragraph["direction"] == "rtl"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1256"])
def test_reencoded_seed_gives_the_same_structure(tmp_path, seed_path, encoding):
    copy = tmp_path / f"seed-{encoding}.txt"
    copy.write_bytes(seed_path.read_text(encoding="utf-8").encode(encoding))
    original = import_json(tmp_path / "lib-a", seed_path)["imported"][0]
    reencoded = import_json(tmp_path / "lib-b", copy)["imported"][0]
    toc_a = json.loads(run_qari(tmp_path / "lib-a", "toc", original["id"], "--json").stdout)
    toc_b = json.loads(run_qari(tmp_path / "lib-b", "toc", reencoded["id"], "--json").stdout)
    assert toc_a["sections"] == toc_b["sections"] and toc_a["title"] == toc_b["title"]


def test_import_statuses_and_list(library_folder, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("عنوان\nفقرة.\n", encoding="utf-8")
    assert import_json(library_folder, path)["imported"][0]["status"] == "new"
    assert import_json(library_folder, path)["imported"][0]["status"] == "unchanged"
    path.write_text("عنوان\nفقرة معدلة.\n", encoding="utf-8")
    assert import_json(library_folder, path)["imported"][0]["status"] == "updated"
    rows = json.loads(run_qari(library_folder, "list", "--json").stdout)
    assert [set(r) for r in rows] == [
        {"id", "title", "path", "paragraphs", "author", "date", "language", "address", "progress",
         "last_read"}
    ]
    assert rows[0]["paragraphs"] == 1 and rows[0]["progress"] is None


def test_show_logical_and_visual(library_folder):
    article = import_json(library_folder, SAMPLE)["imported"][0]
    logical = run_qari(library_folder, "show", article["id"])
    assert logical.returncode == 0
    assert SAMPLE.read_text(encoding="utf-8").splitlines()[0] in logical.stdout
    visual = run_qari(library_folder, "show", article["id"], "--visual")
    assert visual.returncode == 0
    assert "\ufe8d" in visual.stdout or "\ufeb3" in visual.stdout  # Arabic presentation forms: shaped
    assert "Johannes Gutenberg" in logical.stdout


def test_remove(library_folder):
    article = import_json(library_folder, SAMPLE)["imported"][0]
    assert run_qari(library_folder, "remove", article["id"]).returncode == 0
    assert json.loads(run_qari(library_folder, "list", "--json").stdout) == []


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("qari: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.txt", None, ("does not exist",)),
        (
            "binary.txt",
            b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8,
            ("does not look like a text file",),
        ),
        ("empty.txt", b"", ("is empty",)),
        ("bad16.txt", b"\xff\xfe\x00\xd8\x41\x00", ("not valid utf-16",)),
    ],
)
def test_bad_files_are_refused_and_the_library_is_unchanged(library_folder, tmp_path, name, content, words):
    import_json(library_folder, SAMPLE)
    before = snapshot(library_folder)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert_refused(run_qari(library_folder, "import", str(path)), *words)
    assert snapshot(library_folder) == before


def test_a_folder_with_nothing_importable(library_folder, tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG")
    assert_refused(run_qari(library_folder, "import", str(tmp_path / "pictures")), "holds no file")


def test_an_undecodable_file_with_a_forced_encoding(library_folder, tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("عنوان\nنص.".encode("cp1256"))
    assert_refused(run_qari(library_folder, "import", str(path), "--encoding", "utf-8"), "utf-8")
    result = run_qari(library_folder, "import", str(path), "--encoding", "cp1256", "--json")
    assert json.loads(result.stdout)["imported"][0]["title"] == "عنوان"


def test_a_50_mb_file_is_refused_quickly(library_folder, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write(("سطر طويل من النص العربي. " * 40 + "\n").encode() * 60_000)
    assert path.stat().st_size > 50_000_000
    assert_refused(run_qari(library_folder, "import", str(path)), "limit")


def test_html_with_scripts_imports_without_them(library_folder, tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<h1>عنوان</h1><script>alert('x')</script><p>نص <script>steal()</script>آمن.</p>")
    article = import_json(library_folder, path)["imported"][0]
    toc = json.loads(run_qari(library_folder, "toc", article["id"], "--json").stdout)
    assert toc["sections"][0]["paragraphs"][0]["text"] == "نص آمن."


def test_a_locked_database_gets_a_plain_message(library_folder, tmp_path):
    import_json(library_folder, SAMPLE)
    before = snapshot(library_folder)
    other = tmp_path / "other.txt"
    other.write_text("عنوان آخر\nنص.\n", encoding="utf-8")
    holder = sqlite3.connect(library_folder / DATABASE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert_refused(run_qari(library_folder, "import", str(other)), "in use by another program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert snapshot(library_folder) == before


@pytest.fixture
def read_only_library(tmp_path: Path):
    """A library with one article whose folder cannot be written (a read-only mount when root)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        run_qari(folder, "import", str(SAMPLE))
        folder.chmod(0o555)
        (folder / DATABASE_NAME).chmod(0o444)
        yield folder
        folder.chmod(0o755)
        return
    with small_disk(folder, "8m"):
        run_qari(folder, "import", str(SAMPLE))
        remount_read_only(folder)
        yield folder


def test_a_read_only_library_gets_a_plain_message(read_only_library, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("عنوان آخر\nنص.\n", encoding="utf-8")
    assert_refused(run_qari(read_only_library, "import", str(other)), "read-only")


def test_unknown_article_and_wrong_usage(library_folder):
    assert_refused(run_qari(library_folder, "toc", "nope"), "nope")
    assert run_qari(library_folder, "toc").returncode == 2
    assert run_qari(library_folder, "import", "--bogus", "x").returncode == 2


def test_the_installed_entry_point_runs(library_folder):
    script = shutil.which("qari", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the project is not installed in this environment")
    result = subprocess.run(
        [script, "--library", str(library_folder), "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and json.loads(result.stdout) == []
