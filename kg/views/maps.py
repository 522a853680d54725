"""The concept map and the paper map: what sigma.js (WebGL) draws, from 600 to 100,000 papers.

A :class:`Map` holds each node as a short list (see :data:`NODE_FIELDS`) with its position and
disc radius in layout units, and each link as three numbers; ``kg/data/viz/map.js`` draws them
with sigma, whose node sizes here are in the layout's units (``itemSizesReference:
"positions"``), so discs that do not overlap in the layout overlap at no zoom, and a click on
a node's centre picks that node. Positions come from :func:`~kg.views.layout.community_layout`,
discs are sized from the nodes' spacing and then parted by :func:`~kg.views.layout.spread`.

The paper map keeps, of each paper's links, its :data:`LINKS_PER_PAPER` strongest (see
:func:`~kg.views.selection.paper_graph`): all of them would make a page of hundreds of MB at
100k papers, and a tangle at any size.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

import networkx as nx
import numpy as np

from ..graph import KnowledgeGraph
from .items import Info, LegendItem, VisNode, entity_labels, group_choices, paper_item
from .layout import SPACING, community_layout, fit_radii, spread
from .pages import PAGES, ColorBy, color_by_community, color_by_year, concept_view, paper_community_names
from .selection import paper_graph, require
from .style import YEAR_COLORS, community_edge_color

# the fields of a node in the page's data, in this order (map.js reads them by position)
NODE_FIELDS = ("id", "label", "x", "y", "size", "color", "legend", "community", "year", "info")
LINKS_PER_PAPER = 4
# the links a map draws, strongest first; the rest are drawn around a selected node only. In
# software WebGL (no GPU) each 100,000 links drawn add some 0.2 s to every frame, and a
# hairball of 330,000 links (100k papers) shows no more structure than its strongest 50,000
DRAWN_LINKS = 50_000
# disc radii, as a share of the layout's spacing: discs cover some 30% of a community's disc,
# so that the smallest on the sample's paper map are 4 px in radius at the first view, where
# sigma's picking (at half resolution) finds a disc of 2 px only at some of its pixels
SMALLEST, LARGEST_DISC = 0.3, 0.6
CONCEPT_LINK = "#CED1D7"  # vis-network's grey of the links at opacity 0.5, on white


@dataclass
class YearScale:
    """The colours of the overlay by average publication year, and how many nodes have one."""

    first: int | None
    last: int | None
    dated: int
    undated: int
    colors: tuple[str, ...] = YEAR_COLORS


@dataclass
class Map:
    """Everything a map page shows: nodes (see :data:`NODE_FIELDS`), their links as flat
    triples in ``edges`` (source index, target index, index in ``edge_colors``) and the page's
    controls."""

    title: str
    subtitle: str
    noun: str  # what the nodes are, for "300 entities"
    nodes: list[list[object]]
    edges: list[int]
    edge_colors: list[str]
    legend: list[LegendItem]
    legend_title: str
    years: YearScale
    communities: list[tuple[str, str]] = field(default_factory=list)
    links: tuple[tuple[str, str], ...] = PAGES  # (href, text) of the pages to link to
    fields: tuple[str, ...] = NODE_FIELDS
    drawn_links: int = DRAWN_LINKS  # the first links of ``edges`` drawn; the rest, on selection

    def link_pages(self, pages: Mapping[str, str]) -> None:
        """Give each node the path of its page in ``pages`` (node key → path), or None."""
        for row in self.nodes:
            cast(Info, row[-1])["page"] = pages.get(cast(str, row[0]))


def on_white(color: str, opacity: float) -> str:
    """The ``#RRGGBB`` colour that ``color`` at ``opacity`` makes on a white page: links are
    drawn opaque (sigma reads no opacity) beneath the nodes.

    >>> on_white("#F28E2B", 0.4), on_white("#000000", 1.0)
    ('#FAD2AA', '#000000')
    """
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * opacity):02X}" for c in channels)


def average_years(kg: KnowledgeGraph, keys: Iterable[str]) -> dict[str, float | None]:
    """The average publication year of each node: a paper's year, the mean of an entity's
    dated papers; None where there is none."""
    averages: dict[str, float | None] = {}
    nodes = kg.bipartite.nodes
    for key in keys:
        a = nodes[key]
        if a["kind"] == "paper":
            averages[key] = a["year"]
            continue
        years = [y for p in kg.bipartite[key] if (y := nodes[p]["year"]) is not None]
        averages[key] = round(sum(years) / len(years), 1) if years else None
    return averages


def disc_radii(values: np.ndarray, spacing: float = SPACING) -> np.ndarray:
    """Radii that grow with the square root of ``values``, from :data:`SMALLEST` to
    :data:`LARGEST_DISC` of the layout's ``spacing`` (see :mod:`kg.views.layout`).

    >>> disc_radii(np.array([1.0, 4.0, 9.0]), spacing=10.0).round(3).tolist()
    [3.0, 4.5, 6.0]
    """
    low, high = float(np.sqrt(values.min(initial=1.0))), float(np.sqrt(values.max(initial=1.0)))
    share = (np.sqrt(values) - low) / (high - low) if high > low else np.zeros(len(values))
    radii: np.ndarray = spacing * (SMALLEST + (LARGEST_DISC - SMALLEST) * share)
    return radii


def year_scale(years: Mapping[str, float | None]) -> YearScale:
    """The span of the dated ``years`` and the counts of nodes with and without one.

    >>> year_scale({"a": 2019.5, "b": None, "c": 2021.0})
    YearScale(first=2019, last=2021, dated=2, undated=1, colors=('#440154', '#3B528B', '#21918C', '#5EC962', '#FDE725'))
    """
    dated = [y for y in years.values() if y is not None]
    first, last = (math.floor(min(dated)), math.ceil(max(dated))) if dated else (None, None)
    return YearScale(first, last, len(dated), len(years) - len(dated))


def map_nodes(
    items: list[VisNode], pos: Mapping[str, tuple[float, float]], years: Mapping[str, float | None]
) -> list[list[object]]:
    """The ``items`` as rows of :data:`NODE_FIELDS`, their discs parted (see
    :func:`~kg.views.layout.spread`); the abstract stays on the paper's page."""
    if not items:
        return []
    xy = np.array([pos[item["id"]] for item in items], dtype=float)
    radii = disc_radii(np.array([float(item["value"]) for item in items]))
    gap = 0.1 * float(radii.min())
    xy = spread(xy, radii, gap)
    radii = fit_radii(xy, radii, gap)
    rows: list[list[object]] = []
    for item, (x, y), r in zip(items, xy, radii, strict=True):
        color = item["color"] if isinstance(item["color"], str) else item["color"]["background"]
        info = {k: v for k, v in item["info"].items() if k != "text"}
        row = [item["id"], item["label"], round(x, 2), round(y, 2), round(r, 2), color, item["legend"]]
        rows.append([*row, item["community"], years[item["id"]], info])
    return rows


