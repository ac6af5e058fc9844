"""Kept for reader/cli/articles.py, which starts the window from here (see reader.gui.window.launch)."""

from reader.gui.window.launch import run_window

__all__ = ["run_window"]
