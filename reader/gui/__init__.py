"""The Qt window on top of the core: window/ lays out and wires, controllers/ own state and behaviour,
panes/, reading/ and dialogs/ are widgets, workers/ run long work off the GUI thread."""

from __future__ import annotations

from pathlib import Path


def run_window(
    folder: Path, article_id: str | None, lang: str | None, files: list[Path] | None = None
) -> int:
    """Run the window until it is closed (Qt is loaded only now); returns the exit status."""
    from reader.gui.window.launch import run_window as run

    return run(folder, article_id, lang, files)
