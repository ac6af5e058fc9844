"""The one export that the command line and the window share: every format in one table, PDF among them,
the same bytes whoever asks, the articles and colours chosen, and a stop that writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.exporting import EXPORT_FORMATS
from reader.core import export as core_export
from reader.core.errors import ExportFailure
from reader.core.library import Library, Workspace
from reader.render.export import FORMATS, ExportStopped, export, format_for, format_named
from tests.helpers import DATA, SAMPLE, run_qari

SECOND = DATA / "sample.html"
TEXT_FORMATS = ("markdown", "html", "csv", "json")


@pytest.fixture
def articles(tmp_path: Path) -> tuple[str, str]:
    """A library of two articles, their ids: the first with a yellow and a green highlight, the second
    with none."""
    workspace = Workspace(tmp_path / "library")
    try:
        article = workspace.import_file(SAMPLE).article
        plain = workspace.import_file(SECOND).article
        workspace.highlights.add_quote(article, "العلم صيد", note="حكمة")
        workspace.highlights.add_quote(article, "خير جليس", color="green")
    finally:
        workspace.close()
    return article.id, plain.id


@pytest.fixture
def folder(articles: tuple[str, str], tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def library(folder: Path):
    library = Library(folder)
    yield library
    library.close()


def test_one_table_holds_every_format_and_the_command_line_offers_them_all():
    assert list(FORMATS) == [*TEXT_FORMATS, "pdf"]
    assert tuple(FORMATS) == EXPORT_FORMATS
    assert all(FORMATS[name] is core_export.FORMATS[name] for name in TEXT_FORMATS)  # pure, Qt-free
    assert [name for name, f in FORMATS.items() if f.binary] == ["pdf"]
    assert {f.extension for f in FORMATS.values()} == {".md", ".html", ".csv", ".json", ".pdf"}


def test_formats_are_found_by_name_or_by_suffix():
    assert format_named("PDF") is FORMATS["pdf"]
    with pytest.raises(ExportFailure, match="'docx' is not an export format; use one of markdown, html"):
        format_named("docx")
    for path, name in (("a.PDF", "pdf"), ("a.htm", "html"), ("a.markdown", "markdown"), ("a.csv", "csv")):
        assert format_for(Path(path)).name == name
    assert format_for(Path("a.docx")).name == format_for(None).name == "markdown"


@pytest.mark.parametrize("name", TEXT_FORMATS)
def test_the_command_line_writes_the_bytes_the_shared_export_makes(folder, library, tmp_path, name):
    made = export(library, name)
    target = tmp_path / f"out{FORMATS[name].extension}"
    result = run_qari(folder, "export", "--format", name, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported 2 highlights of 1 article to {target}\n"
    assert target.read_bytes() == made.data
    assert (made.articles, made.highlights) == (1, 2)


def test_the_articles_and_colours_chosen_are_what_is_exported(articles, library, tmp_path):
    highlighted, plain = articles
    green = json.loads(export(library, "json", colors={"green"}).data)
    assert [a["target"]["source"]["id"] for a in green["first"]["items"]] == [
        f"urn:qari:article:{highlighted}"
    ]
    assert export(library, "markdown", colors={"blue"}).articles == 0  # no blue highlight anywhere
    both = export(library, "markdown", article_ids=[plain, highlighted], colors={"yellow"})
    text = both.data.decode("utf-8")
    assert (both.articles, both.highlights) == (2, 1)
    assert text.index("No highlights") < text.index("العِلْمُ صَيْدٌ")  # in the order asked
    target = tmp_path / "out.md"
    assert export(library, "markdown", path=target).data == target.read_bytes()


def test_progress_is_heard_before_each_article_and_before_the_file_is_written(library, tmp_path):
    seen: list[tuple[int, int]] = []

    def going_on(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    made = export(library, "markdown", path=tmp_path / "out.md", progress=going_on)
    assert seen == [(0, 1), (1, 1)]
    assert (tmp_path / "out.md").read_bytes() == made.data


@pytest.mark.parametrize("stop_at", [0, 1], ids=["before-reading", "before-writing"])
def test_a_stopped_export_writes_nothing(library, tmp_path, stop_at):
    target = tmp_path / "old.md"
    target.write_text("the old export", encoding="utf-8")
    with pytest.raises(ExportStopped, match="stopped before its file was written"):
        export(library, "markdown", path=target, progress=lambda done, total: done < stop_at)
    assert target.read_text(encoding="utf-8") == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library", "old.md"]


def test_a_text_export_never_loads_qt(folder):
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from reader.core.library import Library\nfrom reader.render.export import export\n"
        f"library = Library(Path({str(folder)!r}))\n"
        "assert export(library, 'html').highlights == 2\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
