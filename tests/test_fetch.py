"""Fetching by URL against real HTTP servers on 127.0.0.1 (pytest-httpserver, and a raw socket
server for what a well-behaved server cannot do: stall, truncate, stream without end).

Nothing here mocks requests. Limits are tiny so that the retries and timeouts take well under a
second each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import loaders.fetch as fetch
from loaders.cli import main
from loaders.documents import document_from_path, split_front_matter
from loaders.fetch import (
    FetchError,
    HTTPFailure,
    Incomplete,
    Limits,
    NoText,
    NotSaved,
    NotTextContent,
    Offline,
    Refused,
    ResponseTooLarge,
    TimedOut,
    TooManyRedirects,
    download,
    fetch_into,
    fetch_public_document,
    make_session,
    save_document,
    stable_name,
    targets,
    user_agent,
)
from loaders.sources import Source, load_sources

ROOT = Path(__file__).resolve().parent.parent
FAST = Limits(
    connect_timeout=2.0, read_timeout=0.5, total_seconds=10.0, retries=2, backoff_factor=0.001
)
NOW = dt.datetime(2026, 7, 1, 12, 0, 0, tzinfo=dt.UTC)
ARTICLE = """<!doctype html><html><head>
<title>Cambodia stays on watch list - Example News</title>
<meta property="og:title" content="Cambodia stays on watch list">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2016-06-30T10:00:00Z">
<meta property="og:site_name" content="Example News">
</head><body><nav>Home | World | Asia</nav><article><h1>Cambodia stays on watch list</h1>
<p>Cambodia remains on the Tier 2 Watch List in the 2016 Trafficking in Persons report, the State
Department said on Thursday in Washington.</p>
<p>“We are disappointed by the decision,” said a spokesman for the government, who added that the
police had made many arrests of traffickers over the past year.</p>
<p>Advocates said the country had made progress against the sexual exploitation of children.</p>
</article><footer>Copyright Example News</footer></body></html>""".encode()
ARTICLE_SENTENCE = "Cambodia remains on the Tier 2 Watch List in the 2016 Trafficking in Persons"
HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    # Our own instance (not the shared fixture) so it listens on 127.0.0.1 and serves in threads.
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.stop()


@pytest.fixture
def http(server: HTTPServer) -> Iterator[HTTPServer]:
    yield server
    server.clear()


@pytest.fixture
def session():
    with make_session(FAST) as s:
        yield s


def front_matter(path: Path) -> dict:
    meta, body, notes = split_front_matter(path.read_text(encoding="utf-8"))
    assert not notes
    return {k: str(v) for k, v in meta.items()} | {"body": body}


def stored_copy(path: Path, url: str) -> bytes:
    """A good stored document for ``url``, fetched before, as a refresh would find it."""
    data = (
        f"---\nurl: {url}\ntitle: Stored\nfetched_at: '2026-01-01T00:00:00Z'\n---\n"
        "The stored text, which must survive.\n"
    ).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


@contextmanager
def raw_server(respond: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """A socket server answering every connection with ``respond(conn, stop)``; yields a URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                respond(conn, stop)
            except OSError:
                pass  # the client hung up, as it should past a cap or a timeout

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/page"
    finally:
        stop.set()
        thread.join()
        listener.close()


def stall_mid_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html>"
    )
    stop.wait(5)


