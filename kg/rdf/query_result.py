"""The answer to a SPARQL query, kept in a standard serialization and rendered on demand."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import cast

import pyoxigraph as ox
from rich.table import Table
from rich.text import Text

from ..errors import Errors, KGError
from .namespaces import PREFIXES, curie

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML,
}  # fmt: skip
"""Formats for the results of SELECT and ASK queries."""
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}
"""Formats for the results of CONSTRUCT and DESCRIBE queries, and for loading data."""

_QUERY_FORMS = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT and DESCRIBE"}


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

    Examples
    --------
    >>> QueryResult("ask", b'{"head":{},"boolean":true}').rows
    [('true',)]
    """

    kind: str
    payload: bytes

    @cached_property
    def variables(self) -> list[str]:
        """Column names: the SELECT variables, ``ask``, or subject/predicate/object."""
        if self.kind == "select":
            return [v.value for v in self._solutions().variables]
        return ["ask"] if self.kind == "ask" else ["subject", "predicate", "object"]

    @cached_property
    def rows(self) -> list[tuple[str, ...]]:
        """Each solution (or triple) as display strings: IRIs shortened, unbound as ``""``."""
        if self.kind == "graph":
            return [
                tuple(_display(t) for t in (triple.subject, triple.predicate, triple.object))
                for triple in ox.parse(self.payload, ox.RdfFormat.N_TRIPLES)
            ]
        parsed = ox.parse_query_results(self.payload, ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return [(str(bool(parsed)).lower(),)]
        return [tuple(_display(s[i]) for i in range(len(parsed.variables))) for s in parsed]

    def serialize(self, fmt: str) -> bytes:
        """The result in ``fmt``: a key of :data:`RESULT_FORMATS` for ``select`` and ``ask``,
        of :data:`GRAPH_FORMATS` for ``graph``."""
        formats: dict[str, ox.QueryResultsFormat] | dict[str, ox.RdfFormat]
        formats = GRAPH_FORMATS if self.kind == "graph" else RESULT_FORMATS
        if fmt not in formats:
            raise KGError(
                Errors.E048.format(kind=_QUERY_FORMS[self.kind], fmt=fmt, choices=", ".join(formats))
            )
        if self.kind == "graph":
            triples = ox.parse(self.payload, ox.RdfFormat.N_TRIPLES)
            # pyoxigraph returns bytes when given no output; its stubs say bytes | None
            return cast(bytes, ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=PREFIXES))
        parsed = ox.parse_query_results(self.payload, ox.QueryResultsFormat.JSON)
        return cast(bytes, parsed.serialize(format=RESULT_FORMATS[fmt]))

    def table(self, title: str | None = None) -> Table:
        """The rows as a rich table; cells are plain text, never console markup."""
        table = Table(*self.variables, title=title)
        for row in self.rows:
            table.add_row(*(Text(cell) for cell in row))
        return table

    def _solutions(self) -> ox.QuerySolutions:
        parsed = ox.parse_query_results(self.payload, ox.QueryResultsFormat.JSON)
        if not isinstance(parsed, ox.QuerySolutions):
            raise TypeError(f"not the results of a SELECT query: {self.kind}")
        return parsed


def _display(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return curie(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.Literal) else str(term)
