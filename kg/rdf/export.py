"""The knowledge graph as triples in the kg ontology (``ontology/kg.ttl``).

:func:`triples` streams them as pyoxigraph terms, :func:`to_rdf` collects them in an rdflib
graph.

What is exported: every paper and entity attribute of the schema in ``kg/schema.py`` except
the entity ``type_counts`` and ``degree``, which the graph builder can recompute; each
paper–entity edge as ``kg:mentions``, its type's and its role's sub-properties and
``kg:isAbout`` when salient, with its evidence in one of the two forms of :data:`PROVENANCE`;
each reported result as a ``kg:Evaluation``; each ``papers`` edge as a ``kg:Similarity`` and
each ``entities`` edge as a ``kg:CoOccurrence``. A paper–entity edge's ``count`` is taken to
be the number of its mentions, which is how :func:`kg.rdf.read.from_rdf` restores it.

The export is compact by default (``"pairs"``): one ``kg:Evidence`` per paper and entity,
with its paper, its entity and one ``kg:span`` literal (``"abstract:53-61"``) per mention, and
nothing a SPARQL query can count, join or entail from the rest: no ``kg:Entity`` type beside
the entity's class (RDFS gives it), no mention or paper counts, years,
SKOS-XL alias counts, ``kg:usesDataset``-style type sub-properties (the entity's class gives
them), classes of the links and evidence (what they link says), shared-entity lists,
``kg:similarTo``/``kg:coOccursWith`` shortcuts, ``prov:wasGeneratedBy`` on each resource, nor
the communities (and PageRank floor) of entities alone in theirs. ``"full"`` adds all of these
back; ``"mentions"`` is the full form with a W3C Web Annotation per mention (16 to 18 triples
each, with its label, score, role and quote) instead of the compact evidence. On the sample:
138 triples a paper, 425 full, 660 with mentions (``pipelines/count_triples.py``), and the
saved queries of ``ontology/queries/`` answer the same rows on all three.

Determinism: the same graph gives the same file, byte for byte, however many workers
extracted it. Every IRI is minted from ids alone, and there are no blank nodes: the
``rdf:List`` cells that keep authors and shared entities in order are IRIs under the
resource holding the list, so loading the same file twice into a store adds nothing. The
triples come in the graph's order, which depends on its input alone. The build time is left
out by design (``kg build`` passes no ``activity_time``): a time would make every build
differ, and the software version the PROV agent records says what made the file.

Text is written as :func:`kg.graph.files.portable_text` makes it, so that every Turtle
reader takes the file (rapper refuses U+FFFF, even escaped): each refused character becomes
one U+FFFD, so the mentions' offsets still hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Literal, get_args
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph

from .. import __version__
from ..errors import Errors, KGError
from ..graph import KnowledgeGraph
from ..graph.files import portable_text
from ..schema import (
    EntityAttrs,
    EntityLink,
    PaperAttrs,
    PaperLink,
    entity_node,
    is_paper,
    node_id,
)
from .evidence import class_term, edge_triples, evaluation_triples, evidence_triples, mention_triples
from .iris import LinkKind, NodeIris, link_iri, list_cell_iri, resource_iri
from .literals import boolean, date_literal, datetime_literal, double, integer, text, year
from .namespaces import PREFIXES
from .terms import (
    FIELD_PROPERTIES,
    OX_DCTERMS,
    OX_FABIO,
    OX_KG,
    OX_PROV,
    OX_RDF,
    OX_RDFS,
    OX_SDO,
    OX_SKOS,
    OX_SKOSXL,
    OX_XSD,
    OxTerm,
    rdflib_term,
)

Provenance = Literal["pairs", "full", "mentions"]
"""How much the export writes: ``pairs``, the compact default, one ``kg:Evidence`` per
paper–entity edge and nothing SPARQL can derive from the rest; ``full``, the same evidence
with everything the graph stores (statistics, SKOS-XL alias counts, typed link resources,
shared-entity lists); ``mentions``, the full form with a Web Annotation per mention instead
of the compact evidence."""
PROVENANCE: tuple[str, ...] = get_args(Provenance)

SAME_AS = {"arxiv": "https://arxiv.org/abs/", "doi": "https://doi.org/", "openalex": "https://openalex.org/"}
"""Identifier scheme → the IRI base under which it names the paper (``schema:sameAs``)."""

# The triples are made as pyoxigraph terms, which its serializers take as they are: making
# rdflib terms first and converting them took two thirds of the export's time (39 s of
# `kg build`'s export stage for 10,000 synthetic papers were 12 s without).
_FIELD_TERMS = {field: ox.NamedNode(prop) for field, prop in FIELD_PROPERTIES.items()}


def to_rdf(
    kg: KnowledgeGraph, *, activity_time: str | None = None, provenance: Provenance = "pairs"
) -> Graph:
    """Describe ``kg`` in the kg ontology, as an rdflib graph (:func:`triples` streams the
    same triples, as pyoxigraph terms, for large graphs).

    Parameters
    ----------
    kg
        The graph, following the schema in ``kg/schema.py``.
    activity_time
        When the build started (ISO 8601), recorded as the PROV activity's
        ``prov:startedAtTime``; left out when ``None`` so that output depends on ``kg`` alone.
    provenance
        How much to write, and the form of the mentions' evidence: one of :data:`PROVENANCE`.

    Returns
    -------
    rdflib.Graph
        A plain graph with the project's prefixes bound.

    Raises
    ------
    KGError
        E021 for an entity or mention label outside ``kg.records.LABELS``, E049 for a mention
        field outside ``kg.records.FIELDS``, a role outside ``kg.records.ROLES`` or an
        activity time that is not ISO 8601, E110 for an unknown ``provenance``.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> from kg.rdf.namespaces import KG, RDF
    >>> kg = KnowledgeGraph()
    >>> kg.bipartite.add_node("entity:mnist", kind="entity", id="mnist", label="MNIST",
    ...                       type="DATASET", aliases={"MNIST": 2})
    >>> g = to_rdf(kg)
    >>> (URIRef(resource_iri("entity", "mnist")), RDF.type, KG.Dataset) in g
    True
    """
    g = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    for t in triples(kg, activity_time=activity_time, provenance=provenance):
        g.add((rdflib_term(t.subject), rdflib_term(t.predicate), rdflib_term(t.object)))
    return g


def triples(
    kg: KnowledgeGraph, *, activity_time: str | None = None, provenance: Provenance = "pairs"
) -> Iterator[ox.Triple]:
    """The triples of :func:`to_rdf` as pyoxigraph terms, streamed: exports of large graphs
    never hold them all.

    They come in the same order for the same ``kg``, and every IRI is made from ids, so the
    same graph is always written the same, byte for byte.
    """
    if provenance not in PROVENANCE:
        raise KGError(Errors.E110.format(value=provenance, choices=", ".join(PROVENANCE)))
    return chain.from_iterable(_triple_groups(kg, activity_time, provenance))


def _triple_groups(
    kg: KnowledgeGraph, activity_time: str | None, provenance: Provenance
) -> Iterator[Iterable[ox.Triple]]:
    iris, full = NodeIris(), provenance != "pairs"
    communities = _Communities(None if full else kg)
    activity = ox.NamedNode(resource_iri("activity", activity_time or "build"))
    types = {key: data["type"] for key, data in kg.bipartite.nodes(data=True) if not is_paper(key)}
    yield _activity_triples(activity, activity_time)
    for key, data in kg.bipartite.nodes(data=True):
        if is_paper(key):
            yield _paper_triples(key, data, iris, communities)
            yield evaluation_triples(key, data.get("results") or [], types, activity, iris)
        elif full:
            mention_count = sum(edge["count"] for *_, edge in kg.bipartite.edges(key, data=True))
            yield _entity_triples(key, data, mention_count, activity, iris, communities)
        else:
            yield _compact_entity_triples(key, data, iris, communities)
    for u, v, data in kg.bipartite.edges(data=True):
        paper, entity = (u, v) if is_paper(u) else (v, u)
        yield edge_triples(paper, entity, types[entity], data, iris, full=full)
        if provenance == "mentions":
            yield mention_triples(paper, entity, data["mentions"], activity, iris)
        else:
            yield evidence_triples(paper, entity, data, iris, full=full)
    for u, v, data in kg.papers.edges(data=True):
        yield _similarity_triples(u, v, data, activity, iris, full=full)
    for u, v, data in kg.entities.edges(data=True):
        yield _cooccurrence_triples(u, v, data, activity, iris, full=full)


class _Communities:
    """The communities described so far and, given a graph, those the export leaves out:
    the communities of a single member (most entities: those no other entity is linked to
    strongly enough to join), which the compact form does not name."""

    def __init__(self, kg: KnowledgeGraph | None) -> None:
        self.described: set[object] = set()
        sizes = Counter(c for _, c in kg.bipartite.nodes(data="community")) if kg else Counter[object]()
        self.left_out = {c for c, n in sizes.items() if n == 1}


def _activity_triples(activity: ox.NamedNode, activity_time: str | None) -> Iterator[ox.Triple]:
    agent = ox.NamedNode(resource_iri("agent", "kg", __version__))
    yield ox.Triple(activity, OX_RDF.type, OX_PROV.Activity)
    yield ox.Triple(activity, OX_RDFS.label, ox.Literal("kg build: extraction, linking and graph analysis"))
    yield ox.Triple(activity, OX_PROV.wasAssociatedWith, agent)
    if activity_time:
        yield ox.Triple(activity, OX_PROV.startedAtTime, datetime_literal(activity_time))
    yield ox.Triple(agent, OX_RDF.type, OX_PROV.SoftwareAgent)
    yield ox.Triple(agent, OX_RDFS.label, ox.Literal("kg"))
    yield ox.Triple(agent, OX_SDO.softwareVersion, ox.Literal(__version__))


def _paper_triples(
    key: str, data: PaperAttrs, iris: NodeIris, communities: _Communities
) -> Iterator[ox.Triple]:
    paper_id = node_id(key)
    p = iris[key]
    yield ox.Triple(p, OX_RDF.type, OX_KG.Paper)
    yield ox.Triple(p, OX_DCTERMS.identifier, text(paper_id))
    for field, prop in _FIELD_TERMS.items():
        value = data.get(field)
        if value is not None:
            yield ox.Triple(p, prop, text(str(value)))
    authors = [text(name) for name in data.get("authors") or []]
    for author in dict.fromkeys(authors):  # two authors of one name are one triple
        yield ox.Triple(p, OX_DCTERMS.creator, author)
    if authors:
        yield from _list_triples(p, OX_KG.authorList, authors)
    if (published := data.get("year")) is not None:
        yield ox.Triple(p, OX_FABIO.hasPublicationYear, year(published))
    if date := data.get("date"):
        yield ox.Triple(p, OX_DCTERMS.date, date_literal(date))
    if url := data.get("url"):
        yield ox.Triple(p, OX_SDO.url, ox.Literal(portable_text(url), datatype=OX_XSD.anyURI))
    if source := data.get("source"):
        yield ox.Triple(p, OX_DCTERMS.source, text(source))
    for scheme, value in sorted((data.get("identifiers") or {}).items()):
        node = ox.NamedNode(resource_iri("paper", paper_id, "identifier", scheme))
        yield ox.Triple(p, OX_SDO.identifier, node)
        yield ox.Triple(node, OX_RDF.type, OX_SDO.PropertyValue)
        yield ox.Triple(node, OX_SDO.propertyID, text(scheme))
        yield ox.Triple(node, OX_SDO.value, text(value))
        if scheme in SAME_AS:
            yield ox.Triple(
                p,
                OX_SDO.sameAs,
                ox.NamedNode(SAME_AS[scheme] + quote(value, safe="/:", errors="surrogatepass")),
            )
    yield from _community_triples(p, data.get("community"), communities)


def _entity_triples(
    key: str,
    data: EntityAttrs,
    mention_count: int,
    activity: ox.NamedNode,
    iris: NodeIris,
    communities: _Communities,
) -> Iterator[ox.Triple]:
    entity_id = node_id(key)
    e = iris[key]
    label = data["label"]
    yield ox.Triple(e, OX_RDF.type, OX_KG.Entity)
    yield ox.Triple(e, OX_RDF.type, class_term(data["type"]))
    yield ox.Triple(e, OX_DCTERMS.identifier, text(entity_id))
    yield ox.Triple(e, OX_SKOS.prefLabel, text(label))
    yield ox.Triple(e, OX_KG.mentionCount, integer(mention_count))
    yield ox.Triple(e, OX_PROV.wasGeneratedBy, activity)
    for alias, count in sorted((data.get("aliases") or {}).items()):
        xl = ox.NamedNode(resource_iri("entity", entity_id, "label", alias))
        # SKOS keeps preferred and alternative labels disjoint, so the alias that is the
        # entity's own name is its preferred SKOS-XL label and gets no skos:altLabel.
        yield ox.Triple(e, OX_SKOSXL.prefLabel if alias == label else OX_SKOSXL.altLabel, xl)
        if alias != label:
            yield ox.Triple(e, OX_SKOS.altLabel, text(alias))
        yield ox.Triple(xl, OX_RDF.type, OX_SKOSXL.Label)
        yield ox.Triple(xl, OX_SKOSXL.literalForm, text(alias))
        yield ox.Triple(xl, OX_KG.mentionCount, integer(count))
    if (n_papers := data.get("n_papers")) is not None:
        yield ox.Triple(e, OX_KG.paperCount, integer(n_papers))
    if (first_year := data.get("first_year")) is not None:
        yield ox.Triple(e, OX_KG.firstYear, integer(first_year))
    if (last_year := data.get("last_year")) is not None:
        yield ox.Triple(e, OX_KG.lastYear, integer(last_year))
    if (pagerank := data.get("pagerank")) is not None:
        yield ox.Triple(e, OX_KG.pagerank, double(pagerank))
    if variant_of := data.get("variant_of"):
        yield ox.Triple(e, OX_KG.variantOf, iris[entity_node(variant_of)])
    # graphs built before entities were judged lack these
    if (curated := data.get("curated")) is not None:
        yield ox.Triple(e, OX_KG.curated, boolean(curated))
    if (generic := data.get("generic")) is not None:
        yield ox.Triple(e, OX_KG.generic, boolean(generic))
    if (specificity := data.get("specificity")) is not None:
        yield ox.Triple(e, OX_KG.specificity, double(specificity))
    if (direction := data.get("direction")) is not None:
        yield ox.Triple(e, OX_KG.higherIsBetter, boolean(direction == "higher"))
    yield from _community_triples(e, data.get("community"), communities)


def _compact_entity_triples(
    key: str, data: EntityAttrs, iris: NodeIris, communities: _Communities
) -> Iterator[ox.Triple]:
    """The entity as the compact form gives it: what SPARQL cannot count from the papers'
    triples (mention and paper counts, years, each alias's mentions) nor read from its IRI."""
    e = iris[key]
    label = data["label"]
    # its class alone: kg:Entity is the superclass of all five, which RDFS entailment gives
    yield ox.Triple(e, OX_RDF.type, class_term(data["type"]))
    yield ox.Triple(e, OX_SKOS.prefLabel, text(label))
    for alias in sorted(data.get("aliases") or {}):
        if alias != label:
            yield ox.Triple(e, OX_SKOS.altLabel, text(alias))
    # An entity alone in its community has the PageRank floor (on the sample all 4,634 such
    # of the 4,995 entities have one same value): left out with the community.
    community = data.get("community")
    if (pagerank := data.get("pagerank")) is not None and community not in communities.left_out:
        yield ox.Triple(e, OX_KG.pagerank, double(pagerank))
    if variant_of := data.get("variant_of"):
        yield ox.Triple(e, OX_KG.variantOf, iris[entity_node(variant_of)])
    if data.get("curated"):  # a few entities are: the others are not
        yield ox.Triple(e, OX_KG.curated, boolean(True))
    if data.get("generic"):  # a few entities are: the others are not
        yield ox.Triple(e, OX_KG.generic, boolean(True))
    if (direction := data.get("direction")) is not None:
        yield ox.Triple(e, OX_KG.higherIsBetter, boolean(direction == "higher"))
    yield from _community_triples(e, community, communities)


def _community_triples(
    member: ox.NamedNode, community: object, communities: _Communities
) -> Iterator[ox.Triple]:
    """``member`` is in ``community``, which is described too unless it was already (then
    its triples would only repeat: a community has thousands of members); nothing for a
    community ``communities`` leaves out."""
    if community is None or community in communities.left_out:
        return
    c = ox.NamedNode(resource_iri("community", community))
    yield ox.Triple(member, OX_KG.inCommunity, c)
    if community in communities.described:
        return
    communities.described.add(community)
    yield ox.Triple(c, OX_RDF.type, OX_KG.Community)
    yield ox.Triple(
        c,
        OX_DCTERMS.identifier,
        integer(community) if isinstance(community, int) else text(str(community)),
    )
    yield ox.Triple(c, OX_RDFS.label, text(f"community {community}"))


def _similarity_triples(
    a: str, b: str, data: PaperLink, activity: ox.NamedNode, iris: NodeIris, *, full: bool
) -> list[ox.Triple]:
    link, out = _weighted_link_triples(
        "similarity", OX_KG.Similarity, OX_KG.similarTo, a, b, data["weight"], activity, iris, full
    )
    shared: list[OxTerm] = [iris[entity_node(s)] for s in data.get("shared") or []]
    if shared and full:
        out += _list_triples(link, OX_KG.sharedEntities, shared)
    return out


def _cooccurrence_triples(
    a: str, b: str, data: EntityLink, activity: ox.NamedNode, iris: NodeIris, *, full: bool
) -> list[ox.Triple]:
    link, out = _weighted_link_triples(
        "cooccurrence", OX_KG.CoOccurrence, OX_KG.coOccursWith, a, b, data["weight"], activity, iris, full
    )
    if full:
        out.append(ox.Triple(link, OX_KG.paperCount, integer(data["count"])))
    return out


def _weighted_link_triples(
    kind: LinkKind,
    cls: ox.NamedNode,
    prop: ox.NamedNode,
    node_a: str,
    node_b: str,
    weight: float,
    activity: ox.NamedNode,
    iris: NodeIris,
    full: bool,
) -> tuple[ox.NamedNode, list[ox.Triple]]:
    """The link resource between two graph nodes, and its triples: in the compact form its
    ends and weight alone (what it links says which kind of link it is)."""
    link = ox.NamedNode(link_iri(kind, node_id(node_a), node_id(node_b), iris.segments.__getitem__))
    a, b = iris[node_a], iris[node_b]
    if not full:
        return link, [
            ox.Triple(link, OX_KG.between, a),
            ox.Triple(link, OX_KG.between, b),
            ox.Triple(link, OX_KG.weight, double(weight)),
        ]
    return link, [
        ox.Triple(link, OX_RDF.type, OX_KG.WeightedLink),
        ox.Triple(link, OX_RDF.type, cls),
        ox.Triple(link, OX_KG.between, a),
        ox.Triple(link, OX_KG.between, b),
        ox.Triple(link, OX_KG.weight, double(weight)),
        ox.Triple(link, OX_PROV.wasGeneratedBy, activity),
        ox.Triple(a, prop, b),
        ox.Triple(b, prop, a),
    ]


def _list_triples(owner: ox.NamedNode, prop: ox.NamedNode, items: Sequence[OxTerm]) -> list[ox.Triple]:
    """``owner prop`` an ``rdf:List`` of ``items`` (not empty).

    The cells are IRIs under the owner's (:func:`~kg.rdf.iris.list_cell_iri`), not blank
    nodes: a store that loads the same file twice then holds each list once (blank nodes
    would be new ones each time, and every list doubled), and the same graph gives the same
    file.

    >>> from kg.rdf.namespaces import curie
    >>> for t in _list_triples(ox.NamedNode("http://x/p"), OX_KG.authorList, [ox.Literal("A"), ox.Literal("B")]):
    ...     print(t.subject, curie(t.predicate.value), t.object)
    <http://x/p> kg:authorList <http://x/p/authorList/0>
    <http://x/p/authorList/0> rdf:first "A"
    <http://x/p/authorList/0> rdf:rest <http://x/p/authorList/1>
    <http://x/p/authorList/1> rdf:first "B"
    <http://x/p/authorList/1> rdf:rest <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>
    """
    name = prop.value.rpartition("#")[2]
    cells = [ox.NamedNode(list_cell_iri(owner.value, name, i)) for i in range(len(items))]
    out = [ox.Triple(owner, prop, cells[0])]
    rests: list[ox.NamedNode] = [*cells[1:], OX_RDF.nil]
    for cell, item, rest in zip(cells, items, rests, strict=True):
        out += (ox.Triple(cell, OX_RDF.first, item), ox.Triple(cell, OX_RDF.rest, rest))
    return out
