"""Offline, interactive HTML views of the knowledge graph.

:func:`write_views` writes an entry page, ``index.html`` (corpus summary, a chart of papers
and entities per year, links), ``concept_map.html`` (entities joined by co-occurrence) and
``paper_map.html`` (papers joined by the entities they share); :func:`write_ego_view` writes
the neighbourhood of one paper or entity. The graph schema is in :mod:`kg.graph`.

Every page is one file that works with no network: vis-network's script and style are
inlined from the pyvis package, the page's own script and style from ``kg/data/viz/``, and
the data travel as JSON in ``<script type="application/json">`` elements. pyvis renders
the network pages with our template, since its own loads Bootstrap from a CDN.

Speed. pyvis is handed finished node and edge lists (its ``add_edge`` scans every existing
edge, and ``from_nx`` took ~66 s for 10k nodes), positions are computed here and physics is
off, so the browser only draws. Force-directed layouts grow quadratically with the nodes
(networkx's spring layout took 17 s for 2,000 nodes at once), so each community is laid out
on its own and the communities are then placed by a layout of the links between them. For a
synthetic corpus of 2,000 papers (``pipelines/synth_corpus.py``; 25,806 paper links, 3,384
entity links) the three pages are written in 1.6 s and the paper map (8 MB) is drawn in
1.4 s by headless Chromium on a shared 2-core machine.

Safety. Text from the data is only ever placed as text: Jinja escapes it in HTML, its
``tojson`` escapes ``<``, ``>``, ``&`` and ``'`` in the embedded JSON (so a title holding
``</script>`` cannot end the element), and the page script builds tooltips from text nodes
and links only ``http(s)`` URLs.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Mapping
from urllib.parse import quote, urlsplit

import jinja2
import networkx as nx
import numpy as np
import pyvis
from pyvis.network import Network

from .errors import Errors, KGError
from .graph import KnowledgeGraph, communities, entity_node, node_label, top_entities
from .io import write_text
from .models import LABELS

TEMPLATES = Path(__file__).parent / "data" / "viz"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"

# Okabe–Ito colours, which colour-blind readers tell apart too; each type has its own shape
# as well, which vis-network draws and the legend repeats.
TYPE_STYLE = {
    "METHOD": ("#0072B2", "dot"),
    "MODEL": ("#E69F00", "diamond"),
    "DATASET": ("#009E73", "square"),
    "METRIC": ("#D55E00", "triangle"),
    "TASK": ("#CC79A7", "star"),
    "PAPER": ("#6B7280", "hexagon"),
}
# Tableau 10 without its grey, which marks the rest: communities are numbered by size, so the
# largest ones get a colour of their own.
COMMUNITY_COLORS = ("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
                    "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F")
OTHER = "other"
OTHER_COLOR = "#BAB0AC"
# viridis at five stops, dark to light: ordered in grey too, and for colour-blind readers
YEAR_COLORS = ("#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725")
NO_YEAR = "unknown"

# (file, title) of the pages write_views writes; each page links to all three
PAGES = (("index.html", "Overview"), ("concept_map.html", "Concept map"), ("paper_map.html", "Paper map"))
# pixels of layout per node: the disk of a community of n nodes has radius SPACING * sqrt(n)
SPACING = 40.0
ColorBy = Literal["community", "year"]


@dataclass
class LegendItem:
    """One entry of a page's legend, which also filters the nodes whose ``legend`` is ``key``."""

    key: str
    label: str
    color: str
    shape: str = "dot"
    count: int = 0


@dataclass
class View:
    """Everything a network page shows: vis-network nodes and edges (with positions) and the
    page's controls."""

    title: str
    subtitle: str
    nodes: list[dict]
    edges: list[dict]
    legend: list[LegendItem]
    legend_title: str
    noun: str  # what the nodes are, for "12 of 300 <noun> shown"
    communities: list[tuple[str, str]] = field(default_factory=list)  # community filter: (key, label)
    years: list[int] = field(default_factory=list)  # year filter choices
    links: tuple[tuple[str, str], ...] = ()  # (href, text) of the pages to link to
    # labels sized with their nodes; else all alike, shown once zoomed in (long paper titles)
    label_scaling: bool = True


