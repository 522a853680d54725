"""kg's front of the Oxigraph server: what ``kg serve`` listens with.

Every SPARQL query and update is checked as ``kg sparql`` checks it (:mod:`query_guard`:
size, nesting, SERVICE) and given kg's prefixes before Oxigraph sees it; writes are refused
unless the server is writable. A request that outruns the time limit, or that crashes the
engine, gets a coded answer and a fresh engine (:class:`~kg.rdf.engine.Engine`).

Oxigraph's own time limit (``--timeout-s``) is checked only while a query is evaluated:
measured on 0.5.13 with a 5 s limit, a COUNT over 10^8 rows ran for 10 s and parsing 200
nested ``[]`` for 15 s. So the proxy waits :data:`GRACE` seconds past the limit, then stops
the runaway by restarting the engine (other requests in flight then fail with HTTP 503).
"""

from __future__ import annotations

import http.client
import logging
import socketserver
import sys
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BufferedIOBase
from typing import Any

from ..errors import Errors, KGError
from .engine import Engine
from .query_guard import MAX_QUERY_CHARS, check, unshift_error, with_prefixes

log = logging.getLogger("kg")

GRACE = 2.0
"""Seconds past the time limit after which the proxy restarts the engine."""
# A character percent-encoded in UTF-8 takes up to 12 bytes.
_MAX_BODY = 12 * MAX_QUERY_CHARS
_CHUNK = 64 * 1024
# Headers about one connection, not the message (RFC 9110, 7.6.1), the length, which the
# proxy sets, and Expect, which is about reading the body: the proxy's part. Server and Date
# are the proxy's own.
_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection"}
    | {"te", "trailer", "transfer-encoding", "upgrade", "content-length", "expect"}
)
_NOT_RELAYED = _HOP | {"server", "date"}


@dataclass(frozen=True)
class Policy:
    """What the server accepts: writes, SERVICE, and how long a query may run (None: no
    limit)."""

    writable: bool = False
    allow_service: bool = False
    timeout: float | None = 30.0


class Refused(Exception):
    """A request answered by the proxy itself, with ``status`` and ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Outgoing:
    """The request the proxy sends on to Oxigraph."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes | Iterator[bytes] | None = None
    chunked: bool = False
    prefixed: bool = False  # the SPARQL text starts with kg's prefix line
    answered: bool = False  # the client has had the status line


