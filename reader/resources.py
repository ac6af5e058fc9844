"""Where bundled files are found: inside the installed package, or in the checkout's resources/ folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(relative: str) -> Path:
    """The path of a bundled file such as 'samples/welcome.txt' or 'fonts/OFL.txt'."""
    try:
        base = Path(str(resources.files("reader._resources")))
    except ModuleNotFoundError:
        base = Path(__file__).resolve().parent.parent / "resources"
    candidate = base / relative
    if candidate.exists():
        return candidate
    return Path(__file__).resolve().parent.parent / "resources" / relative


SAMPLE_ARTICLE = "samples/welcome.txt"
FONTS = ("fonts/NotoNaskhArabic-Regular.ttf", "fonts/NotoNaskhArabic-Bold.ttf")
