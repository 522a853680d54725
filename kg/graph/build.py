"""Building the three graphs of a corpus from its linked mentions.

:func:`build_graph` makes a :class:`KnowledgeGraph` as :mod:`kg.schema` declares it: the
mentions join papers to entities, :mod:`kg.graph.weights` links papers to papers and entities
to entities, and :mod:`kg.graph.measures` finds communities and ranks the entities.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import scipy.sparse as sp

from ..compat import add_new_neighbours
from ..errors import Errors, KGError
from ..perf import gc_paused
from ..records import Entity, ExtractedPaper, Mention
from ..schema import EntityAttrs, EntityLink, MentionEdge, PaperAttrs, PaperLink, entity_node, paper_node
from . import weights
from .kernels import Floats, Int64s
from .measures import louvain, pagerank
from .weights import ROLE_WEIGHTS, TYPE_WEIGHTS, entity_links, idf_weights, paper_links, shared_entities


@dataclass
class KnowledgeGraph:
    """A corpus as three ``nx.Graph`` (see :mod:`kg.schema`): ``bipartite`` joins papers to the
    entities they mention, ``papers`` each paper to its most related papers, ``entities``
    entities found in the same papers."""

    bipartite: nx.Graph = field(default_factory=nx.Graph)
    papers: nx.Graph = field(default_factory=nx.Graph)
    entities: nx.Graph = field(default_factory=nx.Graph)


@dataclass
class _Incidence:
    """Which paper mentions which entity: the bipartite edges, and the matrices the link
    weights are made from (rows are papers, columns entities, in the order given)."""

    rows: Int64s  # the paper of each edge
    cols: Int64s  # the entity of each edge
    edges: list[MentionEdge]
    present: sp.csr_array  # 1 where a paper mentions an entity
    df: Int64s  # papers of each entity
    # sqrt(type weight × idf) × role weight where a paper mentions an entity (0: generic)
    weighted: sp.csr_array
    shaping: Floats  # 1 for the entities that shape communities, 0 for the generic ones left out


@gc_paused()
def build_graph(
    docs: Sequence[ExtractedPaper],
    entities: Mapping[str, Entity],
    *,
    top_k: int = 20,
    seed: int = 42,
    min_npmi: float = 0.0,
    min_count: int = 2,
    type_weights: Mapping[str, float] = TYPE_WEIGHTS,
    role_weights: Mapping[str, float] = ROLE_WEIGHTS,
    include_generic: bool = False,
) -> KnowledgeGraph:
    """The three graphs of ``docs``, whose mentions carry ids of ``entities`` (mentions with
    none, left unlinked, are not in the graph).

    Parameters
    ----------
    docs : sequence of ExtractedPaper
        Papers with their linked mentions; paper ids are unique.
    entities : mapping of str to Entity
        The entity records by id.
    top_k : int
        Neighbours each paper keeps in the paper graph.
    seed : int
        Random seed of the Louvain community detection.
    min_npmi, min_count : float, int
        Entity pairs are linked above this NPMI (0 ≤ min_npmi < 1), found together in at least
        this many papers.
    type_weights, role_weights : mapping of str to float
        Factors on a shared entity's IDF in paper links: of its type, of each paper's role for it.
    include_generic : bool
        Let generic entities link papers and shape communities and PageRank (by default they
        stay in the bipartite and entity graphs, and drive neither).

    Raises
    ------
    KGError
        For a parameter out of range, or a mention of an entity not in ``entities``.

    Examples
    --------
    >>> from kg.records import Mention, Paper
    >>> ents = {e: Entity(e, e.upper(), "DATASET") for e in ("a", "b")}
    >>> docs = [ExtractedPaper(Paper(str(i), f"t{i}", "", year=2020), [Mention("title", 0, 1, "a", "DATASET", "a"),
    ...         Mention("title", 0, 1, "b", "DATASET", "b")]) for i in range(3)]
    >>> kg = build_graph(docs + [ExtractedPaper(Paper("3", "t3", ""))], ents)
    >>> kg.bipartite.number_of_edges(), kg.papers.number_of_edges(), kg.entities.edges["entity:a", "entity:b"]
    (6, 3, {'weight': 1.0, 'count': 3})
    """
    _check_parameters(top_k, min_count, min_npmi, type_weights, role_weights)
    x = _incidence(docs, entities, type_weights, role_weights, include_generic)
    paper_keys, entity_keys = [paper_node(d.paper.id) for d in docs], [entity_node(e) for e in entities]
    kg = KnowledgeGraph()
    _add_mentions(kg.bipartite, docs, paper_keys, entities, entity_keys, x)
    paper_adjacency = _link_papers(kg.papers, paper_keys, x.weighted, list(entities), top_k)
    entity_adjacency = _link_entities(kg.entities, entity_keys, x.present, min_count, min_npmi, x.shaping)
    _add_measures(kg, paper_keys, paper_adjacency, entity_keys, entity_adjacency, seed)
    copy_node_attrs(kg)
    return kg


def _check(name: str, value: object, ok: bool, rule: str) -> None:
    if not ok:
        raise KGError(Errors.E035.format(name=name, rule=rule, value=value))


def _check_parameters(
    top_k: int,
    min_count: int,
    min_npmi: float,
    type_weights: Mapping[str, float],
    role_weights: Mapping[str, float],
) -> None:
    _check("top_k", top_k, top_k >= 1, "at least 1")
    _check("min_count", min_count, min_count >= 1, "at least 1")
    _check("min_npmi", min_npmi, 0.0 <= min_npmi < 1.0, "at least 0 and below 1")
    _check("type_weights", type_weights, all(w > 0 for w in type_weights.values()), "positive")
    _check("role_weights", role_weights, all(w > 0 for w in role_weights.values()), "positive")


def _incidence(
    docs: Sequence[ExtractedPaper],
    entities: Mapping[str, Entity],
    type_weights: Mapping[str, float],
    role_weights: Mapping[str, float],
    include_generic: bool,
) -> _Incidence:
    rows, cols, edges = _paper_entity_edges(docs, {eid: c for c, eid in enumerate(entities)})
    present = sp.csr_array(
        (np.ones(len(rows), dtype=np.int64), (rows, cols)), shape=(len(docs), len(entities))
    )
    df = np.asarray(present.sum(axis=0)).ravel()
    # an entity no paper mentions is in no row: any finite idf will do
    factor = np.array([type_weights.get(e.type, 1.0) for e in entities.values()])
    # generic entities left out weigh nothing in paper links and shape no community
    shaping = np.array([include_generic or not e.generic for e in entities.values()], dtype=float)
    column = np.sqrt(factor * idf_weights(np.maximum(df, 1), len(docs))) * shaping
    role = np.array([role_weights.get(e["role"], 1.0) for e in edges])
    weighted = sp.csr_array((column[cols] * role, (rows, cols)), shape=present.shape)
    return _Incidence(rows, cols, edges, present, df, weighted, shaping)


def _paper_entity_edges(
    docs: Sequence[ExtractedPaper], column: Mapping[str, int]
) -> tuple[Int64s, Int64s, list[MentionEdge]]:
    """``(rows, columns, attributes)``: for each (paper row, entity column) pair, the edge
    attributes ``count`` and ``mentions`` (of that entity in that paper), the paper's ``role``
    for the entity and whether it is ``salient``. Grouped a paper at a
    time, in small dicts: one dict keyed by all the pairs was 2.5x slower at 100k papers. The
    mentions are the papers' own objects: a dict for each took 1 GB more at 100k papers."""
    rows: list[int] = []
    cols: list[int] = []
    edges: list[MentionEdge] = []
    for row, doc in enumerate(docs):
        here: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if not m.entity:
                continue
            if m.entity not in column:
                raise KGError(Errors.E036.format(text=m.text, paper=doc.paper.id, entity=m.entity))
            here.setdefault(column[m.entity], []).append(m)
        rows.extend([row] * len(here))
        cols.extend(here)
        # made while the paper's lists are fresh in the cache: a pass over all of them
        # afterwards took 0.9 s at 100k papers
        salient = set(doc.salient)
        edges.extend(
            {
                "count": len(ms),
                "mentions": ms,
                "role": doc.roles.get(ms[0].entity, "mentions"),
                "salient": ms[0].entity in salient,
            }
            for ms in here.values()
        )
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), edges


