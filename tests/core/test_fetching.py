"""Fetching web pages from a server on 127.0.0.1: limits and refusals, each one line naming the address."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from reader.core.errors import ImportFailure
from reader.core.library.fetching import MAX_REDIRECTS, USER_AGENT, fetch, is_address
from tests.webserver import PAGES, SLOW_SECONDS, WEB, Site, serve


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    """The test pages served on 127.0.0.1 for this module's tests."""
    with serve() as running:
        yield running


def refusal(address: str, **options: float) -> str:
    """The one line a fetch of `address` is refused with."""
    with pytest.raises(ImportFailure) as caught:
        fetch(address, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and address in message
    return message


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_fetched_as_the_server_sent_it(site, name):
    page = fetch(site.url(f"/pages/{name}"))
    assert page.data == (WEB / name).read_bytes()
    assert page.charset == "utf-8"
    assert page.address == site.url(f"/pages/{name}")


def test_the_header_names_the_charset(site):
    page = fetch(site.url("/cp1256"))
    assert page.charset == "cp1256"
    sent = (WEB / "rain.html").read_text(encoding="utf-8").encode("cp1256", "replace")  # ١٤ becomes ??
    assert page.data == sent


def test_redirects_are_followed_up_to_the_limit(site):
    page = fetch(site.url(f"/redirect/{MAX_REDIRECTS - 1}"))  # MAX_REDIRECTS redirects in all
    assert page.address == site.url("/pages/rain.html")
    assert page.data == (WEB / "rain.html").read_bytes()


def test_one_redirect_more_is_refused(site):
    assert f"more than {MAX_REDIRECTS} times" in refusal(site.url(f"/redirect/{MAX_REDIRECTS}"))


@pytest.mark.parametrize("path, scheme", [("/to-file", "file:"), ("/to-ftp", "ftp:")])
def test_a_redirect_away_from_the_web_is_refused(site, path, scheme):
    message = refusal(site.url(path))
    assert "only http and https" in message and scheme in message


@pytest.mark.parametrize("address", ["ftp://127.0.0.1/page.html", "file:///etc/passwd", "data:text/html,<p>"])
def test_other_schemes_are_refused_before_anything_is_sent(site, address):
    before = len(site.requests)
    assert "only http and https" in refusal(address)
    assert len(site.requests) == before


@pytest.mark.parametrize("path, code", [("/missing", "404"), ("/broken", "500")])
def test_an_error_status_is_one_line_with_its_code(site, path, code):
    assert f"answered {code}" in refusal(site.url(path))


@pytest.mark.parametrize("path", ["/image.png", "/untyped"])
def test_what_is_not_html_is_refused(site, path):
    assert "is not a web page" in refusal(site.url(path))


def test_a_page_over_the_limit_without_a_length_is_refused_once_read_that_far(site):
    assert "over the 1 MB limit" in refusal(site.url(f"/big/{2 * 2**20}"), limit=2**20)
    assert fetch(site.url(f"/big/{2**19}"), limit=2**20).data.startswith(b"<html>")


def test_a_declared_length_over_the_limit_is_refused_unread(site):
    assert "is 40 MB, over the 32 MB limit" in refusal(site.url("/declared-big"))


def test_a_server_that_does_not_answer_in_time_is_left(site):
    start = time.monotonic()
    assert "did not answer within 0.5 seconds" in refusal(site.url("/slow"), timeout=0.5)
    assert time.monotonic() - start < SLOW_SECONDS


def test_a_refused_connection_and_an_unknown_server_are_one_line_each():
    with serve() as gone:
        address = gone.url("/pages/rain.html")
    assert "refused the connection" in refusal(address)
    assert "no server of that name" in refusal("http://qari-test.invalid/page.html")


def test_the_user_agent_names_qari():
    assert USER_AGENT.startswith("Qari/")


@pytest.mark.parametrize(
    "text, address",
    [("https://example.org/a", True), ("ftp://x/y", True), ("file:///tmp/a.html", True),
     ("notes/article.html", False), ("C:\\texts\\a.html", False), ("article.md", False)],
)
def test_addresses_are_told_from_paths(text, address):
    assert is_address(text) is address
