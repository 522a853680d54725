"""Which nodes each page shows: the subgraphs of the concept map, the paper map and an ego view."""

from __future__ import annotations

import heapq
from collections.abc import Iterable

import networkx as nx

from ..errors import Errors, KGError
from ..graph import KnowledgeGraph
from ..graph.query import in_rankings


def require(name: str, value: object, ok: bool, rule: str) -> None:
    """Raise E035 for parameter ``name`` of ``value`` unless it is ``ok`` by ``rule``.

    >>> require("depth", 0, False, "at least 1")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: [E035] depth must be at least 1, not 0
    """
    if not ok:
        raise KGError(Errors.E035.format(name=name, rule=rule, value=value))


def induced(g: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy of ``g`` restricted to ``nodes``, in their order. ``Graph.subgraph`` would order
    nodes by a set's hashes, which change from run to run, and the layouts with them.

    >>> list(induced(nx.path_graph(["a", "b", "c", "d"]), ["c", "a", "b"]).edges)
    [('c', 'b'), ('a', 'b')]
    """
    h = nx.Graph()
    h.add_nodes_from((n, dict(g.nodes[n])) for n in nodes)
    h.add_edges_from((a, b, dict(d)) for a, b, d in g.edges(list(h), data=True) if b in h)
    return h


def concept_graph(
    kg: KnowledgeGraph, max_concepts: int = 300, min_weight: float = 0.1, include_generic: bool = False
) -> nx.Graph:
    """Of the entities with a link of NPMI at least ``min_weight`` (generic ones only with
    ``include_generic``), the ``max_concepts`` of highest PageRank, and their links of that
    strength; those the cut leaves with no link go too. An entity with no co-occurrence says nothing on this map (and PageRank ranks the many
    such entities of one paper high, as it shares out their rank evenly).

    Raises
    ------
    KGError
        E035 for ``max_concepts`` below 1 or ``min_weight`` outside [-1, 1].
    """
    require("max_concepts", max_concepts, max_concepts >= 1, "at least 1")
    require("min_weight", min_weight, -1.0 <= min_weight <= 1.0, "an NPMI between -1 and 1")
    # one pass over the links, keeping only their entities: building a graph of every strong
    # link first took 1.0 s and 32 MB for 10k synthetic papers, this 0.4 s and 6 MB
    nodes = kg.entities.nodes
    linked = {
        key
        for a, b, w in kg.entities.edges(data="weight")
        if w >= min_weight
        for key in (a, b)
        if in_rankings(nodes[key], include_generic)
    }
    top = heapq.nsmallest(max_concepts, linked, key=lambda k: (-nodes[k]["pagerank"], nodes[k]["label"], k))
    g = induced(kg.entities, top)
    g.remove_edges_from([(a, b) for a, b, w in g.edges(data="weight") if w < min_weight])
    g.remove_nodes_from(list(nx.isolates(g)))
    return g


def paper_graph(kg: KnowledgeGraph, max_papers: int = 100_000, per_paper: int = 4) -> nx.Graph:
    """The ``max_papers`` papers with the strongest links (summed weight) and, of each one's
    links to the others, its ``per_paper`` strongest: the paper graph keeps up to 20 a paper
    (``kg build --top-k``), 1.4M links at 100k papers, a tangle at any size.

    Raises
    ------
    KGError
        E035 for ``max_papers`` or ``per_paper`` below 1.
    """
    require("max_papers", max_papers, max_papers >= 1, "at least 1")
    require("per_paper", per_paper, per_paper >= 1, "at least 1")
    strength = dict(kg.papers.degree(weight="weight"))
    papers = sorted(strength, key=lambda k: (-strength[k], k))[:max_papers]
    keep = set(papers)
    g = nx.Graph()
    g.add_nodes_from((p, kg.papers.nodes[p]) for p in papers)
    for p in papers:
        near = ((q, d) for q, d in kg.papers[p].items() if q in keep)
        for q, d in heapq.nlargest(per_paper, near, key=lambda qd: (qd[1]["weight"], qd[0])):
            g.add_edge(p, q, **d)
    return g


def ego_graph(kg: KnowledgeGraph, center: str, depth: int = 1, max_nodes: int = 150) -> nx.Graph:
    """The nodes of the bipartite graph at most ``depth`` links from ``center`` (a node key)
    and the links among them. Past ``max_nodes`` the nearest are kept, the most connected first,
    so every node kept is joined to the centre through kept nodes.

    Raises
    ------
    KGError
        E031 when ``center`` is not a node, E035 for ``depth`` or ``max_nodes`` below 1.
    """
    if center not in kg.bipartite:
        raise KGError(Errors.E031.format(kind="node", name=center, suggestions=""))
    require("depth", depth, depth >= 1, "at least 1")
    require("max_nodes", max_nodes, max_nodes >= 1, "at least 1")
    distance = nx.single_source_shortest_path_length(kg.bipartite, center, cutoff=depth)
    degree = kg.bipartite.degree
    return induced(kg.bipartite, sorted(distance, key=lambda k: (distance[k], -degree[k], k))[:max_nodes])
