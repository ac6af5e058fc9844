"""Where bundled files are found: reader/_resources, the top-level resources/ folder shipped in the package.

In a checkout reader/_resources is a link to resources/; in a wheel or an application bundle it is the
folder itself.
"""

from __future__ import annotations

from pathlib import Path

_BUNDLED = Path(__file__).resolve().parent / "_resources"


def resource_path(relative: str) -> Path:
    """The path of a bundled file such as 'samples/welcome.txt' or 'fonts/OFL.txt'."""
    return _BUNDLED / relative


SAMPLE_ARTICLE = "samples/welcome.txt"
FONTS = (
    "fonts/NotoNaskhArabic-Regular.ttf",
    "fonts/NotoNaskhArabic-Bold.ttf",
    "fonts/NotoSerif-Regular.ttf",  # Latin runs inside Arabic text: its size and stroke match the Naskh's
    "fonts/NotoSerif-Bold.ttf",
)
APP_ICON = "icons/qari.svg"
DESKTOP_FILES = "desktop"
"""The .desktop entry, the AppStream metainfo and the PNG icons, in the folders they take under share/."""
