"""Kept for exportdialog.py, which imports the colour names and swatches from here; they live in
reader.gui.reading.highlightbar."""

from reader.gui.reading.highlightbar import color_label, swatch

__all__ = ["color_label", "swatch"]
