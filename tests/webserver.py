"""A web server on 127.0.0.1 for the web import tests: it serves the pages of tests/data/web, and answers
that go wrong on purpose (redirects, errors, other content, pages too big or too slow)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.helpers import DATA

WEB = DATA / "web"
PAGES = ("rain.html", "bread.html", "library.html", "bees.html")
EXPECTED: dict[str, dict] = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
SLOW_SECONDS = 3.0  # how long /slow waits before answering: longer than the short timeouts the tests give


@dataclass
class Site:
    """The running server: its address, and pages a test may change while it runs (`changing`)."""

    base: str
    changing: dict[str, bytes] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """The full address of a path on this server."""
        return f"{self.base}{path}"


@contextmanager
def serve() -> Iterator[Site]:
    """Serve the test pages in a thread for the duration of the block."""
    site = Site("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append(self.path)
            path = self.path.split("?")[0]
            parts = path.strip("/").split("/")
            if parts[0] == "pages" and parts[-1] in (*PAGES, "ticker.js"):
                kind = "application/javascript" if parts[-1].endswith(".js") else "text/html; charset=utf-8"
                self._send(200, (WEB / parts[-1]).read_bytes(), kind)
            elif parts[0] == "changing":
                self._send(200, site.changing[parts[1]], "text/html; charset=utf-8")
            elif parts[0] == "cp1256":  # the header's charset wins over the page's (wrong) <meta charset>
                text = (WEB / "rain.html").read_text(encoding="utf-8")
                self._send(200, text.encode("cp1256", "replace"), "text/html; charset=windows-1256")
            elif parts[0] == "redirect":  # /redirect/N: N more redirects, then the rain page
                left = int(parts[1])
                self._redirect(f"/redirect/{left - 1}" if left else "/pages/rain.html")
            elif parts[0] == "to-file":
                self._redirect("file:///etc/passwd")
            elif parts[0] == "to-ftp":
                self._redirect("ftp://127.0.0.1/page.html")
            elif parts[0] == "missing":
                self._send(404, b"<html><body><p>not here</p></body></html>", "text/html")
            elif parts[0] == "broken":
                self._send(500, b"<html><body><p>oops</p></body></html>", "text/html")
            elif parts[0] == "image.png":
                self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
            elif parts[0] == "untyped":
                self._send(200, b"plain words, no markup", None)
            elif parts[0] == "big":  # /big/BYTES, sent without a Content-Length
                self._send(200, b"<html><body><p>" + b"x" * int(parts[1]), "text/html", length=False)
            elif parts[0] == "declared-big":  # says 40 MB, sends little
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(40 * 2**20))
                self.end_headers()
                self.wfile.write(b"<html><body><p>short</p>")
            elif parts[0] == "slow":
                time.sleep(SLOW_SECONDS)
                self._send(200, (WEB / "rain.html").read_bytes(), "text/html")
            else:
                self._send(404, b"", "text/html")

        def _send(self, code: int, body: bytes, kind: str | None, length: bool = True) -> None:
            self.send_response(code)
            if kind:
                self.send_header("Content-Type", kind)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a size limit stops reading
                self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests say what went wrong."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
