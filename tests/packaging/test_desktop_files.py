"""The desktop entry, AppStream metainfo and icons: valid for the distributions' tools, and consistent."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from configparser import ConfigParser
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.helpers import REPO

DESKTOP = REPO / "resources" / "desktop"
ENTRY = DESKTOP / "applications" / "org.qari.Qari.desktop"
METAINFO = DESKTOP / "metainfo" / "org.qari.Qari.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (packaging/setup.sh installs it)")
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_validate_accepts_the_entry():
    result = run_validator("desktop-file-validate", str(ENTRY))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_appstreamcli_accepts_the_metainfo():
    result = run_validator("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_entry_opens_files_and_is_named_in_arabic():
    keys = entry()
    assert keys["Exec"] == "qari %F"
    assert keys["Icon"] == ENTRY.stem
    assert keys["Name[ar]"] == "قارئ" and keys["Comment[ar]"]
    assert set(keys["MimeType"].strip(";").split(";")) == {
        "text/plain", "text/markdown", "text/html", "application/xhtml+xml", "application/epub+zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
    assert keys["Categories"] == "Office;Viewer;"


def test_the_metainfo_matches_the_entry_the_package_and_the_screenshots():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == ENTRY.stem
    assert root.findtext("launchable") == ENTRY.name
    assert root.findtext("provides/binary") == "qari"
    assert root.find("releases/release").get("version") == version("qari")
    arabic = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(summary.get(arabic) == "ar" for summary in root.iter("summary"))
    assert any(p.get(arabic) == "ar" for p in root.iter("p"))
    for image in root.iter("image"):
        path = urlparse(image.text or "").path
        assert (REPO / "docs" / Path(path).name).is_file(), f"{path} is not a screenshot in docs/"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_icon_has_its_size(size):
    png = DESKTOP / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "org.qari.Qari.png"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (size, size)


def test_the_svg_icon_is_bundled_for_the_window():
    svg = REPO / "resources" / "icons" / "qari.svg"
    assert ElementTree.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
