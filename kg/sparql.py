"""SPARQL over an exported graph: embedded Oxigraph, the Oxigraph server, and upload.

:func:`query` answers a query from an Oxigraph store that is loaded once into a directory
beside the data (``<data>.oxigraph/``) and loaded again only when the data file changes.
:func:`serve` runs the ``oxigraph`` server program (PyPI package ``oxigraph``) on the data;
:func:`push` uploads the data to any SPARQL 1.1 Graph Store Protocol endpoint.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
from rich.table import Table
from rich.text import Text

from .errors import Errors, KGError
from .io import write_json
from .namespaces import PREFIXES
from .rdf import FORMATS, curie, guess_format, open_rdf

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
"""Formats for the results of SELECT and ASK queries."""
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                 "json-ld": ox.RdfFormat.JSON_LD}
"""Formats for the results of CONSTRUCT and DESCRIBE queries, and for loading data."""

_QUERY_FORMS = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT and DESCRIBE"}
_SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


# results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class QueryResult:
    """The answer to one query, kept in a standard serialization and rendered on demand:
    :attr:`rows` for display, :meth:`table` for the console, :meth:`serialize` for files.

    Attributes
    ----------
    kind
        ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT and DESCRIBE).
    payload
        SPARQL results JSON for ``select`` and ``ask``, N-Triples for ``graph``.
    """

    kind: str
    payload: bytes

    @cached_property
    def variables(self) -> list[str]:
        """Column names: the SELECT variables, ``ask``, or subject/predicate/object."""
        if self.kind == "select":
            return [v.value for v in ox.parse_query_results(self.payload,
                                                            ox.QueryResultsFormat.JSON).variables]
        return ["ask"] if self.kind == "ask" else ["subject", "predicate", "object"]

    @cached_property
    def rows(self) -> list[tuple[str, ...]]:
        """Each solution (or triple) as display strings: IRIs shortened, unbound as ``""``."""
        if self.kind == "graph":
            return [tuple(_display(t) for t in (triple.subject, triple.predicate, triple.object))
                    for triple in ox.parse(self.payload, ox.RdfFormat.N_TRIPLES)]
        parsed = ox.parse_query_results(self.payload, ox.QueryResultsFormat.JSON)
        if self.kind == "ask":
            return [(str(bool(parsed)).lower(),)]
        return [tuple(_display(s[i]) for i in range(len(parsed.variables))) for s in parsed]

    def serialize(self, fmt: str) -> bytes:
        """The result in ``fmt``: a key of :data:`RESULT_FORMATS` for ``select`` and ``ask``,
        of :data:`GRAPH_FORMATS` for ``graph``."""
        formats = GRAPH_FORMATS if self.kind == "graph" else RESULT_FORMATS
        if fmt not in formats:
            raise KGError(Errors.E048.format(kind=_QUERY_FORMS[self.kind], fmt=fmt,
                                             choices=", ".join(formats)))
        if self.kind == "graph":
            triples = ox.parse(self.payload, ox.RdfFormat.N_TRIPLES)
            return ox.serialize(triples, format=formats[fmt], prefixes=PREFIXES)
        parsed = ox.parse_query_results(self.payload, ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=formats[fmt])

    def table(self, title: str | None = None) -> Table:
        """The rows as a rich table; cells are plain text, never console markup."""
        table = Table(*self.variables, title=title)
        for row in self.rows:
            table.add_row(*(Text(cell) for cell in row))
        return table


def _display(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return curie(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.Literal) else str(term)


# embedded store --------------------------------------------------------------------------

def query(q: str | os.PathLike, data: str | os.PathLike, *, fmt: str | None = None) -> QueryResult:
    """Answer a SPARQL query over an RDF file.

    Parameters
    ----------
    q
        The query, or the path of a ``.rq`` file holding it. The prefixes in
        :data:`~kg.namespaces.PREFIXES` (``kg:``, ``skos:``, ...) need not be declared.
    data
        Turtle, N-Triples or JSON-LD, optionally gzipped.
    fmt
        The data's format (a key of :data:`~kg.rdf.FORMATS`); guessed from its name if None.

    Raises
    ------
    KGError
        E045 for a syntax error (with line, column and a caret), E040 when evaluation fails,
        E001, E041, E042 or E044 when the query file or the data cannot be read.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> data = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = data.write_text("<https://example.org/a> a <https://w3id.org/kg-ml/ontology#Paper> .")
    >>> query("SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Paper }", data).rows
    [('1',)]
    """
    text = _query_text(q)
    store = open_store(data, fmt)
    try:
        result = store.query(text, prefixes=PREFIXES)
        if isinstance(result, ox.QuerySolutions):
            return QueryResult("select", result.serialize(format=ox.QueryResultsFormat.JSON))
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", result.serialize(format=ox.QueryResultsFormat.JSON))
        return QueryResult("graph", result.serialize(format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as e:
        raise KGError(syntax_error_message(str(e), text)) from e
    except (OSError, RuntimeError, ValueError) as e:
        raise KGError(Errors.E040.format(detail=e)) from e


def _query_text(q: str | os.PathLike) -> str:
    """``q`` itself, or the content of the ``.rq`` file it names."""
    if isinstance(q, os.PathLike) or (q.rstrip().endswith(".rq") and "\n" not in q.strip()):
        path = Path(q).expanduser()
        if not path.is_file():
            raise KGError(Errors.E001.format(path=path))
        return path.read_text(encoding="utf-8")
    return q


def syntax_error_message(error: str, text: str) -> str:
    """Oxigraph's ``error at LINE:COLUMN: ...`` as a message that shows where, with a caret.

    >>> print(syntax_error_message("error at 2:7: expected one of '.', '}'",
    ...                            "SELECT * WHERE {\\n ?s ?p\\n}"))
    [E045] SPARQL syntax error at line 2, column 7: expected one of '.', '}'
       ?s ?p
            ^
    """
    match = _SYNTAX_ERROR.match(error)
    if not match:
        return Errors.E040.format(detail=error)
    line, column = int(match[1]), int(match[2])
    # Oxigraph's list of expected tokens ends in character classes that can run to many lines.
    detail = match[3].splitlines()[0].split(", [")[0]
    lines = text.splitlines() or [""]
    source = lines[min(line, len(lines)) - 1]
    return "\n".join([Errors.E045.format(line=line, column=column, detail=detail),
                      f"  {source}", "  " + " " * (column - 1) + "^"])


def store_dir(data: str | os.PathLike) -> Path:
    """Where the Oxigraph store of ``data`` is cached.

    >>> store_dir("out/kg.ttl").as_posix()
    'out/kg.ttl.oxigraph'
    """
    data = Path(data)
    return data.with_name(data.name + ".oxigraph")


def open_store(data: str | os.PathLike, fmt: str | None = None) -> ox.Store:
    """A read-only Oxigraph store of ``data``, loaded into :func:`store_dir` when that is
    missing or was loaded from a different version of the file (size or mtime differ)."""
    data = Path(data)
    if not data.is_file():
        raise KGError(Errors.E041.format(path=data))
    fmt = fmt or guess_format(data)
    if fmt not in GRAPH_FORMATS:
        raise KGError(Errors.E042.format(fmt=fmt, choices=", ".join(GRAPH_FORMATS)))
    cache, source = store_dir(data), _source_stamp(data, fmt)
    if _read_stamp(cache) != source:
        _build_store(data, fmt, cache, source)
    return ox.Store.read_only(str(cache / "store"))


def _source_stamp(data: Path, fmt: str) -> dict:
    stat = data.stat()
    # The store's on-disk layout belongs to the pyoxigraph version that wrote it.
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "format": fmt,
            "pyoxigraph": ox.__version__}


def _read_stamp(cache: Path) -> dict | None:
    with contextlib.suppress(OSError, ValueError):
        return json.loads((cache / "source.json").read_text(encoding="utf-8"))
    return None


def _build_store(data: Path, fmt: str, cache: Path, source: dict) -> None:
    """Load ``data`` into a fresh directory, then swap it in for ``cache`` in one rename."""
    try:
        fresh = Path(tempfile.mkdtemp(dir=cache.parent, prefix=f".{cache.name}."))
    except OSError as e:
        raise KGError(Errors.E050.format(path=cache, detail=e.strerror or e)) from e
    try:
        _bulk_load(data, fmt, fresh / "store")
        write_json(fresh / "source.json", source)
        if cache.exists():
            shutil.rmtree(cache)
        os.replace(fresh, cache)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def _bulk_load(data: Path, fmt: str, location: Path) -> None:
    # A function of its own so that the writable store is closed when it returns.
    store = ox.Store(str(location))
    with open_rdf(data) as f:
        try:
            store.bulk_load(f, format=GRAPH_FORMATS[fmt])
        except (SyntaxError, ValueError, OSError) as e:
            raise KGError(Errors.E044.format(path=data, fmt=fmt, detail=e)) from e


# server ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Server:
    """A running ``oxigraph serve``: ``url`` is its base, e.g. ``http://127.0.0.1:7878``."""

    url: str
    process: subprocess.Popen

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (what :func:`push` takes)."""
        return f"{self.url}/store"


def serve(data: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878) -> None:
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
def running_server(data: str | os.PathLike | None, host: str = "127.0.0.1", port: int = 7878,
                   *, timeout: float = 60.0) -> Iterator[Server]:
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
                stdout=out, stderr=subprocess.STDOUT)
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
        raise KGError(Errors.E046.format(
            detail="the `oxigraph` program was not found; install it with `pip install oxigraph`"))
    return program


def _server_load(program: str, data: Path, location: Path, log: Path) -> None:
    """``oxigraph load`` the data from stdin, which also covers gzipped files."""
    fmt = guess_format(data)
    with open_rdf(data) as source, log.open("wb") as out:
        process = subprocess.Popen(
            [program, "load", "--location", str(location), "--format", FORMATS[fmt]],
            stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT)
        with contextlib.suppress(BrokenPipeError), process.stdin:  # it stops reading on a bad file
            shutil.copyfileobj(source, process.stdin)
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
            raise KGError(Errors.E046.format(
                detail=f"it exited with code {server.process.returncode}: {_tail(log)}"))
        with contextlib.suppress(OSError):
            with opener.open(probe, timeout=1):
                return
        time.sleep(0.1)
    raise KGError(Errors.E046.format(detail=f"{server.url} did not answer within {timeout:g} s"))


def _tail(log: Path, size: int = 2000) -> str:
    return log.read_bytes()[-size:].decode("utf-8", errors="replace").strip()


# upload ----------------------------------------------------------------------------------

def graph_store_url(endpoint: str, graph: str | None = None) -> str:
    """The Graph Store Protocol URL of ``graph`` (the default graph when None) at ``endpoint``.

    >>> graph_store_url("http://127.0.0.1:7878/store")
    'http://127.0.0.1:7878/store?default'
    >>> graph_store_url("http://h/store?key=1", "https://w3id.org/kg-ml/graph#1")
    'http://h/store?key=1&graph=https%3A%2F%2Fw3id.org%2Fkg-ml%2Fgraph%231'
    """
    parameter = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{parameter}"


def push(data: str | os.PathLike, endpoint: str, graph: str | None = None, *,
         replace: bool = True, timeout: float = 60.0) -> None:
    """Upload ``data`` to a SPARQL 1.1 Graph Store Protocol ``endpoint``.

    Parameters
    ----------
    data
        Turtle, N-Triples or JSON-LD, optionally gzipped (sent decompressed).
    endpoint
        The store URL, e.g. ``http://127.0.0.1:7878/store`` for Oxigraph.
    graph
        The named graph's IRI; the default graph when None.
    replace
        Replace the graph's content (HTTP PUT), or add to it (POST).
    timeout
        Seconds to wait for the endpoint at each step of the exchange.
    """
    data = Path(data)
    fmt = guess_format(data)
    url = graph_store_url(endpoint, graph)
    headers = {"Content-Type": FORMATS[fmt]}
    with open_rdf(data) as body:
        if data.suffix != ".gz":
            headers["Content-Length"] = str(data.stat().st_size)
        # Without a Content-Length urllib sends the decompressed stream in chunks.
        request = urllib.request.Request(url, data=body, headers=headers,
                                         method="PUT" if replace else "POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", errors="replace").strip()[:500] or e.reason
            raise KGError(Errors.E047.format(url=url, status=e.code, detail=detail)) from e
        except (urllib.error.URLError, OSError) as e:
            raise KGError(Errors.E043.format(url=url, detail=getattr(e, "reason", e))) from e
