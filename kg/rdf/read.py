"""The knowledge graph back from its triples: :func:`from_rdf` inverts
:func:`kg.rdf.export.to_rdf`, with either form of evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from ..errors import Errors, KGError
from ..graph import KnowledgeGraph
from ..records import FIELDS, LABELS, Mention, Result
from ..schema import PaperAttrs, entity_node, paper_node
from .iris import id_from_iri
from .namespaces import DCTERMS, FABIO, KG, OA, RDF, SDO, SKOS, SKOSXL, curie
from .terms import FIELD_OF, FIELD_PROPERTIES, LABEL_OF, ROLE_OF


def from_rdf(g: Graph) -> KnowledgeGraph:
    """Rebuild the :class:`~kg.graph.KnowledgeGraph` that :func:`~kg.rdf.export.to_rdf`
    described.

    Every paper and entity becomes a node of ``bipartite`` and, with the same attributes, of
    ``papers`` or ``entities``. ``g`` is expected to conform to ``ontology/shapes.ttl``.
    Compact evidence (``kg:Evidence``) keeps no mention's own label, score or role: each
    mention read from it has its entity's type for label, and neither score nor role. From
    the compact form (``provenance="pairs"``), what it leaves out is counted again from the
    mentions (aliases, paper counts, years, co-occurrences' paper counts) or left unknown
    (specificity 0.0, and no community nor PageRank for an entity alone in its community).

    Examples
    --------
    >>> from kg.rdf.export import to_rdf
    >>> kg = KnowledgeGraph()
    >>> kg.bipartite.add_node("entity:mnist", kind="entity", id="mnist", label="MNIST",
    ...                       type="DATASET", aliases={"MNIST": 2})
    >>> from_rdf(to_rdf(kg, provenance="full")).entities.nodes["entity:mnist"]["aliases"]
    {'MNIST': 2}

    The compact form counts the aliases from the mentions, and this graph has none:

    >>> from_rdf(to_rdf(kg)).entities.nodes["entity:mnist"]["aliases"]
    {}
    """
    kg = KnowledgeGraph()
    # key=str sorts IRIs as rdflib orders them, an order its stubs do not declare for Node
    for p in sorted(g.subjects(RDF.type, KG.Paper), key=str):
        paper = _paper_data(g, p)
        kg.bipartite.add_node(paper_node(paper["id"]), **paper)
        kg.papers.add_node(paper_node(paper["id"]), **paper)
    entities = {
        entity_node(id_from_iri(e, "entity")): e
        for e in sorted({e for cls in LABEL_OF for e in g.subjects(RDF.type, cls)}, key=str)
    }
    for key, e in entities.items():
        entity = _entity_data(g, e)
        kg.bipartite.add_node(key, **entity)
        kg.entities.add_node(key, **entity)
    mentions = _mentions_by_pair(g)
    _add_evidence(g, kg, mentions)
    for p, e in sorted(g.subject_objects(KG.mentions), key=lambda pair: (str(pair[0]), str(pair[1]))):
        pair = (id_from_iri(p, "paper"), id_from_iri(e, "entity"))
        found = sorted(mentions[pair], key=lambda m: (FIELDS.index(m.field), m.start, m.end))
        roles = [ROLE_OF[prop] for prop in g.predicates(p, e) if prop in ROLE_OF and prop != KG.mentions]
        kg.bipartite.add_edge(
            paper_node(pair[0]), entity_node(pair[1]), count=len(found), mentions=found,
            role=roles[0] if roles else "mentions", salient=(p, KG.isAbout, e) in g,
        )  # fmt: skip
    _add_links(g, kg)
    _count_entities(kg, [k for k, e in entities.items() if (e, KG.mentionCount, None) not in g])
    return kg


def _add_links(g: Graph, kg: KnowledgeGraph) -> None:
    """The weighted links, told apart by what they link: the compact form leaves out their
    classes, shared-entity lists and co-occurrences' paper counts (counted from the edges)."""
    for link in sorted(set(g.subjects(KG.weight)), key=str):
        ends = list(g.objects(link, KG.between))
        weight = float(_literal(g, link, KG.weight))
        if (ends[0], RDF.type, KG.Paper) in g:
            a, b = sorted(id_from_iri(end, "paper") for end in ends)
            head = g.value(link, KG.sharedEntities)
            shared = [id_from_iri(e, "entity") for e in Collection(g, head)] if head else []
            kg.papers.add_edge(paper_node(a), paper_node(b), weight=weight, shared=shared)
        else:
            a, b = sorted(entity_node(id_from_iri(end, "entity")) for end in ends)
            stated = g.value(link, KG.paperCount)
            count = (
                int(str(stated)) if stated is not None else len(set(kg.bipartite[a]) & set(kg.bipartite[b]))
            )
            kg.entities.add_edge(a, b, weight=weight, count=count)


def _count_entities(kg: KnowledgeGraph, keys: Iterable[str]) -> None:
    """The aliases with their counts, papers and years of the entities ``keys``, which the
    export left out (the compact form), counted from their mentions."""
    for key in keys:
        papers = [kg.bipartite.nodes[p] for p in kg.bipartite[key]]
        texts = Counter(m.text for p in kg.bipartite[key] for m in kg.bipartite[p][key]["mentions"])
        years = [p["year"] for p in papers if p.get("year") is not None]
        counted = {
            "aliases": dict(sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))),
            "n_papers": len(papers),
            "first_year": min(years, default=None),
            "last_year": max(years, default=None),
        }
        kg.entities.nodes[key].update(counted)
        kg.bipartite.nodes[key].update(counted)


