"""The SPARQL server on an RDF file: :func:`serve` runs it until it is stopped,
:func:`running_server` for the length of a ``with`` block.

The data is loaded (``oxigraph load``, PyPI package ``oxigraph``) into a temporary store,
served by ``oxigraph serve-read-only`` (``serve`` when writable) on a loopback port
(:class:`~kg.rdf.engine.Engine`), and kg listens in front of it (:mod:`~kg.rdf.proxy`),
checking each query as ``kg sparql`` does.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, KGError
from .child import die_with_parent, engine_environment
from .engine import Engine, last_error
from .files import RDF_FORMATS, Loading, guess_format, open_loading
from .proxy import Policy, SparqlProxy


@dataclass(frozen=True)
class Server:
    """A running server: ``url`` is its base, e.g. ``http://127.0.0.1:7878``."""

    url: str
    engine: Engine

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (refused unless the server is writable)."""
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (what :func:`kg.rdf.graph_store.push` takes)."""
        return f"{self.url}/store"

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The ``oxigraph`` process answering now."""
        return self.engine.process


def serve(
    data: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    timeout: float | None = 30.0,
    writable: bool = False,
    allow_service: bool = False,
    ready: Callable[[Server], None] | None = None,
    loading: Loading | None = None,
) -> None:
    """Serve ``data`` at ``http://host:port/query`` until stopped (Ctrl-C or SIGTERM).

    Read-only unless ``writable``; a query may run ``timeout`` seconds (None: no limit), and
    ``SERVICE`` is refused unless ``allow_service``. ``ready`` is called with the server
    once it answers; ``loading`` shows the progress of loading the data. Call this from
    the main thread, which alone can handle signals.

    Raises
    ------
    KGError
        As :func:`running_server`, and E046 when the engine cannot be restarted.
    """
    with (
        _exit_on_sigterm(),
        running_server(
            data,
            host,
            port,
            query_timeout=timeout,
            writable=writable,
            allow_service=allow_service,
            loading=loading,
        ) as server,
    ):
        if ready is not None:
            ready(server)
        raise server.engine.wait_for_failure()


@contextlib.contextmanager
def _exit_on_sigterm() -> Iterator[None]:
    """Make SIGTERM exit through ``finally`` blocks, so the server is not left running alone."""
    previous = signal.signal(signal.SIGTERM, lambda signum, _: sys.exit(128 + signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def running_server(
    data: str | os.PathLike[str] | None,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    timeout: float = 60.0,
    query_timeout: float | None = 30.0,
    writable: bool = False,
    allow_service: bool = False,
    loading: Loading | None = None,
) -> Iterator[Server]:
    """Serve ``data`` (or an empty store) and yield the server once it answers; stop it and
    remove its store on leaving the block. ``timeout`` bounds the wait for the engine to
    start; the other parameters are :func:`serve`'s.

    Raises
    ------
    KGError
        E106 when ``host:port`` cannot be listened on (checked before the data is loaded),
        E041, E042, E044 or E105 for the data, E046 when the engine does not start.
    """
    program = oxigraph_program()
    proxy = _listen(host, port, Policy(writable, allow_service, query_timeout))
    try:
        with tempfile.TemporaryDirectory(prefix="kg-oxigraph-") as tmp:
            location, log_file = Path(tmp) / "store", Path(tmp) / "oxigraph.log"
            fmt = _server_load(program, None if data is None else Path(data), location, log_file, loading)
            engine = Engine(program, location, log_file, writable=writable, timeout=query_timeout)
            try:
                engine.start(timeout)
                if fmt == "json-ld" and not _holds_triples(engine):
                    raise KGError(Errors.E105.format(path=data, fmt=fmt))
                proxy.engine = engine
                # a short poll: leaving the block waits for the loop to see the shutdown
                listening = threading.Thread(
                    target=proxy.serve_forever, args=(0.05,), name="kg-sparql", daemon=True
                )
                listening.start()
                try:
                    yield Server(_base_url(host, proxy.server_port), engine)
                finally:
                    proxy.shutdown()
            finally:
                engine.stop()
    finally:
        proxy.server_close()


def oxigraph_program() -> str:
    """The ``oxigraph`` program: beside this Python (a venv's bin/) or on the PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    program = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if program is None:
        raise KGError(
            Errors.E046.format(
                detail="the `oxigraph` program was not found; install it with `pip install oxigraph`"
            )
        )
    return program


def _listen(host: str, port: int, policy: Policy) -> SparqlProxy:
    """A socket listening on ``host:port``, or E106 with the reason it cannot."""
    try:
        family, _, _, _, address = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        return SparqlProxy(address, family, policy)
    except (OSError, ValueError, OverflowError) as e:  # gaierror is an OSError
        cause = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise KGError(Errors.E106.format(host=host, port=port, cause=cause)) from e


def _server_load(
    program: str, data: Path | None, location: Path, log_file: Path, loading: Loading | None = None
) -> str | None:
    """``oxigraph load`` the data (nothing, for an empty store) from stdin, which also covers
    gzipped files; the data's format."""
    fmt = None if data is None else guess_format(data)
    with contextlib.ExitStack() as stack:
        source = None if data is None else stack.enter_context(open_loading(data, loading))
        out = stack.enter_context(log_file.open("wb"))
        media_type = RDF_FORMATS[fmt or "nt"]
        try:
            process = subprocess.Popen(
                [program, "load", "--location", str(location), "--format", media_type],
                stdin=subprocess.PIPE,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=engine_environment(),
                preexec_fn=die_with_parent(),
            )
        except OSError as e:
            raise KGError(Errors.E046.format(detail=f"{program}: {e.strerror or e}")) from e
        stdin = process.stdin
        assert stdin is not None  # stdin=PIPE
        with contextlib.suppress(BrokenPipeError), stdin:  # it stops reading on a bad file
            if source is not None:
                shutil.copyfileobj(source, stdin)
        code = process.wait()
    if code:
        raise KGError(Errors.E044.format(path=data, fmt=fmt, detail=last_error(log_file)))
    return fmt


def _holds_triples(engine: Engine) -> bool:
    """Whether the engine's store holds a triple, in any graph."""
    ask = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    request = urllib.request.Request(
        f"{engine.url}/query?{urllib.parse.urlencode({'query': ask})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=60) as response:
        return bool(json.load(response)["boolean"])


def _base_url(host: str, port: int) -> str:
    """The URL to reach a server bound to ``host``; a wildcard address is reached on loopback.

    >>> _base_url("0.0.0.0", 80), _base_url("::1", 7878)
    ('http://127.0.0.1:80', 'http://[::1]:7878')
    """
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