# --------------------------------------------------------------------------- choosing nodes


def _require(name: str, value, ok: bool, rule: str) -> None:
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


def concept_graph(kg: KnowledgeGraph, max_concepts: int = 300, min_weight: float = 0.1) -> nx.Graph:
    """Of the entities with a link of NPMI at least ``min_weight``, the ``max_concepts`` of
    highest PageRank, and their links of that strength; those the cut leaves with no link go
    too. An entity with no co-occurrence says nothing on this map (and PageRank ranks the many
    such entities of one paper high, as it shares out their rank evenly).

    Raises
    ------
    KGError
        E035 for ``max_concepts`` below 1 or ``min_weight`` outside [-1, 1].
    """
    _require("max_concepts", max_concepts, max_concepts >= 1, "at least 1")
    _require("min_weight", min_weight, -1.0 <= min_weight <= 1.0, "an NPMI between -1 and 1")
    # one pass over the links, keeping only their entities: building a graph of every strong
    # link first took 1.0 s and 32 MB for 10k synthetic papers, this 0.4 s and 6 MB
    linked = {key for a, b, w in kg.entities.edges(data="weight") if w >= min_weight for key in (a, b)}
    nodes = kg.entities.nodes
    top = heapq.nsmallest(max_concepts, linked, key=lambda k: (-nodes[k]["pagerank"], nodes[k]["label"], k))
    g = induced(kg.entities, top)
    g.remove_edges_from([(a, b) for a, b, w in g.edges(data="weight") if w < min_weight])
    g.remove_nodes_from(list(nx.isolates(g)))
    return g


def paper_graph(kg: KnowledgeGraph, max_papers: int = 2000) -> nx.Graph:
    """The ``max_papers`` papers with the strongest links (summed weight) and the links among
    them.

    Raises
    ------
    KGError
        E035 for ``max_papers`` below 1.
    """
    _require("max_papers", max_papers, max_papers >= 1, "at least 1")
    strength = dict(kg.papers.degree(weight="weight"))
    return induced(kg.papers, sorted(strength, key=lambda k: (-strength[k], k))[:max_papers])


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
    _require("depth", depth, depth >= 1, "at least 1")
    _require("max_nodes", max_nodes, max_nodes >= 1, "at least 1")
    distance = nx.single_source_shortest_path_length(kg.bipartite, center, cutoff=depth)
    degree = kg.bipartite.degree
    return induced(kg.bipartite, sorted(distance, key=lambda k: (distance[k], -degree[k], k))[:max_nodes])


# --------------------------------------------------------------------------- layout


def separate(centres: np.ndarray, radii: np.ndarray, iterations: int = 500) -> np.ndarray:
    """Move disks apart, each overlapping pair by its overlap, until none overlap.

    >>> (separate(np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([1.0, 1.0])).round(3) + 0.0).tolist()
    [[-0.5, 0.0], [1.5, 0.0]]
    """
    centres = centres.astype(float)
    # disks on the same spot have no direction to part in: nudge them apart first
    jitter = np.random.default_rng(0).normal(scale=1e-6 * max(radii.max(initial=0.0), 1.0), size=centres.shape)
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
    return radius * np.sqrt(i / n)[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])


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
    for name, middle, radius in zip(names, centres, radii):
        # a margin inside each disk keeps neighbouring communities apart
        if name == unlinked:
            local = dict(zip(groups[name], sunflower(len(groups[name]), 0.8 * radius)))
        else:
            local = nx.spring_layout(induced(g, groups[name]), seed=seed, scale=0.8 * radius, weight="weight")
        pos.update({key: (float(middle[0] + xy[0]), float(middle[1] + xy[1])) for key, xy in local.items()})
    return pos


# --------------------------------------------------------------------------- nodes and edges


