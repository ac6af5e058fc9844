"""An export's target that is not a plain file: a link is followed, a device or pipe written through,
never renamed over; a folder, a socket or a pipe nobody reads is refused in one line."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from reader.core.atomicfile import write_atomically
from reader.core.errors import ExportFailure
from reader.core.library import Workspace
from tests.helpers import SAMPLE, run_qari

DATA = "عنوان,ملاحظة\n".encode()


def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path: Path):
    target = tmp_path / "real.csv"
    target.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_atomically(link, DATA)
    assert link.is_symlink() and target.read_bytes() == DATA


def test_a_dangling_link_creates_the_file_it_names(tmp_path: Path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "later.csv")
    write_atomically(link, DATA)
    assert link.is_symlink() and (tmp_path / "later.csv").read_bytes() == DATA


def test_a_device_is_written_through_not_replaced():
    write_atomically(Path("/dev/null"), DATA)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_device_is_one_line_and_stays_a_device():
    with pytest.raises(ExportFailure, match="disk is full"):
        write_atomically(Path("/dev/full"), DATA)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_pipe_with_a_reader_is_written_through(tmp_path: Path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    try:
        for _ in range(200):  # the reader opens its end first, or the write is refused
            try:
                write_atomically(pipe, DATA)
                break
            except ExportFailure:
                threading.Event().wait(0.01)
    finally:
        reader.join(timeout=10)
    assert received == [DATA] and stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_pipe_nobody_reads_is_refused_at_once(tmp_path: Path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(ExportFailure, match="nothing is reading"):
        write_atomically(pipe, DATA)
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_socket_and_a_folder_are_refused(tmp_path: Path):
    path = tmp_path / "socket"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(ExportFailure):
            write_atomically(path, DATA)
        assert stat.S_ISSOCK(path.stat().st_mode)
    with pytest.raises(ExportFailure, match="folder"):
        write_atomically(tmp_path, DATA)


def test_the_command_line_writes_through_dev_null_and_refuses_a_folder(tmp_path: Path):
    library = tmp_path / "library"
    with Workspace(library) as workspace:
        article = workspace.import_file(SAMPLE).article
        workspace.highlights.add_quote(article, "العلم صيد")
    written = run_qari(library, "export", "--format", "csv", "-o", "/dev/null")
    assert written.returncode == 0, written.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    refused = run_qari(library, "export", "--format", "csv", "-o", str(tmp_path))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1 and "folder" in refused.stderr
