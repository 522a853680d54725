"""The knowledge graph as RDF in the kg ontology (``ontology/kg.ttl``), and back.

:func:`to_rdf` maps a :class:`~kg.graph.KnowledgeGraph` to triples, :func:`from_rdf` reads
them back, :func:`write_rdf` saves either in Turtle, N-Triples or JSON-LD.

What is exported: every paper and entity attribute of the schema in ``kg/graph.py`` except
the entity ``type_counts`` and ``degree``, which the graph builder can recompute; each
mention as a Web Annotation; each ``papers`` edge as a ``kg:Similarity`` and each
``entities`` edge as a ``kg:CoOccurrence``. A paper–entity edge's ``count`` is taken to be
the number of its mentions, which is how :func:`from_rdf` restores it.

Determinism: the same graph gives the same file, byte for byte, however many workers
extracted it. Every IRI is minted from ids alone; the only blank nodes, the ``rdf:List``
cells that keep authors and shared entities in order, are named after the resource holding
the list; the triples come in the graph's order, which depends on its input alone. The build
time is left out by design (``kg build`` passes no ``activity_time``): a time would make
every build differ, and the software version the PROV agent records says what made the file.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import os
import re
from collections import defaultdict
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from . import __version__
from .errors import Errors, KGError
from .graph import KnowledgeGraph, entity_node, paper_node
from .io import atomic_open, write_text
from .models import FIELDS, LABELS, Mention
from .namespaces import (DCTERMS, FABIO, KG, OA, OWL, PREFIXES, PROV, RDF, RDFS, RES, SDO, SKOS,
                         SKOSXL, XSD)

# The ontology is published from the repository root, beside the package.
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "kg.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
QUERIES = ONTOLOGY_DIR / "queries"

FORMATS = {"turtle": "text/turtle", "nt": "application/n-triples",
           "json-ld": "application/ld+json"}
"""Export format → media type (the Content-Type used to upload it)."""
SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}

CLASSES = {"METHOD": KG.Method, "MODEL": KG.Model, "DATASET": KG.Dataset, "METRIC": KG.Metric,
           "TASK": KG.Task}
"""Entity or mention label (``kg.models.LABELS``) → class."""
USES = {"METHOD": KG.usesMethod, "MODEL": KG.usesModel, "DATASET": KG.usesDataset,
        "METRIC": KG.reportsMetric, "TASK": KG.addressesTask}
"""Entity label → the sub-property of ``kg:mentions`` that links papers to such entities."""
FIELD_PROPERTIES = {"title": DCTERMS.title, "abstract": DCTERMS.abstract}
"""Paper field (``kg.models.FIELDS``) → the property holding its text."""
SAME_AS = {"arxiv": "https://arxiv.org/abs/", "doi": "https://doi.org/",
           "openalex": "https://openalex.org/"}
_LABEL_OF = {cls: label for label, cls in CLASSES.items()}
_FIELD_OF = {prop: name for name, prop in FIELD_PROPERTIES.items()}
_DATE_TYPES = tuple((pattern, ox.NamedNode(datatype)) for pattern, datatype in (
    (r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", XSD.date),
    (r"\d{4}-(0[1-9]|1[0-2])", XSD.gYearMonth), (r"\d{4}", XSD.gYear)))

# IRIs ------------------------------------------------------------------------------------

def segment(value: object) -> str:
    """Percent-encode ``value`` as one IRI path segment that no user text can break.

    Everything but unreserved characters and ``:`` is encoded, including ``/`` and the dots
    of ``.`` and ``..``, which IRI resolution would otherwise remove.

    >>> segment("arxiv:1706.03762")
    'arxiv:1706.03762'
    >>> segment('a b/c#d<"é">')
    'a%20b%2Fc%23d%3C%22%C3%A9%22%3E'
    >>> segment("..")
    '%2E%2E'
    """
    encoded = quote(str(value), safe=":")
    return encoded.replace(".", "%2E") if encoded in {".", ".."} else encoded


def _iri(kind: str, *segments: str) -> str:
    """The IRI of a data resource of ``kind`` from its path segments, already encoded.

    >>> _iri("mention", "p%2F1", "abstract", "4-12")
    'https://w3id.org/kg-ml/resource/mention/p%2F1/abstract/4-12'
    """
    return "/".join((f"{RES}{kind}", *segments))


def paper_iri(paper_id: str) -> URIRef:
    """
    >>> paper_iri("arxiv:1706.03762")
    rdflib.term.URIRef('https://w3id.org/kg-ml/resource/paper/arxiv:1706.03762')
    """
    return URIRef(_iri("paper", segment(paper_id)))


def entity_iri(entity_id: str) -> URIRef:
    """
    >>> entity_iri("cifar 10")
    rdflib.term.URIRef('https://w3id.org/kg-ml/resource/entity/cifar%2010')
    """
    return URIRef(_iri("entity", segment(entity_id)))


def community_iri(community: object) -> URIRef:
    return URIRef(_iri("community", segment(community)))


def mention_iri(paper_id: str, field: str, start: int, end: int) -> URIRef:
    """The annotation of one span; a span is linked to one entity, so it identifies the mention.

    >>> mention_iri("p/1", "abstract", 4, 12)
    rdflib.term.URIRef('https://w3id.org/kg-ml/resource/mention/p%2F1/abstract/4-12')
    """
    return URIRef(_iri("mention", segment(paper_id), segment(field), f"{start}-{end}"))


def _link_iri(kind: str, a: str, b: str, segments: Mapping[str, str]) -> str:
    """An undirected link's IRI names its ends in sorted order, so both directions agree;
    ``segments`` maps ids to :func:`segment`.

    >>> _link_iri("cooccurrence", "b", "a", _Segments()) == _link_iri("cooccurrence", "a", "b", _Segments())
    True
    """
    first, second = sorted((a, b))
    return _iri(kind, segments[first], segments[second])


class _Segments(dict):
    """:func:`segment` of each id, encoded once: an id recurs in every link and mention of it.

    >>> _Segments()["a b"]
    'a%20b'
    """

    def __missing__(self, value: str) -> str:
        self[value] = encoded = segment(value)
        return encoded


class _NodeIris(dict):
    """The IRI of each node of the graph, by its key (``paper:<id>``, ``entity:<id>``), as a
    pyoxigraph term made once: making one costs about 1 µs, and a node recurs in every link
    and mention of it. ``segments`` holds the encoded ids.

    >>> _NodeIris()["entity:a b"].value
    'https://w3id.org/kg-ml/resource/entity/a%20b'
    """

    def __init__(self) -> None:
        super().__init__()
        self.segments = _Segments()

    def __missing__(self, key: str) -> ox.NamedNode:
        kind, _, ident = key.partition(":")
        self[key] = iri = ox.NamedNode(_iri(kind, self.segments[ident]))
        return iri


def id_from_iri(iri: Node, kind: str) -> str:
    """Invert :func:`paper_iri` (``kind="paper"``) or :func:`entity_iri` (``"entity"``).

    >>> id_from_iri(entity_iri("a b/c"), "entity")
    'a b/c'
    """
    prefix = f"{RES}{kind}/"
    if not isinstance(iri, URIRef) or not iri.startswith(prefix):
        raise KGError(Errors.E049.format(what=f"{kind} IRI", value=str(iri),
                                         expected=f"an IRI starting with {prefix}"))
    return unquote(iri[len(prefix):])


# to RDF ----------------------------------------------------------------------------------
# The triples are made as pyoxigraph terms, which its serializers take as they are: making
# rdflib terms first and converting them took two thirds of the export's time (39 s of
# `kg build`'s export stage for 10,000 synthetic papers were 12 s without).

class _Terms:
    """The terms of an rdflib namespace as pyoxigraph IRIs, each made on first use and kept.
    The closed namespaces still reject a misspelt term.

    >>> _Terms(KG).Paper
    <NamedNode value=https://w3id.org/kg-ml/ontology#Paper>
    """

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = ox.NamedNode(self._namespace[name])
        setattr(self, name, term)  # later look-ups find the attribute: no __getattr__ call
        return term


_DCTERMS, _FABIO, _KG, _OA, _PROV, _RDF, _RDFS, _SDO, _SKOS, _SKOSXL, _XSD = map(
    _Terms, (DCTERMS, FABIO, KG, OA, PROV, RDF, RDFS, SDO, SKOS, SKOSXL, XSD))
_CLASS_TERMS = {label: ox.NamedNode(cls) for label, cls in CLASSES.items()}
_USE_TERMS = {label: ox.NamedNode(prop) for label, prop in USES.items()}
_FIELD_TERMS = {field: ox.NamedNode(prop) for field, prop in FIELD_PROPERTIES.items()}


def to_rdf(kg: KnowledgeGraph, *, activity_time: str | None = None) -> Graph:
    """Describe ``kg`` in the kg ontology, as an rdflib graph (:func:`triples` streams the
    same triples, as pyoxigraph terms, for large graphs).

    Parameters
    ----------
    kg
        The graph, following the schema in ``kg/graph.py``.
    activity_time
        When the build started (ISO 8601), recorded as the PROV activity's
        ``prov:startedAtTime``; left out when ``None`` so that output depends on ``kg`` alone.

    Returns
    -------
    rdflib.Graph
        A plain graph with the project's prefixes bound.

    Raises
    ------
    KGError
        E021 for an entity or mention label outside ``kg.models.LABELS``, E049 for a mention
        field outside ``kg.models.FIELDS`` or an activity time that is not ISO 8601.

    Examples
    --------
    >>> kg = KnowledgeGraph()
    >>> kg.bipartite.add_node("entity:mnist", kind="entity", id="mnist", label="MNIST",
    ...                       type="DATASET", aliases={"MNIST": 2})
    >>> g = to_rdf(kg)
    >>> (entity_iri("mnist"), RDF.type, KG.Dataset) in g
    True
    """
    g = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    for t in triples(kg, activity_time=activity_time):
        g.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
    return g


def triples(kg: KnowledgeGraph, *, activity_time: str | None = None) -> Iterator[ox.Triple]:
    """The triples of :func:`to_rdf` as pyoxigraph terms, streamed: exports of large graphs
    never hold them all.

    They come in the same order for the same ``kg``, and the blank nodes of the lists are
    named after the resource holding the list, so the same graph is always written the same,
    byte for byte.
    """
    return chain.from_iterable(_triple_groups(kg, activity_time))


def _triple_groups(kg: KnowledgeGraph, activity_time: str | None) -> Iterator[Iterable[ox.Triple]]:
    iris, communities = _NodeIris(), set()  # the communities described so far
    activity = ox.NamedNode(_activity_iri(activity_time))
    yield _activity_triples(activity, activity_time)
    for key, data in kg.bipartite.nodes(data=True):
        if key.startswith("paper:"):
            yield _paper_triples(key, data, iris, communities)
        else:
            mention_count = sum(edge["count"] for *_, edge in kg.bipartite.edges(key, data=True))
            yield _entity_triples(key, data, mention_count, activity, iris, communities)
    for u, v, data in kg.bipartite.edges(data=True):
        paper, entity = (u, v) if u.startswith("paper:") else (v, u)
        entity_type = kg.bipartite.nodes[entity]["type"]
        yield _mention_triples(paper, entity, entity_type, data["mentions"], activity, iris)
    for u, v, data in kg.papers.edges(data=True):
        yield _similarity_triples(u, v, data, activity, iris)
    for u, v, data in kg.entities.edges(data=True):
        yield _cooccurrence_triples(u, v, data, activity, iris)


def _activity_iri(activity_time: str | None) -> str:
    return _iri("activity", segment(activity_time) if activity_time else "build")


def _activity_triples(activity: ox.NamedNode, activity_time: str | None) -> Iterator[ox.Triple]:
    agent = ox.NamedNode(_iri("agent", "kg", segment(__version__)))
    yield ox.Triple(activity, _RDF.type, _PROV.Activity)
    yield ox.Triple(activity, _RDFS.label, ox.Literal("kg build: extraction, linking and graph analysis"))
    yield ox.Triple(activity, _PROV.wasAssociatedWith, agent)
    if activity_time:
        yield ox.Triple(activity, _PROV.startedAtTime, _datetime_literal(activity_time))
    yield ox.Triple(agent, _RDF.type, _PROV.SoftwareAgent)
    yield ox.Triple(agent, _RDFS.label, ox.Literal("kg"))
    yield ox.Triple(agent, _SDO.softwareVersion, ox.Literal(__version__))


def _datetime_literal(value: str) -> ox.Literal:
    """
    >>> _datetime_literal("2024-05-01T09:30:00+00:00")
    <Literal value=2024-05-01T09:30:00+00:00 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#dateTime>>
    """
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as e:
        raise KGError(Errors.E049.format(what="activity time", value=value,
                                         expected="an ISO 8601 date and time")) from e
    return ox.Literal(parsed.isoformat(), datatype=_XSD.dateTime)


def _paper_triples(key: str, data: dict, iris: _NodeIris, communities: set) -> Iterator[ox.Triple]:
    paper_id = key.partition(":")[2]
    p = iris[key]
    yield ox.Triple(p, _RDF.type, _KG.Paper)
    yield ox.Triple(p, _DCTERMS.identifier, ox.Literal(paper_id))
    for field, prop in _FIELD_TERMS.items():
        if data.get(field) is not None:
            yield ox.Triple(p, prop, ox.Literal(data[field]))
    authors = [ox.Literal(name) for name in data.get("authors") or []]
    for author in authors:
        yield ox.Triple(p, _DCTERMS.creator, author)
    if authors:
        yield from _list_triples(p, _KG.authorList, authors)
    if data.get("year") is not None:
        yield ox.Triple(p, _FABIO.hasPublicationYear, _year(data["year"]))
    if data.get("date"):
        yield ox.Triple(p, _DCTERMS.date, _date_literal(data["date"]))
    if data.get("url"):
        yield ox.Triple(p, _SDO.url, ox.Literal(data["url"], datatype=_XSD.anyURI))
    if data.get("source"):
        yield ox.Triple(p, _DCTERMS.source, ox.Literal(data["source"]))
    for scheme, value in sorted((data.get("identifiers") or {}).items()):
        node = ox.NamedNode(f"{p.value}/identifier/{segment(scheme)}")
        yield ox.Triple(p, _SDO.identifier, node)
        yield ox.Triple(node, _RDF.type, _SDO.PropertyValue)
        yield ox.Triple(node, _SDO.propertyID, ox.Literal(scheme))
        yield ox.Triple(node, _SDO.value, ox.Literal(value))
        if scheme in SAME_AS:
            yield ox.Triple(p, _SDO.sameAs, ox.NamedNode(SAME_AS[scheme] + quote(value, safe="/:")))
    yield from _community_triples(p, data.get("community"), communities)


def _entity_triples(key: str, data: dict, mention_count: int, activity: ox.NamedNode,
                    iris: _NodeIris, communities: set) -> Iterator[ox.Triple]:
    entity_id = key.partition(":")[2]
    e = iris[key]
    label = data["label"]
    yield ox.Triple(e, _RDF.type, _KG.Entity)
    yield ox.Triple(e, _RDF.type, _class_of(data["type"]))
    yield ox.Triple(e, _DCTERMS.identifier, ox.Literal(entity_id))
    yield ox.Triple(e, _SKOS.prefLabel, ox.Literal(label))
    yield ox.Triple(e, _KG.mentionCount, _integer(mention_count))
    yield ox.Triple(e, _PROV.wasGeneratedBy, activity)
    for alias, count in sorted((data.get("aliases") or {}).items()):
        xl = ox.NamedNode(f"{e.value}/label/{segment(alias)}")
        # SKOS keeps preferred and alternative labels disjoint, so the alias that is the
        # entity's own name is its preferred SKOS-XL label and gets no skos:altLabel.
        yield ox.Triple(e, _SKOSXL.prefLabel if alias == label else _SKOSXL.altLabel, xl)
        if alias != label:
            yield ox.Triple(e, _SKOS.altLabel, ox.Literal(alias))
        yield ox.Triple(xl, _RDF.type, _SKOSXL.Label)
        yield ox.Triple(xl, _SKOSXL.literalForm, ox.Literal(alias))
        yield ox.Triple(xl, _KG.mentionCount, _integer(count))
    if data.get("n_papers") is not None:
        yield ox.Triple(e, _KG.paperCount, _integer(data["n_papers"]))
    if data.get("first_year") is not None:
        yield ox.Triple(e, _KG.firstYear, _year(data["first_year"]))
    if data.get("last_year") is not None:
        yield ox.Triple(e, _KG.lastYear, _year(data["last_year"]))
    if data.get("pagerank") is not None:
        yield ox.Triple(e, _KG.pagerank, _double(data["pagerank"]))
    if data.get("variant_of"):
        yield ox.Triple(e, _KG.variantOf, iris[entity_node(data["variant_of"])])
    yield from _community_triples(e, data.get("community"), communities)


def _community_triples(member: ox.NamedNode, community: object, described: set) -> Iterator[ox.Triple]:
    """``member`` is in ``community``, which is described too unless it is in ``described``
    (then its triples would only repeat: a community has thousands of members)."""
    if community is None:
        return
    c = ox.NamedNode(_iri("community", segment(community)))
    yield ox.Triple(member, _KG.inCommunity, c)
    if community in described:
        return
    described.add(community)
    yield ox.Triple(c, _RDF.type, _KG.Community)
    yield ox.Triple(c, _DCTERMS.identifier,
                    _integer(community) if isinstance(community, int) else ox.Literal(str(community)))
    yield ox.Triple(c, _RDFS.label, ox.Literal(f"community {community}"))


def _mention_triples(paper: str, entity: str, entity_type: str, mentions: Iterable[Mention],
                     activity: ox.NamedNode, iris: _NodeIris) -> list[ox.Triple]:
    # The functions making most of the triples return lists, which triples() chains in C.
    paper_segment = iris.segments[paper.partition(":")[2]]
    p, e = iris[paper], iris[entity]
    out = [ox.Triple(p, _KG.mentions, e), ox.Triple(p, _USE_TERMS[entity_type], e)]
    for m in mentions:
        if m.field not in _FIELD_TERMS:
            raise KGError(Errors.E049.format(what="mention field", value=m.field,
                                             expected=f"one of {', '.join(FIELDS)}"))
        # a field name needs no encoding: it is one of FIELDS
        iri = _iri("mention", paper_segment, m.field, f"{m.start}-{m.end}")
        a, target, position, quote_ = (ox.NamedNode(iri), ox.NamedNode(f"{iri}/target"),
                                       ox.NamedNode(f"{iri}/position"), ox.NamedNode(f"{iri}/quote"))
        out += (ox.Triple(a, _RDF.type, _OA.Annotation),
                ox.Triple(a, _OA.motivatedBy, _OA.identifying),
                ox.Triple(a, _OA.hasBody, e),
                ox.Triple(a, _OA.hasTarget, target),
                ox.Triple(a, _KG.mentionType, _class_of(m.label)))
        if m.score is not None:
            out.append(ox.Triple(a, _KG.confidence, _double(m.score)))
        out += (ox.Triple(a, _PROV.wasGeneratedBy, activity),
                ox.Triple(target, _RDF.type, _OA.SpecificResource),
                ox.Triple(target, _OA.hasSource, p),
                ox.Triple(target, _KG.inField, _FIELD_TERMS[m.field]),
                ox.Triple(target, _OA.hasSelector, position),
                ox.Triple(target, _OA.hasSelector, quote_),
                ox.Triple(position, _RDF.type, _OA.TextPositionSelector),
                ox.Triple(position, _OA.start, ox.Literal(str(m.start), datatype=_XSD.nonNegativeInteger)),
                ox.Triple(position, _OA.end, ox.Literal(str(m.end), datatype=_XSD.nonNegativeInteger)),
                ox.Triple(quote_, _RDF.type, _OA.TextQuoteSelector),
                ox.Triple(quote_, _OA.exact, ox.Literal(m.text)))
    return out


def _similarity_triples(a: str, b: str, data: dict, activity: ox.NamedNode,
                        iris: _NodeIris) -> list[ox.Triple]:
    link, out = _weighted_link_triples("similarity", _KG.Similarity, _KG.similarTo, a, b, data["weight"],
                                       activity, iris)
    shared = [iris[entity_node(s)] for s in data.get("shared") or []]
    if shared:
        out += _list_triples(link, _KG.sharedEntities, shared)
    return out


def _cooccurrence_triples(a: str, b: str, data: dict, activity: ox.NamedNode,
                          iris: _NodeIris) -> list[ox.Triple]:
    link, out = _weighted_link_triples("cooccurrence", _KG.CoOccurrence, _KG.coOccursWith, a, b, data["weight"],
                                       activity, iris)
    out.append(ox.Triple(link, _KG.paperCount, _integer(data["count"])))
    return out


def _weighted_link_triples(kind: str, cls: ox.NamedNode, prop: ox.NamedNode, node_a: str, node_b: str,
                           weight: float, activity: ox.NamedNode,
                           iris: _NodeIris) -> tuple[ox.NamedNode, list[ox.Triple]]:
    """The link resource between two graph nodes, and its triples."""
    link = ox.NamedNode(_link_iri(kind, node_a.partition(":")[2], node_b.partition(":")[2], iris.segments))
    a, b = iris[node_a], iris[node_b]
    return link, [ox.Triple(link, _RDF.type, _KG.WeightedLink),
            ox.Triple(link, _RDF.type, cls),
            ox.Triple(link, _KG.between, a),
            ox.Triple(link, _KG.between, b),
            ox.Triple(link, _KG.weight, _double(weight)),
            ox.Triple(link, _PROV.wasGeneratedBy, activity),
            ox.Triple(a, prop, b),
            ox.Triple(b, prop, a)]


def _list_triples(owner: ox.NamedNode, prop: ox.NamedNode,
                  items: list[ox.NamedNode | ox.Literal]) -> list[ox.Triple]:
    """``owner prop`` an ``rdf:List`` of ``items`` (not empty).

    The cells are blank nodes named after ``owner`` and ``prop``, not at random, so that the
    same graph gives the same file: a hash, since an IRI's characters may not all be in a
    blank node's name.

    >>> for t in _list_triples(ox.NamedNode("http://x/p"), _KG.authorList, [ox.Literal("A"), ox.Literal("B")]):
    ...     print(t.subject, curie(URIRef(t.predicate.value)), t.object)
    <http://x/p> kg:authorList _:la7469165c9c20aeb59f25753_0
    _:la7469165c9c20aeb59f25753_0 rdf:first "A"
    _:la7469165c9c20aeb59f25753_0 rdf:rest _:la7469165c9c20aeb59f25753_1
    _:la7469165c9c20aeb59f25753_1 rdf:first "B"
    _:la7469165c9c20aeb59f25753_1 rdf:rest <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>
    """
    name = hashlib.blake2b(f"{owner.value} {prop.value}".encode(), digest_size=12).hexdigest()
    cells = [ox.BlankNode(f"l{name}_{i}") for i in range(len(items))]
    out = [ox.Triple(owner, prop, cells[0])]
    for cell, item, rest in zip(cells, items, [*cells[1:], _RDF.nil]):
        out += (ox.Triple(cell, _RDF.first, item), ox.Triple(cell, _RDF.rest, rest))
    return out


def _class_of(label: str) -> ox.NamedNode:
    if label not in _CLASS_TERMS:
        raise KGError(Errors.E021.format(label=label, labels=", ".join(LABELS)))
    return _CLASS_TERMS[label]


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD.integer)


def _double(value: float) -> ox.Literal:
    """A double written as Python (and rdflib) writes it: ``1e-05``, where Oxigraph would
    write ``0.00001``.

    >>> _double(1e-05).value
    '1e-05'
    """
    return ox.Literal(repr(float(value)), datatype=_XSD.double)


def _year(year: int) -> ox.Literal:
    """
    >>> _year(987)
    <Literal value=0987 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>
    """
    return ox.Literal(f"{int(year):04d}", datatype=_XSD.gYear)


def _date_literal(value: str) -> ox.Literal:
    """Type a date as precisely as its lexical form allows, and leave anything else a string.

    >>> _date_literal("2023-05").datatype == _XSD.gYearMonth
    True
    >>> _date_literal("May 2023").datatype == _XSD.string
    True
    """
    for pattern, datatype in _DATE_TYPES:
        if re.fullmatch(pattern, value):
            return ox.Literal(value, datatype=datatype)
    return ox.Literal(value)


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """A pyoxigraph term as the rdflib term of the same value (the inverse of :func:`_ox_term`).

    >>> _rdflib_term(ox.Literal("x")), _rdflib_term(_integer(3)).toPython()
    (rdflib.term.Literal('x'), 3)
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    # rdflib keeps a plain string apart from one typed xsd:string, which RDF 1.1 makes equal
    datatype = term.datatype
    return Literal(term.value, datatype=None if datatype == _XSD.string else URIRef(datatype.value))


