"""Each command imports only what it uses: listing, showing and help load neither the search engine, nor
Qt, nor the importers' parsers (issue 14, item 6)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.library import Workspace
from tests.helpers import SAMPLE

HEAVY = ("whoosh", "PySide6", "markdown_it", "lxml", "readability", "mammoth", "charset_normalizer")
PROBE = """
import contextlib, io, json, sys
from reader.app import main
with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())), contextlib.suppress(SystemExit):
    main(sys.argv[1:])
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("quick") / "library"
    with Workspace(folder) as workspace:
        article = workspace.import_file(SAMPLE).article
        workspace.highlights.add_quote(article, "العلم صيد")
    return folder, article.id


COMMANDS = [
    ["--help"], ["list"], ["list", "--json"], ["toc", "{id}"], ["show", "{id}"], ["highlight", "list"]
]


@pytest.mark.parametrize("args", COMMANDS)
def test_reading_commands_load_nothing_heavy(library, args):
    folder, article_id = library
    words = ["--library", str(folder), *(arg.format(id=article_id) for arg in args)]
    probe = subprocess.run([sys.executable, "-c", PROBE, *words], capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    loaded = set(json.loads(probe.stdout.splitlines()[-1]))
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
