"""The knowledge graph as RDF in the kg ontology (``ontology/kg.ttl``), and SPARQL over it.

Modules
-------
namespaces
    The vocabularies, each declared once as a closed namespace; prefixes and :func:`curie`.
iris
    :func:`resource_iri`, which mints the IRI of every data resource, and its inverse.
terms
    The ontology's term for each label and field, in rdflib and in pyoxigraph.
literals
    Typed literals as the export writes them.
export
    :func:`to_rdf` and :func:`triples`: a :class:`~kg.graph.KnowledgeGraph` as triples, with
    as much as one of the forms of :data:`PROVENANCE` holds (compact by default).
evidence
    The triples of what papers say: each edge's role, salience and evidence, and each
    reported result as a ``kg:Evaluation``.
read
    :func:`from_rdf`: the graph back from its triples.
files
    :func:`write_rdf`, :func:`open_rdf` and :func:`guess_format`: RDF files, gzipped or not.
ontology_page
    :func:`write_ontology_html`: the ontology documented as one HTML page.
query_result
    :class:`QueryResult`: the answer to a query, for the console or a file.
query_guard
    :func:`~query_guard.check`: a query refused before it runs (too long, too deep, SERVICE).
sparql
    :func:`query`: SPARQL over a file, with an embedded Oxigraph store cached beside it; each
    query runs in a child process (``query_worker``, started as ``child`` says).
server
    :func:`serve` and :func:`running_server`: the SPARQL server on a file, ``oxigraph serve``
    (``engine``) behind kg's checking proxy (``proxy``).
graph_store
    :func:`push`: upload to a SPARQL 1.1 Graph Store Protocol endpoint, credentials hidden.
"""

from .export import to_rdf, triples
from .files import RDF_FORMATS, guess_format, open_rdf, write_rdf
from .graph_store import push
from .iris import id_from_iri, resource_iri
from .ontology_page import ontology_html, write_ontology_html
from .query_result import QueryResult
from .read import from_rdf
from .server import Server, running_server, serve
from .sparql import open_store, query, store_dir
from .terms import CLASSES, FIELD_PROPERTIES, USES

__all__ = [
    "CLASSES",
    "FIELD_PROPERTIES",
    "RDF_FORMATS",
    "USES",
    "QueryResult",
    "Server",
    "from_rdf",
    "guess_format",
    "id_from_iri",
    "ontology_html",
    "open_rdf",
    "open_store",
    "push",
    "query",
    "resource_iri",
    "running_server",
    "serve",
    "store_dir",
    "to_rdf",
    "triples",
    "write_ontology_html",
    "write_rdf",
]
