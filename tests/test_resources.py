"""Bundled files are found in a checkout and in an installed package."""

from __future__ import annotations

from pathlib import Path

from setuptools import find_namespace_packages

from reader.resources import APP_ICON, DESKTOP_FILES, FONTS, SAMPLE_ARTICLE, resource_path

REPO = Path(__file__).resolve().parents[1]


def test_every_named_resource_exists_in_the_checkout():
    for relative in (SAMPLE_ARTICLE, *FONTS, APP_ICON, DESKTOP_FILES):
        assert resource_path(relative).exists(), relative


def test_the_bundled_folder_is_the_top_level_resources_folder():
    assert resource_path(".").resolve() == (REPO / "resources").resolve()


def test_package_discovery_finds_every_package_and_the_bundled_files():
    # What pyproject.toml's [tool.setuptools.packages.find] does: namespace discovery of reader*.
    found = set(find_namespace_packages(where=str(REPO), include=["reader*"]))
    assert "reader._resources" in found
    folders = {p.parent for p in (REPO / "reader").rglob("*.py") if "_resources" not in p.parts}
    expected = {".".join(folder.relative_to(REPO).parts) for folder in folders}
    assert expected <= found
