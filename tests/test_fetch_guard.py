"""The fetch routes against hostile servers and hostile names, on real HTTP servers on 127.0.0.x.

Nothing here mocks requests. Where a name must answer differently to two lookups (DNS
rebinding) the resolver is patched (socket.getaddrinfo), and where a server on this machine must
count as "public" the guard's address policy is: requests and urllib3 run as they are.
"""

from __future__ import annotations

import http.server
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

import loaders.fetch as fetch
from app.first_start import NOT_FETCHED, SourcesPlan, fetch_sources, sources_plan
from loaders.cli import main
from loaders.documents import split_front_matter
from loaders.fetch import Limits, Refused, TimedOut, download, fetch_into, make_session

FAST = Limits(connect_timeout=2.0, read_timeout=2.0, total_seconds=10.0, retries=0)
PAGE = (
    b"<html><head><title>Nepal stays at Tier 2</title></head><body><article><p>Nepal stayed at "
    b"Tier 2 in the 2019 Trafficking in Persons report, the State Department said on Thursday, "
    b"and officials in Kathmandu welcomed the decision.</p></article></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves ``routes`` (path -> (status, headers, body)); records each request's Host."""

    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    seen: ClassVar[list[tuple[str, str, str]]] = []  # (path, Host, Authorization)

    def do_GET(self) -> None:
        self.seen.append(
            (self.path, self.headers.get("Host", ""), self.headers.get("Authorization", ""))
        )
        status, headers, body = self.routes.get(self.path, (404, {}, b"no such page"))
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(host: str, routes: dict, port: int = 0) -> Iterator[tuple[int, list]]:
    """An http.server on ``host`` (in a thread) serving ``routes``; yields (port, requests seen)."""
    handler = type("Handler", (_Handler,), {"routes": routes, "seen": []})
    server = http.server.ThreadingHTTPServer((host, port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], handler.seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def treat_as_public(monkeypatch, *addresses: str) -> None:
    """The guard's policy, with these test addresses counted as public and every other as it is."""
    real = fetch.address_problem
    monkeypatch.setattr(
        fetch, "address_problem", lambda ip: "" if str(ip) in addresses else real(ip)
    )


def rebinding_name(monkeypatch, name: str, first: str, then: str) -> list[str]:
    """Make ``name`` resolve to ``first`` on the first lookup and ``then`` on every later one."""
    real = socket.getaddrinfo
    lookups: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host != name:
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        address = first if len(lookups) == 1 else then
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 80)))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return lookups


# ---- 1. DNS rebinding: the address checked is the address connected to -----------------------


@pytest.mark.parametrize("via_redirect", [False, True], ids=["first-hop", "redirect-hop"])
def test_a_rebinding_name_is_connected_at_the_checked_address_only(monkeypatch, via_redirect):
    # The "public" server on 127.0.0.2 and the secret one on 127.0.0.1 share a port, so that only
    # the address decides which one a request for rebind.test:PORT reaches.
    with serve("127.0.0.1", {"/page": (200, {}, b"secret")}) as (port, secret_seen):
        public_routes = {"/page": (200, {}, PAGE)}
        with serve("127.0.0.2", public_routes, port=port) as (_, public_seen):
            treat_as_public(monkeypatch, "127.0.0.2")
            lookups = rebinding_name(monkeypatch, "rebind.test", "127.0.0.2", "127.0.0.1")
            url = f"http://rebind.test:{port}/page"
            if via_redirect:
                public_routes["/start"] = (302, {"Location": url}, b"")
                # The first hop is an address; the name is looked up for the redirect only.
                url = f"http://127.0.0.2:{port}/start"
            with make_session(FAST) as session:
                page = download(url, session=session, limits=FAST, allow_private=False)
    assert secret_seen == [], "the second answer (127.0.0.1) was never connected to"
    assert page is not None and page.raw == PAGE
    assert public_seen[-1][:2] == ("/page", f"rebind.test:{port}"), "the Host header names the host"
    assert lookups == ["rebind.test"], "resolved once, by the guard"


def test_an_https_hop_keeps_the_host_name_for_tls(monkeypatch):
    # Pinned to an address, a TLS connection still sends the host name (SNI) and checks the
    # certificate against it: here the "server" is a plain socket that records the ClientHello.
    listener = socket.create_server(("127.0.0.2", 0))
    port = listener.getsockname()[1]
    hello: list[bytes] = []

    def accept() -> None:
        conn, _ = listener.accept()
        with conn:
            hello.append(conn.recv(4096))

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    treat_as_public(monkeypatch, "127.0.0.2")
    rebinding_name(monkeypatch, "tls.rebind.test", "127.0.0.2", "127.0.0.1")
    with make_session(FAST) as session, pytest.raises(fetch.FetchError):
        url = f"https://tls.rebind.test:{port}/"
        download(url, session=session, limits=FAST, allow_private=False)
    thread.join(timeout=5)
    listener.close()
    assert hello and b"tls.rebind.test" in hello[0], "the server name went out in the hello"


