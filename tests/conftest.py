"""Fixtures for every test, with Qt offscreen; plain helpers are in tests/helpers.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import SEED

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def seed_path() -> Path:
    """The seed article, a real news article with a known structure (tests/data/seed)."""
    return SEED


@pytest.fixture
def library_folder(tmp_path: Path) -> Path:
    """An empty library folder."""
    return tmp_path / "library"
