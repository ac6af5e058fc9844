from __future__ import annotations

import os
import subprocess
import sys
import uuid

from reader.gui.window.singleinstance import InstanceServer, hand_over, server_name
from tests.helpers import REPO


def test_a_second_launch_hands_its_file_to_the_running_window(open_window, library_folder, tmp_path, qtbot):
    window = open_window()
    server = InstanceServer(server_name(library_folder), window)
    server.launchReceived.connect(window.library.receive_launch)
    assert server.listen()
    article = tmp_path / "second.txt"
    article.write_text("مقالة من التشغيل الثاني\nفقرة قصيرة.\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    launch = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library_folder), str(article)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
    assert launch.returncode == 0, launch.stderr.read()
    qtbot.waitUntil(lambda: window.view.article and window.view.article.title == "مقالة من التشغيل الثاني",
                    timeout=20_000)
    assert len(window.library_panel.article_ids()) == 2
    server.close()


def test_a_socket_left_by_a_crashed_window_is_cleared(qtbot):
    name = f"qari-test-{uuid.uuid4().hex[:12]}"
    crash = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "app = QCoreApplication([])\n"
        "server = QLocalServer()\n"
        "assert server.listen(sys.argv[1])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", crash, name], timeout=60)
    assert not hand_over(name, [])  # nobody answers on the stale socket
    server = InstanceServer(name)
    assert server.listen()
    assert hand_over(name, [])
    server.close()
