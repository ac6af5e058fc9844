"""`qari import` with EPUB books and Word documents, as a user runs it: the sections nest as the book's
contents do, the metadata is listed, and bad files are refused with one line each."""

from __future__ import annotations

import json
from pathlib import Path

from tests import books
from tests.helpers import run_qari

OLD_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def test_a_book_and_a_document_import_with_their_structure_and_metadata(tmp_path: Path) -> None:
    library = tmp_path / "library"
    (tmp_path / "garden.epub").write_bytes(books.epub3())
    (tmp_path / "notebook.docx").write_bytes(books.docx())
    imported = run_qari(library, "import", str(tmp_path / "garden.epub"), str(tmp_path / "notebook.docx"))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.count("new") == 2

    listed = {item["title"]: item for item in json.loads(run_qari(library, "list", "--json").stdout)}
    assert set(listed) == {books.TITLE, books.DOC_TITLE}
    book = listed[books.TITLE]
    assert (book["author"], book["date"], book["language"]) == (books.AUTHOR, "2021-03-14", "ar")
    document = listed[books.DOC_TITLE]
    assert (document["author"], document["date"]) == (books.AUTHOR, "2024-02-10")

    toc = json.loads(run_qari(library, "toc", book["id"], "--json").stdout)
    assert [(s["level"], s["heading"]) for s in toc["sections"]][:4] == [
        (2, "الجزء الأول"),
        (3, "الفصل الأول: البذور"),
        (4, "التربة"),
        (5, "الماء"),
    ]
    shown = run_qari(library, "toc", book["id"]).stdout.splitlines()
    assert "      التربة  (1)" in shown  # indented under its chapter, under its part

    toc = json.loads(run_qari(library, "toc", document["id"], "--json").stdout)
    assert [(s["level"], s["heading"]) for s in toc["sections"]][1:4] == [
        (1, "الفصل الأول: السطح"),
        (2, "الري"),
        (3, "التنقيط"),
    ]
    wifi = next(p for s in toc["sections"] for p in s["paragraphs"] if p["text"].startswith("Wi-Fi"))
    assert wifi["direction"] == "rtl"


def test_a_folder_brings_in_its_books_and_documents(tmp_path: Path) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    (folder / "garden.epub").write_bytes(books.epub2())
    (folder / "notebook.docx").write_bytes(books.docx())
    (folder / "old.doc").write_bytes(OLD_DOC)  # not an extension Qari reads: left out of a folder
    imported = run_qari(tmp_path / "library", "import", str(folder))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.count("new") == 2


def test_bad_files_are_refused_with_one_line_each(tmp_path: Path) -> None:
    library = tmp_path / "library"
    (tmp_path / "garden.epub").write_bytes(books.epub3())
    assert run_qari(library, "import", str(tmp_path / "garden.epub")).returncode == 0
    before = run_qari(library, "list", "--json").stdout
    bad = {
        "old.doc": OLD_DOC,
        "cut.epub": books.epub3()[:3000],
        "locked.epub": books.epub_encrypted("http://www.w3.org/2001/04/xmlenc#aes256-cbc"),
        "cut.docx": books.docx()[:2000],
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    refused = run_qari(library, "import", *(str(tmp_path / name) for name in bad))
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert lines == [
        "qari: old.doc is an old Office file (.doc); save it as .docx to import it.",
        "qari: cut.epub is damaged or is not an EPUB book.",
        "qari: locked.epub is protected by DRM and cannot be read.",
        "qari: cut.docx is damaged or is not a Word document.",
    ]
    assert run_qari(library, "list", "--json").stdout == before
