"""What tests share besides fixtures: where the test data is, running `qari` as a user would, small disks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from reader.core.library import Workspace

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SAMPLE = REPO / "resources" / "samples" / "welcome.txt"
SEED = DATA / "seed" / "000_b873dae85465cc3a.txt"
LUCENE_VECTORS = DATA / "lucene-arabic" / "vectors.tsv"
LUCENE_STOPWORDS = DATA / "lucene-arabic" / "stopwords.txt"
W3C_VALIDATOR = DATA / "w3c-web-annotation" / "validate.py"


def run_qari(library: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line in a child process, as a user would."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("QARI_LIBRARY", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(library), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        input=stdin,
        timeout=120,
    )


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` (e.g. "1m") mounted on `folder` for the duration of the block.

    Mounting needs root; elsewhere the test is skipped with the reason mount gave.
    """
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        # Lazy, so that a file a failed test left open cannot keep the mount (and the next test) stuck.
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    """Make the small disk on `folder` read-only."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def library_with(folder: Path, text: str) -> Workspace:
    """A library in `folder` holding one article written from `text` (Markdown); close it when done."""
    from reader.core.library import Workspace

    source = folder / "article.md"
    source.write_text(text, encoding="utf-8")
    workspace = Workspace(folder / "library")
    assert workspace.import_paths([source]).errors == []
    return workspace