# ---- 2. stored SSRF: every route passes the same guard ---------------------------------------


def stored_document(folder: Path, name: str, url: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"---\nurl: {url}\ntitle: Saved\nfetched_at: '2026-01-01T00:00:00Z'\n---\nSaved text.\n",
        encoding="utf-8",
    )


def test_fetch_all_refuses_a_stored_url_on_this_machine(tmp_path, capsys):
    with serve("127.0.0.1", {"/secret": (200, {}, PAGE)}) as (port, seen):
        url = f"http://127.0.0.1:{port}/secret"
        docs = tmp_path / "docs"
        stored_document(docs, "saved.md", url)
        before = (docs / "saved.md").read_bytes()
        code = main(["fetch", "--all", "--into", str(docs), "--sources", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert code == 1 and seen == []
    assert err.splitlines() == [
        f"failed {url}: 127.0.0.1 resolves to 127.0.0.1, a loopback address; only public "
        "addresses are fetched"
    ]
    assert (docs / "saved.md").read_bytes() == before


def test_fetch_all_with_allow_private_fetches_a_local_server(tmp_path, capsys):
    with serve("127.0.0.1", {"/page": (200, {}, PAGE)}) as (port, seen):
        docs = tmp_path / "docs"
        stored_document(docs, "saved.md", f"http://127.0.0.1:{port}/page")
        args = ["fetch", "--all", "--into", str(docs), "--sources", str(tmp_path / "none")]
        assert main([*args, "--allow-private"]) == 0
    assert [path for path, _, _ in seen] == ["/page"]
    assert "Nepal stayed at Tier 2" in (docs / "saved.md").read_text("utf-8")


def test_first_start_refuses_a_listed_url_on_this_machine(tmp_path):
    with serve("127.0.0.1", {"/secret": (200, {}, PAGE)}) as (port, seen):
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nurl = "http://127.0.0.1:{port}/secret"\n', "utf-8")
        label, failed = fetch_sources(sources_plan(sources, tmp_path / "docs"))
    assert seen == []
    assert label.endswith("0 fetched, 0 unchanged, 1 failed")
    assert failed == [
        f"http://127.0.0.1:{port}/secret: 127.0.0.1 resolves to 127.0.0.1, a loopback address; "
        "only public addresses are fetched"
    ]


# ---- 6. a redirect to an invalid URL is a failure, never an exception ------------------------

BAD_REDIRECT = {"/bad": (302, {"Location": "http://[::1"}, b"")}


def test_a_redirect_to_an_invalid_url_is_a_bad_redirect(monkeypatch):
    with serve("127.0.0.1", BAD_REDIRECT) as (port, _), make_session(FAST) as session:
        with pytest.raises(Refused, match=re.escape("bad redirect to 'http://[::1'")):
            download(f"http://127.0.0.1:{port}/bad", session=session, allow_private=True)
        treat_as_public(monkeypatch, "127.0.0.1")  # the dashboard's fetch box, guard on
        with pytest.raises(Refused, match="bad redirect"):
            fetch.fetch_public_document(f"http://127.0.0.1:{port}/bad", session=session)


def test_fetch_all_goes_past_a_bad_redirect(tmp_path, capsys):
    routes = {**BAD_REDIRECT, "/good": (200, {}, PAGE)}
    with serve("127.0.0.1", routes) as (port, _):
        bad, good = f"http://127.0.0.1:{port}/bad", f"http://127.0.0.1:{port}/good"
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nurl = "{bad}"\n\n[[source]]\nurl = "{good}"\n', "utf-8")
        docs = tmp_path / "docs"
        args = ["--into", str(docs), "--sources", str(sources), "--allow-private"]
        assert main(["fetch", "--all", *args]) == 1
    out, err = capsys.readouterr()
    assert "fetch: 1 fetched, 0 unchanged, 1 failed" in out.splitlines()
    assert err.splitlines() == [
        f"failed {bad}: bad redirect to 'http://[::1': 'http://[::1' is not a valid URL"
    ]


def test_first_start_goes_past_a_bad_redirect_and_an_invalid_listed_url(tmp_path, monkeypatch):
    treat_as_public(monkeypatch, "127.0.0.1")
    with serve("127.0.0.1", BAD_REDIRECT) as (port, _):
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nurl = "http://127.0.0.1:{port}/bad"\n', "utf-8")
        label, failed = fetch_sources(sources_plan(sources, tmp_path / "docs"))
    assert label.endswith("1 failed") and "bad redirect" in failed[0]
    sources.write_text('[[source]]\nurl = "http://[::1"\n', "utf-8")
    planned = sources_plan(sources, tmp_path / "docs")
    assert "url 'http://[::1' is not an http(s) URL" in planned.error
    assert fetch_sources(planned) == (NOT_FETCHED, [planned.error])


def test_first_start_never_raises_past_its_lock(monkeypatch):
    def broken(plan, **kwargs):
        raise ValueError("Invalid IPv6 URL")
        yield  # pragma: no cover (a generator, as fetch_each is)

    monkeypatch.setattr("app.first_start.fetch_each", broken)
    plan = SourcesPlan(plan=(("http://example.org/", Path("x.md"), {}),))
    label, failed = fetch_sources(plan)
    assert label == NOT_FETCHED and failed == [
        "The sources were not fetched: ValueError: Invalid IPv6 URL"
    ]


# ---- 10. one wall-clock deadline for every byte, headers included ----------------------------


class _DripHeaders(http.server.BaseHTTPRequestHandler):
    """A status line, then one header every half second for 8 s (each wait under the read
    timeout), then a page: only a deadline over the whole response stops it."""

    def do_GET(self) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
        self.wfile.flush()
        try:
            for i in range(16):
                time.sleep(0.5)
                self.wfile.write(f"X-Drip-{i}: {i}\r\n".encode())
                self.wfile.flush()
            self.wfile.write(f"Content-Length: {len(PAGE)}\r\n\r\n".encode() + PAGE)
        except OSError:
            pass  # the client hung up at its deadline, as it should

    def log_message(self, *args) -> None:
        pass


def test_headers_dripping_in_are_cut_at_the_deadline():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _DripHeaders)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    limits = Limits(connect_timeout=2.0, read_timeout=5.0, total_seconds=2.0, retries=0)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    started = time.monotonic()
    try:
        with make_session(limits) as session, pytest.raises(TimedOut, match="within the 2 s limit"):
            download(url, session=session, limits=limits, allow_private=True)
        took = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert took < 2.0 + 1.5, f"the fetch ran {took:.1f} s against a 2 s deadline"


def test_a_name_slow_to_resolve_is_cut_at_the_deadline(monkeypatch):
    # A resolver that answers only after 30 s (a dead DNS server tried again and again): the
    # fetch must give up at its 1 s deadline, not when the answer comes.
    release, answered = threading.Event(), threading.Event()
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host != "slow.test":
            return real(host, port, *args, **kwargs)
        release.wait(30)
        answered.set()
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", int(port)))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    limits = Limits(connect_timeout=2.0, read_timeout=2.0, total_seconds=1.0, retries=0)
    with serve("127.0.0.1", {"/page": (200, {}, PAGE)}) as (port, seen):
        try:
            url = f"http://slow.test:{port}/page"
            limit_hit = pytest.raises(TimedOut, match=r"within the 1 s limit \(1 try, 1\.\d s\)")
            with make_session(limits) as session, limit_hit:
                download(url, session=session, limits=limits, allow_private=True)
            cut_before_the_answer = not answered.is_set()
        finally:
            release.set()
    assert cut_before_the_answer, "the fetch waited for the resolver past its deadline"
    assert seen == []


# ---- credentials in a URL are never sent, saved or shown --------------------------------------


def test_credentials_in_a_url_are_stripped_before_saving_and_showing(tmp_path, capsys):
    with serve("127.0.0.1", {"/page": (200, {}, PAGE)}) as (port, seen):
        url = f"http://reader:s3cret@127.0.0.1:{port}/page"
        with make_session(FAST) as session:
            outcome = fetch_into(url, tmp_path / "a.md", session=session, allow_private=True)
        docs = tmp_path / "cli"
        none = str(tmp_path / "none")
        assert main(["fetch", url, "--into", str(docs), "--sources", none, "--allow-private"]) == 0
    meta, _, _ = split_front_matter((tmp_path / "a.md").read_text("utf-8"))
    assert outcome.url == meta["url"] == f"http://127.0.0.1:{port}/page"
    assert "s3cret" not in (tmp_path / "a.md").read_text("utf-8")
    assert "reader" not in yaml.safe_dump(meta)
    assert all(auth == "" for _, _, auth in seen), "no credentials were sent either"
    out, err = capsys.readouterr()
    assert "s3cret" not in out + err and "reader" not in out + err
    assert [p.name for p in docs.iterdir()] == [fetch.stable_name(meta["url"])]
