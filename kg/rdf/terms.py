"""The ontology's terms for the graph's labels and fields, and the same terms in rdflib and
pyoxigraph.

The export makes pyoxigraph terms, which Oxigraph's writers take as they are; rdflib
reads the data back. :class:`OxNamespace` gives a vocabulary's terms as
pyoxigraph IRIs, :func:`rdflib_term` and :func:`ox_term` convert a term either way:

>>> OX_KG.Paper
<NamedNode value=https://w3id.org/kg-ml/ontology#Paper>
>>> rdflib_term(ox_term(CLASSES["DATASET"])) == KG.Dataset
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .namespaces import DCTERMS, FABIO, KG, OA, PROV, RDF, RDFS, SDO, SKOS, SKOSXL, XSD

if TYPE_CHECKING:
    # Not a global at run time: pytest's doctest finder probes every global, and the
    # DefinedNamespace base class warns about each attribute it is asked for.
    from rdflib.namespace import DefinedNamespace

CLASSES: dict[str, URIRef] = {
    "METHOD": KG.Method,
    "MODEL": KG.Model,
    "DATASET": KG.Dataset,
    "METRIC": KG.Metric,
    "TASK": KG.Task,
}
"""Entity or mention label (``kg.records.LABELS``) → class."""
USES: dict[str, URIRef] = {
    "METHOD": KG.usesMethod,
    "MODEL": KG.usesModel,
    "DATASET": KG.usesDataset,
    "METRIC": KG.reportsMetric,
    "TASK": KG.addressesTask,
}
"""Entity label → the sub-property of ``kg:mentions`` that links papers to such entities."""
ROLE_PROPERTIES: dict[str, URIRef] = {
    "proposes": KG.proposes,
    "evaluates_on": KG.evaluatesOn,
    "compares_with": KG.comparesWith,
    "uses": KG.uses,
    "mentions": KG.mentions,
}
"""The paper's role for an entity (``kg.records.ROLES``) → the sub-property of ``kg:mentions``
that states it; ``mentions``, the weakest, is ``kg:mentions`` itself."""
FIELD_PROPERTIES: dict[str, URIRef] = {"title": DCTERMS.title, "abstract": DCTERMS.abstract}
"""Paper field (``kg.records.FIELDS``) → the property holding its text."""
LABEL_OF: dict[Node, str] = {cls: label for label, cls in CLASSES.items()}
"""Class → entity or mention label: :data:`CLASSES` inverted."""
FIELD_OF: dict[Node, str] = {prop: name for name, prop in FIELD_PROPERTIES.items()}
"""Property → paper field: :data:`FIELD_PROPERTIES` inverted."""
ROLE_OF: dict[Node, str] = {prop: role for role, prop in ROLE_PROPERTIES.items()}
"""Property → role: :data:`ROLE_PROPERTIES` inverted."""

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
"""A pyoxigraph term that can be in a triple of the export."""


class OxNamespace:
    """The terms of an rdflib namespace as pyoxigraph IRIs, each made on first use and kept.
    The closed namespaces still reject a misspelt term.

    >>> OxNamespace(KG).Paper
    <NamedNode value=https://w3id.org/kg-ml/ontology#Paper>
    """

    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = ox.NamedNode(self._namespace[name])
        setattr(self, name, term)  # later look-ups find the attribute: no __getattr__ call
        return term


OX_DCTERMS, OX_FABIO, OX_KG, OX_OA, OX_PROV, OX_RDF, OX_RDFS, OX_SDO, OX_SKOS, OX_SKOSXL, OX_XSD = map(
    OxNamespace, (DCTERMS, FABIO, KG, OA, PROV, RDF, RDFS, SDO, SKOS, SKOSXL, XSD)
)


def rdflib_term(term: OxTerm | ox.Triple) -> Node:
    """A pyoxigraph term as the rdflib term of the same value (the inverse of :func:`ox_term`).

    >>> rdflib_term(ox.Literal("x")), rdflib_term(ox.Literal("3", datatype=OX_XSD.integer)).toPython()
    (rdflib.term.Literal('x'), 3)
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Triple):
        raise TypeError(f"rdflib has no quoted triples: {term}")
    if term.language:
        return Literal(term.value, lang=term.language)
    # rdflib keeps a plain string apart from one typed xsd:string, which RDF 1.1 makes equal
    datatype = term.datatype
    return Literal(term.value, datatype=None if datatype == OX_XSD.string else URIRef(datatype.value))


def ox_term(term: Node) -> OxTerm:
    """An rdflib term as the pyoxigraph term of the same value.

    >>> ox_term(Literal("été", lang="fr"))
    <Literal value=été language=fr>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if not isinstance(term, Literal):
        raise TypeError(f"not an RDF term: {term!r}")
    if term.language:
        return ox.Literal(term, language=term.language)
    return ox.Literal(term, datatype=ox.NamedNode(term.datatype or XSD.string))


def ox_triple(triple: tuple[Node, Node, Node]) -> ox.Triple:
    """An rdflib triple as a pyoxigraph one.

    >>> ox_triple((KG.Paper, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class"))).predicate
    <NamedNode value=http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
    """
    subject, predicate, object_ = map(ox_term, triple)
    if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
        raise TypeError(f"not an RDF triple: {triple!r}")
    return ox.Triple(subject, predicate, object_)
