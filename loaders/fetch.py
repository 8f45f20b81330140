"""Fetching documents by URL: the only module that touches the network.

One requests.Session with timeouts, a Tier Watch User-Agent, a size cap, http(s) only, redirects
followed by hand (bounded, each hop checked) and conditional requests. Retries (429/5xx, connection
errors, a silent server; backoff, Retry-After honoured up to a cap) are counted here, not in
urllib3, so that one wall-clock deadline bounds the whole download: every name lookup, every try,
every wait and every byte, however slowly they come; a failure's message says how many tries and
seconds it took.
A page becomes a Markdown file with YAML front matter (url, title, published, publisher, author,
fetched_at, sha256 of the raw page, etag, last_modified) and the main text trafilatura finds.
Nothing is written unless the whole page came in and had text: a failed, empty, binary or
truncated download leaves the stored copy as it was.
Every failure is a FetchError whose message is the reason shown to users (saving: NotSaved).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import errno
import hashlib
import ipaddress
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
import urllib3.exceptions as u3

from loaders.documents import Document, NotReadable, NotText
from loaders.files import MAX_BYTES, MB
from loaders.guard import PinnedAdapter
from loaders.pages import HTML_TYPES, Page, document_from_page
from loaders.stored import NotSaved as NotSaved  # re-exported: callers fetch and save via here
from loaders.stored import normalise_url, stable_name, stored_front_matter
from loaders.stored import save_document as save_document
from loaders.stored import targets as targets
from loaders.urls import WEB_SCHEMES, is_web_url, without_credentials

USER_AGENT = "TierWatch/0.1 (TIP Report document archive)"


def user_agent(environ: Mapping[str, str] = os.environ) -> str:
    """Tier Watch's User-Agent, with a public URL when TIERWATCH_PROJECT_URL names one.

    No URL is written in by default: the project names none it could vouch for, and a made-up
    one would send site owners to the wrong place.
    """
    url = environ.get("TIERWATCH_PROJECT_URL", "").strip()
    if is_web_url(url) and url.isprintable() and " " not in url:
        return f"TierWatch/0.1 (+{url}; TIP Report document archive)"
    return USER_AGENT


RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_RETRY_AFTER = 30.0  # a server asking for an hour's pause gets 30 s: a run must end
# Cloud metadata endpoints (AWS/GCP/Azure v4, AWS v6): named apart so the refusal says why.
METADATA_ADDRESSES = frozenset(map(ipaddress.ip_address, ("169.254.169.254", "fd00:ec2::254")))


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason shown to users."""


class Refused(FetchError):
    """Not fetched on principle: a scheme other than http(s), or a non-public address."""


class Offline(FetchError):
    """The host cannot be reached: DNS failure, connection refused, no route."""


class TimedOut(FetchError):
    """No answer (or no more data) within the timeout."""


class HTTPFailure(FetchError):
    """The server answered with an error status (after the retries)."""


class TooManyRedirects(FetchError):
    """A redirect loop, or more redirects than allowed."""


class ResponseTooLarge(FetchError):
    """The page is over the size cap; the download was stopped."""


class NotTextContent(FetchError):
    """A binary content type (PDF, image, ...) or binary bytes."""


class Incomplete(FetchError):
    """The connection closed before the whole page arrived."""


class NoText(FetchError):
    """An empty page, or a page with no main text."""