def _paper_data(g: Graph, p: Node) -> PaperAttrs:
    author_list = g.value(p, KG.authorList)
    authors = (
        list(Collection(g, author_list)) if author_list else sorted(g.objects(p, DCTERMS.creator), key=str)
    )
    identifiers = {
        str(g.value(n, SDO.propertyID)): str(g.value(n, SDO.value)) for n in g.objects(p, SDO.identifier)
    }
    return {
        "kind": "paper", "id": id_from_iri(p, "paper"),
        "title": _text(g.value(p, DCTERMS.title)), "abstract": _text(g.value(p, DCTERMS.abstract)),
        "authors": [str(a) for a in authors],
        "year": _int(g.value(p, FABIO.hasPublicationYear)),
        "date": _optional_text(g.value(p, DCTERMS.date)), "url": _optional_text(g.value(p, SDO.url)),
        "source": _text(g.value(p, DCTERMS.source)),
        "identifiers": dict(sorted(identifiers.items())),
        "results": _results(g, p),
        "community": _community(g, p),
    }  # fmt: skip


def _entity_data(g: Graph, e: Node) -> dict[str, object]:
    """The attributes of ``e``: those of :class:`kg.schema.EntityAttrs` but ``type_counts``
    and ``degree``, which are not exported."""
    types = [LABEL_OF[t] for t in g.objects(e, RDF.type) if t in LABEL_OF]
    if len(types) != 1:
        raise KGError(
            Errors.E049.format(
                what="entity", value=str(e), expected=f"exactly one of the types {', '.join(LABELS)}"
            )
        )
    labels = [*g.objects(e, SKOSXL.prefLabel), *g.objects(e, SKOSXL.altLabel)]
    aliases = {str(g.value(xl, SKOSXL.literalForm)): int(_literal(g, xl, KG.mentionCount)) for xl in labels}
    variant_of = g.value(e, KG.variantOf)
    return {
        "kind": "entity", "id": id_from_iri(e, "entity"),
        "label": _text(g.value(e, SKOS.prefLabel)), "type": types[0],
        "aliases": dict(sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))),
        "n_papers": _int(g.value(e, KG.paperCount)),
        "first_year": _int(g.value(e, KG.firstYear)), "last_year": _int(g.value(e, KG.lastYear)),
        "variant_of": id_from_iri(variant_of, "entity") if variant_of else None,
        "curated": bool(_python(g.value(e, KG.curated))),
        "generic": bool(_python(g.value(e, KG.generic))),
        "specificity": _float(g.value(e, KG.specificity)) or 0.0,
        "direction": _direction(g.value(e, KG.higherIsBetter)),
        "community": _community(g, e),
        "pagerank": _float(g.value(e, KG.pagerank)),
    }  # fmt: skip


def _mentions_by_pair(g: Graph) -> dict[tuple[str, str], list[Mention]]:
    """Mentions from the Web Annotations, keyed by (paper id, entity id)."""
    pairs: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for a in g.subjects(RDF.type, OA.Annotation):
        target = g.value(a, OA.hasTarget)
        selectors = set(g.objects(target, OA.hasSelector))
        position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
        quote_ = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
        entity_id = id_from_iri(g.value(a, OA.hasBody), "entity")
        mention = Mention(
            field=FIELD_OF[_node(g, target, KG.inField)],
            start=int(_literal(g, position, OA.start)),
            end=int(_literal(g, position, OA.end)),
            text=str(g.value(quote_, OA.exact)),
            label=LABEL_OF[_node(g, a, KG.mentionType)],
            entity=entity_id,
            score=_float(g.value(a, KG.confidence)),
            role=ROLE_OF[role] if (role := g.value(a, KG.role)) is not None else None,
        )
        pairs[id_from_iri(g.value(target, OA.hasSource), "paper"), entity_id].append(mention)
    return pairs