def _add_mentions(
    g: nx.Graph,
    docs: Sequence[ExtractedPaper],
    paper_keys: list[str],
    entities: Mapping[str, Entity],
    entity_keys: list[str],
    x: _Incidence,
) -> None:
    """Add the papers and the entities to ``g``, and the mentions that join them."""
    g.add_nodes_from((key, _paper_attrs(d)) for key, d in zip(paper_keys, docs, strict=True))
    n_papers = x.df.tolist()
    g.add_nodes_from(
        (key, _entity_attrs(e, n)) for key, e, n in zip(entity_keys, entities.values(), n_papers, strict=True)
    )
    add_new_edges(g, paper_keys + entity_keys, x.rows, x.cols + len(paper_keys), x.edges)


def _paper_attrs(doc: ExtractedPaper) -> PaperAttrs:
    p = doc.paper
    return {
        "kind": "paper",
        "id": p.id,
        "title": p.title,
        "abstract": p.abstract,
        "authors": p.authors,
        "year": p.year,
        "date": p.date,
        "url": p.url,
        "source": p.source,
        "identifiers": p.identifiers,
        "results": [r.to_dict() for r in doc.results],
        "community": None,
    }


def _entity_attrs(e: Entity, n_papers: int) -> EntityAttrs:
    return {
        "kind": "entity",
        "id": e.id,
        "label": e.label,
        "type": e.type,
        "type_counts": e.type_counts,
        "aliases": e.aliases,
        "n_papers": n_papers,
        "first_year": e.first_year,
        "last_year": e.last_year,
        "variant_of": e.variant_of,
        "curated": e.curated,
        "generic": e.generic,
        "specificity": e.specificity,
        "direction": e.direction,
        "community": None,
        "pagerank": 0.0,
        "degree": 0.0,
    }


