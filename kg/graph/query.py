"""The questions asked of a built graph, as the CLI and :mod:`kg.api` ask them.

Each function takes a :class:`~kg.graph.build.KnowledgeGraph` and answers with plain
dataclasses; names of papers and entities are resolved as :func:`resolve` does.
"""

from __future__ import annotations

import difflib
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

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
class Evidence:
    """The sentence of a paper's title or abstract that holds a mention, which is
    ``text[start:end]``; a sentence too long to show is cut around it, ``…`` marking the cuts."""

    field: str
    text: str
    start: int
    end: int


@dataclass
class EntityPaper:
    """A paper that mentions the entity asked about, and where it first does."""

    id: str
    title: str
    year: int | None
    mentions: int
    evidence: Evidence | None  # None only where the mention's offsets do not fit the text


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
    papers: list[EntityPaper] = field(default_factory=list)  # see entity_papers


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


def cooccurring(kg: KnowledgeGraph, key: str, n: int) -> dict[str, list[Cooccurrence]]:
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
        papers=entity_papers(kg, key, n),
    )


# the end of a sentence: its stop, closing quotes or brackets, space, and what can start one
# (a capital, a digit, an opening quote or bracket), so "e.g. the" goes on
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9\"'“‘(\[])")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> tuple[int, int, str, str]:
    """The sentence of ``text`` that holds ``text[start:end]``, as its bounds and the marks of
    a cut: a sentence over ``limit`` characters is cut to about ``limit`` around the span.

    >>> text = "We use e.g. BERT here. Then ResNet-50 on ImageNet! Done."
    >>> a, b, _, _ = sentence_around(text, 7, 11)
    >>> text[a:b]
    'We use e.g. BERT here.'
    >>> a, b, _, _ = sentence_around(text, 28, 37)
    >>> text[a:b]
    'Then ResNet-50 on ImageNet!'
    >>> a, b, before, after = sentence_around("a " * 300 + "BERT" + " b" * 300, 600, 604, 40)
    >>> before, b - a <= 40, after
    ('…', True, '…')
    """
    begin = 0
    # up to start + 1: the look-ahead must see the sentence's first character
    for found in _SENTENCE_END.finditer(text, 0, min(start + 1, len(text))):
        begin = found.end()
    following = _SENTENCE_END.search(text, end)
    stop = following.start() + len(following.group().rstrip()) if following else len(text)
    stop = max(end, len(text[:stop].rstrip()))
    if stop - begin <= limit:
        return begin, stop, "", ""
    room = max(limit - (end - start), 0) // 2
    a, b = max(begin, start - room), min(stop, end + room)
    # whole words: cut at the space nearest each end, within the room given
    a = text.find(" ", a, start) + 1 if a > begin and " " in text[a:start] else a
    b = text.rfind(" ", end, b) if b < stop and " " in text[end:b] else b
    return a, b, "…" if a > begin else "", "…" if b < stop else ""


def evidence(kg: KnowledgeGraph, paper: str, entity: str) -> Evidence | None:
    """The sentence that holds the first mention (title first, then by offset) of node
    ``entity`` in node ``paper``; None if the mention does not fit the paper's text."""
    mention = min(kg.bipartite[paper][entity]["mentions"], key=lambda m: (m.field != "title", m.start))
    p: PaperAttrs = kg.bipartite.nodes[paper]
    text = p["title"] if mention.field == "title" else p.get("abstract") or ""
    if text[mention.start : mention.end] != mention.text:
        return None
    a, b, before, after = sentence_around(text, mention.start, mention.end)
    return Evidence(
        mention.field,
        before + text[a:b] + after,
        mention.start - a + len(before),
        mention.end - a + len(before),
    )


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
        out.append(EntityPaper(a["id"], a["title"], a["year"], edges[p]["count"], evidence(kg, p, key)))
    return out


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


def trend_split(kg: KnowledgeGraph, split_year: int | None = None) -> TrendSplit:
    """The periods :func:`trending` compares: before ``split_year`` and from it on (default:
    the median paper year), with the dated papers in each and the undated ones left out.

    Raises
    ------
    KGError
        E033 when no paper has a year, or one of the two periods has no papers.
    """
    years = [a["year"] for _, a in kg.papers.nodes(data=True)]
    dated = [y for y in years if y is not None]
    if not dated:
        raise KGError(Errors.E033.format(year=split_year, detail="no paper has a year"))
    split = statistics.median_high(dated) if split_year is None else split_year
    before = sum(y < split for y in dated)
    if not before or before == len(dated):
        raise KGError(Errors.E033.format(year=split, detail=f"papers span {min(dated)}–{max(dated)}"))
    return TrendSplit(split, before, len(dated) - before, len(years) - len(dated))


def trending(kg: KnowledgeGraph, n: int = 20, split_year: int | None = None) -> list[Trend]:
    """The entities whose share of papers grew most from before ``split_year`` to after it
    (default: the median paper year, so both periods hold about half the dated papers; see
    :func:`trend_split`). Undated papers count in neither period.

    Raises
    ------
    KGError
        E033 when no paper has a year, or one of the two periods has no papers.
    """
    split = trend_split(kg, split_year)
    year: dict[str, int] = {k: a["year"] for k, a in kg.papers.nodes(data=True) if a["year"] is not None}
    trends = []
    for key, a in kg.entities.nodes(data=True):
        ys = [year[p] for p in kg.bipartite[key] if p in year]
        n_before = sum(y < split.year for y in ys)
        before, after = n_before / split.before, (len(ys) - n_before) / split.after
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
