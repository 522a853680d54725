"""The vis-network nodes and edges of the network pages, and the entries of their legends.

These are the data ``view.js`` reads: each node carries, beside what vis-network draws, its
``legend`` and ``community`` keys and ``years`` (for the filters), ``search`` text, and the
``info`` its tooltip and details show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NotRequired, Required, TypedDict

from ..graph import KnowledgeGraph
from ..records import LABELS
from ..schema import EntityAttrs, PaperAttrs, entity_node
from .style import OTHER, TYPE_STYLE, EdgeColor, NodeColor, group_key
from .text import plural, shorten, source_url, year_span


class Info(TypedDict, total=False):
    """What a node's or an edge's tooltip and details show: ``lists`` are (caption, texts)."""

    name: Required[str]
    meta: Required[list[str]]
    text: str
    lists: list[tuple[str, list[str]]]
    url: str | None
    page: str | None  # the node's page in the site, relative to its root


class VisNode(TypedDict, total=False):
    """A vis-network node; ``x`` and ``y`` are added by :func:`place`."""

    id: Required[str]
    label: Required[str]
    shape: Required[str]
    color: Required[str | NodeColor]
    value: Required[float]
    legend: Required[str]
    community: Required[str]
    years: Required[list[int | None]]
    search: Required[str]
    info: Required[Info]
    borderWidth: int
    x: float
    y: float


# functional syntax, since "from" is a keyword
VisEdge = TypedDict(
    "VisEdge",
    {"id": int, "from": str, "to": str, "width": float, "info": Info, "color": NotRequired[EdgeColor]},
)


@dataclass
class LegendItem:
    """One entry of a page's legend, which also filters the nodes whose ``legend`` is ``key``."""

    key: str
    label: str
    color: str
    shape: str = "dot"
    count: int = 0


def entity_item(key: str, a: EntityAttrs, value: float) -> VisNode:
    """The vis-network node of entity ``key`` with attributes ``a``, drawn by type."""
    color, shape = TYPE_STYLE[a["type"]]
    aliases = [s for s, _ in sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0])) if s != a["label"]][
        :6
    ]
    return {
        "id": key,
        "label": a["label"],
        "shape": shape,
        "color": color,
        "value": value,
        "legend": a["type"],
        "community": group_key(a["community"]),
        "years": [a["first_year"], a["last_year"]],
        "search": " ".join([a["label"], a["id"], *aliases]).lower(),
        "info": {
            "name": a["label"],
            "meta": [
                a["type"].lower(),
                plural(a["n_papers"], "paper"),
                year_span(a["first_year"], a["last_year"]),
            ],
            "lists": [("Also written", aliases)],
        },
    }


def paper_item(key: str, a: PaperAttrs, value: float, entities: tuple[str, list[str]]) -> VisNode:
    """The vis-network node of paper ``key`` with attributes ``a``; ``entities`` is a caption
    and the entity labels to list in its tooltip."""
    color, shape = TYPE_STYLE["PAPER"]
    authors = a.get("authors") or []
    byline = ", ".join(authors[:3]) + (" et al." if len(authors) > 3 else "")
    return {
        "id": key,
        "label": shorten(a["title"], 40),
        "shape": shape,
        "color": color,
        "value": value,
        "legend": "PAPER",
        "community": group_key(a["community"]),
        "years": [a["year"], a["year"]],
        "search": f"{a['title']} {a['id']}".lower(),
        "info": {
            "name": a["title"],
            "meta": [m for m in (year_span(a["year"], a["year"]), byline) if m],
            "text": shorten(a.get("abstract") or "", 320),
            "lists": [entities],
            "url": source_url(a),
        },
    }


def entity_labels(kg: KnowledgeGraph, entity_ids: Iterable[str]) -> list[str]:
    """The labels of the entities of ``entity_ids``."""
    return [kg.bipartite.nodes[entity_node(e)]["label"] for e in entity_ids]


def place(items: list[VisNode], pos: Mapping[str, tuple[float, float]]) -> list[VisNode]:
    """The vis-network ``items`` at their positions, rounded to a tenth of a pixel."""
    return [{**item, "x": round(pos[item["id"]][0], 1), "y": round(pos[item["id"]][1], 1)} for item in items]


def legend_for(items: list[VisNode], entries: Iterable[LegendItem]) -> list[LegendItem]:
    """The ``entries`` some item shows, with their item counts."""
    counts = Counter(item["legend"] for item in items)
    return [LegendItem(e.key, e.label, e.color, e.shape, counts[e.key]) for e in entries if counts[e.key]]


def type_legend() -> list[LegendItem]:
    """A legend entry for each entity type, and for papers."""
    return [LegendItem(t, t.capitalize(), *TYPE_STYLE[t]) for t in (*LABELS, "PAPER")]


def year_choices(items: list[VisNode]) -> list[int]:
    """Every year from the first to the last that the ``items`` span.

    >>> year_choices([{"years": [2019, 2021]}, {"years": [None, None]}, {"years": [2018, 2018]}])
    [2018, 2019, 2020, 2021]
    """
    years = [y for item in items for y in item["years"] if y is not None]
    return list(range(min(years), max(years) + 1)) if years else []


def group_choices(items: list[VisNode], names: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, label) of the community groups the ``items`` fall in, largest community first."""
    present = {item["community"] for item in items}
    keys = sorted((k for k in present if k != OTHER), key=int) + ([OTHER] if OTHER in present else [])
    return [(k, names.get(k, "smaller communities")) for k in keys]
