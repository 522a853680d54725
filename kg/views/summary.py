"""What the entry page shows: the corpus in numbers, a chart of it per year, links to the maps."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict

from ..graph import KnowledgeGraph, top_entities
from ..records import LABELS
from ..schema import entity_node
from .maps import Map
from .pages import PAGES
from .site import Ref
from .style import TYPE_STYLE
from .text import plural, year_span


class Bar(TypedDict):
    """The bar of one year, and the slot around it that shows its tooltip."""

    x: float
    y: float
    width: float
    height: float
    slot_x: float
    slot_width: float
    tip: str


class Line(TypedDict):
    """The line of one entity type: ``points`` as SVG writes them, ``"x,y x,y"``."""

    type: str
    color: str
    points: str


@dataclass
class Chart:
    """An SVG chart of papers (bars) and distinct entities of each type (lines) per year, in
    pixels."""

    width: int
    height: int
    bars: list[Bar]
    lines: list[Line]
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, int]]
    baseline: float


class TypeSummary(TypedDict):
    """The entities of one type: how many, and the most frequent."""

    type: str
    name: str
    color: str
    shape: str
    count: int
    top: list[tuple[Ref, int]]  # the entity and its papers


class Summary(TypedDict):
    """What ``index.html`` shows; ``views`` are (href, name, about); ``dated`` tells how many
    papers the span of ``years`` rests on."""

    title: str
    counts: list[tuple[str, int]]
    years: str
    dated: str
    types: list[TypeSummary]
    chart: Chart | None
    views: list[tuple[str, str, str]]
    links: tuple[tuple[str, str], ...]


def nice_ticks(top: float, most: int = 5) -> list[int]:
    """Round tick values from 0 to at least ``top``, at most ``most`` + 1 of them.

    >>> nice_ticks(87), nice_ticks(4), nice_ticks(0)
    ([0, 20, 40, 60, 80, 100], [0, 1, 2, 3, 4], [0, 1])
    """
    top = max(top, 1)
    step = next(s * 10**e for e in range(12) for s in (1, 2, 5) if top / (s * 10**e) <= most)
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
    papers: Counter[int] = Counter()
    seen: defaultdict[tuple[int, str], set[str]] = defaultdict(set)
    for key, a in kg.bipartite.nodes(data=True):
        if a["kind"] == "paper" and a["year"] is not None:
            papers[a["year"]] += 1
            for e in kg.bipartite[key]:
                seen[a["year"], kg.bipartite.nodes[e]["type"]].add(e)
    years = list(range(min(papers), max(papers) + 1)) if papers else []
    return years, [papers[y] for y in years], {t: [len(seen[y, t]) for y in years] for t in LABELS}


def year_chart(
    years: list[int],
    papers: list[int],
    entities: Mapping[str, list[int]],
    width: int = 680,
    height: int = 240,
) -> Chart | None:
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

    def y_of(n: float) -> float:
        return round(top + plot_h * (1 - n / ticks[-1]), 1)

    def x_of(i: int) -> float:
        return round(left + slot * (i + 0.5), 1)

    bars: list[Bar] = [
        {
            "x": round(left + slot * (i + 0.15), 1),
            "y": y_of(n),
            "width": round(slot * 0.7, 1),
            "height": round(y_of(0) - y_of(n), 1),
            "slot_x": round(left + slot * i, 1),
            "slot_width": round(slot, 1),
            "tip": f"{year}: {plural(n, 'paper')}; "
            + ", ".join(f"{entities[t][i]} {t.lower()}" for t in entities if entities[t][i]),
        }
        for i, (year, n) in enumerate(zip(years, papers, strict=True))
    ]
    lines: list[Line] = [
        {
            "type": t,
            "color": TYPE_STYLE[t][0],
            "points": " ".join(f"{x_of(i)},{y_of(n)}" for i, n in enumerate(counts)),
        }
        for t, counts in entities.items()
        if any(counts)
    ]
    every = math.ceil(len(years) / 12)  # at most a dozen year labels fit
    return Chart(
        width=width,
        height=height,
        bars=bars,
        lines=lines,
        x_labels=[(x_of(i), str(y)) for i, y in enumerate(years) if i % every == 0],
        y_ticks=[(y_of(t), t) for t in ticks],
        baseline=y_of(0),
    )


def summary_page(
    kg: KnowledgeGraph,
    concepts: Map,
    papers: Map,
    *,
    ontology: bool = False,
    pages: Mapping[str, str] | None = None,
) -> Summary:
    """What the entry page shows; ``ontology``: link to ``ontology.html`` too; ``pages``: node
    key → page of the nodes that have one, which the lists link to."""
    types = Counter(a["type"] for _, a in kg.entities.nodes(data=True))
    years, per_year, entities = year_counts(kg)
    pages = pages or {}
    n_papers = kg.papers.number_of_nodes()
    return {
        "title": "Knowledge graph overview",
        "counts": [
            ("papers", kg.papers.number_of_nodes()),
            ("entities", kg.entities.number_of_nodes()),
            ("paper links", kg.papers.number_of_edges()),
            ("entity links", kg.entities.number_of_edges()),
        ],
        "years": year_span(years[0], years[-1]) if years else "",
        "dated": f"{sum(per_year):,} of {plural(n_papers, 'paper')} dated" if years else "",
        "types": [
            {
                "type": t,
                "name": t.capitalize(),
                "color": TYPE_STYLE[t][0],
                "shape": TYPE_STYLE[t][1],
                "count": types[t],
                "top": [
                    ({"label": e.label, "href": pages.get(entity_node(e.id))}, e.count)
                    for e in top_entities(kg, t, n=8)
                ],
            }
            for t in LABELS
            if types[t]
        ],
        "chart": year_chart(years, per_year, entities),
        "views": [
            ("concept_map.html", "Concept map", concepts.subtitle),
            ("paper_map.html", "Paper map", papers.subtitle),
        ]
        + (
            [("ontology.html", "Ontology", "The classes and properties of the RDF export.")]
            if ontology
            else []
        ),
        "links": PAGES,
    }
