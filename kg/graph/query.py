"""The questions asked of a built graph, as the CLI and :mod:`kg.api` ask them.

Each function takes a :class:`~kg.graph.build.KnowledgeGraph` and answers with plain
dataclasses; names of papers and entities are resolved as :func:`resolve` does.
"""

from __future__ import annotations

import difflib
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import Errors, KGError
from ..records import LABELS
from ..results.leaderboard import Leaderboard
from ..schema import EntityAttrs, NodeKind, PaperAttrs, entity_node, node_kind
from .evidence import Evidence, mention_evidence, sentence_around  # noqa: F401  (its old home)

if TYPE_CHECKING:
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
    # each shared entity's role (kg.records.ROLES) in the paper asked about and in this one
    roles: list[tuple[str | None, str | None]] = field(default_factory=list)


@dataclass
class Cooccurrence:
    """An entity found in the same papers as the one asked about."""

    id: str
    label: str
    type: str
    npmi: float
    count: int
    generic: bool = False  # kg.link.specificity's judgement: listed after the specific ones


@dataclass
class EntityPaper:
    """A paper that mentions the entity asked about, and where it first does."""

    id: str
    title: str
    year: int | None
    mentions: int
    evidence: Evidence | None  # None only where the mention's offsets do not fit the text
    role: str | None = None  # the paper's role for the entity (kg.records.ROLES)
    salient: bool = False  # whether the paper is about the entity


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
    curated: bool = False  # a concept of kg's vocabulary (the gazetteer)
    generic: bool = False  # a field or family (kg.link.specificity)
    papers: list[EntityPaper] = field(default_factory=list)  # see entity_papers
    results: Leaderboard | None = None  # a dataset's or a metric's reported results, when asked for


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
class TrendSplit:
    """The two periods :func:`trending` compares: papers dated before ``year``, papers dated
    from it on, and the undated papers it leaves out."""

    year: int
    before: int
    after: int
    undated: int

    def describe(self) -> str:
        """
        >>> TrendSplit(2021, 1200, 980, 34).describe()
        'papers dated before 2021: 1,200; from 2021 on: 980; undated, left out: 34'
        """
        return (
            f"papers dated before {self.year}: {self.before:,}; from {self.year} on: {self.after:,}; "
            f"undated, left out: {self.undated:,}"
        )


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
    ranked = [
        (rank, name, key)
        for key, a in kg.bipartite.nodes(data=True)
        if not kind or a["kind"] == kind
        for rank, name in name_ranks(a)
    ]
    names: dict[str, str] = {}
    for _, name, key in sorted(ranked, key=lambda r: r[0]):
        names.setdefault(name.casefold(), key)
    return names


def name_ranks(a: PaperAttrs | EntityAttrs) -> list[tuple[tuple[int, int], str]]:
    """The names of a node, each with its rank where names clash (lowest wins; ties: the node
    met first): an entity's id and label, then its aliases by use; a paper's id and title.

    >>> name_ranks({"kind": "paper", "id": "p1", "title": "T"})
    [((0, 0), 'p1'), ((0, 0), 'T')]
    """
    if a["kind"] == "paper":
        return [((0, 0), a["id"]), ((0, 0), a["title"])]
    ranks = [((0, -a["n_papers"]), a["id"]), ((0, -a["n_papers"]), a["label"])]
    return ranks + [((1, -n), alias) for alias, n in a["aliases"].items()]


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
        g = kg.bipartite
        roles = [(g[key][k].get("role"), g[other][k].get("role")) for k in map(entity_node, e["shared"])]
        out.append(RelatedPaper(a["id"], a["title"], a["year"], e["weight"], shared, roles))
    return out


def cooccurring(kg: KnowledgeGraph, key: str, n: int) -> dict[str, list[Cooccurrence]]:
    """At most ``n`` entities of each type linked to ``key`` in the entity graph: specific
    ones before generic ones (a field or family says little of what ``key`` goes with:
    :mod:`kg.link.specificity`), then strongest NPMI, then count, first."""
    nodes = kg.entities.nodes
    found = [
        Cooccurrence(o["id"], o["label"], o["type"], e["weight"], e["count"], o.get("generic", False))
        for other, e in kg.entities[key].items()
        for o in [nodes[other]]
    ]
    found.sort(key=lambda c: (c.generic, -c.npmi, -c.count, entity_node(c.id)))
    return first_of_each_type(found, n)


def first_of_each_type(ranked: Iterable[Cooccurrence], n: int) -> dict[str, list[Cooccurrence]]:
    """The first ``n`` of ``ranked`` of each type, by type in the order the types come."""
    by_type: dict[str, list[Cooccurrence]] = defaultdict(list)
    for c in ranked:
        if len(by_type[c.type]) < n:
            by_type[c.type].append(c)
    return dict(by_type)


def variants_of(kg: KnowledgeGraph) -> defaultdict[str, list[str]]:
    """Entity key → the keys of the entities that are variants of it (one level down)."""
    variants: defaultdict[str, list[str]] = defaultdict(list)
    for other, o in kg.entities.nodes(data=True):
        if o["variant_of"]:
            variants[entity_node(o["variant_of"])].append(other)
    return variants