@dataclass(frozen=True)
class Limits:
    """Timeouts (s), size cap, redirect and retry bounds for one fetch run."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_seconds: float = 120.0  # the whole download, tries and waits included: a run must end
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    retries: int = 3
    backoff_factor: float = 0.5


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Outcome:
    """What fetching one URL into a file did: ``fetched`` (written), ``unchanged``, or ``failed``
    (with the reason; the stored copy, if any, is kept)."""

    url: str
    status: str
    path: Path
    reason: str = ""


class _Deadline:
    """The wall-clock budget of one download, and the tries made so far.

    Every socket the download opens is watched: at the deadline a timer shuts it down, which
    wakes whatever read is waiting on it (a status line, a header, the body). Socket timeouts
    alone bound each wait, not their sum: 95 headers at 2 s each passed a 30 s read timeout.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.started = time.monotonic()
        self.tries = 0
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(limits.total_seconds, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self.limits.total_seconds - (time.monotonic() - self.started)

    def timeouts(self) -> tuple[float, float]:
        """(connect, read) timeouts for the next request: never past the deadline."""
        left = max(self.remaining(), 0.01)
        return min(self.limits.connect_timeout, left), min(self.limits.read_timeout, left)

    def watch(self, sock: socket.socket) -> None:
        """Cut ``sock`` off at the deadline (at once when it has passed)."""
        with self._lock:
            self._sockets.append(sock)
        if self.remaining() <= 0:
            self._cut()

    def _cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            # The plain socket's shutdown, under any TLS layer: it only wakes the reader.
            with contextlib.suppress(OSError):  # already closed
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def close(self) -> None:
        self._timer.cancel()

    def account(self) -> str:
        """'1 try, 0.4 s' / '4 tries, 120.0 s in all': what the download cost."""
        spent = time.monotonic() - self.started
        tries = "1 try" if self.tries == 1 else f"{self.tries} tries"
        return f"{tries}, {spent:.1f} s" + (" in all" if self.tries > 1 else "")

    def expired(self) -> TimedOut:
        return TimedOut(
            f"no whole page within the {self.limits.total_seconds:g} s limit ({self.account()})"
        )


class _Retry(Exception):
    """A failed try that another may mend; ``wait`` is what the server asked for, if anything."""

    def __init__(self, failure: FetchError, wait: float | None = None) -> None:
        super().__init__(str(failure))
        self.failure = failure
        self.wait = wait


def _retry_after(value: str) -> float | None:
    """Seconds a Retry-After header asks for (seconds or an HTTP date), capped; else None."""
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return min(max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0), MAX_RETRY_AFTER)


class _Session(requests.Session):
    """A Session that leaves redirects to ``download``, which checks every hop.

    requests looks ahead at a redirect even when told not to follow it, parsing its Location
    first: ``Location: http://[::1`` then raised ValueError out of the request.
    """

    def resolve_redirects(self, *args, **kwargs) -> Iterator:
        return iter(())


def make_session(limits: Limits = DEFAULT_LIMITS) -> requests.Session:
    """A requests.Session with Tier Watch's User-Agent, connecting only to addresses resolved
    and checked by ``download`` (retries are download's, not urllib3's)."""
    session = _Session()
    adapter = PinnedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    # No proxy from the environment: a proxy resolves names itself, past the address guard.
    session.trust_env = False
    session.headers["User-Agent"] = user_agent()
    session.headers["Accept"] = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
    return session


