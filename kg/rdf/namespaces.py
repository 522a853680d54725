"""RDF vocabularies, each declared once as a closed namespace.

``KG`` is this project's ontology (``ontology/kg.ttl``); ``FABIO``, ``OA`` and ``SKOSXL``
declare just the terms of those vocabularies that the export uses. Every class here sets
``_fail = True``, so a misspelt term raises instead of minting a new IRI:

>>> KG.Paper
rdflib.term.URIRef('https://w3id.org/kg-ml/ontology#Paper')
>>> KG.Papr
Traceback (most recent call last):
...
AttributeError: term 'Papr' not in namespace 'https://w3id.org/kg-ml/ontology#'

The vocabularies rdflib already ships (DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, VANN, XSD)
are re-exported from here, SDO and XSD closed as well, so that the rest of the code imports
every namespace from one place.
``RES`` is the open namespace under which data resources (papers, entities, ...) are minted
(by :func:`kg.rdf.iris.resource_iri`); :data:`PREFIXES` names them all, and :func:`curie`
shortens an IRI with it.
"""

from rdflib import Namespace, URIRef
from rdflib import namespace as rdflib_namespaces
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VANN

__all__ = [
    "DCTERMS",
    "FABIO",
    "KG",
    "OA",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RES",
    "SDO",
    "SKOS",
    "SKOSXL",
    "VANN",
    "XSD",
    "curie",
]

RES = Namespace("https://w3id.org/kg-ml/resource/")


class SDO(rdflib_namespaces.SDO):
    """schema.org, closed: rdflib's declaration only warns about an unknown term."""

    _fail = True


class XSD(rdflib_namespaces.XSD):
    """XML Schema datatypes, closed like :class:`SDO`."""

    _fail = True


class KG(rdflib_namespaces.DefinedNamespace):
    """The kg ontology: papers, the entities their abstracts mention, and how they relate."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-ml/ontology#")

    # classes
    Paper: URIRef
    Entity: URIRef
    Method: URIRef
    Model: URIRef
    Dataset: URIRef
    Metric: URIRef
    Task: URIRef
    Community: URIRef
    WeightedLink: URIRef
    CoOccurrence: URIRef
    Similarity: URIRef
    Evidence: URIRef
    Evaluation: URIRef
    # paper → entity: by the entity's type, by the paper's role for it, and salience
    mentions: URIRef
    usesMethod: URIRef
    usesModel: URIRef
    usesDataset: URIRef
    reportsMetric: URIRef
    addressesTask: URIRef
    proposes: URIRef
    evaluatesOn: URIRef
    comparesWith: URIRef
    uses: URIRef
    isAbout: URIRef
    # entity → entity, paper → paper, node → community
    variantOf: URIRef
    coOccursWith: URIRef
    similarTo: URIRef
    inCommunity: URIRef
    # weighted links
    between: URIRef
    weight: URIRef
    sharedEntities: URIRef
    # papers
    authorList: URIRef
    # mention annotations and compact evidence
    mentionType: URIRef
    inField: URIRef
    confidence: URIRef
    role: URIRef
    paper: URIRef
    entity: URIRef
    span: URIRef
    # evaluations (reported results)
    metric: URIRef
    dataset: URIRef
    task: URIRef
    method: URIRef
    quote: URIRef
    value: URIRef
    valueText: URIRef
    unit: URIRef
    resultKind: URIRef
    approximate: URIRef
    ownMethod: URIRef
    metricName: URIRef
    datasetName: URIRef
    taskName: URIRef
    methodName: URIRef
    # entity judgements
    curated: URIRef
    generic: URIRef
    specificity: URIRef
    higherIsBetter: URIRef
    # statistics
    paperCount: URIRef
    mentionCount: URIRef
    firstYear: URIRef
    lastYear: URIRef
    pagerank: URIRef


class FABIO(rdflib_namespaces.DefinedNamespace):
    """FRBR-aligned Bibliographic Ontology (only the terms used here)."""

    _fail = True
    _NS = Namespace("http://purl.org/spar/fabio/")

    hasPublicationYear: URIRef


class OA(rdflib_namespaces.DefinedNamespace):
    """W3C Web Annotation vocabulary (only the terms used here)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    motivatedBy: URIRef
    identifying: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


class SKOSXL(rdflib_namespaces.DefinedNamespace):
    """SKOS eXtension for Labels (only the terms used here): labels as resources with counts."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2008/05/skos-xl#")

    Label: URIRef
    prefLabel: URIRef
    altLabel: URIRef
    literalForm: URIRef


PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "res": str(RES),
    "dcterms": str(DCTERMS),
    "fabio": str(FABIO),
    "oa": str(OA),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO),
    "skos": str(SKOS),
    "skosxl": str(SKOSXL),
    "vann": str(VANN),
    "xsd": str(XSD),
}
"""Prefix → namespace, bound on exported graphs and used to shorten IRIs for display."""


def curie(iri: str) -> str:
    """Shorten ``iri`` with :data:`PREFIXES` when one of them matches.

    >>> curie(KG.Paper), curie(URIRef("https://example.org/x"))
    ('kg:Paper', 'https://example.org/x')
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return str(iri)