def _link_papers(
    g: nx.Graph, keys: list[str], weighted: sp.csr_array, entity_ids: list[str], top_k: int
) -> sp.csr_array:
    """Link each paper of ``g`` to its ``top_k`` most related papers; return the links'
    adjacency matrix."""
    i, j, w = paper_links(weighted, top_k, weights.MAX_DF)
    g.add_nodes_from(keys)
    shared = shared_entities(weighted, i, j, np.array(entity_ids, dtype=object))
    links: list[PaperLink] = [{"weight": v, "shared": s} for v, s in zip(w.tolist(), shared, strict=True)]
    add_new_edges(g, keys, i, j, links)
    return _symmetric(i, j, w, len(keys))


def _link_entities(
    g: nx.Graph, keys: list[str], present: sp.csr_array, min_count: int, min_npmi: float, shaping: Floats
) -> sp.csr_array:
    """Link the entities of ``g`` found in the same papers; return the adjacency matrix of the
    links between entities that shape communities (``shaping`` 1; generic ones keep their
    links, but shape no community unless asked to)."""
    a, b, npmis, counts = entity_links(present, min_count, min_npmi)
    g.add_nodes_from(keys)
    links: list[EntityLink] = [
        {"weight": v, "count": n} for v, n in zip(npmis.tolist(), counts.tolist(), strict=True)
    ]
    add_new_edges(g, keys, a, b, links)
    kept = shaping[a] * shaping[b] > 0
    return _symmetric(a[kept], b[kept], npmis[kept], len(keys))


def _add_measures(
    kg: KnowledgeGraph,
    paper_keys: list[str],
    paper_adjacency: sp.csr_array,
    entity_keys: list[str],
    entity_adjacency: sp.csr_array,
    seed: int,
) -> None:
    """Set the bipartite nodes' ``community``, and the entities' ``pagerank`` and ``degree``."""
    nodes = kg.bipartite.nodes
    for keys, adjacency in ((paper_keys, paper_adjacency), (entity_keys, entity_adjacency)):
        for key, number in zip(keys, louvain(adjacency, seed).tolist(), strict=True):
            nodes[key]["community"] = number
    degree = nx.degree_centrality(kg.entities)
    for key, rank in zip(entity_keys, pagerank(entity_adjacency).tolist(), strict=True):
        nodes[key]["pagerank"], nodes[key]["degree"] = rank, float(degree[key])


def add_new_edges(
    g: nx.Graph, keys: Sequence[Hashable], u: Int64s, v: Int64s, attrs: Sequence[Mapping[str, object]]
) -> None:
    """Add the edges ``(keys[u[e]], keys[v[e]])`` with attribute dicts ``attrs[e]`` as given,
    between nodes already in ``g``, each pair once and not yet linked: the graph that
    ``Graph.add_edges_from`` makes of them, each node's neighbours in the same order, but
    each node's new neighbours added at once (:func:`kg.compat.add_new_neighbours` says why).

    >>> g = nx.path_graph(3)
    >>> add_new_edges(g, [0, 1, 2], np.array([0]), np.array([2]), [{"weight": 2.0}])
    >>> sorted(g.edges(data="weight")), g.degree[2]
    ([(0, 1, None), (0, 2, 2.0), (1, 2, None)], 2)
    """
    ends, others = np.concatenate([u, v]), np.concatenate([v, u])
    order = np.lexsort((np.tile(np.arange(len(u)), 2), ends))  # by node, then in edge order
    ends, others = ends[order], others[order]
    nodes, starts = np.unique(ends, return_index=True)
    key_array = np.asarray(keys, dtype=object)
    neighbours = key_array[others].tolist()
    edge_attrs = [attrs[e] for e in (order % max(len(u), 1)).tolist()]
    limits = itertools.pairwise([*starts.tolist(), len(ends)])
    groups = zip(key_array[nodes].tolist(), limits, strict=True)
    add_new_neighbours(
        g, ((key, zip(neighbours[a:b], edge_attrs[a:b], strict=True)) for key, (a, b) in groups)
    )


def copy_node_attrs(kg: KnowledgeGraph) -> None:
    """Give the paper and entity graphs' nodes the bipartite nodes' attributes: dicts of their
    own, values shared."""
    for g in (kg.papers, kg.entities):
        for key, attrs in g.nodes(data=True):
            attrs.update(kg.bipartite.nodes[key])


def _symmetric(i: Int64s, j: Int64s, w: Floats, n: int) -> sp.csr_array:
    """The adjacency matrix of an undirected graph given each link once."""
    return sp.csr_array(
        (np.concatenate([w, w]), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)
    )
