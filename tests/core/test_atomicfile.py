"""Exports are written atomically: the old file stays whole when the new one cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.atomicfile import replacing, write_atomically
from reader.core.errors import ExportFailure
from tests.helpers import remount_read_only, small_disk


def test_a_file_is_replaced_whole_and_no_temporary_file_is_left(tmp_path: Path):
    target = tmp_path / "export.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "جديد".encode())
    assert target.read_text(encoding="utf-8") == "جديد"
    assert os.listdir(tmp_path) == ["export.md"]
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions are kept


def test_a_file_written_in_steps_keeps_the_permissions_of_the_one_it_replaces(tmp_path: Path):
    target = tmp_path / "speech.wav"
    target.write_bytes(b"old")
    target.chmod(0o600)
    with replacing(target) as temporary, temporary.open("wb") as file:  # as qari speak writes its audio
        file.write(b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path):
    target = tmp_path / "new.csv"
    write_atomically(target, b"x")
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_a_missing_folder_or_a_folder_as_target_is_a_plain_error(tmp_path: Path):
    with pytest.raises(ExportFailure, match="folder does not exist"):
        write_atomically(tmp_path / "nowhere" / "x.md", b"x")
    with pytest.raises(ExportFailure, match="it is a folder"):
        write_atomically(tmp_path, b"x")


def test_a_read_only_file_system_leaves_the_old_file_intact(tmp_path: Path):
    with small_disk(tmp_path / "ro", "1m") as folder:
        target = folder / "export.html"
        target.write_text("old export", encoding="utf-8")
        remount_read_only(folder)
        with pytest.raises(ExportFailure, match="read-only") as caught:
            write_atomically(target, b"new export")
        assert "\n" not in str(caught.value)
        assert target.read_text(encoding="utf-8") == "old export"
        assert os.listdir(folder) == ["export.html"]


def test_a_full_disk_leaves_the_old_file_intact_and_no_partial_file(tmp_path: Path):
    with small_disk(tmp_path / "small", "64k") as folder:
        target = folder / "export.json"
        target.write_text("old export", encoding="utf-8")
        with pytest.raises(ExportFailure, match="disk is full"):
            write_atomically(target, b"x" * 512 * 1024)
        assert target.read_text(encoding="utf-8") == "old export"
        assert os.listdir(folder) == ["export.json"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
