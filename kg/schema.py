"""The declared schema of the graphs: node keys, and the attributes of nodes and edges.

Every reader of a :class:`kg.graph.KnowledgeGraph` (RDF export, views, CLI, the Python API)
goes through these names instead of parsing keys or guessing attribute names.

Node keys are prefixed so papers and entities never collide: ``"paper:<paper id>"`` and
``"entity:<entity id>"``; the same keys are used in all three graphs.

``KnowledgeGraph.bipartite``
    paper nodes (:class:`PaperAttrs`), entity nodes (:class:`EntityAttrs`), and paper–entity
    edges (:class:`MentionEdge`).
``KnowledgeGraph.papers``
    paper nodes with the same attributes; edges :class:`PaperLink` (only each paper's top-k
    neighbours).
``KnowledgeGraph.entities``
    entity nodes with the same attributes; edges :class:`EntityLink`.

>>> key = paper_node("arxiv:1706.03762")
>>> key, node_kind(key), node_id(key)
('paper:arxiv:1706.03762', 'paper', 'arxiv:1706.03762')
>>> node_kind(entity_node("cifar-10")), node_id(entity_node("cifar-10"))
('entity', 'cifar-10')
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from .records import Mention

NodeKind = Literal["paper", "entity"]
NODE_KINDS: tuple[NodeKind, ...] = ("paper", "entity")


def paper_node(paper_id: str) -> str:
    """The node key of a paper."""
    return f"paper:{paper_id}"


def entity_node(entity_id: str) -> str:
    """The node key of an entity."""
    return f"entity:{entity_id}"


def node_kind(key: str) -> NodeKind:
    """Whether ``key`` is a paper's or an entity's node key.

    >>> node_kind("other:x")
    Traceback (most recent call last):
    ...
    ValueError: not a node key: 'other:x'
    """
    kind = key.partition(":")[0]
    if kind == "paper":
        return "paper"
    if kind == "entity":
        return "entity"
    raise ValueError(f"not a node key: {key!r}")


def node_id(key: str) -> str:
    """The paper or entity id inside a node key (ids may contain ``:`` themselves)."""
    return key.partition(":")[2]


def is_paper(key: str) -> bool:
    """``node_kind(key) == "paper"``, without the check that ``key`` is a node key."""
    return key.startswith("paper:")


class PaperAttrs(TypedDict):
    """A paper node."""

    kind: Literal["paper"]
    id: str
    title: str
    abstract: str
    authors: list[str]
    year: int | None
    date: str | None
    url: str | None
    source: str
    identifiers: dict[str, str]
    results: list[dict[str, Any]]  # kg.records.Result.to_dict() of each reported result
    community: int | None


class EntityAttrs(TypedDict):
    """An entity node; ``type`` is one of ``kg.records.LABELS``."""

    kind: Literal["entity"]
    id: str
    label: str
    type: str
    type_counts: dict[str, int]
    aliases: dict[str, int]
    n_papers: int
    first_year: int | None
    last_year: int | None
    variant_of: str | None
    curated: bool  # a concept of the shipped gazetteer; ranked first among equal counts
    generic: bool  # a field or family (kg.link.specificity), left out of rankings by default
    specificity: float
    direction: str | None  # of a metric: "higher" or "lower" values are better
    community: int | None
    pagerank: float
    degree: float


class MentionEdge(TypedDict):
    """A paper–entity edge: the paper's mentions of the entity (files hold ``Mention.to_dict()``)."""

    count: int
    mentions: list[Mention]
    role: str  # the paper's role for the entity: one of kg.records.ROLES
    salient: bool  # whether the paper is about the entity


class PaperLink(TypedDict):
    """A paper–paper edge: IDF-weighted shared entities, and their ids, strongest first."""

    weight: float
    shared: list[str]


class EntityLink(TypedDict):
    """An entity–entity edge: NPMI over papers, and the number of papers both occur in."""

    weight: float
    count: int