class SparqlProxy(ThreadingHTTPServer):
    """The listening socket and its policy; :attr:`engine` is set before it serves."""

    daemon_threads = True
    engine: Engine

    def __init__(self, address: tuple[Any, ...], family: int, policy: Policy) -> None:
        self.address_family, self.policy = family, policy
        super().__init__(address, ProxyHandler)

    def server_bind(self) -> None:
        # HTTPServer's own looks up the host's fully qualified name, which can wait on DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that broke off (the client went away mid-request, say): one debug line
        where socketserver would print a traceback."""
        log.debug("a request from %s failed: %s", client_address, sys.exc_info()[1])


class ProxyHandler(BaseHTTPRequestHandler):
    """One request: refused, or sent on to the engine and its answer relayed."""

    server: SparqlProxy
    protocol_version = "HTTP/1.0"  # one request a connection; a body ends where it closes
    timeout = 60  # seconds a client may stay silent

    def log_message(self, format: str, *args: Any) -> None:
        """Nothing: like Oxigraph, log no requests (and so write no client's text)."""

    def do_GET(self) -> None:
        try:
            outgoing = self._outgoing()
        except Refused as r:
            return self._reply(r.status, r.message)
        self._forward(outgoing)

    do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = do_GET

    def _outgoing(self) -> Outgoing:
        path = self.path.partition("?")[0]
        if path in ("/query", "/update"):
            return self._sparql(path)
        if path not in ("/", "/store") and not path.startswith("/store/"):
            raise Refused(404, "Not found: kg's SPARQL server answers /query, /update and /store")
        if not self.server.policy.writable and self.command not in ("GET", "HEAD"):
            raise Refused(403, Errors.E108.format(what="uploads and deletions"))
        headers = self._headers()
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return Outgoing(self.command, self.path, headers, _dechunk(self.rfile, None), chunked=True)
        length = self._content_length()
        if not length:
            return Outgoing(self.command, self.path, headers)
        return Outgoing(
            self.command, self.path, headers | {"Content-Length": str(length)}, _exactly(self.rfile, length)
        )

    def _sparql(self, path: str) -> Outgoing:
        """The query (or update) of any form of the SPARQL Protocol, checked, with kg's
        prefixes, sent on as the one form Oxigraph then sees: a POSTed form."""
        name = path[1:]
        policy = self.server.policy
        if name == "update" and not policy.writable:
            raise Refused(403, Errors.E108.format(what="updates"))
        pairs = urllib.parse.parse_qsl(self.path.partition("?")[2], keep_blank_values=True)
        if self.command == "POST":
            kind, body = self.headers.get_content_type(), self._body().decode("utf-8", errors="replace")
            if kind == "application/x-www-form-urlencoded":
                pairs += urllib.parse.parse_qsl(body, keep_blank_values=True)
            elif kind == f"application/sparql-{name}":
                pairs.append((name, body))
            else:
                raise Refused(415, f"Send the {name} as application/sparql-{name} or a form")
        elif self.command != "GET" or name == "update":
            raise Refused(405, f"{self.command} is not a way to send a SPARQL {name}")
        texts = [value for key, value in pairs if key == name]
        if len(texts) != 1:
            raise Refused(400, f"Give the {name} parameter once, not {len(texts)} times")
        try:
            check(texts[0], allow_service=policy.allow_service, update=name == "update")
        except KGError as e:
            raise Refused(400, str(e)) from e
        form = [(name, with_prefixes(texts[0])), *((k, v) for k, v in pairs if k != name)]
        headers = self._headers() | {"Content-Type": "application/x-www-form-urlencoded"}
        return Outgoing("POST", path, headers, urllib.parse.urlencode(form).encode("ascii"), prefixed=True)

    def _headers(self) -> dict[str, str]:
        return {k: v for k, v in self.headers.items() if k.lower() not in _HOP}

    def _content_length(self) -> int:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            raise Refused(400, "The Content-Length is not a number of bytes")
        return length

    def _body(self) -> bytes:
        """The whole body of a query or update, refused past :data:`_MAX_BODY`."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return b"".join(_dechunk(self.rfile, _MAX_BODY))
        length = self._content_length()
        if length > _MAX_BODY:
            raise Refused(413, f"A body of {length:,} bytes is longer than any SPARQL text kg accepts")
        return b"".join(_exactly(self.rfile, length))

    def _forward(self, outgoing: Outgoing) -> None:
        engine, limit = self.server.engine, self.server.policy.timeout
        generation, url = engine.generation, urllib.parse.urlsplit(engine.url)
        wait = None if limit is None else limit + GRACE
        connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=wait)
        try:
            connection.request(
                outgoing.method,
                outgoing.target,
                body=outgoing.body,
                headers=outgoing.headers,
                encode_chunked=outgoing.chunked,
            )
            self._relay(connection.getresponse(), outgoing)
        except Refused as r:
            self._reply(r.status, r.message, outgoing)
        except TimeoutError:
            assert limit is not None  # no timeout, no TimeoutError
            message = Errors.E103.format(timeout=limit)
            engine.restart(generation, message)
            self._reply(503, f"{message} (the server restarted its SPARQL engine)", outgoing)
        except (OSError, http.client.HTTPException) as e:
            cause = engine.exit_cause(generation, wait=1.0)
            if cause is None:
                detail = (
                    "the SPARQL engine was restarted while it answered"
                    if engine.generation != generation
                    else f"the SPARQL engine did not answer: {type(e).__name__}: {e}"
                )
                return self._reply(502, Errors.E040.format(detail=detail), outgoing)
            message = Errors.E104.format(cause=f"the engine {cause}")
            engine.restart(generation, message)
            self._reply(502, f"{message}; the server restarted it", outgoing)
        finally:
            connection.close()

    def _relay(self, response: http.client.HTTPResponse, outgoing: Outgoing) -> None:
        """Send Oxigraph's answer on: its errors about SPARQL text counted in the user's
        lines, its cancellation at the time limit as kg's E103."""
        status, body = response.status, None
        if outgoing.prefixed and status in (400, 500):
            text = unshift_error(response.read(_CHUNK).decode("utf-8", errors="replace"))
            if status == 500 and "cancelled" in text and self.server.policy.timeout is not None:
                status, text = 503, Errors.E103.format(timeout=self.server.policy.timeout)
            body = text.encode("utf-8")
        self.send_response(status)
        for key, value in response.getheaders():
            if key.lower() not in _NOT_RELAYED and not (body is not None and key.lower() == "content-type"):
                self.send_header(key, value)
        if body is not None:
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
        elif response.length is not None:
            self.send_header("Content-Length", str(response.length))
        self.end_headers()
        outgoing.answered = True
        chunks = iter([body]) if body is not None else iter(lambda: response.read1(_CHUNK), b"")
        for chunk in chunks:
            if not self._write(chunk):
                return

    def _write(self, data: bytes) -> bool:
        """Write to the client; False once it has gone away."""
        try:
            self.wfile.write(data)
        except OSError:
            return False
        return True

    def _reply(self, status: int, message: str, outgoing: Outgoing | None = None) -> None:
        """Answer with ``message`` as plain text, unless an answer has begun already."""
        if outgoing is not None and outgoing.answered:
            return
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self._write(body)


def _exactly(stream: BufferedIOBase, length: int) -> Iterator[bytes]:
    """``length`` bytes of the client's ``stream``, a chunk at a time."""
    while length > 0:
        chunk = _client_read(stream.read, min(length, _CHUNK))
        if not chunk:
            raise Refused(400, "The body ended before its Content-Length")
        length -= len(chunk)
        yield chunk


def _client_read(read: Callable[[int], bytes], size: int) -> bytes:
    """``read(size)`` from the client, whose silence or departure is its own problem, not a
    failure of the engine the body is on its way to."""
    try:
        return read(size)
    except OSError as e:  # the handler's timeout, a reset connection
        raise Refused(408, "The request's body did not arrive") from e


def _dechunk(stream: BufferedIOBase, limit: int | None) -> Iterator[bytes]:
    """The data of a body sent with ``Transfer-Encoding: chunked`` (RFC 9112, 7.1), refused
    past ``limit`` bytes."""
    total = 0
    while True:
        try:
            size = int(_client_read(stream.readline, 1024).split(b";")[0].strip(), 16)
        except ValueError:
            raise Refused(400, "A chunk of the body has no valid size") from None
        if size == 0:
            while _client_read(stream.readline, 1024).strip():  # trailer fields, not relayed
                pass
            return
        total += size
        if limit is not None and total > limit:
            raise Refused(413, f"A body of over {limit:,} bytes is longer than any SPARQL text kg accepts")
        yield from _exactly(stream, size)
        _client_read(stream.readline, 1024)