def _add_evidence(g: Graph, kg: KnowledgeGraph, pairs: dict[tuple[str, str], list[Mention]]) -> None:
    """Mentions from the compact ``kg:Evidence`` spans, added to ``pairs``; the text at each
    span is read from the paper's field."""
    for ev in set(g.subjects(KG.entity)):  # the compact form leaves out their class
        paper_id = id_from_iri(g.value(ev, KG.paper), "paper")
        entity_id = id_from_iri(g.value(ev, KG.entity), "entity")
        paper, label = (
            kg.bipartite.nodes[paper_node(paper_id)],
            kg.bipartite.nodes[entity_node(entity_id)]["type"],
        )
        for span in g.objects(ev, KG.span):
            field, start, end = _span(span)
            text = paper[field][start:end]
            pairs[paper_id, entity_id].append(Mention(field, start, end, text, label, entity_id, None))


def _span(value: Node) -> tuple[str, int, int]:
    """A ``kg:span`` literal as (field, start, end).

    >>> _span(Literal("abstract:53-61"))
    ('abstract', 53, 61)
    """
    field, _, offsets = str(value).partition(":")
    start, _, end = offsets.partition("-")
    if field not in FIELD_PROPERTIES or not start.isdigit() or not end.isdigit():
        raise KGError(Errors.E049.format(what="span", value=str(value), expected="field:start-end"))
    return field, int(start), int(end)


def _results(g: Graph, p: Node) -> list[dict[str, Any]]:
    """The paper's evaluations as ``Result.to_dict()``, in the order of their numbers."""
    evaluations = [ev for ev in g.subjects(KG.paper, p) if (ev, RDF.type, KG.Evaluation) in g]
    out = []
    # an evaluation's IRI ends in its number (kg.rdf.iris.resource_iri)
    for ev in sorted(evaluations, key=lambda ev: int(str(ev).rpartition("/")[2])):
        field, start, end = _span(_literal(g, ev, KG.span))
        linked = {slot: g.value(ev, KG[slot]) for slot in ("metric", "dataset", "task", "method")}
        result = Result(
            value=str(g.value(ev, KG.valueText)), unit=_text(g.value(ev, KG.unit)),
            kind=str(g.value(ev, KG.resultKind)),
            metric=_optional_text(g.value(ev, KG.metricName)), dataset=_optional_text(g.value(ev, KG.datasetName)),
            task=_optional_text(g.value(ev, KG.taskName)), method=_optional_text(g.value(ev, KG.methodName)),
            own=bool(_python(g.value(ev, KG.ownMethod))), approx=bool(_python(g.value(ev, KG.approximate))),
            field=field, start=start, end=end, text=str(g.value(ev, KG.quote)),
            **{f"{slot}_entity": id_from_iri(e, "entity") if e else None for slot, e in linked.items()},
        )  # fmt: skip
        out.append(result.to_dict())
    return out


def _direction(higher: Node | None) -> str | None:
    if higher is None:
        return None
    return "higher" if _python(higher) else "lower"


def _python(value: Node | None) -> object:
    return value.toPython() if isinstance(value, Literal) else None


def _community(g: Graph, member: Node) -> int | None:
    community = g.value(member, KG.inCommunity)
    if community is None:
        return None
    # the export numbers communities with xsd:integer literals, which rdflib reads as int
    number: int = _literal(g, community, DCTERMS.identifier).toPython()
    return number


def _node(g: Graph, subject: Node | None, prop: URIRef) -> Node:
    """The value of ``prop`` on ``subject``, which the shapes require."""
    value = g.value(subject, prop)
    if value is None:
        raise KGError(Errors.E049.format(what="resource", value=str(subject), expected=f"a {curie(prop)}"))
    return value


def _literal(g: Graph, subject: Node | None, prop: URIRef) -> Literal:
    """The literal value of ``prop`` on ``subject``, which the shapes require."""
    value = _node(g, subject, prop)
    if not isinstance(value, Literal):
        raise KGError(Errors.E049.format(what=curie(prop), value=str(value), expected="a literal"))
    return value


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


def _optional_text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _int(value: Node | None) -> int | None:
    return None if value is None else int(str(value))


def _float(value: Node | None) -> float | None:
    return None if value is None else float(str(value))
