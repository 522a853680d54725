"""What papers say about entities, as triples: each paper–entity edge with its role,
salience and evidence (compact or one Web Annotation per mention), and each reported result
as a ``kg:Evaluation``. :mod:`kg.rdf.export` streams them with the rest of the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyoxigraph as ox

from ..errors import Errors, KGError
from ..records import FIELDS, LABELS, ROLES, Mention
from ..schema import MentionEdge, entity_node, node_id
from .iris import NodeIris, resource_iri
from .literals import boolean, decimal, double, integer, text
from .terms import CLASSES, FIELD_PROPERTIES, OX_KG, OX_OA, OX_PROV, OX_RDF, ROLE_PROPERTIES, USES

_CLASS_TERMS = {label: ox.NamedNode(cls) for label, cls in CLASSES.items()}
_USE_TERMS = {label: ox.NamedNode(prop) for label, prop in USES.items()}
_FIELD_TERMS = {field: ox.NamedNode(prop) for field, prop in FIELD_PROPERTIES.items()}
_ROLE_TERMS = {role: ox.NamedNode(prop) for role, prop in ROLE_PROPERTIES.items()}
# An evaluation's entity slot → its property, the property of its name, and the entity
# types it takes (a linked entity of another type is left out: the name still says it).
_SLOTS = (
    ("metric", OX_KG.metric, OX_KG.metricName, ("METRIC",)),
    ("dataset", OX_KG.dataset, OX_KG.datasetName, ("DATASET",)),
    ("task", OX_KG.task, OX_KG.taskName, ("TASK",)),
    ("method", OX_KG.method, OX_KG.methodName, ("METHOD", "MODEL")),
)


def edge_triples(
    paper: str, entity: str, entity_type: str, edge: MentionEdge, iris: NodeIris, *, full: bool = True
) -> list[ox.Triple]:
    """The paper mentions the entity: ``kg:mentions``, its role's sub-property when the role is
    more than a mention, ``kg:isAbout`` when the entity is salient and, when ``full``, its
    type's sub-property (``kg:usesDataset``...), which the entity's class gives."""
    # The functions making most of the triples return lists, which triples() chains in C.
    p, e = iris[paper], iris[entity]
    out = [ox.Triple(p, OX_KG.mentions, e)]
    if full:
        out.append(ox.Triple(p, _USE_TERMS[entity_type], e))
    role = _role(edge)
    if role != "mentions":
        out.append(ox.Triple(p, _ROLE_TERMS[role], e))
    if edge.get("salient"):
        out.append(ox.Triple(p, OX_KG.isAbout, e))
    return out


def evidence_triples(
    paper: str, entity: str, edge: MentionEdge, iris: NodeIris, *, full: bool = True
) -> list[ox.Triple]:
    """One ``kg:Evidence`` for the paper–entity edge: its paper, its entity and a span per
    mention; when ``full``, its class and the role too, which the paper's own triples give
    (the subjects of ``kg:entity`` are the evidence)."""
    encode = iris.segments.__getitem__
    ev = ox.NamedNode(resource_iri("evidence", node_id(paper), node_id(entity), encode=encode))
    out = [ox.Triple(ev, OX_KG.paper, iris[paper]), ox.Triple(ev, OX_KG.entity, iris[entity])]
    if full:
        out += (
            ox.Triple(ev, OX_RDF.type, OX_KG.Evidence),
            ox.Triple(ev, OX_KG.role, _ROLE_TERMS[_role(edge)]),
        )
    for m in edge["mentions"]:
        _check_field(m.field)
        out.append(ox.Triple(ev, OX_KG.span, text(f"{m.field}:{m.start}-{m.end}")))
    return out


def mention_triples(
    paper: str, entity: str, mentions: Iterable[Mention], activity: ox.NamedNode, iris: NodeIris
) -> list[ox.Triple]:
    """A W3C Web Annotation for each mention."""
    paper_id, encode = node_id(paper), iris.segments.__getitem__
    p, e = iris[paper], iris[entity]
    out: list[ox.Triple] = []
    for m in mentions:
        _check_field(m.field)
        iri = resource_iri("mention", paper_id, m.field, f"{m.start}-{m.end}", encode=encode)
        # The target and its selectors are parts of the annotation, so their IRIs add a
        # segment to its own (as resource_iri would, without encoding its ids again).
        a, target, position, quote_ = (
            ox.NamedNode(iri),
            ox.NamedNode(f"{iri}/target"),
            ox.NamedNode(f"{iri}/position"),
            ox.NamedNode(f"{iri}/quote"),
        )
        out += (
            ox.Triple(a, OX_RDF.type, OX_OA.Annotation),
            ox.Triple(a, OX_OA.motivatedBy, OX_OA.identifying),
            ox.Triple(a, OX_OA.hasBody, e),
            ox.Triple(a, OX_OA.hasTarget, target),
            ox.Triple(a, OX_KG.mentionType, class_term(m.label)),
        )
        if m.score is not None:
            out.append(ox.Triple(a, OX_KG.confidence, double(m.score)))
        if m.role is not None:
            out.append(ox.Triple(a, OX_KG.role, _ROLE_TERMS[_checked_role(m.role)]))
        out += (
            ox.Triple(a, OX_PROV.wasGeneratedBy, activity),
            ox.Triple(target, OX_RDF.type, OX_OA.SpecificResource),
            ox.Triple(target, OX_OA.hasSource, p),
            ox.Triple(target, OX_KG.inField, _FIELD_TERMS[m.field]),
            ox.Triple(target, OX_OA.hasSelector, position),
            ox.Triple(target, OX_OA.hasSelector, quote_),
            ox.Triple(position, OX_RDF.type, OX_OA.TextPositionSelector),
            ox.Triple(position, OX_OA.start, integer(m.start)),
            ox.Triple(position, OX_OA.end, integer(m.end)),
            ox.Triple(quote_, OX_RDF.type, OX_OA.TextQuoteSelector),
            ox.Triple(quote_, OX_OA.exact, text(m.text)),
        )
    return out


def evaluation_triples(
    paper: str,
    results: Sequence[Mapping[str, Any]],
    types: Mapping[str, str],
    activity: ox.NamedNode,
    iris: NodeIris,
) -> list[ox.Triple]:
    """A ``kg:Evaluation`` for each result the paper reports (``kg.records.Result.to_dict()``),
    numbered in the paper's order."""
    out: list[ox.Triple] = []
    for index, r in enumerate(results):
        _check_field(r["field"])
        ev = ox.NamedNode(resource_iri("evaluation", node_id(paper), index, encode=iris.segments.__getitem__))
        out += (
            ox.Triple(ev, OX_RDF.type, OX_KG.Evaluation),
            ox.Triple(ev, OX_KG.paper, iris[paper]),
            ox.Triple(ev, OX_KG.valueText, text(r["value"])),
        )
        if (number := decimal(r["value"])) is not None:
            out.append(ox.Triple(ev, OX_KG.value, number))
        if r["unit"]:
            out.append(ox.Triple(ev, OX_KG.unit, text(r["unit"])))
        out += (
            ox.Triple(ev, OX_KG.resultKind, text(r["kind"])),
            ox.Triple(ev, OX_KG.approximate, boolean(r["approx"])),
            ox.Triple(ev, OX_KG.ownMethod, boolean(r["own"])),
        )
        for slot, prop, name_prop, slot_types in _SLOTS:
            if name := r.get(slot):
                out.append(ox.Triple(ev, name_prop, text(name)))
            linked = r.get(f"{slot}_entity")
            if linked and types.get(entity_node(linked)) in slot_types:
                out.append(ox.Triple(ev, prop, iris[entity_node(linked)]))
        out += (
            ox.Triple(ev, OX_KG.span, text(f"{r['field']}:{r['start']}-{r['end']}")),
            ox.Triple(ev, OX_KG.quote, text(r["text"])),
            ox.Triple(ev, OX_PROV.wasGeneratedBy, activity),
        )
    return out


def _role(edge: MentionEdge) -> str:
    """The paper's role for the edge's entity; ``mentions`` in graphs built before roles."""
    role = edge.get("role")
    return "mentions" if role is None else _checked_role(role)


def _checked_role(role: str) -> str:
    if role not in _ROLE_TERMS:
        raise KGError(Errors.E049.format(what="role", value=role, expected=f"one of {', '.join(ROLES)}"))
    return role


def _check_field(field: str) -> None:
    if field not in _FIELD_TERMS:
        raise KGError(
            Errors.E049.format(what="mention field", value=field, expected=f"one of {', '.join(FIELDS)}")
        )


def class_term(label: str) -> ox.NamedNode:
    if label not in _CLASS_TERMS:
        raise KGError(Errors.E021.format(label=label, labels=", ".join(LABELS)))
    return _CLASS_TERMS[label]
