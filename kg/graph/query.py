"""The questions asked of a built graph, as the CLI and :mod:`kg.api` ask them.

Each function takes a :class:`~kg.graph.build.KnowledgeGraph` and answers with plain
dataclasses; names of papers and entities are resolved as :func:`resolve` does.
"""

from __future__ import annotations

import difflib
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from ..errors import Errors, KGError
from ..records import LABELS
from ..schema import EntityAttrs, NodeKind, PaperAttrs, entity_node, node_kind
from .build import KnowledgeGraph


@dataclass(frozen=True)
class Node:
    """A node as shown to a user: its key, kind, id and label (a paper's title)."""

    key: str
    kind: str
    id: str
    label: str


@dataclass
class RelatedPaper:
    """A paper linked to the one asked about."""

    id: str
    title: str
    year: int | None
    weight: float
    shared: list[str]  # labels of the shared entities, strongest first


@dataclass
class Cooccurrence:
    """An entity found in the same papers as the one asked about."""

    id: str
    label: str
    type: str
    npmi: float
    count: int


@dataclass
class EntityInfo:
    """What :func:`entity_info` tells about an entity."""

    id: str
    label: str
    type: str
    type_counts: dict[str, int]
    aliases: dict[str, int]  # most used first
    n_papers: int
    n_papers_with_variants: int  # papers of the entity or of any variant of it, at any depth
    papers_by_year: dict[int, int]  # papers with a known year, oldest first
    cooccurring: dict[str, list[Cooccurrence]]  # by type; strongest NPMI, then count, first
    variant_of: str | None  # label
    variants: list[str]  # labels
    community: int | None
    pagerank: float


@dataclass
class EntityCount:
    """An entity and the number of papers it is in."""

    id: str
    label: str
    type: str
    count: int


@dataclass
class Trend:
    """An entity whose share of papers changed across the split year."""

    id: str
    label: str
    type: str
    before: float  # share of the papers before the split year that mention it
    after: float  # share of the papers from the split year on
    growth: float  # after - before


@dataclass
class Community:
    """A community of entities, named by its most central members."""

    id: int
    size: int
    top: list[str]  # labels of its entities with the highest PageRank
    label: str


def node_label(attrs: PaperAttrs | EntityAttrs) -> str:
    """What a node is called: an entity's label, a paper's title."""
    return attrs["label"] if attrs["kind"] == "entity" else attrs["title"]


def _node(kg: KnowledgeGraph, key: str) -> Node:
    attrs = kg.bipartite.nodes[key]
    return Node(key, attrs["kind"], attrs["id"], node_label(attrs))


def _names(kg: KnowledgeGraph, kind: NodeKind | None) -> dict[str, str]:
    """Case-folded name → node key. Entities are named by id, label and aliases, papers by id
    and title; where names clash, a label or id beats an alias, then the more used node wins."""
    ranked: list[tuple[tuple[int, int], str, str]] = []
    for key, a in kg.bipartite.nodes(data=True):
        if kind and a["kind"] != kind:
            continue
        if a["kind"] == "entity":
            ranked += [((0, -a["n_papers"]), a["id"], key), ((0, -a["n_papers"]), a["label"], key)]
            ranked += [((1, -n), alias, key) for alias, n in a["aliases"].items()]
        else:
            ranked += [((0, 0), a["id"], key), ((0, 0), a["title"], key)]
    names: dict[str, str] = {}
    for _, name, key in sorted(ranked, key=lambda r: r[0]):
        names.setdefault(name.casefold(), key)
    return names


