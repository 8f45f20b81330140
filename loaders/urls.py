"""What counts as a web address, and a URL as it may be saved or shown: pure functions.

One definition of "an http(s) URL" for every route (sources file, front matter, the official
record, pasted URLs, links): a scheme of http or https in any case (``HTTPS://`` is a web
address too) and a host. Credentials in a URL (``user:pass@``) are never saved or shown.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit, urlunsplit

WEB_SCHEMES = ("http", "https")


def web_parts(url: object) -> SplitResult | None:
    """The parts of an http(s) URL with a host; None for anything else (never raises)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:  # an unclosed [ in an IPv6 host, or a bad port
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return parts


def is_web_url(url: object) -> bool:
    """Whether ``url`` is an http(s) URL with a host."""
    return web_parts(url) is not None


def web_address(url: object) -> str:
    """An http(s) URL as a link gives it: stripped, its scheme in lower case; "" for anything
    else (a link's display text is then read by one lower-case pattern)."""
    parts = web_parts(url)
    if parts is None:
        return ""
    text = str(url).strip()
    scheme = text[: len(parts.scheme)]
    return parts.scheme.lower() + text[len(scheme) :] if scheme.lower() == parts.scheme else text


def without_credentials(url: str) -> str:
    """The URL with any ``user:pass@`` removed (anything unparsable is returned as it is)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


__all__ = ["WEB_SCHEMES", "is_web_url", "web_parts", "without_credentials"]
