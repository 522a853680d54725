"""The Oxigraph server (``oxigraph serve``, PyPI package ``oxigraph``) on an RDF file, as a
child process: :func:`serve` runs it until it is stopped, :func:`running_server` for the
length of a ``with`` block.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, KGError
from .files import RDF_FORMATS, guess_format, open_rdf


@dataclass(frozen=True)
class Server:
    """A running ``oxigraph serve``: ``url`` is its base, e.g. ``http://127.0.0.1:7878``."""

    url: str
    process: subprocess.Popen[bytes]

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (what :func:`kg.rdf.graph_store.push` takes)."""
        return f"{self.url}/store"


def serve(data: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878) -> None:
    """Serve ``data`` at ``http://host:port/query`` with the Oxigraph server until it stops.

    The data is loaded (``oxigraph load``) into a temporary store that is removed afterwards,
    and the server (``oxigraph serve``) accepts updates as well as queries. It stops on Ctrl-C
    or SIGTERM; call this from the main thread, which alone can handle signals.
    """
    with _exit_on_sigterm(), running_server(data, host, port) as server:
        code = server.process.wait()
        if code:
            raise KGError(Errors.E046.format(detail=f"it exited with code {code}"))


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
    data: str | os.PathLike[str] | None, host: str = "127.0.0.1", port: int = 7878, *, timeout: float = 60.0
) -> Iterator[Server]:
    """Start ``oxigraph serve`` on ``data`` (or on an empty store) and yield it once its
    query endpoint answers; stop it and remove its store on leaving the block."""
    program = oxigraph_program()
    with tempfile.TemporaryDirectory(prefix="kg-oxigraph-") as tmp:
        location, log = Path(tmp) / "store", Path(tmp) / "oxigraph.log"
        if data is not None:
            _server_load(program, Path(data), location, log)
        with log.open("ab") as out:
            process = subprocess.Popen(
                [program, "serve", "--location", str(location), "--bind", f"{host}:{port}"],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            server = Server(_base_url(host, port), process)
            _wait_until_ready(server, log, timeout)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


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


def _server_load(program: str, data: Path, location: Path, log: Path) -> None:
    """``oxigraph load`` the data from stdin, which also covers gzipped files."""
    fmt = guess_format(data)
    with open_rdf(data) as source, log.open("wb") as out:
        process = subprocess.Popen(
            [program, "load", "--location", str(location), "--format", RDF_FORMATS[fmt]],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        stdin = process.stdin
        assert stdin is not None  # stdin=PIPE
        with contextlib.suppress(BrokenPipeError), stdin:  # it stops reading on a bad file
            shutil.copyfileobj(source, stdin)
        code = process.wait()
    if code:
        raise KGError(Errors.E044.format(path=data, fmt=fmt, detail=_tail(log)))


def _base_url(host: str, port: int) -> str:
    """The URL to reach a server bound to ``host``; a wildcard address is reached on loopback.

    >>> _base_url("0.0.0.0", 80), _base_url("::1", 7878)
    ('http://127.0.0.1:80', 'http://[::1]:7878')
    """
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _wait_until_ready(server: Server, log: Path, timeout: float) -> None:
    probe = f"{server.query_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    # The server is local: a proxy from the environment must not stand in between.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise KGError(
                Errors.E046.format(detail=f"it exited with code {server.process.returncode}: {_tail(log)}")
            )
        with contextlib.suppress(OSError), opener.open(probe, timeout=1):
            return
        time.sleep(0.1)
    raise KGError(Errors.E046.format(detail=f"{server.url} did not answer within {timeout:g} s"))


def _tail(log: Path, size: int = 2000) -> str:
    return log.read_bytes()[-size:].decode("utf-8", errors="replace").strip()
