"""`qari --install-desktop`: put Qari in the user's application menu, with its icon and AppStream metainfo.

The files come from resources/desktop/, laid out as they go under share/; only the entry's Exec line changes,
to start the very `qari` that runs this command.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from reader.cli.terminal import error, one_line
from reader.resources import APP_ICON, DESKTOP_FILES, resource_path

APP_ID = "org.qari.Qari"
_COPIED_SUFFIXES = {".desktop", ".xml", ".png"}
# Characters that make the Desktop Entry spec quote an Exec argument, and those escaped inside the quotes.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED = set('"`$\\')


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not an absolute path (as the XDG spec says)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this Qari: the built app, the running `qari` script, or `python -m reader`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name == "qari" and script.is_file():
        return [str(script.absolute())]
    beside = Path(sys.executable).parent / "qari"
    if beside.is_file():
        return [str(beside)]
    return [sys.executable, "-m", "reader"]


def exec_line(command: list[str]) -> str:
    """The Exec value that runs `command` with the files to open, quoted and escaped as the spec asks."""
    arguments = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if _EXEC_RESERVED.intersection(argument):
            argument = '"' + "".join(f"\\{c}" if c in _EXEC_ESCAPED else c for c in argument) + '"'
        arguments.append(argument)
    value = " ".join([*arguments, "%F"])
    # Exec is a string value too, so its own escapes apply on top of the quoting.
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def install(target: Path, command: list[str]) -> list[Path]:
    """Write the entry (starting `command`), the metainfo and the icons under `target`; returns the files."""
    source = resource_path(DESKTOP_FILES)
    contents: dict[Path, bytes] = {}
    for file in sorted(source.rglob("*")):
        if file.is_file() and file.suffix in _COPIED_SUFFIXES:
            data = file.read_bytes()
            if file.suffix == ".desktop":
                data = _with_exec(data.decode("utf-8"), exec_line(command)).encode("utf-8")
            contents[target / file.relative_to(source)] = data
    scalable = target / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    contents[scalable] = resource_path(APP_ICON).read_bytes()
    for path, data in contents.items():
        _write_replacing(path, data)
    return list(contents)


def refresh_caches(target: Path) -> None:
    """Tell the menu and the icon theme about the new files, with whichever tools this system has."""
    for tool, arguments in (
        ("update-desktop-database", ["-q", str(target / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(target / "icons" / "hicolor")]),
    ):
        found = shutil.which(tool)
        if found:
            # A menu that refreshes later is no reason to fail the installation.
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                subprocess.run([found, *arguments], check=False, capture_output=True, timeout=60)


def install_command() -> int:
    """Install the desktop entry for the current user; returns the exit status."""
    target = data_home()
    try:
        written = install(target, launcher())
    except OSError as failure:
        reason = failure.strerror or failure
        error(f"cannot install the desktop entry in {target}: {reason}.")
        return 1
    refresh_caches(target)
    entry = next(path for path in written if path.suffix == ".desktop")
    others = len(written) - 1
    print(one_line(f"Qari is in the application menu: {entry} and {others} icon and metainfo files."))
    return 0


def _with_exec(entry: str, value: str) -> str:
    lines = [f"Exec={value}" if line.startswith("Exec=") else line for line in entry.splitlines()]
    return "\n".join(lines) + "\n"


def _write_replacing(path: Path, data: bytes) -> None:
    """Write through a temporary file, so an interrupted install never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
