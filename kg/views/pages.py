"""What each network page shows: the concept map, the paper map and the view around one node."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Literal

import networkx as nx

from ..graph import KnowledgeGraph, communities, node_label
from .items import (
    LegendItem,
    VisEdge,
    VisNode,
    entity_item,
    group_choices,
    legend_for,
    paper_item,
    place,
    type_legend,
    year_choices,
)
from .layout import SPACING, community_layout
from .selection import concept_graph, ego_graph
from .style import (
    COMMUNITY_COLORS,
    NO_YEAR,
    OTHER,
    OTHER_COLOR,
    group_color,
    group_key,
    with_border,
    year_color,
)
from .text import plural, shorten

# (file, title) of the pages write_views writes; each page links to all three
PAGES = (("index.html", "Overview"), ("concept_map.html", "Concept map"), ("paper_map.html", "Paper map"))
ColorBy = Literal["community", "year"]


@dataclass
class View:
    """Everything a network page shows: vis-network nodes and edges (with positions) and the
    page's controls."""

    title: str
    subtitle: str
    nodes: list[VisNode]
    edges: list[VisEdge]
    legend: list[LegendItem]
    legend_title: str
    noun: str  # what the nodes are, for "12 of 300 <noun> shown"
    communities: list[tuple[str, str]] = field(default_factory=list)  # community filter: (key, label)
    years: list[int] = field(default_factory=list)  # year filter choices
    links: tuple[tuple[str, str], ...] = ()  # (href, text) of the pages to link to
    # labels sized with their nodes; else all alike, shown once zoomed in (long paper titles)
    label_scaling: bool = True


def concept_view(
    kg: KnowledgeGraph,
    max_concepts: int = 300,
    min_weight: float = 0.1,
    seed: int = 42,
    include_generic: bool = False,
) -> View:
    """Entities coloured and shaped by type, sized by papers, grouped by community and joined
    by co-occurrence (see :func:`~kg.views.selection.concept_graph`)."""
    g = concept_graph(kg, max_concepts, min_weight, include_generic)
    items = [entity_item(key, a, a["n_papers"]) for key, a in g.nodes(data=True)]
    edges: list[VisEdge] = [
        {
            "id": i,
            "from": a,
            "to": b,
            "width": round(0.5 + 3.5 * max(w, 0.0), 2),
            "info": {
                "name": f"{g.nodes[a]['label']} — {g.nodes[b]['label']}",
                "meta": [f"NPMI {w:.2f}", f"together in {plural(n, 'paper')}"],
            },
        }
        for i, (a, b, w, n) in enumerate((a, b, d["weight"], d["count"]) for a, b, d in g.edges(data=True))
    ]
    names = {
        group_key(c.id): f"{c.id + 1}. {c.label}"
        for c in communities(kg, n_top=3)
        if c.id < len(COMMUNITY_COLORS)
    }
    return View(
        title="Concept map",
        subtitle=(
            f"{plural(len(items), 'entity')} of {kg.entities.number_of_nodes():,}, the most central (PageRank) "
            f"of those that occur together with others (NPMI ≥ {min_weight:g}), grouped by community."
        ),
        nodes=place(items, community_layout(g, seed)),
        edges=edges,
        noun="entities",
        legend=legend_for(items, type_legend()),
        legend_title="Types",
        communities=group_choices(items, names),
        years=year_choices(items),
        links=PAGES,
    )


def paper_community_names(kg: KnowledgeGraph, papers: Iterable[str], n_top: int = 3) -> dict[str, str]:
    """Names of the largest paper communities: the entities most typical of each (their
    papers in the community, weighted by inverse document frequency)."""
    n_papers = max(kg.papers.number_of_nodes(), 1)
    scores: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    for p in papers:
        key = group_key(kg.papers.nodes[p]["community"])
        if key != OTHER:
            for e in kg.bipartite[p]:
                a = kg.bipartite.nodes[e]
                scores[key][a["label"]] += math.log(1 + n_papers / a["n_papers"])
    names = {}
    for key, score in scores.items():
        # the highest scores, ties in first-seen order, as Counter.most_common gives them
        top = heapq.nlargest(n_top, score.items(), key=itemgetter(1))
        names[key] = f"{int(key) + 1}. " + " / ".join(label for label, _ in top)
    return names


def color_by_community(items: list[VisNode], names: dict[str, str]) -> list[LegendItem]:
    """Colour the paper ``items`` by community, whose ``names`` the legend shows."""
    for item in items:
        item["legend"] = item["community"]
        item["color"] = group_color(item["community"])
    return legend_for(
        items, [LegendItem(k, label, group_color(k)) for k, label in group_choices(items, names)]
    )


def color_by_year(items: list[VisNode]) -> list[LegendItem]:
    """Colour the paper ``items`` by year; the legend lists every year they span."""
    years = year_choices(items)
    for item in items:
        year = item["years"][0]
        item["legend"] = NO_YEAR if year is None else str(year)
        item["color"] = year_color(year, years[0], years[-1]) if years else OTHER_COLOR
    entries = [LegendItem(str(y), str(y), year_color(y, years[0], years[-1])) for y in years]
    return legend_for(items, [*entries, LegendItem(NO_YEAR, "year unknown", OTHER_COLOR)])


def ego_item(kg: KnowledgeGraph, key: str) -> VisNode:
    """The vis-network node of ``key`` in an ego view: an entity sized by its papers, a paper
    by its entities, listing the entities it mentions most."""
    a = kg.bipartite.nodes[key]
    if a["kind"] == "entity":
        return entity_item(key, a, a["n_papers"])
    ranked = sorted(kg.bipartite[key].items(), key=lambda kv: (-kv[1]["count"], kv[0]))
    mentioned = [kg.bipartite.nodes[e]["label"] for e, _ in ranked[:10]]
    return paper_item(key, a, kg.bipartite.degree[key], ("Mentions", mentioned))


def ego_view(kg: KnowledgeGraph, center: str, depth: int = 1, max_nodes: int = 150, seed: int = 42) -> View:
    """The papers and entities around ``center`` (see :func:`~kg.views.selection.ego_graph`)."""
    g = ego_graph(kg, center, depth, max_nodes)
    items = [ego_item(kg, key) for key in g]
    for item in items:
        if item["id"] == center:
            # the centre stands out by its border, keeping the colour that tells its type
            item.update({"borderWidth": 4, "color": with_border(item["color"], "#111827")})
    edges: list[VisEdge] = [
        {
            "id": i,
            "from": a,
            "to": b,
            "width": round(min(1.0 + math.log(n), 4.0), 2),
            "info": {"name": "", "meta": [f"mentioned {plural(n, 'time')}"]},
        }
        for i, (a, b, n) in enumerate(g.edges(data="count"))
    ]
    pos = nx.spring_layout(g, seed=seed, scale=SPACING * math.sqrt(len(g)), center=(0.0, 0.0))
    kind = kg.bipartite.nodes[center]["kind"]
    return View(
        title=f"Around {shorten(node_label(kg.bipartite.nodes[center]), 80)}",
        subtitle=(
            f"{plural(len(items), 'node')} within {plural(depth, 'link')} of this {kind} "
            f"in the graph of papers and the entities they mention."
        ),
        nodes=place(items, pos),
        edges=edges,
        noun="nodes",
        legend=legend_for(items, type_legend()),
        legend_title="Types",
        years=year_choices(items),
    )