# from RDF --------------------------------------------------------------------------------

def from_rdf(g: Graph) -> KnowledgeGraph:
    """Rebuild the :class:`~kg.graph.KnowledgeGraph` that :func:`to_rdf` described.

    Every paper and entity becomes a node of ``bipartite`` and, with the same attributes, of
    ``papers`` or ``entities``. ``g`` is expected to conform to ``ontology/shapes.ttl``.

    Examples
    --------
    >>> kg = KnowledgeGraph()
    >>> kg.bipartite.add_node("entity:mnist", kind="entity", id="mnist", label="MNIST",
    ...                       type="DATASET", aliases={"MNIST": 2})
    >>> from_rdf(to_rdf(kg)).entities.nodes["entity:mnist"]["aliases"]
    {'MNIST': 2}
    """
    kg = KnowledgeGraph()
    for p in sorted(g.subjects(RDF.type, KG.Paper)):
        data = _paper_data(g, p)
        kg.bipartite.add_node(paper_node(data["id"]), **data)
        kg.papers.add_node(paper_node(data["id"]), **data)
    for e in sorted(g.subjects(RDF.type, KG.Entity)):
        data = _entity_data(g, e)
        kg.bipartite.add_node(entity_node(data["id"]), **data)
        kg.entities.add_node(entity_node(data["id"]), **data)
    mentions = _mentions_by_pair(g)
    for p, e in sorted(g.subject_objects(KG.mentions)):
        pair = (id_from_iri(p, "paper"), id_from_iri(e, "entity"))
        found = sorted(mentions[pair],
                       key=lambda m: (FIELDS.index(m.field), m.start, m.end))
        kg.bipartite.add_edge(paper_node(pair[0]), entity_node(pair[1]), count=len(found),
                              mentions=found)
    for link in sorted(g.subjects(RDF.type, KG.Similarity)):
        a, b = sorted(id_from_iri(end, "paper") for end in g.objects(link, KG.between))
        head = g.value(link, KG.sharedEntities)
        shared = [id_from_iri(e, "entity") for e in Collection(g, head)] if head else []
        kg.papers.add_edge(paper_node(a), paper_node(b), weight=float(g.value(link, KG.weight)),
                           shared=shared)
    for link in sorted(g.subjects(RDF.type, KG.CoOccurrence)):
        a, b = sorted(id_from_iri(end, "entity") for end in g.objects(link, KG.between))
        kg.entities.add_edge(entity_node(a), entity_node(b),
                             weight=float(g.value(link, KG.weight)),
                             count=int(g.value(link, KG.paperCount)))
    return kg


