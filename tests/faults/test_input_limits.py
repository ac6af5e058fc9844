"""Imports look before they read: devices, pipes and sockets are refused unread, sizes are checked with
stat, folders bring in only what they hold, and every refusal is one line (issue 15, items 4, 8, 13, 14)."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from reader.core.document.importers.decoding import decode
from reader.core.errors import ImportFailure
from reader.core.library import Workspace
from tests.helpers import SAMPLE, run_qari


def refused_in_one_line(library: Path, *args: str) -> str:
    result = run_qari(library, "import", *args)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qari: "), result.stderr
    return result.stderr


def test_a_device_is_refused_at_once_and_unread(tmp_path: Path):
    started = time.monotonic()
    message = refused_in_one_line(tmp_path / "library", "/dev/zero")
    assert "not a regular file" in message and time.monotonic() - started < 10


def test_a_named_pipe_nobody_writes_to_never_blocks(tmp_path: Path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert "not a regular file" in refused_in_one_line(tmp_path / "library", str(pipe))


def test_a_socket_is_refused(tmp_path: Path):
    path = tmp_path / "socket.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "cannot be read" in refused_in_one_line(tmp_path / "library", str(path))


def test_a_huge_sparse_file_is_refused_by_its_size_before_a_byte_is_read(tmp_path: Path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(3 * 2**30)  # 3 GB that take no room on disk, and would take 3 GB of memory to read
    assert "over the 32 MB limit" in refused_in_one_line(tmp_path / "library", str(huge))


def test_a_name_too_long_is_one_line(tmp_path: Path):
    name = tmp_path / ("ا" * 200 + ".txt")  # 400 bytes in UTF-8, over the 255 a name may have
    assert "too long" in refused_in_one_line(tmp_path / "library", str(name))


def test_a_folder_leaves_out_links_to_files_outside_it_and_says_so(tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text("سر لا يخص المكتبة.\n\nفقرة فيه.\n", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "article.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "link.txt").symlink_to(outside)
    (folder / "inner.txt").symlink_to(folder / "article.txt")  # inside: kept
    (folder / "loop").symlink_to(folder)  # a link to a folder is not followed
    library = tmp_path / "library"
    result = run_qari(library, "import", str(folder))
    assert result.returncode == 1 and "link.txt links to a file outside" in result.stderr
    with Workspace(library) as workspace:
        paths = [summary.path for summary in workspace.library.summaries()]
    assert str(outside) not in paths and len(paths) == 1


def test_one_bad_byte_in_utf8_is_replaced_with_a_warning_not_read_as_a_code_page(tmp_path: Path):
    text = SAMPLE.read_text(encoding="utf-8")
    data = text.encode("utf-8")
    cut = data.index("العلم".encode())
    damaged = data[:cut] + b"\xff" + data[cut:]
    decoded = decode(damaged, "damaged.txt")
    assert decoded.encoding == "utf-8" and decoded.text == text[: len(data[:cut].decode())] + "\ufffd" + text[
        len(data[:cut].decode()) :
    ]
    assert decoded.warnings and "1 invalid UTF-8 byte sequence" in decoded.warnings[0]
    source = tmp_path / "damaged.txt"
    source.write_bytes(damaged)
    result = run_qari(tmp_path / "library", "import", str(source))
    assert result.returncode == 0 and result.stderr.startswith("qari: warning: damaged.txt: 1 invalid")


def test_an_arabic_code_page_file_is_still_read_in_its_code_page():
    text = SAMPLE.read_text(encoding="utf-8")
    decoded = decode(text.encode("cp1256", "replace"), "old.txt")
    assert decoded.encoding in ("cp1256", "windows-1256") and not decoded.warnings
    assert "العلم" in decoded.text


def test_a_nul_after_the_first_64k_characters_of_a_bom_file_is_refused():
    text = "فقرة عربية طويلة. " * 5000 + "\x00" + "بقية."
    with pytest.raises(ImportFailure, match="not look like a text file"):
        decode(b"\xef\xbb\xbf" + text.encode(), "late-nul.txt")
