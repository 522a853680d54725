"""SPARQL over an RDF file with embedded Oxigraph.

:func:`query` answers a query from an Oxigraph store that is loaded once into a directory
beside the data (``<data>.oxigraph/``, :func:`store_dir`) and loaded again only when the
data file changes. The query runs in a child process (:mod:`~kg.rdf.query_worker`), after the
checks of :mod:`~kg.rdf.query_guard`: a query that outruns its time limit is stopped there,
and one that crashes the engine takes only that process down.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from ..errors import Errors, KGError
from ..io import write_json
from . import query_process
from .files import Loading, guess_format, open_loading
from .namespaces import PREFIXES
from .query_guard import ENGINE_STACK, MAX_QUERY_CHARS, check
from .query_result import GRAPH_FORMATS, QueryResult

_SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
# Characters of the source line shown on either side of a syntax error's column.
_CONTEXT = 60
# A query file is read whole; one this large cannot hold a query kg accepts, even as UTF-8.
_MAX_QUERY_FILE = 4 * MAX_QUERY_CHARS
# What the store directory holds beyond pyoxigraph's layout: 2 since a JSON-LD file that
# gives no triples is refused when loaded (stores loaded before are loaded again).
_LAYOUT = 2

SourceStamp = dict[str, int | str]
"""What the store was loaded from: the data file's size, mtime and format, the pyoxigraph
version, and kg's layout."""


def query(
    q: str | os.PathLike[str],
    data: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    timeout: float | None = 30.0,
    allow_service: bool = False,
    loading: Loading | None = None,
) -> QueryResult:
    """Answer a SPARQL query over an RDF file.

    Parameters
    ----------
    q
        The query, or the path of a ``.rq`` file holding it. The prefixes in
        :data:`~kg.rdf.namespaces.PREFIXES` (``kg:``, ``skos:``, ...) need not be declared.
    data
        Turtle, N-Triples or JSON-LD, optionally gzipped.
    fmt
        The data's format (a key of :data:`~kg.rdf.files.RDF_FORMATS`); guessed from its name
        if None.
    timeout
        Seconds the query may run before it is stopped; None for no limit. Loading the
        data into the store, the first time, is not counted: ``loading`` shows its progress.
    allow_service
        Let ``SERVICE`` send the query's parts to other SPARQL endpoints over the network.

    Raises
    ------
    KGError
        E045 for a syntax error (with line, column and a caret), E040 when evaluation fails,
        E100, E101, E102 or E109 for a query refused before it runs, E103 at the time
        limit, E104 when the engine crashes, E001, E041, E042, E044 or E105 when the query
        file or the data cannot be read.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> data = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = data.write_text("<https://example.org/a> a <https://w3id.org/kg-ml/ontology#Paper> .")
    >>> query("SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Paper }", data).rows
    [('1',)]
    """
    text = _query_text(q)
    check(text, allow_service=allow_service)
    location = _loaded_store(data, fmt, loading)
    request = {
        "store": str(location),
        "query": text,
        "prefixes": PREFIXES,
        "stack": ENGINE_STACK,
        "parent": os.getpid(),
    }
    header, payload = _run_worker(json.dumps(request).encode("utf-8"), timeout)
    if "kind" in header:
        return QueryResult(header["kind"], payload)
    if header["error"] == "syntax":
        raise KGError(syntax_error_message(header["detail"], text))
    raise KGError(Errors.E040.format(detail=header["detail"]))


def _run_worker(request: bytes, timeout: float | None) -> tuple[dict[str, str], bytes]:
    """Have :mod:`~kg.rdf.query_worker` answer ``request``: its header and payload."""
    header, _, payload = query_process.ask(request, timeout).partition(b"\n")
    parsed: dict[str, str] = json.loads(header)
    return parsed, payload