def concept_map(
    kg: KnowledgeGraph,
    max_concepts: int = 300,
    min_weight: float = 0.1,
    seed: int = 42,
    include_generic: bool = False,
) -> Map:
    """The entities of :func:`~kg.views.pages.concept_view` (coloured by type, sized by
    papers, grouped by community, joined by co-occurrence) as a map.

    Raises
    ------
    KGError
        E035 for a parameter out of range.
    """
    view = concept_view(kg, max_concepts, min_weight, seed, include_generic)
    index = {n["id"]: i for i, n in enumerate(view.nodes)}
    years = average_years(kg, index)
    edges = [i for e in view.edges for i in (index[e["from"]], index[e["to"]], 0)]
    return Map(
        title=view.title,
        subtitle=view.subtitle,
        noun=view.noun,
        nodes=map_nodes(view.nodes, {n["id"]: (n["x"], n["y"]) for n in view.nodes}, years),
        edges=edges,
        edge_colors=[CONCEPT_LINK],
        legend=view.legend,
        legend_title=view.legend_title,
        years=year_scale(years),
        communities=view.communities,
    )


def paper_items(kg: KnowledgeGraph, g: nx.Graph) -> list[VisNode]:
    """A node for each paper of ``g``, sized by its links in the whole paper graph, listing
    the entities it shares most with the papers it is linked to here."""
    items = []
    for key, a in g.nodes(data=True):
        shared: Counter[str] = Counter()
        for _, _, ids in g.edges(key, data="shared"):
            shared.update(entity_labels(kg, ids[:8]))
        caption = ("Shares", [s for s, _ in shared.most_common(4)])
        items.append(paper_item(key, a, kg.papers.degree[key] + 1, caption))
    return items


def paper_map(
    kg: KnowledgeGraph, max_papers: int = 100_000, color_by: ColorBy = "community", seed: int = 42
) -> Map:
    """The ``max_papers`` papers with the strongest links, each with its
    :data:`LINKS_PER_PAPER` strongest links to the others, coloured by community or by year.

    Raises
    ------
    KGError
        E035 for ``max_papers`` below 1 or an unknown ``color_by``.
    """
    require("paper colour", color_by, color_by in ("community", "year"), "'community' or 'year'")
    g = paper_graph(kg, max_papers, LINKS_PER_PAPER)
    items = paper_items(kg, g)
    names = paper_community_names(kg, g)
    if color_by == "community":
        legend, groups = color_by_community(items, names), []
    else:
        legend, groups = color_by_year(items), group_choices(items, names)
    index = {key: i for i, key in enumerate(g)}
    colors: dict[str, int] = {}
    edges = []
    for a, b, _ in sorted(g.edges(data="weight"), key=lambda e: (-e[2], index[e[0]], index[e[1]])):
        c = community_edge_color(g.nodes[a]["community"], g.nodes[b]["community"])
        color = colors.setdefault(on_white(c["color"], c["opacity"]), len(colors))
        edges += [index[a], index[b], color]
    years = average_years(kg, g)
    shown = f"{len(items):,} of {kg.papers.number_of_nodes():,} papers" if items else "No papers"
    links = len(edges) // 3
    drawn = (
        f" The {DRAWN_LINKS:,} strongest of its {links:,} links are drawn; a selected paper shows all of its own."
        if links > DRAWN_LINKS
        else ""
    )
    return Map(
        title="Paper map",
        subtitle=(
            f"{shown}, each joined to the {LINKS_PER_PAPER} it shares most entities with (rarer "
            f"entities count more), coloured by {color_by}.{drawn}"
        ),
        noun="papers",
        nodes=map_nodes(items, community_layout(g, seed), years),
        edges=edges,
        edge_colors=list(colors),
        legend=legend,
        legend_title="Communities" if color_by == "community" else "Years",
        years=year_scale(years),
        communities=groups,
        drawn_links=DRAWN_LINKS,
    )