def shorten(text: str, limit: int) -> str:
    """``text`` with its spaces collapsed, cut at a word boundary to at most ``limit``
    characters, an ellipsis marking the cut (a cut within the word if it is the first).

    >>> shorten("Attention  is all\\nyou need", 16)
    'Attention is…'
    >>> shorten("Supercalifragilistic", 6), shorten("short", 6)
    ('Super…', 'short')
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head[:head.rfind(" ")] if " " in head else head[:limit - 1]
    return cut.rstrip(" ,;:.-") + "…"


def plural(n: int, noun: str) -> str:
    """
    >>> plural(1, "paper"), plural(3000, "paper"), plural(2, "entity")
    ('1 paper', '3,000 papers', '2 entities')
    """
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {noun[:-1]}ies" if noun.endswith("y") else f"{n:,} {noun}s"


def source_url(paper: Mapping) -> str | None:
    """Where a paper can be read: its ``url`` when that is a web address, else one made from
    its arXiv id, DOI or OpenAlex id; None when none is known.

    >>> source_url({"url": "javascript:alert(1)", "identifiers": {"arxiv": "1706.03762"}})
    'https://arxiv.org/abs/1706.03762'
    >>> source_url({"url": None, "identifiers": {"doi": "10.18653/v1/n19-1423"}})
    'https://doi.org/10.18653/v1/n19-1423'
    >>> source_url({"url": "", "identifiers": {}}) is None
    True
    """
    url = paper.get("url") or ""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    ids = paper.get("identifiers") or {}
    for kind, prefix in (("arxiv", "https://arxiv.org/abs/"), ("doi", "https://doi.org/"),
                         ("openalex", "https://openalex.org/")):
        if ids.get(kind):
            return prefix + quote(ids[kind], safe="/.;:()-_")
    return None


def year_span(first: int | None, last: int | None) -> str:
    """
    >>> year_span(2019, 2023), year_span(2020, 2020), year_span(None, None)
    ('2019–2023', '2020', 'year unknown')
    """
    if first is None:
        return "year unknown"
    return str(first) if first == last else f"{first}–{last}"


def group_key(community: int | None) -> str:
    """The legend and filter key of a community: its number for the largest ones, else
    ``"other"``.

    >>> group_key(0), group_key(len(COMMUNITY_COLORS)), group_key(None)
    ('0', 'other', 'other')
    """
    return str(community) if community is not None and community < len(COMMUNITY_COLORS) else OTHER


def group_color(key: str) -> str:
    """
    >>> group_color("1"), group_color("other")
    ('#F28E2B', '#BAB0AC')
    """
    return OTHER_COLOR if key == OTHER else COMMUNITY_COLORS[int(key)]


def community_edge_color(a: int | None, b: int | None) -> dict:
    """A link's colour: its community's within one of the coloured communities, else a faint
    grey, so that the thousands of links between communities do not hide them.

    >>> community_edge_color(1, 1), community_edge_color(1, 2)["opacity"]
    ({'color': '#F28E2B', 'opacity': 0.4}, 0.1)
    """
    key = group_key(a)
    if a == b and key != OTHER:
        return {"color": group_color(key), "opacity": 0.4}
    return {"color": "#9CA3AF", "opacity": 0.1}


def year_color(year: int | None, first: int, last: int) -> str:
    """The colour of ``year`` on a viridis scale from ``first`` to ``last``; grey for no year.

    >>> year_color(2010, 2010, 2020), year_color(2020, 2010, 2020), year_color(2015, 2010, 2020)
    ('#440154', '#FDE725', '#21918C')
    >>> year_color(None, 2010, 2020)
    '#BAB0AC'
    """
    if year is None:
        return OTHER_COLOR
    at = (year - first) / (last - first) * (len(YEAR_COLORS) - 1) if last > first else 0.0
    low = min(int(at), len(YEAR_COLORS) - 2)
    a, b = (np.array([int(c[i:i + 2], 16) for i in (1, 3, 5)]) for c in YEAR_COLORS[low:low + 2])
    return "#" + "".join(f"{round(v):02X}" for v in a + (b - a) * (at - low))


def entity_item(key: str, a: Mapping, value: float) -> dict:
    """The vis-network node of entity ``key`` with attributes ``a``, drawn by type."""
    color, shape = TYPE_STYLE[a["type"]]
    aliases = [s for s, _ in sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0])) if s != a["label"]][:6]
    return {
        "id": key, "label": a["label"], "shape": shape, "color": color, "value": value,
        "legend": a["type"], "community": group_key(a["community"]), "years": [a["first_year"], a["last_year"]],
        "search": " ".join([a["label"], a["id"], *aliases]).lower(),
        "info": {"name": a["label"],
                 "meta": [a["type"].lower(), plural(a["n_papers"], "paper"), year_span(a["first_year"], a["last_year"])],
                 "lists": [["Also written", aliases]]},
    }


def paper_item(key: str, a: Mapping, value: float, entities: tuple[str, list[str]]) -> dict:
    """The vis-network node of paper ``key`` with attributes ``a``; ``entities`` is a caption
    and the entity labels to list in its tooltip."""
    color, shape = TYPE_STYLE["PAPER"]
    authors = a.get("authors") or []
    byline = ", ".join(authors[:3]) + (" et al." if len(authors) > 3 else "")
    return {
        "id": key, "label": shorten(a["title"], 40), "shape": shape, "color": color, "value": value,
        "legend": "PAPER", "community": group_key(a["community"]), "years": [a["year"], a["year"]],
        "search": f"{a['title']} {a['id']}".lower(),
        "info": {"name": a["title"], "meta": [m for m in (year_span(a["year"], a["year"]), byline) if m],
                 "text": shorten(a.get("abstract") or "", 320), "lists": [list(entities)], "url": source_url(a)},
    }


def entity_labels(kg: KnowledgeGraph, entity_ids: Iterable[str]) -> list[str]:
    return [kg.bipartite.nodes[entity_node(e)]["label"] for e in entity_ids]


def place(items: list[dict], pos: Mapping[str, tuple[float, float]]) -> list[dict]:
    """The vis-network ``items`` at their positions, rounded to a tenth of a pixel."""
    return [{**item, "x": round(pos[item["id"]][0], 1), "y": round(pos[item["id"]][1], 1)} for item in items]


def legend_for(items: list[dict], entries: Iterable[LegendItem]) -> list[LegendItem]:
    """The ``entries`` some item shows, with their item counts."""
    counts = Counter(item["legend"] for item in items)
    return [LegendItem(e.key, e.label, e.color, e.shape, counts[e.key]) for e in entries if counts[e.key]]


def type_legend() -> list[LegendItem]:
    return [LegendItem(t, t.capitalize(), *TYPE_STYLE[t]) for t in (*LABELS, "PAPER")]


def year_choices(items: list[dict]) -> list[int]:
    """Every year from the first to the last that the ``items`` span.

    >>> year_choices([{"years": [2019, 2021]}, {"years": [None, None]}, {"years": [2018, 2018]}])
    [2018, 2019, 2020, 2021]
    """
    years = [y for item in items for y in item["years"] if y is not None]
    return list(range(min(years), max(years) + 1)) if years else []


def group_choices(items: list[dict], names: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, label) of the community groups the ``items`` fall in, largest community first."""
    present = {item["community"] for item in items}
    keys = sorted((k for k in present if k != OTHER), key=int) + ([OTHER] if OTHER in present else [])
    return [(k, names.get(k, "smaller communities")) for k in keys]


