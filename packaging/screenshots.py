"""Take the README's screenshots: run under a display (e.g. `xvfb-run -a -s "-screen 0 1280x860x24"`).

python packaging/screenshots.py docs/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from reader.gui.launch import create_application, create_window


def main(out: Path) -> None:
    """Open a fresh library (so the sample article is shown) and save the window as PNG."""
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as library:
        window = create_window(Path(library))
        window.resize(1240, 820)
        window.show()

        def shoot() -> None:
            window.grab().save(str(out / "window.png"))
            window.workspace.close()
            app.quit()

        QTimer.singleShot(700, shoot)
        app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
