"""Where bundled files are found: inside the installed package, or in the checkout's resources/ folder."""

from __future__ import annotations

import importlib
from pathlib import Path


def resource_path(relative: str) -> Path:
    """The path of a bundled file such as 'samples/welcome.txt' or 'fonts/OFL.txt'."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    try:
        # resources/ has no __init__.py, so once installed it is a namespace package: its folder is in
        # __path__ (importlib.resources.files gives a MultiplexedPath, whose str() is no path).
        folders = [Path(folder) for folder in importlib.import_module("reader._resources").__path__]
    except ModuleNotFoundError:
        folders = []
    for base in [*folders, checkout]:
        candidate = base / relative
        if candidate.exists():
            return candidate
    return checkout / relative


SAMPLE_ARTICLE = "samples/welcome.txt"
FONTS = ("fonts/NotoNaskhArabic-Regular.ttf", "fonts/NotoNaskhArabic-Bold.ttf")
APP_ICON = "icons/qari.svg"
DESKTOP_FILES = "desktop"
"""The .desktop entry, the AppStream metainfo and the PNG icons, in the folders they take under share/."""
