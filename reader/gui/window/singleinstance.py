"""One window per user and library: a second launch hands its files to the running window and exits.

The running window listens on a local socket named after the user and the library folder. A launch
that can connect sends the files it was given (JSON) and stops; one that cannot clears any socket left by
a crashed run and listens itself.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_CONNECT_MS = 400


def server_name(folder: Path) -> str:
    """The socket name for this user and library folder."""
    key = f"{getpass.getuser()}:{folder.expanduser().resolve()}"
    return "qari-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def hand_over(name: str, files: list[Path], article: str | None = None) -> bool:
    """Give the files (and an article to open) to a window already running on this library; False when
    none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_CONNECT_MS):
        return False
    message = json.dumps({"files": [str(path.expanduser().resolve()) for path in files], "article": article})
    socket.write(message.encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(_CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches; what each one asks for arrives through `launchReceived`."""

    # the files (list[Path]) and article id ("" for none) of a later launch; the window comes to the front
    launchReceived = Signal(list, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening, clearing a socket a crashed run left behind; False if that fails."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            received = bytearray()

            def read(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                received.extend(socket.readAll().data())

            handled: list[bool] = []

            def done(
                socket: QLocalSocket = socket, received: bytearray = received, handled: list[bool] = handled
            ) -> None:
                if handled:  # a socket closing while it is looked at can report its end twice
                    return
                handled.append(True)
                read()
                socket.deleteLater()
                self.launchReceived.emit(*_launch(bytes(received)))

            socket.readyRead.connect(read)
            socket.disconnected.connect(done)
            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                done()


def _launch(message: bytes) -> tuple[list[Path], str]:
    try:
        request = json.loads(message.decode("utf-8"))
        files, article = request.get("files") or [], request.get("article") or ""
    except (ValueError, AttributeError):
        return [], ""
    return [Path(f) for f in files if isinstance(f, str)], article if isinstance(article, str) else ""
