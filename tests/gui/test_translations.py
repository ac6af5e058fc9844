"""The translations cover every string of the interface."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from reader.resources import resource_path

GUI = Path(__file__).resolve().parents[2] / "reader" / "gui"
LUPDATE = Path(PySide6.__file__).parent / "lupdate"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code today."""
    if not LUPDATE.exists():
        pytest.skip("lupdate is not beside PySide6")
    found = tmp_path_factory.mktemp("lupdate") / "found.ts"
    subprocess.run([str(LUPDATE), "-silent", *map(str, sorted(GUI.rglob("*.py"))), "-ts", str(found)],
                   check=True, timeout=120)
    return messages(found)


def test_every_interface_string_has_an_arabic_translation(source_strings):
    arabic = messages(resource_path("translations/qari_ar.ts"))
    missing = sorted(key for key in source_strings if key not in arabic)
    assert not missing
    for (context, source), message in arabic.items():
        translation = message.find("translation")
        assert translation.get("type") is None, (context, source)
        if message.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            assert len(forms) == 6 and all(forms), source  # zero, one, two, few, many, other
        else:
            assert translation.text, source


def test_english_spells_out_every_plural(source_strings):
    english = messages(resource_path("translations/qari_en.ts"))
    plurals = {key for key, message in source_strings.items() if message.get("numerus") == "yes"}
    assert plurals and plurals <= set(english)
    for message in english.values():
        forms = [form.text for form in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in "".join(forms)