def _paper_data(g: Graph, p: URIRef) -> dict:
    author_list = g.value(p, KG.authorList)
    authors = (list(Collection(g, author_list)) if author_list
               else sorted(g.objects(p, DCTERMS.creator)))
    identifiers = {str(g.value(n, SDO.propertyID)): str(g.value(n, SDO.value))
                   for n in g.objects(p, SDO.identifier)}
    return {
        "kind": "paper", "id": id_from_iri(p, "paper"),
        "title": _text(g.value(p, DCTERMS.title)), "abstract": _text(g.value(p, DCTERMS.abstract)),
        "authors": [str(a) for a in authors],
        "year": _int(g.value(p, FABIO.hasPublicationYear)),
        "date": _text(g.value(p, DCTERMS.date), None), "url": _text(g.value(p, SDO.url), None),
        "source": _text(g.value(p, DCTERMS.source)),
        "identifiers": dict(sorted(identifiers.items())),
        "community": _community(g, p),
    }


def _entity_data(g: Graph, e: URIRef) -> dict:
    types = [_LABEL_OF[t] for t in g.objects(e, RDF.type) if t in _LABEL_OF]
    if len(types) != 1:
        raise KGError(Errors.E049.format(what="entity", value=str(e),
                                         expected=f"exactly one of the types {', '.join(LABELS)}"))
    labels = [*g.objects(e, SKOSXL.prefLabel), *g.objects(e, SKOSXL.altLabel)]
    aliases = {str(g.value(xl, SKOSXL.literalForm)): int(g.value(xl, KG.mentionCount))
               for xl in labels}
    variant_of = g.value(e, KG.variantOf)
    pagerank = g.value(e, KG.pagerank)
    return {
        "kind": "entity", "id": id_from_iri(e, "entity"),
        "label": _text(g.value(e, SKOS.prefLabel)), "type": types[0],
        "aliases": dict(sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))),
        "n_papers": _int(g.value(e, KG.paperCount)),
        "first_year": _int(g.value(e, KG.firstYear)), "last_year": _int(g.value(e, KG.lastYear)),
        "variant_of": id_from_iri(variant_of, "entity") if variant_of else None,
        "community": _community(g, e),
        "pagerank": float(pagerank) if pagerank is not None else None,
    }


