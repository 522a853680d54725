"""Upload to any SPARQL 1.1 Graph Store Protocol endpoint: :func:`push`."""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from ..errors import Errors, KGError
from .files import RDF_FORMATS, guess_format, open_rdf


def graph_store_url(endpoint: str, graph: str | None = None) -> str:
    """The Graph Store Protocol URL of ``graph`` (the default graph when None) at ``endpoint``.

    >>> graph_store_url("http://127.0.0.1:7878/store")
    'http://127.0.0.1:7878/store?default'
    >>> graph_store_url("http://h/store?key=1", "https://w3id.org/kg-ml/graph#1")
    'http://h/store?key=1&graph=https%3A%2F%2Fw3id.org%2Fkg-ml%2Fgraph%231'
    """
    parameter = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{parameter}"


def push(
    data: str | os.PathLike[str],
    endpoint: str,
    graph: str | None = None,
    *,
    replace: bool = True,
    timeout: float = 60.0,
) -> None:
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
    headers = {"Content-Type": RDF_FORMATS[fmt]}
    with open_rdf(data) as body:
        if data.suffix != ".gz":
            headers["Content-Length"] = str(data.stat().st_size)
        # Without a Content-Length urllib sends the decompressed stream in chunks.
        request = urllib.request.Request(url, data=body, headers=headers, method="PUT" if replace else "POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", errors="replace").strip()[:500] or e.reason
            raise KGError(Errors.E047.format(url=url, status=e.code, detail=detail)) from e
        except (urllib.error.URLError, OSError) as e:
            raise KGError(Errors.E043.format(url=url, detail=getattr(e, "reason", e))) from e