def check_url(url: str) -> SplitResult:
    """The parts of an http(s) URL with a host; Refused (with the reason) for anything else."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # e.g. an unclosed [ in an IPv6 host
        raise Refused(f"{url!r} is not a valid URL") from None
    if not parts.scheme:
        raise Refused(f"{url!r} is not a URL (it should start with http:// or https://)")
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise Refused(f"{parts.scheme}: URLs are refused; only http and https pages are fetched")
    try:
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        raise Refused(f"{url!r} has an invalid port") from None
    if not parts.hostname:
        raise Refused(f"{url!r} has no host")
    return parts


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """Why ``ip`` is not fetched from ("a loopback address"), or "" for a public address."""
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for label, flag in (
        ("an unspecified", ip.is_unspecified),  # 0.0.0.0 reaches this machine on most systems
        ("a loopback", ip.is_loopback),
        ("a link-local", ip.is_link_local),
        ("a multicast", ip.is_multicast),
        ("a private", ip.is_private),
        ("a reserved", ip.is_reserved or not ip.is_global),
    ):
        if flag:
            return f"{label} address"
    return ""


class _SlowLookup(Exception):
    """The name did not resolve within the time left."""


def _lookup(host: str, port: int, timeout: float | None) -> list:
    """socket.getaddrinfo, waited on for at most ``timeout`` seconds (None: as long as it takes).

    The system resolver takes no timeout from its caller (its own, from resolv.conf, is per try
    and per server, and tries add up), so it runs in a daemon thread: past ``timeout`` the fetch
    goes on without it (_SlowLookup) and the lookup is left to end on its own.
    """
    if timeout is None:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    found: dict[str, object] = {}

    def look_up() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except Exception as exc:  # handed to the caller's thread, which raises it
            found["error"] = exc

    thread = threading.Thread(target=look_up, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(max(timeout, 0.0))
    if thread.is_alive():
        raise _SlowLookup(host)
    if "error" in found:
        raise found["error"]  # type: ignore[misc]
    return found["infos"]  # type: ignore[return-value]


def resolve_host(
    host: str, port: int, *, allow_private: bool, timeout: float | None = None
) -> tuple[str, ...]:
    """The addresses of ``host``, resolved once: the only ones the fetch may connect to.

    Refused unless every address is public (``allow_private`` lifts that, for a server on this
    machine); Offline if the name does not resolve; _SlowLookup if it takes over ``timeout``.
    """
    try:
        infos = _lookup(host, port, timeout)
    except (socket.gaierror, UnicodeError):
        raise Offline(f"cannot resolve {host} (offline, or no such host)") from None
    addresses = tuple(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        problem = "" if allow_private else address_problem(ip)
        if problem:
            raise Refused(f"{host} resolves to {ip}, {problem}; only public addresses are fetched")
    if not addresses:
        raise Offline(f"cannot resolve {host} (no address)")
    return addresses


def _wire_host(url: str) -> str:
    """The host name as requests sends it (IDNA-encoded), which is the one resolved."""
    prepared = requests.PreparedRequest()
    try:
        prepared.prepare_url(url, None)
    except requests.RequestException:
        raise Refused(f"{url!r} is not a valid URL") from None
    return urlsplit(prepared.url or "").hostname or ""


def _causes(exc: BaseException) -> Iterator[BaseException]:
    todo, seen = [exc], set()
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [a for a in current.args if isinstance(a, BaseException)]
        todo += [getattr(current, "reason", None), current.__cause__, current.__context__]
        todo = [t for t in todo if isinstance(t, BaseException)]


def _host_port(url: str) -> str:
    return urlsplit(without_credentials(url)).netloc


def _failure(exc: BaseException, url: str, limits: Limits) -> FetchError:
    """The FetchError that explains a requests/urllib3 exception in a user's words."""
    host = urlsplit(url).hostname or url
    causes = list(_causes(exc))
    checks: list[tuple[type | tuple[type, ...], FetchError]] = [
        ((socket.gaierror, u3.NameResolutionError), Offline(f"cannot resolve {host} (offline?)")),
        (ConnectionRefusedError, Offline(f"connection refused by {_host_port(url)}")),
        ((u3.ConnectTimeoutError, requests.ConnectTimeout), TimedOut(f"no connection to {host}")),
        (
            (u3.ReadTimeoutError, requests.ReadTimeout, socket.timeout),
            TimedOut(f"{host} sent nothing for {limits.read_timeout:g} s"),
        ),
        ((u3.SSLError, requests.exceptions.SSLError), FetchError(f"TLS error with {host}")),
        (
            (u3.ProtocolError, requests.exceptions.ChunkedEncodingError),
            Incomplete("the connection closed before the whole page arrived"),
        ),
        (requests.exceptions.ContentDecodingError, FetchError("the page could not be unzipped")),
    ]
    for types, failure in checks:
        if any(isinstance(c, types) for c in causes):
            return failure
    for cause in causes:
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return Offline(f"no route to {host} (offline?)")
    return FetchError(f"cannot fetch from {host} ({type(exc).__name__})")


# Failures another try may mend: the host unreachable for now, or silent. A refusal, a
# redirect loop or a page cut off mid-body would fail the same way again.
_RETRIED = (Offline, TimedOut)


def _adapter(session: requests.Session, url: str) -> PinnedAdapter:
    adapter = session.get_adapter(url)
    if not isinstance(adapter, PinnedAdapter):  # a session that would resolve names again
        raise TypeError("fetch with a session from make_session: it connects to checked addresses")
    return adapter


def _next_hop(url: str, location: str) -> str:
    """The URL a redirect points to, checked; Refused ("bad redirect ...") if it cannot be."""
    try:
        target = without_credentials(urljoin(url, location))
        check_url(target)
    except (ValueError, Refused) as exc:
        reason = exc if isinstance(exc, Refused) else f"{location!r} is not a valid URL"
        raise Refused(f"bad redirect to {location!r}: {reason}") from None
    return target


