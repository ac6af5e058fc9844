"""`qari list` loads only what prints the table: not the document model, the highlights, the importers or
the Arabic analysis (issue 14: a list within 4x a bare `python -c pass`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.library import Workspace
from tests.helpers import SAMPLE

PROBE = """
import contextlib, io, json, sys
from reader.app import main
with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
    status = main(sys.argv[1:])
print(json.dumps([status, sorted(sys.modules)]))
"""
NOT_LOADED = (
    "reader.core.document",
    "reader.core.document.importers",
    "reader.core.highlights",
    "reader.core.library.highlight_store",
    "reader.core.library.bookmarks",
    "reader.core.text.arabic",
    "reader.core.search",
    "hashlib",
    "secrets",
)


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("listing") / "library"
    with Workspace(folder) as workspace:
        article = workspace.import_file(SAMPLE).article
        workspace.highlights.add_quote(article, "العلم صيد")
    return folder


def loaded_by(library: Path, *args: str) -> set[str]:
    command = [sys.executable, "-c", PROBE, "--library", str(library), *args]
    probe = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    status, modules = json.loads(probe.stdout.splitlines()[-1])
    assert status == 0
    return set(modules)


def test_the_list_loads_neither_the_document_model_nor_the_highlights(library: Path) -> None:
    assert not loaded_by(library, "list") & set(NOT_LOADED)


def test_what_the_list_leaves_out_loads_when_an_article_is_read(library: Path) -> None:
    with Workspace(library) as workspace:
        article_id = workspace.library.ids()[0]
    loaded = loaded_by(library, "toc", article_id)
    assert {"reader.core.document", "reader.core.document.nesting"} <= loaded