def resolve(kg: KnowledgeGraph, name: str, kind: NodeKind | None = "entity") -> str:
    """The node key that ``name`` means: an entity by id, label or alias, a paper by id or
    title, case-insensitively; ``kind=None`` looks at both.

    Raises
    ------
    KGError
        E031 when nothing matches; the message suggests the closest names.

    Examples
    --------
    >>> from kg.graph import build_graph
    >>> from kg.records import Entity, ExtractedPaper, Mention, Paper
    >>> doc = ExtractedPaper(Paper("p1", "Attention Is All You Need", ""),
    ...                      [Mention("title", 0, 9, "Attention", "METHOD", "attention")])
    >>> attention = Entity("attention", "Attention", "METHOD", aliases={"self-attention": 2})
    >>> kg = build_graph([doc], {"attention": attention})
    >>> resolve(kg, "SELF-ATTENTION"), resolve(kg, "attention is all you need", "paper")
    ('entity:attention', 'paper:p1')
    """
    name = name.strip()
    if name in kg.bipartite and kind in (None, node_kind(name)):
        return name
    names = _names(kg, kind)
    key = names.get(name.casefold())
    if key is None:
        close = difflib.get_close_matches(name.casefold(), names, n=5, cutoff=0.6)
        shown = list(dict.fromkeys(node_label(kg.bipartite.nodes[names[c]]) for c in close))
        hint = f"; did you mean {', '.join(map(repr, shown))}?" if shown else ""
        raise KGError(Errors.E031.format(kind=kind or "entity or paper", name=name, suggestions=hint))
    return key


def related(kg: KnowledgeGraph, paper: str, n: int = 10) -> list[RelatedPaper]:
    """The ``n`` papers most similar to ``paper`` (resolved as in :func:`resolve`), strongest
    link first, each with the shared entities that explain the link."""
    key = resolve(kg, paper, "paper")
    label = {k: a["label"] for k, a in kg.entities.nodes(data=True)}
    out = []
    for other, e in sorted(kg.papers[key].items(), key=lambda kv: (-kv[1]["weight"], kv[0]))[:n]:
        a = kg.papers.nodes[other]
        shared = [label[entity_node(s)] for s in e["shared"]]
        out.append(RelatedPaper(a["id"], a["title"], a["year"], e["weight"], shared))
    return out


def _cooccurring(kg: KnowledgeGraph, key: str, n: int) -> dict[str, list[Cooccurrence]]:
    """At most ``n`` entities of each type linked to ``key`` in the entity graph, strongest
    NPMI, then count, first."""
    by_type: dict[str, list[Cooccurrence]] = defaultdict(list)
    for other, e in sorted(
        kg.entities[key].items(), key=lambda kv: (-kv[1]["weight"], -kv[1]["count"], kv[0])
    ):
        o = kg.entities.nodes[other]
        if len(by_type[o["type"]]) < n:
            by_type[o["type"]].append(Cooccurrence(o["id"], o["label"], o["type"], e["weight"], e["count"]))
    return dict(by_type)


def _family(variants_of: dict[str, list[str]], key: str) -> set[str]:
    """``key`` and its variants, at any depth."""
    family, todo = {key}, list(variants_of[key])
    while todo:
        if (v := todo.pop()) not in family:
            family.add(v)
            todo += variants_of[v]
    return family


def entity_info(kg: KnowledgeGraph, name: str, n: int = 10) -> EntityInfo:
    """Everything known about the entity ``name`` (resolved as in :func:`resolve`), with at
    most ``n`` co-occurring entities of each type."""
    key = resolve(kg, name, "entity")
    a: EntityAttrs = kg.bipartite.nodes[key]
    years = Counter(kg.bipartite.nodes[p]["year"] for p in kg.bipartite[key])
    parent = kg.entities.nodes.get(entity_node(a["variant_of"])) if a["variant_of"] else None
    variants_of: dict[str, list[str]] = defaultdict(list)
    for other, o in kg.entities.nodes(data=True):
        if o["variant_of"]:
            variants_of[entity_node(o["variant_of"])].append(other)
    variants = sorted(kg.entities.nodes[v]["label"] for v in variants_of[key])
    papers_with_variants: set[str] = set().union(*(kg.bipartite[v] for v in _family(variants_of, key)))
    return EntityInfo(
        id=a["id"],
        label=a["label"],
        type=a["type"],
        type_counts=dict(a["type_counts"]),
        aliases=dict(sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0]))),
        n_papers=a["n_papers"],
        n_papers_with_variants=len(papers_with_variants),
        papers_by_year={y: years[y] for y in sorted(y for y in years if y is not None)},
        cooccurring=_cooccurring(kg, key, n),
        variant_of=parent["label"] if parent else None,
        variants=variants,
        community=a["community"],
        pagerank=a["pagerank"],
    )


