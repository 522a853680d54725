"""The ontology (``ontology/kg.ttl``) documented as one self-contained HTML page."""

from __future__ import annotations

import html
import os

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from ..io import write_text
from ..resources import ONTOLOGY
from .namespaces import DCTERMS, KG, OWL, RDF, RDFS, curie

_KG_TERMS = frozenset(URIRef(term) for term in dir(KG))
"""The terms the ontology's namespace declares."""
_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}"
    "section{border-top:1px solid #ccc;margin-top:1em}dt{font-weight:bold}"
    "code{background:#f4f4f4;padding:0 .2em}"
)
_CLASS_ROWS = (("Subclass of", RDFS.subClassOf), ("See also", RDFS.seeAlso))
_PROPERTY_ROWS = (
    ("Type", RDF.type), ("Subproperty of", RDFS.subPropertyOf), ("Domain", RDFS.domain), ("Range", RDFS.range),
)  # fmt: skip


def write_ontology_html(path: str | os.PathLike[str]) -> None:
    """Write a self-contained HTML page documenting ``ontology/kg.ttl``."""
    write_text(path, ontology_html(Graph().parse(ONTOLOGY)))


def ontology_html(onto: Graph) -> str:
    """Render the ontology's header, classes and properties as plain, escaped HTML.

    >>> page = ontology_html(Graph().parse(ONTOLOGY))
    >>> '<h3 id="Dataset">Dataset</h3>' in page and "<script" not in page
    True
    """
    ontology = next(onto.subjects(RDF.type, OWL.Ontology))
    title = onto.value(ontology, DCTERMS.title)
    classes = sorted(set(onto.subjects(RDF.type, OWL.Class)) & _KG_TERMS, key=str)
    properties = sorted(
        {p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in onto.subjects(RDF.type, kind)},
        key=str,
    )
    header = [
        f"<h1>{_esc(title)}</h1>",
        f"<p>{_esc(onto.value(ontology, DCTERMS.description))}</p>",
        "<dl>",
        _row("IRI", _code(ontology)),
        _row("Namespace", _code(KG)),
        _row("Version", f"{_esc(onto.value(ontology, OWL.versionInfo))} "
                        f"({_code(onto.value(ontology, OWL.versionIRI))})"),
        _row("Licence", _code(onto.value(ontology, DCTERMS.license))),
        "</dl>",
        "<nav>",
        f"<p>Classes: {', '.join(_term_ref(onto, c) for c in classes)}</p>",
        f"<p>Properties: {', '.join(_term_ref(onto, p) for p in properties)}</p>",
        "</nav>",
    ]  # fmt: skip
    body = [
        "<h2>Classes</h2>", *(_term_html(onto, c, _CLASS_ROWS) for c in classes),
        "<h2>Properties</h2>", *(_term_html(onto, p, _PROPERTY_ROWS) for p in properties),
    ]  # fmt: skip
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{_esc(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        *header, *body, "</body>", "</html>", ""])  # fmt: skip


def _term_html(onto: Graph, term: Node, rows: tuple[tuple[str, URIRef], ...]) -> str:
    name = _local_name(term)
    cells = [_row("IRI", _code(term))]
    for title, prop in rows:
        values = sorted(onto.objects(term, prop), key=str)
        if values:
            cells.append(_row(title, ", ".join(_term_ref(onto, v) for v in values)))
    return "\n".join([
        "<section>", f'<h3 id="{_esc(name)}">{_esc(onto.value(term, RDFS.label) or name)}</h3>',
        f"<p>{_esc(onto.value(term, RDFS.comment))}</p>", "<dl>", *cells, "</dl>", "</section>"])  # fmt: skip


def _term_ref(onto: Graph, node: Node) -> str:
    """A term: a link to its section for kg terms, its full IRI on hover otherwise; unions spelt out."""
    if isinstance(node, BNode):
        members = Collection(onto, onto.value(node, OWL.unionOf) or RDF.nil)
        return " or ".join(_term_ref(onto, m) for m in members)
    if node in _KG_TERMS:
        return f'<a href="#{_esc(_local_name(node))}">{_esc(curie(str(node)))}</a>'
    return f'<code title="{_esc(node)}">{_esc(curie(str(node)))}</code>'


def _local_name(term: Node) -> str:
    """The name of a kg term, after its namespace.

    >>> _local_name(KG.Paper)
    'Paper'
    """
    return str(term)[len(str(KG)) :]


def _row(title: str, value_html: str) -> str:
    return f"<dt>{_esc(title)}</dt><dd>{value_html}</dd>"


def _code(iri: object) -> str:
    return f"<code>{_esc(iri)}</code>"


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))