def _mentions_by_pair(g: Graph) -> dict[tuple[str, str], list[Mention]]:
    """Mentions from the Web Annotations, keyed by (paper id, entity id)."""
    pairs: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for a in g.subjects(RDF.type, OA.Annotation):
        target = g.value(a, OA.hasTarget)
        selectors = set(g.objects(target, OA.hasSelector))
        position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
        quote_ = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
        score = g.value(a, KG.confidence)
        entity_id = id_from_iri(g.value(a, OA.hasBody), "entity")
        mention = Mention(field=_FIELD_OF[g.value(target, KG.inField)],
                          start=int(g.value(position, OA.start)),
                          end=int(g.value(position, OA.end)),
                          text=str(g.value(quote_, OA.exact)),
                          label=_LABEL_OF[g.value(a, KG.mentionType)], entity=entity_id,
                          score=float(score) if score is not None else None)
        pairs[id_from_iri(g.value(target, OA.hasSource), "paper"), entity_id].append(mention)
    return pairs


def _community(g: Graph, member: URIRef) -> object:
    community = g.value(member, KG.inCommunity)
    return None if community is None else g.value(community, DCTERMS.identifier).toPython()


def _text(value: Node | None, default: str | None = "") -> str | None:
    return default if value is None else str(value)


def _int(value: Node | None) -> int | None:
    return None if value is None else int(str(value))