def _open(
    session: requests.Session,
    url: str,
    headers: Mapping[str, str],
    deadline: _Deadline,
    allow_private: bool,
) -> requests.Response:
    """The first non-redirect response; every hop is resolved once and checked, and connected
    to at the addresses checked."""
    limits = deadline.limits
    hops = [url]
    for _ in range(limits.max_redirects + 1):
        parts = check_url(url)
        host = _wire_host(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        try:
            # The lookup counts against the download's one deadline, like every byte after it.
            addresses = resolve_host(
                host, port, allow_private=allow_private, timeout=deadline.remaining()
            )
        except _SlowLookup:
            raise deadline.expired() from None
        if deadline.remaining() <= 0:
            raise deadline.expired()
        _adapter(session, url).pin(host, addresses, deadline.watch)
        try:
            response = session.get(
                url,
                headers=dict(headers),
                stream=True,
                allow_redirects=False,  # followed below, so that each hop passes the checks
                timeout=deadline.timeouts(),
            )
        except requests.RequestException as exc:
            if deadline.remaining() <= 0:
                raise deadline.expired() from None
            failure = _failure(exc, url, limits)
            raise (_Retry(failure) if isinstance(failure, _RETRIED) else failure) from None
        if not response.is_redirect:
            return response
        response.close()
        url = _next_hop(url, response.headers.get("Location", ""))
        if url in hops:
            raise TooManyRedirects(f"redirect loop: {' -> '.join([*hops, url])}")
        hops.append(url)
    raise TooManyRedirects(f"more than {limits.max_redirects} redirects (last: {url})")


def _socket(response: requests.Response) -> socket.socket | None:
    # The connection's socket, to bound each wait for bytes by the time left (urllib3 sets the
    # read timeout once per request). None where urllib3 does not expose it.
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _read_capped(response: requests.Response, url: str, deadline: _Deadline) -> bytes:
    """The body, stopped past the size cap or the deadline, checked as each piece arrives."""
    limits = deadline.limits
    cap = f"the {limits.max_bytes / MB:g} MB cap"
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise ResponseTooLarge(f"page is {int(declared):,} bytes, over {cap}; not downloaded")
    chunks, size, sock = [], 0, _socket(response)
    while True:
        left = deadline.remaining()
        if left <= 0:
            raise deadline.expired()
        if sock is not None:
            sock.settimeout(min(limits.read_timeout, left))
        try:
            # read1: whatever has arrived (up to 64 KB), so a server dripping a byte a second is
            # measured against the deadline after every byte, not after every 64 KB.
            chunk = response.raw.read1(64 * 1024, decode_content=True)
        except (u3.HTTPError, OSError, requests.RequestException) as exc:
            if deadline.remaining() <= 0:
                raise deadline.expired() from None
            raise _failure(exc, url, limits) from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise ResponseTooLarge(f"page is over {cap}; download stopped")
        chunks.append(chunk)


def _backoff(limits: Limits, tries: int) -> float:
    return min(limits.backoff_factor * 2 ** (tries - 1), 10.0)


def _try_once(
    session: requests.Session,
    url: str,
    headers: Mapping[str, str],
    deadline: _Deadline,
    allow_private: bool,
) -> Page | None:
    with closing(_open(session, url, headers, deadline, allow_private)) as response:
        if response.status_code == 304 and headers:
            return None
        if response.status_code in RETRY_STATUSES:
            reason = f" {response.reason}" if response.reason else ""
            wait = _retry_after(response.headers.get("Retry-After", ""))
            raise _Retry(HTTPFailure(f"HTTP {response.status_code}{reason}"), wait)
        if response.status_code not in (200, 203):
            reason = f" {response.reason}" if response.reason else ""
            raise HTTPFailure(f"HTTP {response.status_code}{reason}")
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";")[0].strip().lower()
        if mime and not (mime.startswith("text/") or mime in HTML_TYPES):
            raise NotTextContent(f"not a text page (Content-Type {mime}); not saved")
        raw = _read_capped(response, url, deadline)
    if not raw.strip():
        raise NoText("the page is empty")
    return Page(
        url=url,
        raw=raw,
        content_type=content_type,
        etag=response.headers.get("ETag", ""),
        last_modified=response.headers.get("Last-Modified", ""),
    )


def download(
    url: str,
    *,
    session: requests.Session,
    limits: Limits = DEFAULT_LIMITS,
    headers: Mapping[str, str] | None = None,
    allow_private: bool = False,
) -> Page | None:
    """Download one page whole; None on 304 Not Modified. FetchError with the reason otherwise.

    At most ``limits.retries`` more tries after a 429/5xx, a connection failure or a silent
    server, all within ``limits.total_seconds`` of wall-clock time, every byte included. Hosts
    that resolve to a non-public address are refused on every hop, and each hop connects to the
    addresses checked; ``allow_private=True`` lifts the refusal (never the pinning), for a
    server on this machine or network: the command line's ``--allow-private``, and tests.
    Credentials in the URL (``user:pass@``) are dropped: never sent, saved or shown.
    """
    url = without_credentials(url)
    headers = dict(headers or {})
    deadline = _Deadline(limits)
    try:
        return _download(url, session, headers, deadline, allow_private)
    finally:
        deadline.close()