# --------------------------------------------------------------------------- views


def concept_view(kg: KnowledgeGraph, max_concepts: int = 300, min_weight: float = 0.1, seed: int = 42) -> View:
    """Entities coloured and shaped by type, sized by papers, grouped by community and joined
    by co-occurrence (see :func:`concept_graph`)."""
    g = concept_graph(kg, max_concepts, min_weight)
    items = [entity_item(key, a, a["n_papers"]) for key, a in g.nodes(data=True)]
    edges = [{"id": i, "from": a, "to": b, "width": round(0.5 + 3.5 * max(w, 0.0), 2),
              "info": {"name": f"{g.nodes[a]['label']} — {g.nodes[b]['label']}",
                       "meta": [f"NPMI {w:.2f}", f"together in {plural(n, 'paper')}"]}}
             for i, (a, b, w, n) in enumerate((a, b, d["weight"], d["count"]) for a, b, d in g.edges(data=True))]
    names = {group_key(c.id): f"{c.id + 1}. {c.label}" for c in communities(kg, n_top=3) if c.id < len(COMMUNITY_COLORS)}
    return View(
        title="Concept map",
        subtitle=(f"{plural(len(items), 'entity')} of {kg.entities.number_of_nodes():,}, the most central (PageRank) "
                  f"of those that occur together with others (NPMI ≥ {min_weight:g}), grouped by community."),
        nodes=place(items, community_layout(g, seed)), edges=edges, noun="entities",
        legend=legend_for(items, type_legend()), legend_title="Types",
        communities=group_choices(items, names), years=year_choices(items), links=PAGES)


