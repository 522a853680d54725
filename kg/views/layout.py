"""Node positions that keep each community together, computed here so the browser only draws.

Force-directed layouts grow quadratically with the nodes (networkx's spring layout took 17 s
for 2,000 nodes at once), so each community is laid out on its own and the communities are
then placed by a layout of the links between them; a community of more than
:data:`LARGEST` nodes is split the same way into its own communities (Louvain), and so on.
:func:`spread` then parts the nodes' discs, so that the first view has none on another.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.spatial import cKDTree

from ..graph.measures import louvain
from .selection import induced

# pixels of layout per node: the disk of a community of n nodes has radius SPACING * sqrt(n)
SPACING = 40.0
# the most nodes laid out by one force layout: networkx's spring layout of 400 nodes takes
# about 0.2 s, and its time grows with the square of the nodes
LARGEST = 400
# how far each disc of an overlapping pair moves, as a share of the overlap: more than half
# overshoots, which parts a clump in tens of rounds rather than hundreds (the sample's paper
# map: 50 rounds at 0.9, over 400 at 0.5)
PUSH = 0.9


def separate(centres: np.ndarray, radii: np.ndarray, iterations: int = 500) -> np.ndarray:
    """Move disks apart, each overlapping pair by its overlap, until none overlap.

    >>> (separate(np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([1.0, 1.0])).round(3) + 0.0).tolist()
    [[-0.5, 0.0], [1.5, 0.0]]
    """
    centres = centres.astype(float)
    # disks on the same spot have no direction to part in: nudge them apart first
    jitter = np.random.default_rng(0).normal(
        scale=1e-6 * max(radii.max(initial=0.0), 1.0), size=centres.shape
    )
    centres = centres + jitter
    for _ in range(iterations):
        apart = centres[:, None, :] - centres[None, :, :]
        distance = np.maximum(np.linalg.norm(apart, axis=2), 1e-12)
        overlap = radii[:, None] + radii[None, :] - distance
        np.fill_diagonal(overlap, 0.0)
        if overlap.max(initial=0.0) <= 1e-9 * max(radii.max(initial=0.0), 1.0):
            break
        push = np.where(overlap > 0, overlap / (2 * distance), 0.0)
        centres += (apart * push[..., None]).sum(axis=1)
    return centres


def pack(centres: np.ndarray, radii: np.ndarray, rounds: int = 40, shrink: float = 0.85) -> np.ndarray:
    """Draw non-overlapping disks together: pull them all towards their centroid, part those
    that overlap, and again. A spring layout leaves wide gaps between pieces that no link
    joins; this keeps the disks' rough arrangement and closes the gaps.

    >>> packed = pack(np.array([[0.0, 0.0], [100.0, 0.0]]), np.array([1.0, 1.0]))
    >>> round(float(np.linalg.norm(packed[0] - packed[1])), 3)
    2.0
    """
    centres = separate(centres, radii)
    for _ in range(rounds):
        middle = centres.mean(axis=0)
        centres = separate(middle + (centres - middle) * shrink, radii)
    return centres


def sunflower(n: int, radius: float) -> np.ndarray:
    """``n`` points spread evenly over a disk (Vogel's spiral): where nodes with no link go,
    since a force layout with nothing to pull them together rings them round its edge.

    >>> points = sunflower(50, 10.0)
    >>> points.shape, bool(np.linalg.norm(points, axis=1).max() <= 10.0)
    ((50, 2), True)
    """
    i = np.arange(n) + 0.5
    angle = i * math.pi * (3 - math.sqrt(5))  # the golden angle
    # typed, as numpy types the result of np.cos as Any
    points: np.ndarray = radius * np.sqrt(i / n)[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    return points


def spread(centres: np.ndarray, radii: np.ndarray, gap: float = 1.0, iterations: int = 200) -> np.ndarray:
    """Move discs apart until no two overlap or come nearer than ``gap``: each disc of an
    overlapping pair moves away from the other by :data:`PUSH` of their overlap. Only pairs
    near enough to touch are looked at (a k-d tree), so the time grows with the nodes, not
    their square.

    >>> moved = spread(np.array([[0.0, 0.0], [1.0, 0.0], [50.0, 0.0]]), np.array([2.0, 2.0, 2.0]))
    >>> round(float(moved[1, 0] - moved[0, 0]), 1), (moved[2].round(2) + 0.0).tolist()
    (8.2, [50.0, 0.0])
    """
    centres = centres.astype(float).copy()
    if len(centres) < 2:
        return centres
    # discs on the same spot have no direction to part in: nudge them apart first
    centres += np.random.default_rng(0).normal(scale=1e-3 * max(float(radii.max()), 1.0), size=centres.shape)
    reach = 2 * float(radii.max()) + gap
    for _ in range(iterations):
        pairs = cKDTree(centres).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        a, b = pairs[:, 0], pairs[:, 1]
        apart = centres[b] - centres[a]
        distance = np.maximum(np.linalg.norm(apart, axis=1), 1e-9)
        # a little more than the overlap, so that pairs do not stop a hair's breadth apart
        overlap = radii[a] + radii[b] + gap - distance
        close = overlap > 1e-9
        if not close.any():
            break
        push = (apart[close] / distance[close, None]) * (PUSH * overlap[close, None] + 1e-6)
        np.add.at(centres, a[close], -push)
        np.add.at(centres, b[close], push)
    return centres


def fit_radii(centres: np.ndarray, radii: np.ndarray, gap: float = 1.0) -> np.ndarray:
    """``radii`` shrunk where two discs still overlap (or come nearer than ``gap``) after
    :func:`spread`, both in proportion, so that none do.

    >>> fit_radii(np.array([[0.0, 0.0], [3.0, 0.0], [30.0, 0.0]]), np.array([2.0, 2.0, 2.0])).tolist()
    [1.0, 1.0, 2.0]
    """
    radii = radii.astype(float).copy()
    if len(centres) < 2:
        return radii
    pairs = cKDTree(centres).query_pairs(2 * float(radii.max()) + gap, output_type="ndarray")
    if len(pairs):
        a, b = pairs[:, 0], pairs[:, 1]
        distance = np.linalg.norm(centres[b] - centres[a], axis=1)
        # the share of its radius each disc of a pair may keep; a disc keeps its least
        keep = np.clip((distance - gap) / (radii[a] + radii[b]), 0.0, 1.0)
        factor = np.ones(len(radii))
        np.minimum.at(factor, a, keep)
        np.minimum.at(factor, b, keep)
        radii *= factor
    return radii


def split(g: nx.Graph, seed: int) -> dict[str, int]:
    """The communities (Louvain) of the nodes of ``g``, to lay a large community out in parts.

    >>> parts = split(nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4)), seed=0)
    >>> sorted(set(parts.values())), parts[0] != parts[4]
    ([0, 1], True)
    """
    adjacency = sp.csr_array(nx.to_scipy_sparse_array(g, weight="weight", format="csr"))
    return {key: int(c) for key, c in zip(g, louvain(adjacency, seed), strict=True)}


def local_layout(g: nx.Graph, seed: int, radius: float, spacing: float) -> dict[str, tuple[float, float]]:
    """Positions within ``radius`` of the origin: a force layout up to :data:`LARGEST` nodes,
    beyond that the communities of ``g`` laid out by :func:`community_layout`, scaled to fit."""
    if len(g) <= LARGEST:
        local: dict[str, tuple[float, float]] = nx.spring_layout(g, seed=seed, scale=radius, weight="weight")
        return local
    parts = split(g, seed)
    if len(set(parts.values())) < 2:  # no parts to place: fill the disc in order of degree
        order = sorted(g, key=lambda k: (-g.degree[k], str(k)))
        return {k: (float(x), float(y)) for k, (x, y) in zip(order, sunflower(len(g), radius), strict=True)}
    h = g.copy()
    nx.set_node_attributes(h, parts, "community")
    pos = community_layout(h, seed, spacing)
    xy = np.array(list(pos.values()))
    xy -= xy.mean(axis=0)
    xy *= radius / max(float(np.linalg.norm(xy, axis=1).max()), 1e-9)
    return {k: (float(x), float(y)) for k, (x, y) in zip(pos, xy, strict=True)}


def community_layout(g: nx.Graph, seed: int = 42, spacing: float = SPACING) -> dict[str, tuple[float, float]]:
    """Positions in pixels that keep each community together: each one is laid out on its own
    in a disk of radius ``spacing * sqrt(size)``, and the disks are placed by a layout of the
    links between communities, then packed together (see :func:`pack`). Nodes with no link
    form one more disk (see :func:`sunflower`). A community of more than :data:`LARGEST`
    nodes is laid out likewise, by its own communities (see :func:`local_layout`).

    >>> g = nx.Graph([("a", "b"), ("c", "d")])
    >>> g.add_node("e")
    >>> nx.set_node_attributes(g, {"a": 0, "b": 0, "c": 1, "d": 1, "e": 2}, "community")
    >>> pos = community_layout(g, spacing=10)
    >>> sorted(pos), len(set(pos.values()))
    (['a', 'b', 'c', 'd', 'e'], 5)
    """
    if not len(g):
        return {}
    unlinked = ("unlinked",)
    groups: dict[object, list[str]] = defaultdict(list)
    for key, community in g.nodes(data="community"):
        groups[community if g.degree[key] else unlinked].append(key)
    names = list(groups)
    between = nx.Graph()
    between.add_nodes_from(names)
    group_of = {key: name for name, keys in groups.items() for key in keys}
    for a, b, w in g.edges(data="weight", default=1.0):
        ga, gb = group_of[a], group_of[b]
        if ga != gb:
            between.add_edge(ga, gb, weight=between.get_edge_data(ga, gb, {"weight": 0.0})["weight"] + w)
    radii = np.array([spacing * math.sqrt(len(groups[name])) for name in names])
    centre = nx.spring_layout(between, seed=seed, scale=float(radii.sum()))
    centres = pack(np.array([centre[name] for name in names]).reshape(-1, 2), radii)
    pos: dict[str, tuple[float, float]] = {}
    for name, middle, radius in zip(names, centres, radii, strict=True):
        # a margin inside each disk keeps neighbouring communities apart
        if name == unlinked:
            local = dict(zip(groups[name], sunflower(len(groups[name]), 0.8 * radius), strict=True))
        else:
            local = local_layout(induced(g, groups[name]), seed, 0.8 * radius, spacing)
        pos.update({key: (float(middle[0] + xy[0]), float(middle[1] + xy[1])) for key, xy in local.items()})
    return pos