# files -----------------------------------------------------------------------------------

def guess_format(path: str | os.PathLike) -> str:
    """The export format of ``path`` from its suffix, ignoring a final ``.gz``.

    >>> guess_format("graph.nt.gz")
    'nt'
    """
    path = Path(path)
    suffix = Path(path.stem).suffix if path.suffix == ".gz" else path.suffix
    if suffix.lower() not in SUFFIXES:
        raise KGError(Errors.E042.format(fmt=suffix or path.name, choices=", ".join(SUFFIXES)))
    return SUFFIXES[suffix.lower()]


def write_rdf(data: KnowledgeGraph | Graph, path: str | os.PathLike, fmt: str = "turtle") -> None:
    """Save ``data`` (converted with :func:`to_rdf` if it is a KnowledgeGraph) to ``path``.

    ``fmt`` is one of :data:`FORMATS`; the file is gzipped when ``path`` ends in ``.gz``.
    N-Triples are written line by line, so even a large graph is never held as one string.
    """
    if fmt not in FORMATS:
        raise KGError(Errors.E042.format(fmt=fmt, choices=", ".join(FORMATS)))
    with _binary_output(path) as out:
        if fmt == "json-ld":
            g = to_rdf(data) if isinstance(data, KnowledgeGraph) else data
            # rdflib's own JSON-LD context would list every prefix it knows; ours lists ours.
            g.serialize(destination=out, format=fmt, encoding="utf-8", context=PREFIXES)
        else:
            # Oxigraph writes Turtle about 7x faster than rdflib (measured on 180k triples)
            # data IRIs stay whole: their percent-escaped ids would need `\%` in a prefixed
            # name, which is valid Turtle that rdflib's parser rejects
            stream = (triples(data) if isinstance(data, KnowledgeGraph)
                      else (ox.Triple(*map(_ox_term, t)) for t in data))
            ox.serialize(stream, out, _OX_FORMATS[fmt],
                         prefixes={k: v for k, v in PREFIXES.items() if k != "res"})


