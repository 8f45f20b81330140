"""The address guard's transport: connect only to the addresses the guard resolved and checked.

A host name is resolved once, by loaders.fetch, and its addresses are pinned on the adapter for
the one request that follows. The connection goes to those addresses and never asks DNS again,
so a name that answers a public address to the check and 127.0.0.1 to the connection (DNS
rebinding) reaches only what was checked (OWASP SSRF prevention). The request still names the
host: the Host header, TLS's server name (SNI) and the certificate check all use the host name.
Each socket opened is handed to a watcher, so that one wall-clock deadline can cut it off
whatever the connection is waiting for (headers included).
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import connection

Watch = Callable[[socket.socket], None]


def _plain(host: str) -> str:
    return host.strip("[]").rstrip(".").lower()


class PinnedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections go to pinned addresses only (no retries of its own)."""

    def __init__(self) -> None:
        self._pin: tuple[str, tuple[str, ...]] = ("", ())
        self._watch: Watch | None = None
        super().__init__(max_retries=0)

    def pin(self, host: str, addresses: tuple[str, ...], watch: Watch | None = None) -> None:
        """The addresses the next request to ``host`` connects to (tried in order)."""
        self._pin = (_plain(host), tuple(addresses))
        self._watch = watch
        # A connection kept alive from an earlier request went to an address pinned then:
        # closed, so that every request connects to what was checked for it.
        self.poolmanager.clear()

    def addresses(self, host: str) -> tuple[str, ...]:
        pinned_host, addresses = self._pin
        return addresses if _plain(host) == pinned_host else ()

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _pool_class(HTTPConnectionPool, HTTPConnection, self),
            "https": _pool_class(HTTPSConnectionPool, HTTPSConnection, self),
        }


def _pool_class(pool: type, base: type, adapter: PinnedAdapter) -> type:
    class PinnedConnection(base):
        def _new_conn(self) -> socket.socket:
            # urllib3's own _new_conn, with the pinned addresses in place of a DNS lookup.
            addresses = adapter.addresses(self.host)
            if not addresses:  # fail closed: a host the guard did not resolve is not connected to
                raise NewConnectionError(self, f"{self.host} was not resolved by the guard")
            error: Exception | None = None
            for address in addresses:
                try:
                    sock = connection.create_connection(
                        (address, self.port),
                        self.timeout,
                        source_address=self.source_address,
                        socket_options=self.socket_options,
                    )
                except TimeoutError as exc:
                    error = ConnectTimeoutError(
                        self, f"Connection to {self.host} timed out. (timeout={self.timeout})"
                    )
                    error.__cause__ = exc
                    continue
                except OSError as exc:
                    error = NewConnectionError(self, f"Failed to establish a connection: {exc}")
                    error.__cause__ = exc
                    continue
                sys.audit("http.client.connect", self, self.host, self.port)
                if adapter._watch is not None:
                    adapter._watch(sock)
                return sock
            assert error is not None
            raise error

    class PinnedPool(pool):
        ConnectionCls = PinnedConnection

    return PinnedPool


__all__ = ["PinnedAdapter", "Watch"]