def paper_community_names(kg: KnowledgeGraph, papers: Iterable[str], n_top: int = 3) -> dict[str, str]:
    """Names of the largest paper communities: the entities most typical of each (their
    papers in the community, weighted by inverse document frequency)."""
    n_papers = max(kg.papers.number_of_nodes(), 1)
    scores: dict[str, Counter] = defaultdict(Counter)
    for p in papers:
        key = group_key(kg.papers.nodes[p]["community"])
        if key != OTHER:
            for e in kg.bipartite[p]:
                a = kg.bipartite.nodes[e]
                scores[key][a["label"]] += math.log(1 + n_papers / a["n_papers"])
    return {key: f"{int(key) + 1}. " + " / ".join(label for label, _ in score.most_common(n_top))
            for key, score in scores.items()}


def paper_view(kg: KnowledgeGraph, max_papers: int = 2000, color_by: ColorBy = "community", seed: int = 42) -> View:
    """Papers joined by the entities they share, coloured by community or by year (see
    :func:`paper_graph`)."""
    _require("paper colour", color_by, color_by in ("community", "year"), "'community' or 'year'")
    g = paper_graph(kg, max_papers)
    max_weight = max((w for *_, w in g.edges(data="weight")), default=1.0)
    edges, shared_by = [], defaultdict(Counter)
    for i, (a, b, d) in enumerate(g.edges(data=True)):
        labels = entity_labels(kg, d["shared"][:8])
        shared_by[a].update(labels)
        shared_by[b].update(labels)
        edges.append({"id": i, "from": a, "to": b, "width": round(0.5 + 3.0 * d["weight"] / max_weight, 2),
                      "info": {"name": "Shared entities", "meta": [f"link weight {d['weight']:.2f}"],
                               "lists": [["Shared", labels]]}})
        if color_by == "community":
            edges[-1]["color"] = community_edge_color(g.nodes[a]["community"], g.nodes[b]["community"])
    items = [paper_item(key, a, g.degree[key] + 1, ("Shared with linked papers",
                                                    [s for s, _ in shared_by[key].most_common(8)]))
             for key, a in g.nodes(data=True)]
    if color_by == "community":
        names = paper_community_names(kg, g)
        for item in items:
            item["legend"] = item["community"]
            item["color"] = group_color(item["community"])
        legend = legend_for(items, [LegendItem(k, label, group_color(k)) for k, label in group_choices(items, names)])
        communities, years = [], year_choices(items)
    else:
        years = year_choices(items)
        for item in items:
            year = item["years"][0]
            item["legend"] = NO_YEAR if year is None else str(year)
            item["color"] = year_color(year, years[0], years[-1]) if years else OTHER_COLOR
        entries = [LegendItem(str(y), str(y), year_color(y, years[0], years[-1])) for y in years]
        legend = legend_for(items, entries + [LegendItem(NO_YEAR, "year unknown", OTHER_COLOR)])
        communities, years = group_choices(items, paper_community_names(kg, g)), []
    for item in items:
        item["shape"] = "dot"  # among papers only, the colour says all
    return View(
        title="Paper map",
        subtitle=(f"{plural(len(items), 'paper')} of {kg.papers.number_of_nodes():,}, joined where they share "
                  f"entities (rarer entities count more), coloured by {color_by}."),
        nodes=place(items, community_layout(g, seed)), edges=edges, noun="papers",
        legend=legend, legend_title="Communities" if color_by == "community" else "Years",
        communities=communities, years=years, links=PAGES, label_scaling=False)