def stall_before_headers(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(5)


def drip_a_byte_every_tenth_of_a_second(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 9999\r\n\r\n")
    deadline = time.monotonic() + 8  # bounded: a client without a deadline reads until then
    while time.monotonic() < deadline and not stop.wait(0.1):
        conn.sendall(b"x")


def truncated(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n")
    conn.sendall(ARTICLE[:300])


def endless_20_mb(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
    chunk = b"<p>" + b"x" * 65_000 + b"</p>\n"
    for _ in range(20 * 1024 * 1024 // len(chunk)):
        conn.sendall(chunk)


# ---- a good page ----------------------------------------------------------------------------


def test_article_saved_with_front_matter_and_main_text(http, session, tmp_path):
    seen = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("User-Agent", ""))
        return Response(ARTICLE, content_type=HTML, headers={"ETag": '"v1"'})

    http.expect_request("/article").respond_with_handler(handler)
    url = http.url_for("/article")
    outcome = fetch_into(
        url, tmp_path / "a.md", session=session, allow_private=True, limits=FAST, now=NOW
    )
    assert (outcome.status, outcome.path) == ("fetched", tmp_path / "a.md")
    meta = front_matter(tmp_path / "a.md")
    assert {k: meta[k] for k in ("url", "title", "published", "publisher", "author")} == {
        "url": url,
        "title": "Cambodia stays on watch list",
        "published": "2016-06-30",
        "publisher": "Example News",
        "author": "Jane Reporter",
    }
    assert meta["fetched_at"] == "2026-07-01T12:00:00Z"
    assert meta["sha256"] == hashlib.sha256(ARTICLE).hexdigest()
    assert meta["etag"] == '"v1"'
    assert ARTICLE_SENTENCE in meta["body"]
    assert "Home | World" not in meta["body"], "navigation is not main text"
    assert seen and seen[0].startswith("TierWatch/"), "User-Agent names Tier Watch"
    document = document_from_path(tmp_path / "a.md")
    assert (str(document.published), document.notes) == ("2016-06-30", ())


def test_overrides_from_sources_win_over_the_page(http, session, tmp_path):
    http.expect_request("/article").respond_with_data(ARTICLE, content_type=HTML)
    overrides = {
        "title": "Given title",
        "published": "2016-07",
        "publisher": "VOA Khmer",
        "rights": "public domain (US government work)",
    }
    fetch_into(
        http.url_for("/article"),
        tmp_path / "a.md",
        session=session,
        allow_private=True,
        overrides=overrides,
    )
    meta = front_matter(tmp_path / "a.md")
    assert (meta["title"], meta["published"], meta["publisher"], meta["author"]) == (
        "Given title",
        "2016-07",
        "VOA Khmer",
        "Jane Reporter",
    )
    assert meta["rights"] == "public domain (US government work)"


def test_plain_text_page_is_kept_as_text(http, session, tmp_path):
    http.expect_request("/notes.txt").respond_with_data(
        "IJM said the police crackdown worked.\n", content_type="text/plain"
    )
    fetch_into(
        http.url_for("/notes.txt"),
        tmp_path / "n.md",
        session=session,
        allow_private=True,
        limits=FAST,
    )
    assert front_matter(tmp_path / "n.md")["body"] == "IJM said the police crackdown worked.\n"


# ---- retries --------------------------------------------------------------------------------


def test_500_then_200_is_retried_and_saved(http, session, tmp_path):
    calls = []

    def flaky(request: Request) -> Response:
        calls.append(1)
        if len(calls) == 1:
            return Response("busy", status=500)
        return Response(ARTICLE, content_type=HTML)

    http.expect_request("/flaky").respond_with_handler(flaky)
    outcome = fetch_into(
        http.url_for("/flaky"), tmp_path / "f.md", session=session, allow_private=True, limits=FAST
    )
    assert (outcome.status, len(calls)) == ("fetched", 2)
    assert ARTICLE_SENTENCE in front_matter(tmp_path / "f.md")["body"]


def test_retry_after_is_honoured(http, tmp_path):
    calls = []

    def busy_once(request: Request) -> Response:
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response("slow down", status=503, headers={"Retry-After": "1"})
        return Response(ARTICLE, content_type=HTML)

    http.expect_request("/busy").respond_with_handler(busy_once)
    with make_session(FAST) as s:  # backoff 0.001 s: only Retry-After can explain a 1 s wait
        fetch_into(
            http.url_for("/busy"), tmp_path / "b.md", session=s, allow_private=True, limits=FAST
        )
    assert len(calls) == 2 and calls[1] - calls[0] >= 0.9


# ---- failures: reported, nothing written, a stored copy kept byte for byte -------------------


def redirect_loop(request: Request) -> Response:
    other = "/loop-b" if request.path == "/loop-a" else "/loop-a"
    return Response("", status=302, headers={"Location": other})


def no_main_text(request: Request) -> Response:
    page = "<html><head><title>App</title></head><body><script>load();</script></body></html>"
    return Response(page, content_type=HTML)


SERVED_FAILURES = [
    ("/missing", Response("gone", status=404), HTTPFailure, "HTTP 404"),
    ("/broken", Response("oops", status=500), HTTPFailure, "HTTP 500"),
    ("/report.pdf", Response(b"%PDF-1.4", content_type="application/pdf"), NotTextContent, "pdf"),
    ("/nul", Response(b"<html>\x00\x01\x02</html>", content_type=HTML), NotTextContent, "binary"),
    ("/empty", Response(b"", content_type=HTML), NoText, "empty"),
    ("/blank", Response(b"  \n ", content_type=HTML), NoText, "empty"),
    ("/nav-only", no_main_text, NoText, "no main text"),
    ("/loop-a", redirect_loop, TooManyRedirects, "redirect loop"),
    ("/huge", Response(b"x" * (20 * 1024 * 1024), content_type=HTML), ResponseTooLarge, "5 MB"),
]
SERVED_IDS = ["404", "500-always", "pdf", "nul-bytes", "empty", "blank", "no-main-text"]
SERVED_IDS += ["redirect-loop", "20MB-declared"]


@pytest.mark.parametrize("has_stored_copy", [False, True], ids=["new", "stored"])
@pytest.mark.parametrize("path, answer, error, reason", SERVED_FAILURES, ids=SERVED_IDS)
def test_served_failure_writes_nothing(
    http, session, tmp_path, path, answer, error, reason, has_stored_copy
):
    if callable(answer) and not isinstance(answer, Response):
        http.expect_request(re.compile("/.*")).respond_with_handler(answer)
    else:
        http.expect_request(path).respond_with_response(answer)
    url = http.url_for(path)
    target = tmp_path / "docs" / "doc.md"
    before = stored_copy(target, url) if has_stored_copy else None
    with pytest.raises(error, match=re.compile(re.escape(reason), re.I)):
        fetch_into(url, target, session=session, allow_private=True, limits=FAST)
    assert (target.read_bytes() if target.exists() else None) == before
    assert [p.name for p in target.parent.glob("*")] == (["doc.md"] if before else [])


def test_too_many_redirects(http, session):
    for n in range(8):
        http.expect_request(f"/hop{n}").respond_with_response(
            Response("", status=301, headers={"Location": f"/hop{n + 1}"})
        )
    with pytest.raises(TooManyRedirects, match="more than 5 redirects"):
        download(http.url_for("/hop0"), session=session, allow_private=True, limits=FAST)


def test_a_redirect_is_followed(http, session):
    http.expect_request("/old").respond_with_response(
        Response("", status=301, headers={"Location": "/new"})
    )
    http.expect_request("/new").respond_with_data(ARTICLE, content_type=HTML)
    page = download(http.url_for("/old"), session=session, allow_private=True, limits=FAST)
    assert page is not None and page.raw == ARTICLE and page.url == http.url_for("/old")


@pytest.mark.parametrize("has_stored_copy", [False, True], ids=["new", "stored"])
@pytest.mark.parametrize(
    "respond, error, reason",
    [
        (stall_mid_body, TimedOut, "sent nothing for 0.5 s"),
        (stall_before_headers, TimedOut, "sent nothing for 0.5 s"),
        (truncated, Incomplete, "closed before the whole page"),
        (endless_20_mb, ResponseTooLarge, "over the 5 MB cap; download stopped"),
    ],
    ids=["stall-mid-body", "stall-before-headers", "truncated", "20MB-streamed"],
)
def test_hostile_server_writes_nothing(session, tmp_path, respond, error, reason, has_stored_copy):
    with raw_server(respond) as url:
        target = tmp_path / "doc.md"
        before = stored_copy(target, url) if has_stored_copy else None
        with pytest.raises(error, match=re.escape(reason)):
            fetch_into(url, target, session=session, allow_private=True, limits=FAST)
    assert (target.read_bytes() if target.exists() else None) == before


def test_a_server_dripping_bytes_is_cut_off_at_the_deadline(session):
    # Each byte comes well within the 0.5 s read timeout: only a deadline checked as bytes
    # arrive stops this download (it was checked every 64 KB: 9,999 bytes never reached that).
    limits = replace(FAST, total_seconds=1.5)
    with raw_server(drip_a_byte_every_tenth_of_a_second) as url:
        start = time.monotonic()
        with pytest.raises(
            TimedOut, match=r"no whole page within the 1\.5 s limit \(1 try, 1\.5 s\)"
        ):
            download(url, session=session, allow_private=True, limits=limits)
        elapsed = time.monotonic() - start
    assert 1.5 <= elapsed < 2.0


def test_a_silent_server_message_says_the_tries_and_the_real_time(session):
    connections = []

    def silent(conn: socket.socket, stop: threading.Event) -> None:
        connections.append(time.monotonic())
        stop.wait(5)

    limits = replace(FAST, read_timeout=0.4, retries=3, total_seconds=10)
    with raw_server(silent) as url:
        start = time.monotonic()
        with pytest.raises(TimedOut) as info:
            download(url, session=session, allow_private=True, limits=limits)
        elapsed = time.monotonic() - start
    found = re.fullmatch(
        r"127\.0\.0\.1 sent nothing for 0\.4 s \((\d) tries, ([\d.]+) s in all\)", str(info.value)
    )
    assert found, str(info.value)
    assert int(found.group(1)) == len(connections) == 4
    assert abs(float(found.group(2)) - elapsed) < 0.2


def test_a_silent_server_is_given_up_at_the_deadline_not_after_every_try(session):
    limits = replace(FAST, read_timeout=0.5, retries=3, total_seconds=1.2)
    with raw_server(stall_before_headers) as url:
        start = time.monotonic()
        with pytest.raises(TimedOut, match=r"within the 1\.2 s limit \(3 tries, 1\.2 s in all\)"):
            download(url, session=session, allow_private=True, limits=limits)
    assert time.monotonic() - start < 1.5  # 4 tries of 0.5 s each would take 2 s


def test_failed_refetch_keeps_the_stored_copy_byte_for_byte(http, session, tmp_path):
    http.expect_oneshot_request("/a").respond_with_data(ARTICLE, content_type=HTML)
    url, target = http.url_for("/a"), tmp_path / "a.md"
    fetch_into(url, target, session=session, allow_private=True, limits=FAST)
    before = target.read_bytes()
    http.expect_request("/a").respond_with_response(Response("down", status=503))
    with pytest.raises(HTTPFailure, match="HTTP 503"):
        fetch_into(url, target, session=session, allow_private=True, limits=FAST)
    assert target.read_bytes() == before


# ---- character sets -------------------------------------------------------------------------

CP1252_PAGE = (
    "<html><head>{meta}<title>Cambodge</title></head><body><article>"
    "<p>“Cambodia’s police did well,” said the director of the NGO in Phnom Penh, café owner "
    "and former official, who spoke to reporters about the report on Monday afternoon.</p>"
    "<p>The country stays on the watch list for another year, the report said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "content_type, meta, encoding, expected",
    [
        ("text/html; charset=windows-1252", "", "cp1252", "“Cambodia’s police did well,”"),
        ("text/html", '<meta charset="windows-1252">', "cp1252", "“Cambodia’s police did well,”"),
        (
            "text/html",
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
            "cp1252",
            "café owner",
        ),
        ("text/html; charset=ISO-8859-1", "", "cp1252", "“Cambodia’s police did well,”"),
        ("text/html", "", "utf-8", "“Cambodia’s police did well,”"),
    ],
    ids=["header-cp1252", "meta-charset", "meta-http-equiv", "latin1-label-read-as-cp1252", "utf8"],
)
def test_charset(http, session, tmp_path, content_type, meta, encoding, expected):
    raw = CP1252_PAGE.format(meta=meta).encode(encoding)
    http.expect_request("/cp").respond_with_data(raw, content_type=content_type)
    fetch_into(
        http.url_for("/cp"), tmp_path / "cp.md", session=session, allow_private=True, limits=FAST
    )
    assert expected in front_matter(tmp_path / "cp.md")["body"]


def test_declared_charset_wins_over_utf8_sniffing(http, session, tmp_path):
    # Bytes C3 A9 are "é" in UTF-8 but "Ã©" in windows-1252, and the page has no other non-ASCII
    # byte, so it is valid UTF-8 too: only the declaration can decide.
    page = CP1252_PAGE.format(meta="").replace("“", '"').replace("”", '"').replace("’", "'")
    raw = page.replace("café", "cafÃ©").encode("cp1252")
    raw.decode("utf-8")  # the premise: UTF-8 sniffing alone would read "café"
    http.expect_request("/cp").respond_with_data(raw, content_type="text/html; charset=cp1252")
    fetch_into(
        http.url_for("/cp"), tmp_path / "cp.md", session=session, allow_private=True, limits=FAST
    )
    assert "cafÃ© owner" in front_matter(tmp_path / "cp.md")["body"]


# ---- conditional requests -------------------------------------------------------------------


@pytest.mark.parametrize(
    "validator, conditional_header",
    [("ETag", "If-None-Match"), ("Last-Modified", "If-Modified-Since")],
    ids=["etag", "last-modified"],
)
def test_304_on_second_fetch_keeps_the_stored_copy(
    http, session, tmp_path, validator, conditional_header
):
    value = '"abc"' if validator == "ETag" else "Wed, 01 Jul 2026 10:00:00 GMT"
    conditional = []

    def handler(request: Request) -> Response:
        conditional.append(request.headers.get(conditional_header))
        if request.headers.get(conditional_header) == value:
            return Response(status=304)
        return Response(ARTICLE, content_type=HTML, headers={validator: value})

    http.expect_request("/c").respond_with_handler(handler)
    url, target = http.url_for("/c"), tmp_path / "c.md"
    assert (
        fetch_into(url, target, session=session, allow_private=True, limits=FAST).status
        == "fetched"
    )
    before = target.read_bytes()
    assert (
        fetch_into(url, target, session=session, allow_private=True, limits=FAST).status
        == "unchanged"
    )
    assert conditional == [None, value]
    assert target.read_bytes() == before


def test_same_bytes_without_304_is_unchanged_and_new_bytes_are_fetched(http, session, tmp_path):
    pages = [ARTICLE, ARTICLE, ARTICLE.replace(b"many arrests", b"hundreds of arrests")]

    def handler(request: Request) -> Response:
        return Response(pages.pop(0), content_type=HTML)  # no validators: the hash decides

    http.expect_request("/c").respond_with_handler(handler)
    url, target = http.url_for("/c"), tmp_path / "c.md"
    statuses = [
        fetch_into(url, target, session=session, allow_private=True, limits=FAST).status
        for _ in range(3)
    ]
    assert statuses == ["fetched", "unchanged", "fetched"]
    assert "hundreds of arrests" in front_matter(target)["body"]


# ---- what is refused -------------------------------------------------------------------------

REFUSED_SCHEMES = [
    ("file:///etc/passwd", "file: URLs are refused"),
    ("ftp://ftp.example.org/report.txt", "ftp: URLs are refused"),
    ("data:text/html,<p>Tier 3</p>", "data: URLs are refused"),
    ("javascript:alert(1)", "javascript: URLs are refused"),
    ("www.example.org/article", "is not a URL"),
    ("http:///no-host", "has no host"),
    ("http://[::1/", "is not a valid URL"),
    ("http://example.org:99999/", "has an invalid port"),
]
REFUSED_IDS = ["file", "ftp", "data", "javascript", "no-scheme", "no-host", "bad-ipv6", "bad-port"]


@pytest.mark.parametrize("url, reason", REFUSED_SCHEMES, ids=REFUSED_IDS)
def test_only_http_and_https_are_fetched(session, tmp_path, url, reason):
    with pytest.raises(Refused, match=re.escape(reason)):
        fetch_into(url, tmp_path / "x.md", session=session, allow_private=True, limits=FAST)
    with pytest.raises(Refused, match=re.escape(reason)):
        fetch_public_document(url, session=session, limits=FAST)
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_to_a_file_url_is_refused(http, session):
    http.expect_request("/r").respond_with_response(
        Response("", status=302, headers={"Location": "file:///etc/passwd"})
    )
    with pytest.raises(Refused, match="file: URLs are refused"):
        download(http.url_for("/r"), session=session, allow_private=True, limits=FAST)


@pytest.mark.parametrize(
    "host, reason",
    [
        ("127.0.0.1:{port}", "a loopback address"),
        ("localhost:{port}", "a loopback address"),
        ("[::1]:{port}", "a loopback address"),
        ("[::ffff:127.0.0.1]:{port}", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("192.168.0.1", "a private address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("[fd00:ec2::254]", "a cloud metadata address"),
        ("169.254.1.1", "a link-local address"),
        ("224.0.0.1", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("100.64.0.1", "a reserved address"),
    ],
    ids=[
        "127.0.0.1",
        "localhost",
        "ipv6-loopback",
        "ipv4-mapped-loopback",
        "10.x",
        "192.168.x",
        "metadata-v4",
        "metadata-v6",
        "link-local",
        "multicast",
        "unspecified",
        "carrier-nat",
    ],
)
def test_public_fetch_refuses_non_public_addresses(http, session, host, reason):
    http.expect_request("/").respond_with_data(ARTICLE, content_type=HTML)
    url = f"http://{host.format(port=http.port)}/"
    with pytest.raises(Refused, match=re.escape(reason)):
        fetch_public_document(url, session=session, limits=FAST)
    assert len(http.log) == 0, "the guard refuses before any request is sent"


def test_public_fetch_path_with_the_guard_lifted(http, session):
    http.expect_request("/article").respond_with_data(ARTICLE, content_type=HTML)
    url = http.url_for("/article")
    document = fetch_public_document(url, session=session, allow_private=True, limits=FAST)
    assert (document.id, document.url, document.title) == (
        stable_name(url),
        url,
        "Cambodia stays on watch list",
    )
    assert ARTICLE_SENTENCE in document.body
    assert document.metadata["sha256"] == hashlib.sha256(ARTICLE).hexdigest()


def test_each_redirect_hop_is_checked(http, session, monkeypatch):
    # The first hop (this test server) is let through; the redirect target is checked for real.
    real_problem = fetch.address_problem
    monkeypatch.setattr(
        fetch,
        "address_problem",
        lambda ip: "" if str(ip) == "127.0.0.1" else real_problem(ip),
    )
    http.expect_request("/r").respond_with_response(
        Response("", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    )
    with pytest.raises(
        Refused, match=re.escape("169.254.169.254 resolves to 169.254.169.254, a cloud")
    ):
        fetch_public_document(http.url_for("/r"), session=session, limits=FAST)


@pytest.mark.parametrize(
    "url, error, reason",
    [
        ("http://127.0.0.1:1/", Offline, "connection refused by 127.0.0.1:1"),
        ("http://no-such-host.invalid/", Offline, "cannot resolve no-such-host.invalid"),
    ],
    ids=["connection-refused", "dns-failure"],
)
def test_offline_keeps_the_stored_copy(session, tmp_path, url, error, reason):
    target = tmp_path / "doc.md"
    before = stored_copy(target, url)
    with pytest.raises(error, match=re.escape(reason)):
        fetch_into(url, target, session=session, allow_private=True, limits=FAST)
    assert target.read_bytes() == before


def test_failures_are_fetch_errors():
    for error in (Refused, Offline, TimedOut, HTTPFailure, TooManyRedirects, ResponseTooLarge):
        assert issubclass(error, FetchError)
    assert issubclass(NotTextContent, FetchError) and issubclass(Incomplete, FetchError)


# ---- file names, saving, and which file a URL goes to ---------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "https://www.voacambodia.com/a/cambodia-remains-on-watch-list/2933382.html",
            "voacambodia-com-a-cambodia-remains-on-watch-list-2933382_",
        ),
        ("https://example.org/", "example-org_"),
        ("http://[::1]/x", "1-x_"),
    ],
    ids=["article", "root", "ipv6"],
)
def test_stable_name_is_slug_plus_hash(url, expected):
    name = stable_name(url)
    assert name.startswith(expected) and re.fullmatch(r"[a-z0-9-]+_[0-9a-f]{12}\.md", name)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("https://Example.org/a#comments", "https://example.org/a", True),
        ("https://example.org:443/a", "https://example.org/a", True),
        ("https://example.org/a?id=1", "https://example.org/a?id=2", False),
        ("https://example.org/a", "http://example.org/a", False),
    ],
    ids=["fragment-and-case", "default-port", "query-differs", "scheme-differs"],
)
def test_stable_name_follows_url_identity(a, b, same):
    assert (stable_name(a) == stable_name(b)) is same


def test_save_document_refuses_to_overwrite_another_document(http, session, tmp_path):
    http.expect_request("/article").respond_with_data(ARTICLE, content_type=HTML)
    document = fetch_public_document(
        http.url_for("/article"), session=session, allow_private=True, limits=FAST
    )
    path = save_document(document, tmp_path)
    assert path == tmp_path / document.id and document_from_path(path).body == document.body
    mtime = path.stat().st_mtime_ns
    assert save_document(document, tmp_path) == path and path.stat().st_mtime_ns == mtime
    other = stored_copy(tmp_path / "other.md", "https://example.org/other")
    with pytest.raises(NotSaved, match="already holds another document"):
        save_document(document, tmp_path, name="other.md")
    assert (tmp_path / "other.md").read_bytes() == other
    changed = replace(document, body=document.body + "A line added by hand.\n")
    with pytest.raises(NotSaved, match="already holds a copy of this URL"):
        save_document(changed, tmp_path)
    assert document_from_path(path).body == document.body
    assert save_document(changed, tmp_path, refresh=True) == path
    assert document_from_path(path).body.endswith("A line added by hand.\n")
    with pytest.raises(NotSaved, match=re.escape("not a plain .md file name")):
        save_document(document, tmp_path, name="../escape.md")


def test_save_document_without_url_is_named_by_content(tmp_path):
    upload = tmp_path / "upload.md"
    upload.write_text("---\ntitle: Pasted\n---\nIJM praised the police.\n", encoding="utf-8")
    document = document_from_path(upload)
    path = save_document(document, tmp_path / "docs")
    assert path.name == f"upload_{document.sha256[:12]}.md"
    meta = front_matter(path)
    assert (meta["title"], meta["sha256"], meta["body"]) == (
        "Pasted",
        document.sha256,
        "IJM praised the police.\n",
    )


def test_seeds_are_refreshed_in_place_never_duplicated(tmp_path):
    docs = tmp_path / "documents"
    shutil.copytree(ROOT / "tests" / "data" / "corpus", docs)
    sources = load_sources(ROOT / "tests" / "data" / "sources.toml")
    plan = targets([], docs, sources, include_stored=True)
    assert sorted(path.name for _, path, _ in plan) == [
        "000_9ba1c1a8eba8ac37.md",
        "004_ff9144a80c53a5eb.md",
    ]
    # A URL typed by hand (different case, a fragment) still maps to its stored file.
    typed = "https://SUEGUINEY.com/2015/05/good-news-from-cambodia-via-ijm/#comments"
    assert [p.name for _, p, _ in targets([typed], docs, [])] == ["000_9ba1c1a8eba8ac37.md"]


def test_targets_use_the_source_file_and_overrides(tmp_path):
    source = Source(url="https://example.org/a", file="001_a.md", title="Given")
    plan = targets(["https://example.org/a", "https://example.org/b"], tmp_path, [source])
    assert plan == [
        ("https://example.org/a", tmp_path / "001_a.md", {"title": "Given"}),
        ("https://example.org/b", tmp_path / stable_name("https://example.org/b"), {}),
    ]


# ---- the command line ------------------------------------------------------------------------


def cli(*args: str) -> list[str]:
    return ["fetch", *args, "--retries", "0", "--timeout", "1", "--allow-private"]


def test_cli_saves_and_reports_failures_with_exit_1(http, tmp_path, capsys):
    http.expect_request("/ok").respond_with_data(ARTICLE, content_type=HTML)
    http.expect_request("/missing").respond_with_response(Response("no", status=404))
    ok, missing = http.url_for("/ok"), http.url_for("/missing")
    none = tmp_path / "none.toml"
    assert main(cli(ok, missing, "--into", str(tmp_path / "d"), "--sources", str(none))) == 1
    out, err = capsys.readouterr()
    assert "fetch: 1 fetched, 0 unchanged, 1 failed" in out.splitlines()
    assert f"failed {missing}: HTTP 404 NOT FOUND" in err.splitlines()
    assert [p.name for p in (tmp_path / "d").iterdir()] == [stable_name(ok)]
    assert main(cli(ok, "--into", str(tmp_path / "d"), "--sources", str(none))) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == "fetch: 0 fetched, 1 unchanged, 0 failed" and err == ""


def test_cli_offline_gives_one_clear_message_and_exit_1(tmp_path, capsys):
    url = "http://127.0.0.1:1/"
    assert main(cli(url, "--into", str(tmp_path), "--sources", str(tmp_path / "n.toml"))) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"failed {url}: connection refused by 127.0.0.1:1"]
    assert out.splitlines() == ["fetch: 0 fetched, 0 unchanged, 1 failed"]


def test_cli_refuses_bad_urls_one_by_one_and_fetches_the_rest(http, tmp_path, capsys):
    http.expect_request("/ok").respond_with_data(ARTICLE, content_type=HTML)
    ok, bad = http.url_for("/ok"), ["file:///etc/passwd", "http://[::1/", "ftp://e.org/x"]
    assert main(cli(*bad, ok, "--into", str(tmp_path), "--sources", str(tmp_path / "n"))) == 1
    out, err = capsys.readouterr()
    assert "fetch: 1 fetched, 0 unchanged, 3 failed" in out.splitlines()
    assert [line.split(": ")[0] for line in err.splitlines()] == [f"failed {u}" for u in bad]
    assert [p.name for p in tmp_path.glob("*.md")] == [stable_name(ok)]


def test_cli_all_uses_sources_file_names_and_overrides(http, tmp_path, capsys):
    http.expect_request("/seed").respond_with_data(ARTICLE, content_type=HTML)
    url = http.url_for("/seed")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nurl = "{url}"\nfile = "000_seed.md"\ntitle = "Given"\n')
    docs = tmp_path / "docs"
    assert main(cli("--all", "--into", str(docs), "--sources", str(sources))) == 0
    assert [p.name for p in docs.iterdir()] == ["000_seed.md"]
    assert front_matter(docs / "000_seed.md")["title"] == "Given"
    assert "fetch: 1 fetched, 0 unchanged, 0 failed" in capsys.readouterr().out


def test_cli_all_fetches_past_hostile_files_in_the_folder(http, tmp_path, capsys):
    # Each of these stopped (a date YAML cannot build) or blocked (a FIFO) fetch before any URL.
    http.expect_request("/seed").respond_with_data(ARTICLE, content_type=HTML)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "tests/data/documents/hostile_impossible_date_feb30.md", docs)
    os.mkfifo(docs / "pipe.md")
    (docs / "loop.md").symlink_to("loop.md")
    url = http.url_for("/seed")
    assert main(cli(url, "--all", "--into", str(docs), "--sources", str(tmp_path / "n.toml"))) == 0
    assert "fetch: 1 fetched, 0 unchanged, 0 failed" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "give one or more URLs, or --all"),
        (["--all", "--sources", "{bad}"], "not valid TOML"),
        (["--all", "--into", "{file}"], "is not a folder"),
    ],
    ids=["nothing-to-do", "broken-sources", "into-a-file"],
)
def test_cli_usage_errors_exit_2(tmp_path, capsys, args, message):
    (tmp_path / "bad.toml").write_text("[[source]\nurl=")
    (tmp_path / "file").write_text("x")
    args = [a.format(bad=tmp_path / "bad.toml", file=tmp_path / "file") for a in args]
    assert main(["fetch", *args]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    "args", [["--retries", "-1", "x"], ["--timeout", "0", "x"]], ids=["retries", "timeout"]
)
def test_cli_bad_options_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["fetch", *args])
    assert exc.value.code == 2