def _download(
    url: str,
    session: requests.Session,
    headers: dict[str, str],
    deadline: _Deadline,
    allow_private: bool,
) -> Page | None:
    limits = deadline.limits
    while True:
        deadline.tries += 1
        try:
            return _try_once(session, url, headers, deadline, allow_private)
        except _Retry as retry:
            wait = _backoff(limits, deadline.tries) if retry.wait is None else retry.wait
            if deadline.tries > limits.retries or wait >= deadline.remaining():
                failure = retry.failure
                if isinstance(failure, TimedOut) and deadline.remaining() <= 0:
                    raise deadline.expired() from None  # the last try was cut short by the limit
                if deadline.tries > 1 or isinstance(failure, TimedOut):
                    failure = type(failure)(f"{failure} ({deadline.account()})")
                raise failure from None
            time.sleep(wait)


def _document(page: Page, **kwargs) -> Document:
    """document_from_page, its failures told as FetchErrors."""
    try:
        return document_from_page(page, **kwargs)
    except NotText as exc:
        raise NotTextContent(f"{exc}; not saved") from None
    except NotReadable as exc:
        raise NoText(str(exc)) from None


def fetch_public_document(
    url: str,
    *,
    session: requests.Session | None = None,
    allow_private: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Document:
    """Fetch a URL pasted by a user into a Document (not saved); non-public addresses refused."""
    own = session is None
    session = session or make_session(limits)
    try:
        page = download(url, session=session, limits=limits, allow_private=allow_private)
    finally:
        if own:
            session.close()
    if page is None:  # only a conditional request may get a 304, and none was sent
        raise HTTPFailure("HTTP 304 Not Modified to an unconditional request")
    return _document(page, name=stable_name(page.url))


def fetch_into(
    url: str,
    path: Path,
    *,
    session: requests.Session,
    limits: Limits = DEFAULT_LIMITS,
    overrides: Mapping[str, str] | None = None,
    now: dt.datetime | None = None,
    allow_private: bool = False,
) -> Outcome:
    """Fetch ``url`` into ``path`` (conditionally when stored); the stored copy survives failure.

    The address guard is download's, the same on every route (``allow_private`` as there)."""
    url = without_credentials(url)
    overrides = dict(overrides or {})
    stored = stored_front_matter(path)
    same = bool(stored.get("url")) and normalise_url(stored["url"]) == normalise_url(url)
    # Validators are sent only when the stored copy is this URL's with these overrides: a 304 then
    # means the file is already what a fresh fetch would write.
    current = same and all(stored.get(k) == v for k, v in overrides.items())
    if same and not stored.get("fetched_at"):
        # A copy stored by hand (the seeds are the texts as first received) is curated: a fresh
        # extraction of today's page must not replace it. Delete the file to fetch it anew.
        return Outcome(url, "unchanged", path)
    headers = {}
    if current and stored.get("etag"):
        headers["If-None-Match"] = stored["etag"]
    if current and stored.get("last_modified"):
        headers["If-Modified-Since"] = stored["last_modified"]
    page = download(
        url, session=session, limits=limits, headers=headers, allow_private=allow_private
    )
    if page is None:
        return Outcome(url, "unchanged", path)
    if current and stored.get("sha256") == hashlib.sha256(page.raw).hexdigest():
        return Outcome(url, "unchanged", path)
    document = _document(page, name=path.name, overrides=overrides, now=now)
    validators = {"etag": page.etag, "last_modified": page.last_modified}
    save_document(document, path.parent, name=path.name, validators=validators, refresh=True)
    return Outcome(url, "fetched", path)


def fetch_each(
    plan: Iterable[tuple[str, Path, Mapping[str, str]]],
    *,
    limits: Limits = DEFAULT_LIMITS,
    allow_private: bool = False,
) -> Iterator[Outcome]:
    """Fetch every (url, file, overrides) of a plan (stored.targets) in turn, one Outcome each:
    a page that fails is its own ``failed`` outcome, never the end of the others. The URLs of a
    sources file or of stored front matter pass the same address guard as a typed one."""
    with closing(make_session(limits)) as session:
        for url, path, overrides in plan:
            shown = without_credentials(url)
            try:
                yield fetch_into(
                    url,
                    path,
                    session=session,
                    limits=limits,
                    overrides=overrides,
                    allow_private=allow_private,
                )
            except (FetchError, NotSaved) as exc:
                yield Outcome(shown, "failed", path, str(exc))
            except Exception as exc:  # a parser crash on one page must not stop the others
                yield Outcome(
                    shown, "failed", path, f"unexpected error ({type(exc).__name__}: {exc})"
                )