def _query_text(q: str | os.PathLike[str]) -> str:
    """``q`` itself, or the content of the ``.rq`` file it names."""
    if isinstance(q, os.PathLike) or (q.rstrip().endswith(".rq") and "\n" not in q.strip()):
        path = Path(q).expanduser()
        if not path.is_file():
            raise KGError(Errors.E001.format(path=path))
        try:
            with path.open("rb") as f:
                raw = f.read(_MAX_QUERY_FILE + 1)
        except OSError as e:
            raise KGError(Errors.E109.format(what=f"file {path}", detail=e.strerror or e)) from e
        if len(raw) > _MAX_QUERY_FILE:
            size = f"{path.stat().st_size:,} bytes"
            detail = f"its {size} are more than any query kg accepts"
            raise KGError(Errors.E109.format(what=f"file {path}", detail=detail))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as e:
            detail = f"byte {e.start + 1} is not UTF-8"
            raise KGError(Errors.E109.format(what=f"file {path}", detail=detail)) from e
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
    # a long line (a whole query on one line of 500 KB) is shown around the column only
    start = max(column - 1 - _CONTEXT, 0)
    cut = "…" if start else ""
    return "\n".join(
        [
            Errors.E045.format(line=line, column=column, detail=detail),
            f"  {cut}{source[start : column - 1 + _CONTEXT]}",
            "  " + " " * (len(cut) + column - 1 - start) + "^",
        ]
    )


def store_dir(data: str | os.PathLike[str]) -> Path:
    """Where the Oxigraph store of ``data`` is cached.

    >>> store_dir("out/kg.ttl").as_posix()
    'out/kg.ttl.oxigraph'
    """
    data = Path(data)
    return data.with_name(data.name + ".oxigraph")


def open_store(data: str | os.PathLike[str], fmt: str | None = None) -> ox.Store:
    """A read-only Oxigraph store of ``data``, loaded into :func:`store_dir` when that is
    missing or was loaded from a different version of the file (size or mtime differ)."""
    return ox.Store.read_only(str(_loaded_store(data, fmt)))


def _loaded_store(data: str | os.PathLike[str], fmt: str | None, loading: Loading | None = None) -> Path:
    """The directory of the store of ``data``, loaded first if it is missing or stale."""
    data = Path(data)
    if not data.is_file():
        raise KGError(Errors.E041.format(path=data))
    fmt = fmt or guess_format(data)
    if fmt not in GRAPH_FORMATS:
        raise KGError(Errors.E042.format(fmt=fmt, choices=", ".join(GRAPH_FORMATS)))
    cache, source = store_dir(data), _source_stamp(data, fmt)
    if _read_stamp(cache) != source:
        _build_store(data, fmt, cache, source, loading)
    return cache / "store"


def _source_stamp(data: Path, fmt: str) -> SourceStamp:
    stat = data.stat()
    # The store's on-disk layout belongs to the pyoxigraph version that wrote it.
    return {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "format": fmt,
        "pyoxigraph": ox.__version__,
        "layout": _LAYOUT,
    }


def _read_stamp(cache: Path) -> object:
    with contextlib.suppress(OSError, ValueError):
        return json.loads((cache / "source.json").read_text(encoding="utf-8"))
    return None


def _build_store(data: Path, fmt: str, cache: Path, source: SourceStamp, loading: Loading | None) -> None:
    """Load ``data`` into a fresh directory, then swap it in for ``cache`` in one rename."""
    try:
        fresh = Path(tempfile.mkdtemp(dir=cache.parent, prefix=f".{cache.name}."))
    except OSError as e:
        raise KGError(Errors.E050.format(path=cache, detail=e.strerror or e)) from e
    try:
        _bulk_load(data, fmt, fresh / "store", loading)
        write_json(fresh / "source.json", source)
        if cache.exists():
            shutil.rmtree(cache)
        os.replace(fresh, cache)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def _bulk_load(data: Path, fmt: str, location: Path, loading: Loading | None) -> None:
    # A function of its own so that the writable store is closed when it returns.
    store = ox.Store(str(location))
    with open_loading(data, loading) as f:
        try:
            store.bulk_load(f, format=GRAPH_FORMATS[fmt])
        except (SyntaxError, ValueError, OSError) as e:
            raise KGError(Errors.E044.format(path=data, fmt=fmt, detail=e)) from e
    # JSON-LD drops, without a word, every key that is not an IRI: any JSON file (kg's own
    # graph.json) loads as an empty graph, and every query on it would answer nothing.
    if fmt == "json-ld" and next(iter(store), None) is None:
        raise KGError(Errors.E105.format(path=data, fmt=fmt))
