"""Render the application icon's PNG sizes from its SVG, with Qt's SVG renderer.

    python packaging/render_icons.py

Reads resources/icons/qari.svg and writes resources/desktop/icons/hicolor/<N>x<N>/apps/org.qari.Qari.png.
Run it again after changing the SVG, and commit the PNGs with it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# No display is needed; the platform must be chosen before Qt loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "qari.svg"
HICOLOR = ROOT / "resources" / "desktop" / "icons" / "hicolor"
SIZES = (16, 32, 48, 64, 128, 256)
ICON_NAME = "org.qari.Qari"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square image of `size` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(svg: Path = SOURCE, hicolor: Path = HICOLOR) -> None:
    """Write every PNG size of the icon into the hicolor tree."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"render_icons: could not write {target}")
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


if __name__ == "__main__":
    main()
