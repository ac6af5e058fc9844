"""`qari --install-desktop`: the entry, icons and metainfo land in the user's data folder, ready to launch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

from reader.cli.desktop import exec_line, install

QARI = Path(sys.executable).parent / "qari"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def install_desktop(tmp_path: Path, data_home: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    env.pop("XDG_DATA_HOME", None)
    if data_home is not None:
        env["XDG_DATA_HOME"] = data_home
    command = [str(QARI)] if QARI.is_file() else [sys.executable, "-m", "reader"]
    return subprocess.run(
        [*command, "--install-desktop"], capture_output=True, text=True, env=env, timeout=120
    )


def exec_of(entry: Path) -> str:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    return parser["Desktop Entry"]["Exec"]


def test_install_desktop_puts_entry_icons_and_metainfo_in_xdg_data_home(tmp_path):
    share = tmp_path / "share"
    result = install_desktop(tmp_path, str(share))
    assert result.returncode == 0, result.stderr
    entry = share / "applications" / "org.qari.Qari.desktop"
    assert str(entry) in result.stdout
    assert (share / "metainfo" / "org.qari.Qari.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "org.qari.Qari.svg").is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "org.qari.Qari.png").is_file()

    program, files = exec_of(entry).rsplit(" ", 1)
    assert files == "%F"
    assert Path(program).is_absolute() and os.access(program, os.X_OK)
    assert not (tmp_path / "home").exists()
    if shutil.which("desktop-file-validate"):
        validation = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert validation.returncode == 0 and not validation.stdout.strip(), validation.stdout


def test_install_desktop_runs_again_and_falls_back_to_the_home_folder(tmp_path):
    for _ in range(2):
        result = install_desktop(tmp_path, "relative/share")  # not absolute: ignored, as the spec says
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "home" / ".local" / "share" / "applications" / "org.qari.Qari.desktop").is_file()
    assert not (tmp_path / "relative").exists()


def test_install_desktop_reports_a_folder_it_cannot_write(tmp_path):
    (tmp_path / "share").write_text("a file where the folder should be")
    result = install_desktop(tmp_path, str(tmp_path / "share"))
    assert result.returncode == 1
    assert result.stderr.startswith("qari: cannot install the desktop entry")
    assert len(result.stderr.splitlines()) == 1


def test_install_desktop_never_loads_qt(tmp_path):
    code = (
        "import contextlib, io, sys\n"
        "from reader.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): status = main(['--install-desktop'])\n"
        "print(status, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == "0 []", result.stderr


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/usr/bin/qari"], "/usr/bin/qari %F"),
        (["/opt/my apps/qari"], '"/opt/my apps/qari" %F'),
        (["/home/a$b/100%/qari"], '"/home/a\\\\$b/100%%/qari" %F'),
        (["/usr/bin/python3", "-m", "reader"], "/usr/bin/python3 -m reader %F"),
    ],
)
def test_exec_line_quotes_paths_as_the_desktop_entry_spec_asks(command, expected):
    assert exec_line(command) == expected


def test_an_entry_for_a_path_with_spaces_and_symbols_is_valid(tmp_path):
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (packaging/setup.sh installs it)")
    install(tmp_path, [str(tmp_path / "my apps" / "$qari's")])
    entry = tmp_path / "applications" / "org.qari.Qari.desktop"
    validation = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert validation.returncode == 0 and not validation.stdout.strip(), validation.stdout
