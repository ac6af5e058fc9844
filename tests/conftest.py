"""Shared test setup: Qt offscreen, a library in a temporary folder, the paths of shared data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_b873dae85465cc3a.txt"
SAMPLE = REPO / "resources" / "samples" / "welcome.txt"


@pytest.fixture
def seed_path() -> Path:
    """The seed article beside the repo; tests that need it are skipped where it is absent."""
    if not SEED.exists():
        pytest.skip("the shared seed article is not beside this checkout")
    return SEED


@pytest.fixture
def library_folder(tmp_path: Path) -> Path:
    """An empty library folder."""
    return tmp_path / "library"


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
