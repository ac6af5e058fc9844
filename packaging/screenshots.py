"""Take the README's screenshots: run under a display (e.g. `xvfb-run -a -s "-screen 0 1500x950x24"`).

python packaging/screenshots.py docs/

Each shot opens a fresh library (so the sample article is shown), highlights a phrase in every colour
(one with a note), searches it as a reader would and saves the window: docs/window-light.png (also as
docs/window.png, which the AppStream metainfo shows), docs/window-sepia.png and docs/window-dark.png
(English interface), docs/window-arabic.png (Arabic interface) and docs/window-800x600.png (the Arabic
interface in a small window, where the side panes step aside for the text).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from reader.gui.config.settings import Settings
from reader.gui.window.launch import create_application, create_window

SHOTS = (  # file, interface language, theme, query, window size
    ("window-light.png", "en", "light", "بغداد", (1440, 900)),
    ("window-sepia.png", "en", "sepia", "بغداد", (1440, 900)),
    ("window-dark.png", "en", "dark", "بغداد", (1440, 900)),
    ("window-arabic.png", "ar", "light", "بغداد", (1440, 900)),
    ("window-800x600.png", "ar", "sepia", "بغداد", (800, 600)),
)
HIGHLIGHTS = (  # a phrase of the sample article in each colour, and a note on one of them
    ("نرافق الورق منذ وصوله", "yellow", None),
    ("سوقًا وثقافة", "green", "سوق الورّاقين: أول مكتبات المدن"),
    ("حلقات العلماء", "blue", None),
    ("صناعة الورق في سمرقند", "pink", None),
    ("هارون الرشيد", "purple", None),
)


def settle(milliseconds: int) -> None:
    """Let the window work (search, lay out, paint) for a while."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(out: Path, name: str, language: str, theme: str, query: str, size: tuple[int, int]) -> None:
    """Open a fresh library in a language and theme, highlight, search `query`, go to a hit and save."""
    create_application(language=language)
    with tempfile.TemporaryDirectory() as scratch:
        window = create_window(Path(scratch) / "library", settings=Settings(Path(scratch) / "qari.ini"))
        window.preferences.set_theme(theme)
        window.resize(*size)
        window.show()
        settle(400)
        article = window.view.article
        if article is not None:
            for quote, color, note in HIGHLIGHTS:
                window.highlights.store.add_quote(article, quote, color=color, note=note)
            window.changes.highlightsReplaced.emit()
        window.search_panel.field.setText(query)
        window.search_panel.search_now()
        for _ in range(100):  # the first search loads the index; give it up to ten seconds
            settle(100)
            if window.search_panel.result_count() and window.view.hits.ranges():
                break
        window.search.next_hit()
        window.search.next_hit()
        settle(300)
        window.grab().save(str(out / name))
        window.close()
        window.close_library()


def main(out: Path) -> None:
    """Take every shot into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    for shot in SHOTS:
        shoot(out, *shot)
    # The AppStream metainfo shows docs/window.png: the light shot under its older name.
    shutil.copyfile(out / "window-light.png", out / "window.png")
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
