"""Take the README's screenshots: run under a display (e.g. `xvfb-run -a -s "-screen 0 1280x860x24"`).

python packaging/screenshots.py docs/

Each shot opens a fresh library (so the sample article is shown), searches it as a reader would and
saves the window: docs/window-light.png (also as docs/window.png, which the AppStream metainfo shows),
docs/window-dark.png (English interface) and docs/window-arabic.png (Arabic interface, sepia theme).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from reader.gui.config.settings import Settings
from reader.gui.window.launch import create_application, create_window

SHOTS = (  # file, interface language, theme, query
    ("window-light.png", "en", "light", "الورق"),
    ("window-dark.png", "en", "dark", "الكتاب"),
    ("window-arabic.png", "ar", "sepia", "القراءة"),
)


def settle(milliseconds: int) -> None:
    """Let the window work (search, lay out, paint) for a while."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(out: Path, name: str, language: str, theme: str, query: str) -> None:
    """Open a fresh library in a language and theme, search `query`, go to a hit and save the window."""
    create_application(language=language)
    with tempfile.TemporaryDirectory() as scratch:
        window = create_window(Path(scratch) / "library", settings=Settings(Path(scratch) / "qari.ini"))
        window.preferences.set_theme(theme)
        window.resize(1240, 820)
        window.show()
        settle(400)
        window.search_panel.field.setText(query)
        window.search_panel.search_now()
        for _ in range(100):  # the first search loads the index; give it up to ten seconds
            settle(100)
            if window.search_panel.result_count() and window.view.hit_ranges():
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