def test_sources_file_front_matter_is_yaml_the_reader_accepts(http, session, tmp_path):
    # A title with YAML syntax in it must survive the round trip through the front matter.
    page = ARTICLE.replace(b'Cambodia stays on watch list">', b'Tier: 3? - [no] #1">')
    http.expect_request("/y").respond_with_data(page, content_type=HTML)
    fetch_into(
        http.url_for("/y"), tmp_path / "y.md", session=session, allow_private=True, limits=FAST
    )
    text = (tmp_path / "y.md").read_text(encoding="utf-8")
    assert yaml.safe_load(text.split("---\n")[1])["title"] == "Tier: 3? - [no] #1"
    assert document_from_path(tmp_path / "y.md").title == "Tier: 3? - [no] #1"


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({}, "TierWatch/0.1 (TIP Report document archive)"),
        (
            {"TIERWATCH_PROJECT_URL": "https://tierwatch.example.org"},
            "TierWatch/0.1 (+https://tierwatch.example.org; TIP Report document archive)",
        ),
        (
            {"TIERWATCH_PROJECT_URL": "javascript:alert(1)"},
            "TierWatch/0.1 (TIP Report document archive)",
        ),
    ],
    ids=["no-url-made-up", "deployment-url", "not-a-web-url"],
)
def test_user_agent_names_tier_watch_and_only_a_given_url(environ, expected):
    assert user_agent(environ) == expected


def test_curated_copy_without_fetched_at_is_never_replaced(http, session, tmp_path):
    # The seeds are stored as first received, by hand: fetch --all must not swap them for today's
    # extraction of the page.
    url = http.url_for("/article")
    http.expect_request("/article").respond_with_data(ARTICLE, content_type=HTML)
    path = tmp_path / "000_seed.md"
    curated = f"---\nurl: {url}\ntitle: Seed\n---\nThe text as first received.\n".encode()
    path.write_bytes(curated)
    outcome = fetch_into(url, path, session=session, allow_private=True, limits=FAST, now=NOW)
    assert outcome.status == "unchanged"
    assert path.read_bytes() == curated
    assert not http.log, "no request is made for a curated copy"