def family(variants_of: dict[str, list[str]], key: str) -> set[str]:
    """``key`` and its variants, at any depth."""
    family, todo = {key}, list(variants_of[key])
    while todo:
        if (v := todo.pop()) not in family:
            family.add(v)
            todo += variants_of[v]
    return family


def entity_info(kg: KnowledgeGraph, name: str, n: int = 10) -> EntityInfo:
    """Everything known about the entity ``name`` (resolved as in :func:`resolve`), with at
    most ``n`` co-occurring entities of each type and its ``n`` first papers (see
    :func:`entity_papers`)."""
    key = resolve(kg, name, "entity")
    a: EntityAttrs = kg.bipartite.nodes[key]
    years = Counter(kg.bipartite.nodes[p]["year"] for p in kg.bipartite[key])
    parent = kg.entities.nodes.get(entity_node(a["variant_of"])) if a["variant_of"] else None
    variants = variants_of(kg)
    papers_with_variants: set[str] = set().union(*(kg.bipartite[v] for v in family(variants, key)))
    return EntityInfo(
        id=a["id"],
        label=a["label"],
        type=a["type"],
        type_counts=dict(a["type_counts"]),
        aliases=dict(sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0]))),
        n_papers=a["n_papers"],
        n_papers_with_variants=len(papers_with_variants),
        papers_by_year={y: years[y] for y in sorted(y for y in years if y is not None)},
        cooccurring=cooccurring(kg, key, n),
        variant_of=parent["label"] if parent else None,
        variants=sorted(kg.entities.nodes[v]["label"] for v in variants[key]),
        community=a["community"],
        pagerank=a["pagerank"],
        curated=a.get("curated", False),
        generic=a.get("generic", False),
        papers=entity_papers(kg, key, n),
    )


def evidence(kg: KnowledgeGraph, paper: str, entity: str) -> Evidence | None:
    """The sentence that holds the first mention (title first, then by offset) of node
    ``entity`` in node ``paper``; None if the mention does not fit the paper's text."""
    return mention_evidence(kg.bipartite.nodes[paper], kg.bipartite[paper][entity]["mentions"])


def entity_papers(kg: KnowledgeGraph, name: str, n: int | None = None) -> list[EntityPaper]:
    """The papers that mention the entity ``name`` (resolved as in :func:`resolve`; a node key
    is taken as it is), at most ``n``: those naming it in their title first, then those that
    mention it most, then the newest, each with the sentence of its first mention."""
    key = resolve(kg, name, "entity")
    edges = kg.bipartite[key]

    def order(p: str) -> tuple[bool, int, int, str]:
        a = kg.bipartite.nodes[p]
        in_title = any(m.field == "title" for m in edges[p]["mentions"])
        return (not in_title, -edges[p]["count"], -(a["year"] or 0), a["title"])

    out = []
    for p in sorted(edges, key=order)[:n]:
        a = kg.bipartite.nodes[p]
        e = edges[p]
        found = evidence(kg, p, key)
        out.append(
            EntityPaper(
                a["id"], a["title"], a["year"], e["count"], found, e.get("role"), e.get("salient", False)
            )
        )
    return out


def shortest_path(kg: KnowledgeGraph, a: str, b: str, include_generic: bool = False) -> list[Node]:
    """The shortest chain of papers and entities from ``a`` to ``b``, each an entity or a paper;
    a generic entity ("inference", "deep learning") is a step only when ``include_generic``
    (or when it is ``a`` or ``b``): every paper names one, and a chain through it says nothing.

    Raises
    ------
    KGError
        E031 for a name that matches nothing, E032 when no chain joins the two.
    """
    import networkx as nx  # here: the query index answers the other questions without it

    ends, attrs = (resolve(kg, a, None), resolve(kg, b, None)), kg.bipartite.nodes
    graph = nx.subgraph_view(
        kg.bipartite, filter_node=lambda k: include_generic or k in ends or in_rankings(attrs[k])
    )
    try:
        return [_node(kg, key) for key in nx.shortest_path(graph, *ends)]
    except nx.NetworkXNoPath:
        raise KGError(Errors.E032.format(a=a, b=b)) from None


def label_type(type: str | None) -> str | None:
    """``type`` in upper case, as the entity types are written (E021 if it is none of them)."""
    if type is None or type.upper() in LABELS:
        return type and type.upper()
    raise KGError(Errors.E021.format(label=type, labels=", ".join(LABELS)))


def in_rankings(a: EntityAttrs, include_generic: bool = False) -> bool:
    """Whether the entity of node attributes ``a`` may be ranked (top lists, trending, maps):
    a generic one (a field or family: kg.link.specificity) only when ``include_generic``.

    >>> in_rankings({"generic": True}), in_rankings({"generic": True}, True), in_rankings({})
    (False, True, True)
    """
    return include_generic or not a.get("generic", False)


