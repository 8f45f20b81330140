"""Fetching documents by URL: the only module that touches the network.

One requests.Session with timeouts, a Tier Watch User-Agent, a size cap, http(s) only, redirects
followed by hand (bounded, each hop checked) and conditional requests. Retries (429/5xx, connection
errors, a silent server; backoff, Retry-After honoured up to a cap) are counted here, not in
urllib3, so that one wall-clock deadline bounds the whole download: every try, every wait and every
byte, however slowly they come; a failure's message says how many tries and seconds it took.
A page becomes a Markdown file with YAML front matter (url, title, published, publisher, author,
fetched_at, sha256 of the raw page, etag, last_modified) and the main text trafilatura finds.
Nothing is written unless the whole page came in and had text: a failed, empty, binary or
truncated download leaves the stored copy as it was.
Every failure is a FetchError whose message is the reason shown to users (saving: NotSaved).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import hashlib
import ipaddress
import os
import socket
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
import urllib3.exceptions as u3
from requests.adapters import HTTPAdapter

from loaders.documents import Document, NotReadable, NotText
from loaders.pages import HTML_TYPES, Page, document_from_page
from loaders.stored import NotSaved as NotSaved  # re-exported: callers fetch and save via here
from loaders.stored import normalise_url, stable_name, stored_front_matter
from loaders.stored import save_document as save_document
from loaders.stored import targets as targets

MB = 1024 * 1024
USER_AGENT = "TierWatch/0.1 (TIP Report document archive)"


def user_agent(environ: Mapping[str, str] = os.environ) -> str:
    """Tier Watch's User-Agent, with a public URL when TIERWATCH_PROJECT_URL names one.

    No URL is written in by default: the project names none it could vouch for, and a made-up
    one would send site owners to the wrong place.
    """
    url = environ.get("TIERWATCH_PROJECT_URL", "").strip()
    if url.startswith(("http://", "https://")) and url.isprintable() and " " not in url:
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
    max_bytes: int = 5 * MB
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
    """The wall-clock budget of one download, and the tries made so far."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.started = time.monotonic()
        self.tries = 0

    def remaining(self) -> float:
        return self.limits.total_seconds - (time.monotonic() - self.started)

    def timeouts(self) -> tuple[float, float]:
        """(connect, read) timeouts for the next request: never past the deadline."""
        left = max(self.remaining(), 0.01)
        return min(self.limits.connect_timeout, left), min(self.limits.read_timeout, left)

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


def make_session(limits: Limits = DEFAULT_LIMITS) -> requests.Session:
    """A requests.Session with Tier Watch's User-Agent (retries are download's, not urllib3's)."""
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
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
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(f"{parts.scheme}: URLs are refused; only http and https pages are fetched")
    try:
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        raise Refused(f"{url!r} has an invalid port") from None
    if not parts.hostname:
        raise Refused(f"{url!r} has no host")
    return parts


def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
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


def check_public_host(host: str, port: int) -> None:
    """Resolve ``host``; Refused unless every address is public, Offline if it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise Offline(f"cannot resolve {host} (offline, or no such host)") from None
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        problem = _address_problem(ip)
        if problem:
            raise Refused(f"{host} resolves to {ip}, {problem}; only public addresses are fetched")


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


def _failure(exc: BaseException, url: str, limits: Limits) -> FetchError:
    """The FetchError that explains a requests/urllib3 exception in a user's words."""
    host = urlsplit(url).hostname or url
    causes = list(_causes(exc))
    checks: list[tuple[type | tuple[type, ...], FetchError]] = [
        ((socket.gaierror, u3.NameResolutionError), Offline(f"cannot resolve {host} (offline?)")),
        (ConnectionRefusedError, Offline(f"connection refused by {urlsplit(url).netloc}")),
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


def _open(
    session: requests.Session,
    url: str,
    headers: Mapping[str, str],
    deadline: _Deadline,
    allow_private: bool,
) -> requests.Response:
    """The first non-redirect response; every hop is checked before it is requested."""
    limits = deadline.limits
    hops = [url]
    for _ in range(limits.max_redirects + 1):
        parts = check_url(url)
        if not allow_private:
            check_public_host(
                parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
            )
        if deadline.remaining() <= 0:
            raise deadline.expired()
        try:
            response = session.get(
                url,
                headers=dict(headers),
                stream=True,
                allow_redirects=False,  # followed below, so that each hop passes the checks
                timeout=deadline.timeouts(),
            )
        except requests.RequestException as exc:
            failure = _failure(exc, url, limits)
            raise (_Retry(failure) if isinstance(failure, _RETRIED) else failure) from None
        if not response.is_redirect:
            return response
        response.close()
        try:
            url = urljoin(url, response.headers["Location"])
        except ValueError:
            raise Refused(f"redirect to an invalid URL: {response.headers['Location']!r}") from None
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
    allow_private: bool = True,
) -> Page | None:
    """Download one page whole; None on 304 Not Modified. FetchError with the reason otherwise.

    At most ``limits.retries`` more tries after a 429/5xx, a connection failure or a silent
    server, all within ``limits.total_seconds`` of wall-clock time. ``allow_private=False``
    refuses hosts that resolve to non-public addresses, on every hop: for URLs typed by strangers
    (the dashboard). The command line fetches what its user lists.
    """
    headers = dict(headers or {})
    deadline = _Deadline(limits)
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
    return _document(page, name=stable_name(url))


def fetch_into(
    url: str,
    path: Path,
    *,
    session: requests.Session,
    limits: Limits = DEFAULT_LIMITS,
    overrides: Mapping[str, str] | None = None,
    now: dt.datetime | None = None,
) -> Outcome:
    """Fetch ``url`` into ``path`` (conditionally when stored); the stored copy survives failure."""
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
    page = download(url, session=session, limits=limits, headers=headers)
    if page is None:
        return Outcome(url, "unchanged", path)
    if current and stored.get("sha256") == hashlib.sha256(page.raw).hexdigest():
        return Outcome(url, "unchanged", path)
    document = _document(page, name=path.name, overrides=overrides, now=now)
    validators = {"etag": page.etag, "last_modified": page.last_modified}
    save_document(document, path.parent, name=path.name, validators=validators, refresh=True)
    return Outcome(url, "fetched", path)


def fetch_each(
    plan: Iterable[tuple[str, Path, Mapping[str, str]]], *, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Outcome]:
    """Fetch every (url, file, overrides) of a plan (stored.targets) in turn, one Outcome each:
    a page that fails is its own ``failed`` outcome, never the end of the others."""
    with closing(make_session(limits)) as session:
        for url, path, overrides in plan:
            try:
                yield fetch_into(url, path, session=session, limits=limits, overrides=overrides)
            except (FetchError, NotSaved) as exc:
                yield Outcome(url, "failed", path, str(exc))
            except Exception as exc:  # a parser crash on one page must not stop the others
                yield Outcome(
                    url, "failed", path, f"unexpected error ({type(exc).__name__}: {exc})"
                )
