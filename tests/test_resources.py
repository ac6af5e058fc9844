"""Bundled files are found in a checkout and in an installed package."""

from __future__ import annotations

import importlib
import types

from reader.resources import APP_ICON, DESKTOP_FILES, FONTS, SAMPLE_ARTICLE, resource_path


def test_every_named_resource_exists_in_the_checkout():
    for relative in (SAMPLE_ARTICLE, *FONTS, APP_ICON, DESKTOP_FILES):
        assert resource_path(relative).exists(), relative


def test_an_installed_package_is_found_through_its_folder(tmp_path, monkeypatch):
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "welcome.txt").write_text("installed copy", encoding="utf-8")
    installed = types.SimpleNamespace(__path__=[str(tmp_path)])  # what a namespace package looks like
    real_import = importlib.import_module

    def import_module(name: str) -> object:
        return installed if name == "reader._resources" else real_import(name)

    monkeypatch.setattr(importlib, "import_module", import_module)
    assert resource_path("samples/welcome.txt") == tmp_path / "samples" / "welcome.txt"
    assert resource_path(FONTS[0]).exists()  # not in the installed copy: the checkout's