def ego_view(kg: KnowledgeGraph, center: str, depth: int = 1, max_nodes: int = 150, seed: int = 42) -> View:
    """The papers and entities around ``center`` (see :func:`ego_graph`)."""
    g = ego_graph(kg, center, depth, max_nodes)
    items = []
    for key, a in g.nodes(data=True):
        if a["kind"] == "entity":
            items.append(entity_item(key, a, a["n_papers"]))
        else:
            ranked = sorted(kg.bipartite[key].items(), key=lambda kv: (-kv[1]["count"], kv[0]))
            mentioned = [kg.bipartite.nodes[e]["label"] for e, _ in ranked[:10]]
            items.append(paper_item(key, a, kg.bipartite.degree[key], ("Mentions", mentioned)))
    for item in items:
        if item["id"] == center:
            # the centre stands out by its border, keeping the colour that tells its type
            item.update(borderWidth=4, color={"background": item["color"], "border": "#111827"})
    edges = [{"id": i, "from": a, "to": b, "width": round(min(1.0 + math.log(n), 4.0), 2),
              "info": {"name": "", "meta": [f"mentioned {plural(n, 'time')}"]}}
             for i, (a, b, n) in enumerate(g.edges(data="count"))]
    pos = nx.spring_layout(g, seed=seed, scale=SPACING * math.sqrt(len(g)), center=(0.0, 0.0))
    kind = kg.bipartite.nodes[center]["kind"]
    return View(
        title=f"Around {shorten(node_label(kg.bipartite.nodes[center]), 80)}",
        subtitle=(f"{plural(len(items), 'node')} within {plural(depth, 'link')} of this {kind} "
                  f"in the graph of papers and the entities they mention."),
        nodes=place(items, pos), edges=edges, noun="nodes",
        legend=legend_for(items, type_legend()), legend_title="Types", years=year_choices(items))


# --------------------------------------------------------------------------- entry page


@dataclass
class Chart:
    """An SVG chart of papers (bars) and distinct entities of each type (lines) per year, in
    pixels."""

    width: int
    height: int
    bars: list[dict]  # x, y, width, height, year, and the tooltip text
    lines: list[dict]  # type, colour, points ("x,y x,y")
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, int]]
    baseline: float


def nice_ticks(top: float, most: int = 5) -> list[int]:
    """Round tick values from 0 to at least ``top``, at most ``most`` + 1 of them.

    >>> nice_ticks(87), nice_ticks(4), nice_ticks(0)
    ([0, 20, 40, 60, 80, 100], [0, 1, 2, 3, 4], [0, 1])
    """
    top = max(top, 1)
    step = next(s * 10 ** e for e in range(0, 12) for s in (1, 2, 5) if top / (s * 10 ** e) <= most)
    return list(range(0, math.ceil(top / step) * step + 1, step))


