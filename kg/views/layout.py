"""Node positions that keep each community together, computed here so the browser only draws.

Force-directed layouts grow quadratically with the nodes (networkx's spring layout took 17 s
for 2,000 nodes at once), so each community is laid out on its own and the communities are
then placed by a layout of the links between them.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx
import numpy as np

from .selection import induced

# pixels of layout per node: the disk of a community of n nodes has radius SPACING * sqrt(n)
SPACING = 40.0


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


def community_layout(g: nx.Graph, seed: int = 42, spacing: float = SPACING) -> dict[str, tuple[float, float]]:
    """Positions in pixels that keep each community together: each one is laid out on its own
    in a disk of radius ``spacing * sqrt(size)``, and the disks are placed by a layout of the
    links between communities, then packed together (see :func:`pack`). Nodes with no link
    form one more disk (see :func:`sunflower`).

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
            local = nx.spring_layout(induced(g, groups[name]), seed=seed, scale=0.8 * radius, weight="weight")
        pos.update({key: (float(middle[0] + xy[0]), float(middle[1] + xy[1])) for key, xy in local.items()})
    return pos
