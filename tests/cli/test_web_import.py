"""`qari import URL`: web pages from a server on 127.0.0.1, with files, as a user runs the command."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from reader.core.document.importers import html
from tests.helpers import run_qari
from tests.webserver import EXPECTED, Site, serve


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    """The test pages served on 127.0.0.1 for this module's tests."""
    with serve() as running:
        yield running


def test_a_web_page_and_a_file_import_together(site, library_folder, tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# ملاحظة\n\nسطر قصير في ملف.\n", encoding="utf-8")
    address = site.url("/pages/rain.html")
    result = run_qari(library_folder, "import", address, str(note), "--json")
    assert result.returncode == 0, result.stderr
    imported = json.loads(result.stdout)["imported"]
    assert [(i["path"], i["status"]) for i in imported] == [(str(note.resolve()), "new"), (address, "new")]
    page = imported[1]
    assert page["title"] == EXPECTED["rain.html"]["title"]
    assert page["paragraphs"] == len(EXPECTED["rain.html"]["paragraphs"])
    assert page["sections"] == len(EXPECTED["rain.html"]["headings"]) + 1  # the lead before the first heading

    listed = json.loads(run_qari(library_folder, "list", "--json").stdout)
    row = next(r for r in listed if r["id"] == page["id"])
    assert (row["author"], row["address"], row["language"]) == (
        EXPECTED["rain.html"]["author"], EXPECTED["rain.html"]["address"], "ar"
    )
    assert row["date"].startswith("2024-03-14")

    again = run_qari(library_folder, "import", address)
    assert again.returncode == 0
    assert again.stdout.split()[:2] == ["unchanged", page["id"]]


def test_each_failure_is_one_line_and_the_library_stays_empty(site, library_folder):
    addresses = [site.url("/missing"), site.url("/image.png"), "ftp://127.0.0.1/page.html", "file:///etc/hosts"]
    result = run_qari(library_folder, "import", *addresses)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(addresses)
    for line, address, words in zip(
        lines, addresses, ["answered 404", "not a web page", "only http and https", "only http and https"],
        strict=True,
    ):
        assert line.startswith("qari: ") and address in line and words in line
    assert "Traceback" not in result.stderr
    assert json.loads(run_qari(library_folder, "list", "--json").stdout) == []


def test_an_html_export_imported_again_is_read_as_a_document(site, library_folder, tmp_path):
    imported = json.loads(run_qari(library_folder, "import", site.url("/pages/bees.html"), "--json").stdout)
    article = imported["imported"][0]["id"]
    assert run_qari(library_folder, "highlight", "add", article, "--quote", "بوصلة").returncode == 0
    exported = tmp_path / "export.html"
    assert run_qari(library_folder, "export", "-o", str(exported)).returncode == 0
    assert not html.is_whole_page(exported.read_text(encoding="utf-8"))