def year_counts(kg: KnowledgeGraph) -> tuple[list[int], list[int], dict[str, list[int]]]:
    """Years from the first to the last paper's, papers in each, and for each entity type the
    distinct entities its papers mention.

    >>> kg = KnowledgeGraph()
    >>> kg.bipartite.add_nodes_from([("paper:a", {"kind": "paper", "year": 2020}),
    ...     ("paper:b", {"kind": "paper", "year": 2022}), ("paper:c", {"kind": "paper", "year": None}),
    ...     ("entity:x", {"kind": "entity", "type": "TASK"})])
    >>> kg.bipartite.add_edges_from([("paper:a", "entity:x"), ("paper:b", "entity:x")])
    >>> years, papers, entities = year_counts(kg)
    >>> years, papers, entities["TASK"], entities["MODEL"]
    ([2020, 2021, 2022], [1, 0, 1], [1, 0, 1], [0, 0, 0])
    """
    papers: Counter = Counter()
    seen: dict[tuple[int, str], set] = defaultdict(set)
    for key, a in kg.bipartite.nodes(data=True):
        if a["kind"] == "paper" and a["year"] is not None:
            papers[a["year"]] += 1
            for e in kg.bipartite[key]:
                seen[a["year"], kg.bipartite.nodes[e]["type"]].add(e)
    years = list(range(min(papers), max(papers) + 1)) if papers else []
    return years, [papers[y] for y in years], {t: [len(seen[y, t]) for y in years] for t in LABELS}


def year_chart(years: list[int], papers: list[int], entities: Mapping[str, list[int]],
               width: int = 680, height: int = 240) -> Chart | None:
    """The geometry of the chart of :func:`year_counts`; None with no years.

    >>> chart = year_chart([2020, 2021], [2, 4], {"TASK": [1, 3]}, width=240, height=140)
    >>> [b["height"] for b in chart.bars], chart.y_ticks[-1], chart.lines[0]["points"]
    ([50.0, 100.0], (20.0, 4), '87.5,95.0 182.5,45.0')
    """
    if not years:
        return None
    left, right, top, bottom = 40, 10, 20, 20
    ticks = nice_ticks(max([*papers, *(n for counts in entities.values() for n in counts)]))
    plot_h, slot = height - top - bottom, (width - left - right) / len(years)
    y_of = lambda n: round(top + plot_h * (1 - n / ticks[-1]), 1)  # noqa: E731
    x_of = lambda i: round(left + slot * (i + 0.5), 1)  # noqa: E731
    bars = [{"x": round(left + slot * (i + 0.15), 1), "y": y_of(n), "width": round(slot * 0.7, 1),
             "height": round(y_of(0) - y_of(n), 1), "slot_x": round(left + slot * i, 1), "slot_width": round(slot, 1),
             "tip": f"{year}: {plural(n, 'paper')}; " + ", ".join(
                 f"{entities[t][i]} {t.lower()}" for t in entities if entities[t][i])}
            for i, (year, n) in enumerate(zip(years, papers))]
    lines = [{"type": t, "color": TYPE_STYLE[t][0], "points": " ".join(f"{x_of(i)},{y_of(n)}" for i, n in enumerate(counts))}
             for t, counts in entities.items() if any(counts)]
    every = math.ceil(len(years) / 12)  # at most a dozen year labels fit
    return Chart(width, height, bars, lines, [(x_of(i), str(y)) for i, y in enumerate(years) if i % every == 0],
                 [(y_of(t), t) for t in ticks], y_of(0))


def summary_page(kg: KnowledgeGraph, concepts: View, papers: View, *, ontology: bool = False) -> dict:
    """What the entry page shows; ``ontology``: link to ``ontology.html`` too."""
    types = Counter(a["type"] for _, a in kg.entities.nodes(data=True))
    years, per_year, entities = year_counts(kg)
    return {
        "title": "Knowledge graph overview",
        "counts": [("papers", kg.papers.number_of_nodes()), ("entities", kg.entities.number_of_nodes()),
                   ("paper links", kg.papers.number_of_edges()), ("entity links", kg.entities.number_of_edges())],
        "years": year_span(years[0], years[-1]) if years else "",
        "types": [{"type": t, "name": t.capitalize(), "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1],
                   "count": types[t], "top": top_entities(kg, t, n=8)} for t in LABELS if types[t]],
        "chart": year_chart(years, per_year, entities),
        "views": [("concept_map.html", "Concept map", concepts.subtitle),
                  ("paper_map.html", "Paper map", papers.subtitle)]
                 + ([("ontology.html", "Ontology", "The classes and properties of the RDF export.")] if ontology else []),
        "links": PAGES,
    }


