"""SPARQL over an RDF file with embedded Oxigraph.

:func:`query` answers a query from an Oxigraph store that is loaded once into a directory
beside the data (``<data>.oxigraph/``, :func:`store_dir`) and loaded again only when the
data file changes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from ..errors import Errors, KGError
from ..io import write_json
from .files import guess_format, open_rdf
from .namespaces import PREFIXES
from .query_result import GRAPH_FORMATS, QueryResult

_SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)

SourceStamp = dict[str, int | str]
"""What the store was loaded from: the data file's size, mtime and format, and the
pyoxigraph version."""


def query(q: str | os.PathLike[str], data: str | os.PathLike[str], *, fmt: str | None = None) -> QueryResult:
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
        # pyoxigraph returns bytes when given no output; its stubs say bytes | None
        if isinstance(result, ox.QuerySolutions):
            return QueryResult("select", cast(bytes, result.serialize(format=ox.QueryResultsFormat.JSON)))
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", cast(bytes, result.serialize(format=ox.QueryResultsFormat.JSON)))
        return QueryResult("graph", cast(bytes, result.serialize(format=ox.RdfFormat.N_TRIPLES)))
    except SyntaxError as e:
        raise KGError(syntax_error_message(str(e), text)) from e
    except (OSError, RuntimeError, ValueError) as e:
        raise KGError(Errors.E040.format(detail=e)) from e


def _query_text(q: str | os.PathLike[str]) -> str:
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
    return "\n".join(
        [
            Errors.E045.format(line=line, column=column, detail=detail),
            f"  {source}",
            "  " + " " * (column - 1) + "^",
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


def _source_stamp(data: Path, fmt: str) -> SourceStamp:
    stat = data.stat()
    # The store's on-disk layout belongs to the pyoxigraph version that wrote it.
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "format": fmt, "pyoxigraph": ox.__version__}


def _read_stamp(cache: Path) -> object:
    with contextlib.suppress(OSError, ValueError):
        return json.loads((cache / "source.json").read_text(encoding="utf-8"))
    return None


def _build_store(data: Path, fmt: str, cache: Path, source: SourceStamp) -> None:
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
