"""Fetching a web page for import, with the standard library's `urllib`, within plain limits.

Only http and https are fetched (redirects too), at most `MAX_REDIRECTS` redirects are followed, a page
over `MAX_FILE_BYTES` is refused (by its Content-Length, or once that much has been read), the server must
answer each step (connecting, each read) within the timeout, and only HTML (`text/html`,
`application/xhtml+xml`) is taken. Each refusal is one `ImportFailure` line naming the address.
"""

from __future__ import annotations

import codecs
import re
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException, HTTPMessage, HTTPResponse
from importlib.metadata import PackageNotFoundError, version
from typing import IO
from urllib.parse import urlsplit

from reader.core.document.importers.decoding import MAX_FILE_BYTES
from reader.core.errors import ImportFailure

TIMEOUT = 20.0  # seconds the server has to accept the connection, and to send each part of the page
MAX_REDIRECTS = 5
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")  # two letters at least: C: is a Windows drive
_HTML_START = re.compile(rb"\s*(<!doctype html|<html|<head)", re.IGNORECASE)


def _own_version() -> str:
    try:
        return version("qari")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0"


USER_AGENT = f"Qari/{_own_version()} (a reader for Arabic articles; fetches one page a reader asked for)"


@dataclass(frozen=True)
class Page:
    """A fetched page: the address it was finally read from (after redirects), its bytes, and the charset
    the server named (None when it named none)."""

    address: str
    data: bytes
    charset: str | None


def is_address(text: str) -> bool:
    """True when `text` is written as a web address (`scheme:…`) rather than a file's path."""
    return bool(_SCHEME.match(text))


def fetch(address: str, timeout: float = TIMEOUT, limit: int = MAX_FILE_BYTES) -> Page:
    """Fetch a web page; raises ImportFailure with one line naming the address."""
    _check_scheme(address, address)
    if not urlsplit(address).hostname:
        raise ImportFailure(f"{address} is not a web address: it names no server.")
    headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(_HTML_TYPES), "Accept-Encoding": "identity"}
    request = urllib.request.Request(address, headers=headers)
    opener = urllib.request.build_opener(_Redirects(address))
    try:
        with opener.open(request, timeout=timeout) as response:
            return _read(address, response, limit)
    except urllib.error.HTTPError as error:
        error.close()
        if 300 <= error.code < 400:  # urllib refuses a redirect to file: and the like before asking us
            raise ImportFailure(
                f"{address}: Qari fetches only http and https web pages (it redirects to {error.filename})."
            ) from None
        raise ImportFailure(f"{address}: the server answered {error.code} {error.reason}.") from None
    except urllib.error.URLError as error:
        raise ImportFailure(_unreachable(address, error.reason, timeout)) from None
    except (TimeoutError, ssl.SSLError, OSError, HTTPException) as error:
        raise ImportFailure(_unreachable(address, error, timeout)) from None


def _read(address: str, response: HTTPResponse, limit: int) -> Page:
    headers: Message = response.headers
    content_type = headers.get("Content-Type")
    if content_type is not None and headers.get_content_type() not in _HTML_TYPES:
        raise ImportFailure(f"{address} is not a web page (the server sent {headers.get_content_type()}).")
    declared = headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise ImportFailure(f"{address} is {_megabytes(int(declared))}, over the {_megabytes(limit)} limit.")
    data = _read_at_most(response, limit)
    if data is None:
        raise ImportFailure(f"{address} is over the {_megabytes(limit)} limit for one article.")
    if content_type is None and not _HTML_START.match(data[:1024]):
        raise ImportFailure(f"{address} is not a web page (the server did not say what it sent).")
    return Page(response.geturl(), data, _known_charset(headers.get_content_charset()))


def _read_at_most(stream: IO[bytes], limit: int) -> bytes | None:
    """The whole body, read in chunks; None once it passes `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _check_scheme(address: str, target: str) -> None:
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        what = f"{scheme}:" if scheme else "an address without http:// or https://"
        where = "" if target == address else f" (it redirects to {target})"
        raise ImportFailure(f"{address}: Qari fetches only http and https web pages, not {what}{where}.")


def _known_charset(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None  # an unknown name: the page's own <meta>, else detection, decides


def _unreachable(address: str, reason: object, timeout: float) -> str:
    """The one line that says why a server could not be reached or read."""
    if isinstance(reason, TimeoutError):  # socket.timeout is TimeoutError
        return f"{address}: the server did not answer within {timeout:g} seconds."
    if isinstance(reason, socket.gaierror):
        return f"{address}: no server of that name was found (check the address and the connection)."
    if isinstance(reason, ConnectionRefusedError):
        return f"{address}: the server refused the connection."
    if isinstance(reason, ssl.SSLError):
        return f"{address}: the secure connection failed ({getattr(reason, 'reason', None) or reason})."
    if isinstance(reason, HTTPException):
        return f"{address}: the server's answer broke off or was not HTTP."
    text = getattr(reason, "strerror", None) or str(reason)
    return f"{address}: the page could not be fetched ({text})."


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f} MB"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http and https addresses."""

    def __init__(self, address: str) -> None:
        self._address = address
        self._followed = 0

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        """The request for the address a redirect names, once it is checked."""
        self._followed += 1
        try:
            _check_scheme(self._address, newurl)
            if self._followed > MAX_REDIRECTS:
                raise ImportFailure(f"{self._address} redirects more than {MAX_REDIRECTS} times.")
        except ImportFailure:
            fp.close()
            raise
        return super().redirect_request(req, fp, code, msg, headers, newurl)