def top_entities(
    kg: KnowledgeGraph,
    type: str | None = None,
    year: int | None = None,
    n: int = 20,
    include_generic: bool = False,
) -> list[EntityCount]:
    """The ``n`` entities in most papers (of ``year``, if given), of one ``type`` if given;
    generic ones only when ``include_generic``. Among entities in as many papers, curated ones
    (concepts of the shipped gazetteer) come first, then by label: of the many entities a
    single paper names, a known concept is likelier a real one than a coined phrase.

    Raises
    ------
    KGError
        E021 for a type that is not one of ``kg.records.LABELS`` (in any case).
    """
    type = label_type(type)
    counts = []
    for key, a in kg.entities.nodes(data=True):
        if (type and a["type"] != type) or not in_rankings(a, include_generic):
            continue
        count = (
            a["n_papers"]
            if year is None
            else sum(kg.bipartite.nodes[p]["year"] == year for p in kg.bipartite[key])
        )
        if count:
            counts.append((not a.get("curated", False), EntityCount(a["id"], a["label"], a["type"], count)))
    counts.sort(key=lambda uc: (-uc[1].count, uc[0], uc[1].label))
    return [c for _, c in counts[:n]]


def trend_split(kg: KnowledgeGraph, split_year: int | None = None) -> TrendSplit:
    """The periods :func:`trending` compares: before ``split_year`` and from it on (default:
    the median paper year), with the dated papers in each and the undated ones left out.

    Raises
    ------
    KGError
        E033 when no paper has a year, or one of the two periods has no papers.
    """
    return split_of([a["year"] for _, a in kg.papers.nodes(data=True)], split_year)


def split_of(years: list[int | None], split_year: int | None = None) -> TrendSplit:
    """:func:`trend_split` of the papers of ``years``.

    >>> split_of([2019, 2020, 2021, None])
    TrendSplit(year=2020, before=1, after=2, undated=1)
    """
    dated = [y for y in years if y is not None]
    if not dated:
        raise KGError(Errors.E033.format(year=split_year, detail="no paper has a year"))
    split = statistics.median_high(dated) if split_year is None else split_year
    before = sum(y < split for y in dated)
    if not before or before == len(dated):
        raise KGError(Errors.E033.format(year=split, detail=f"papers span {min(dated)}–{max(dated)}"))
    return TrendSplit(split, before, len(dated) - before, len(years) - len(dated))


def trending(
    kg: KnowledgeGraph, n: int = 20, split_year: int | None = None, include_generic: bool = False
) -> list[Trend]:
    """The entities whose share of papers grew most from before ``split_year`` to after it
    (default: the median paper year, so both periods hold about half the dated papers; see
    :func:`trend_split`); generic ones only when ``include_generic``. Undated papers count in
    neither period.

    Raises
    ------
    KGError
        E033 when no paper has a year, or one of the two periods has no papers.
    """
    split = trend_split(kg, split_year)
    year: dict[str, int] = {k: a["year"] for k, a in kg.papers.nodes(data=True) if a["year"] is not None}
    counts = []
    for key, a in kg.entities.nodes(data=True):
        if not in_rankings(a, include_generic):
            continue
        ys = [year[p] for p in kg.bipartite[key] if p in year]
        n_before = sum(y < split.year for y in ys)
        counts.append((a["id"], a["label"], a["type"], n_before, len(ys) - n_before, a.get("curated", False)))
    return top_trends(counts, split, n)


def top_trends(
    counts: Iterable[tuple[str, str, str, int, int, bool]], split: TrendSplit, n: int
) -> list[Trend]:
    """The ``n`` entities whose share of papers grew most, of ``counts``: each entity's id,
    label and type, its papers dated before ``split.year`` and from it on, and whether it is
    curated (first among equal growths, as in :func:`top_entities`)."""
    trends = []
    for id, label, type, n_before, n_after, curated in counts:
        before, after = n_before / split.before, n_after / split.after
        if after > before:
            trends.append((not curated, Trend(id, label, type, before, after, after - before)))
    trends.sort(key=lambda ut: (-ut[1].growth, ut[0], ut[1].label))
    return [t for _, t in trends[:n]]


def communities(kg: KnowledgeGraph, n_top: int = 5) -> list[Community]:
    """The entity communities, largest first, each named by its ``n_top`` most central
    entities (PageRank)."""
    return named_communities(
        ((a["community"], a["label"], a["pagerank"]) for _, a in kg.entities.nodes(data=True)), n_top
    )


def named_communities(entities: Iterable[tuple[int, str, float]], n_top: int) -> list[Community]:
    """The communities of ``entities`` (each entity's community, label and PageRank), largest
    first, each named by its ``n_top`` entities of highest PageRank."""
    members: dict[int, list[tuple[str, float]]] = defaultdict(list)
    for community, label, rank in entities:
        members[community].append((label, rank))
    out = []
    for number in sorted(members):
        top = [label for label, _ in sorted(members[number], key=lambda m: (-m[1], m[0]))[:n_top]]
        out.append(Community(number, len(members[number]), top, " / ".join(top)))
    return out