# --------------------------------------------------------------------------- rendering


def environment(**page_globals) -> jinja2.Environment:
    """Jinja with our templates and pyvis's (for vis-network's files), escaping HTML."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([TEMPLATES, PYVIS_TEMPLATES]),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    # tojson escapes <, >, & and ' whatever these are; non-ASCII text stays readable
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    env.globals.update(page_globals)
    return env


def vis_options(n_edges: int, label_scaling: bool = True) -> dict:
    """vis-network options: no physics (positions are given), labels that hide when drawn
    small (and grow with their nodes, with ``label_scaling``), straight edges (curves cost most
    to draw)."""
    label = ({"enabled": True, "min": 11, "max": 28, "drawThreshold": 6} if label_scaling
             else {"enabled": False, "drawThreshold": 9})
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_edges > 2000,
                        "hideEdgesOnZoom": n_edges > 2000},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#1F2937",
                                             "strokeWidth": 3, "strokeColor": "#FFFFFF"},
                  "scaling": {"min": 6, "max": 36, "label": label}},
        "edges": {"smooth": False, "selectionWidth": 2,
                  "color": {"color": "#9CA3AF", "highlight": "#111827", "hover": "#4B5563", "opacity": 0.6}},
    }


def render_view(view: View) -> str:
    """The HTML page of ``view``, rendered by pyvis with our template."""
    net = Network(height="100%", width="100%", heading=view.title, cdn_resources="in_line")
    net.nodes, net.edges, net.options = view.nodes, view.edges, vis_options(len(view.edges), view.label_scaling)
    # pyvis's own environment neither escapes HTML nor finds our template
    net.templateEnv, net.path = environment(page=view), "network.html"
    return net.generate_html()


def render_index(page: dict) -> str:
    return environment(page=page).get_template("index.html").render()


def write_views(kg: KnowledgeGraph, out_dir: str | Path, *, max_concepts: int = 300, min_weight: float = 0.1,
                max_papers: int = 2000, paper_color: ColorBy = "community", seed: int = 42) -> list[Path]:
    """Write ``index.html``, ``concept_map.html`` and ``paper_map.html`` into ``out_dir``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph (see :mod:`kg.graph`).
    out_dir : path
        Created if missing.
    max_concepts, min_weight : int, float
        The concept map shows this many entities of highest PageRank, and their links of at
        least this NPMI.
    max_papers : int
        The paper map shows this many papers, those with the strongest links.
    paper_color : {"community", "year"}
        What the paper map's colours tell.
    seed : int
        Seed of the layouts.

    Returns
    -------
    list of Path
        The pages written, the entry page first.

    Raises
    ------
    KGError
        E035 for a parameter out of range, E050 when a page cannot be written.
    """
    concepts = concept_view(kg, max_concepts, min_weight, seed)
    papers = paper_view(kg, max_papers, paper_color, seed)
    out = Path(out_dir)
    # `kg build` writes the ontology's page beside the views
    index = summary_page(kg, concepts, papers, ontology=(out / "ontology.html").exists())
    pages = {out / "index.html": render_index(index),
             out / "concept_map.html": render_view(concepts), out / "paper_map.html": render_view(papers)}
    for path, html in pages.items():
        write_text(path, html)
    return list(pages)


def write_ego_view(kg: KnowledgeGraph, center: str, path: str | Path, *, depth: int = 1,
                   max_nodes: int = 150, seed: int = 42) -> Path:
    """Write the page of the papers and entities around node ``center`` (``"entity:<id>"``
    or ``"paper:<id>"``) to ``path``; see :func:`ego_graph`.

    Raises
    ------
    KGError
        E031 for an unknown node, E035 for a parameter out of range, E050 when the page cannot
        be written.
    """
    path = Path(path)
    write_text(path, render_view(ego_view(kg, center, depth, max_nodes, seed)))
    return path