def shortest_path(kg: KnowledgeGraph, a: str, b: str) -> list[Node]:
    """The shortest chain of papers and entities from ``a`` to ``b``, each an entity or a paper.

    Raises
    ------
    KGError
        E031 for a name that matches nothing, E032 when no chain joins the two.
    """
    source, target = resolve(kg, a, None), resolve(kg, b, None)
    try:
        return [_node(kg, key) for key in nx.shortest_path(kg.bipartite, source, target)]
    except nx.NetworkXNoPath:
        raise KGError(Errors.E032.format(a=a, b=b)) from None


def _label_type(type: str | None) -> str | None:
    if type is None or type.upper() in LABELS:
        return type and type.upper()
    raise KGError(Errors.E021.format(label=type, labels=", ".join(LABELS)))


def top_entities(
    kg: KnowledgeGraph, type: str | None = None, year: int | None = None, n: int = 20
) -> list[EntityCount]:
    """The ``n`` entities in most papers (of ``year``, if given), of one ``type`` if given.

    Raises
    ------
    KGError
        E021 for a type that is not one of ``kg.records.LABELS`` (in any case).
    """
    type = _label_type(type)
    counts = []
    for key, a in kg.entities.nodes(data=True):
        if type and a["type"] != type:
            continue
        count = (
            a["n_papers"]
            if year is None
            else sum(kg.bipartite.nodes[p]["year"] == year for p in kg.bipartite[key])
        )
        if count:
            counts.append(EntityCount(a["id"], a["label"], a["type"], count))
    return sorted(counts, key=lambda c: (-c.count, c.label))[:n]


def trending(kg: KnowledgeGraph, n: int = 20, split_year: int | None = None) -> list[Trend]:
    """The entities whose share of papers grew most from before ``split_year`` to after it
    (default: the median paper year, so both periods hold about half the papers).

    Raises
    ------
    KGError
        E033 when no paper has a year, or one of the two periods has no papers.
    """
    year: dict[str, int] = {k: a["year"] for k, a in kg.papers.nodes(data=True) if a["year"] is not None}
    if not year:
        raise KGError(Errors.E033.format(year=split_year, detail="no paper has a year"))
    split = statistics.median_high(year.values()) if split_year is None else split_year
    n_before = sum(y < split for y in year.values())
    n_after = len(year) - n_before
    if not n_before or not n_after:
        detail = f"papers span {min(year.values())}–{max(year.values())}"
        raise KGError(Errors.E033.format(year=split, detail=detail))
    trends = []
    for key, a in kg.entities.nodes(data=True):
        ys = [year[p] for p in kg.bipartite[key] if p in year]
        before = sum(y < split for y in ys) / n_before
        after = (len(ys) - sum(y < split for y in ys)) / n_after
        if after > before:
            trends.append(Trend(a["id"], a["label"], a["type"], before, after, after - before))
    return sorted(trends, key=lambda t: (-t.growth, t.label))[:n]


def communities(kg: KnowledgeGraph, n_top: int = 5) -> list[Community]:
    """The entity communities, largest first, each named by its ``n_top`` most central
    entities (PageRank)."""
    members: dict[int, list[EntityAttrs]] = defaultdict(list)
    for _, a in kg.entities.nodes(data=True):
        members[a["community"]].append(a)
    out = []
    for number in sorted(members):
        top = [
            a["label"] for a in sorted(members[number], key=lambda a: (-a["pagerank"], a["label"]))[:n_top]
        ]
        out.append(Community(number, len(members[number]), top, " / ".join(top)))
    return out