_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


def _ox_term(term: Node):
    """An rdflib term as the pyoxigraph term of the same value."""
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if term.language:
        return ox.Literal(term, language=term.language)
    return ox.Literal(term, datatype=ox.NamedNode(term.datatype or XSD.string))


@contextlib.contextmanager
def _binary_output(path: str | os.PathLike) -> Iterator[IO[bytes]]:
    with atomic_open(path, "wb") as raw:
        if str(path).endswith(".gz"):
            # mtime=0 keeps the gzip header, and so the file, the same for the same graph.
            # Level 6 (zlib's default) compresses N-Triples 2.7x faster than gzip's default 9,
            # to a file 1% larger (measured on the N-Triples of 1,000 synthetic papers).
            with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0, filename="") as out:
                yield out
        else:
            yield raw


@contextlib.contextmanager
def open_rdf(path: str | os.PathLike) -> Iterator[IO[bytes]]:
    """Open an RDF file for reading, decompressing it when its name ends in ``.gz``."""
    path = Path(path)
    if not path.is_file():
        raise KGError(Errors.E041.format(path=path))
    with (gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")) as f:
        yield f


# ontology page ---------------------------------------------------------------------------

def write_ontology_html(path: str | os.PathLike) -> None:
    """Write a self-contained HTML page documenting ``ontology/kg.ttl``."""
    write_text(path, ontology_html(Graph().parse(ONTOLOGY)))


def ontology_html(onto: Graph) -> str:
    """Render the ontology's header, classes and properties as plain, escaped HTML.

    >>> page = ontology_html(Graph().parse(ONTOLOGY))
    >>> '<h3 id="Dataset">Dataset</h3>' in page and "<script" not in page
    True
    """
    ontology = next(onto.subjects(RDF.type, OWL.Ontology))
    title = _text(onto.value(ontology, DCTERMS.title))
    classes = sorted(set(onto.subjects(RDF.type, OWL.Class)) & set(dir(KG)), key=str)
    properties = sorted({p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                         for p in onto.subjects(RDF.type, kind)}, key=str)
    licence = onto.value(ontology, DCTERMS.license)
    header = [
        f"<h1>{_esc(title)}</h1>",
        f"<p>{_esc(onto.value(ontology, DCTERMS.description))}</p>",
        "<dl>",
        _row("IRI", _code(ontology)),
        _row("Namespace", _code(KG)),
        _row("Version", f"{_esc(onto.value(ontology, OWL.versionInfo))} "
                        f"({_code(onto.value(ontology, OWL.versionIRI))})"),
        _row("Licence", _code(licence)),
        "</dl>",
        "<nav>",
        f"<p>Classes: {', '.join(_term_ref(onto, c) for c in classes)}</p>",
        f"<p>Properties: {', '.join(_term_ref(onto, p) for p in properties)}</p>",
        "</nav>",
    ]
    body = (["<h2>Classes</h2>"] + [_term_html(onto, c, _CLASS_ROWS) for c in classes]
            + ["<h2>Properties</h2>"] + [_term_html(onto, p, _PROPERTY_ROWS) for p in properties])
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{_esc(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        *header, *body, "</body>", "</html>", ""])


_CSS = ("body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}"
        "section{border-top:1px solid #ccc;margin-top:1em}dt{font-weight:bold}"
        "code{background:#f4f4f4;padding:0 .2em}")
_CLASS_ROWS = (("Subclass of", RDFS.subClassOf), ("See also", RDFS.seeAlso))
_PROPERTY_ROWS = (("Type", RDF.type), ("Subproperty of", RDFS.subPropertyOf),
                  ("Domain", RDFS.domain), ("Range", RDFS.range))


def _term_html(onto: Graph, term: URIRef, rows: tuple[tuple[str, URIRef], ...]) -> str:
    name = term[len(str(KG)):]
    cells = [_row("IRI", _code(term))]
    for title, prop in rows:
        values = sorted(onto.objects(term, prop), key=str)
        if values:
            cells.append(_row(title, ", ".join(_term_ref(onto, v) for v in values)))
    return "\n".join([
        "<section>", f'<h3 id="{_esc(name)}">{_esc(onto.value(term, RDFS.label) or name)}</h3>',
        f"<p>{_esc(onto.value(term, RDFS.comment))}</p>", "<dl>", *cells, "</dl>", "</section>"])


def _term_ref(onto: Graph, node: Node) -> str:
    """A term: a link to its section for kg terms, its full IRI on hover otherwise; unions spelt out."""
    if isinstance(node, BNode):
        members = Collection(onto, onto.value(node, OWL.unionOf))
        return " or ".join(_term_ref(onto, m) for m in members)
    if node in KG:
        return f'<a href="#{_esc(node[len(str(KG)):])}">{_esc(curie(node))}</a>'
    return f'<code title="{_esc(node)}">{_esc(curie(node))}</code>'


def curie(iri: Node) -> str:
    """Shorten ``iri`` with :data:`~kg.namespaces.PREFIXES` when one of them matches.

    >>> curie(KG.Paper), curie(URIRef("https://example.org/x"))
    ('kg:Paper', 'https://example.org/x')
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return str(iri)


def _row(title: str, value_html: str) -> str:
    return f"<dt>{_esc(title)}</dt><dd>{value_html}</dd>"


def _code(iri: object) -> str:
    return f"<code>{_esc(iri)}</code>"



def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))
