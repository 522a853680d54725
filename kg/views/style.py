"""The colours and shapes of the pages: by entity type, by community and by year."""

from __future__ import annotations

from typing import TypedDict

import numpy as np

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
COMMUNITY_COLORS = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
)
OTHER = "other"
OTHER_COLOR = "#BAB0AC"
# viridis at five stops, dark to light: ordered in grey too, and for colour-blind readers
YEAR_COLORS = ("#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725")
NO_YEAR = "unknown"


class NodeColor(TypedDict):
    """A vis-network node colour with a border of its own."""

    background: str
    border: str


class EdgeColor(TypedDict):
    """A vis-network edge colour."""

    color: str
    opacity: float


def group_key(community: int | None) -> str:
    """The legend and filter key of a community: its number for the largest ones, else
    ``"other"``.

    >>> group_key(0), group_key(len(COMMUNITY_COLORS)), group_key(None)
    ('0', 'other', 'other')
    """
    return str(community) if community is not None and community < len(COMMUNITY_COLORS) else OTHER


def group_color(key: str) -> str:
    """The colour of the community group ``key`` (see :func:`group_key`).

    >>> group_color("1"), group_color("other")
    ('#F28E2B', '#BAB0AC')
    """
    return OTHER_COLOR if key == OTHER else COMMUNITY_COLORS[int(key)]


def community_edge_color(a: int | None, b: int | None) -> EdgeColor:
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
    a, b = (np.array([int(c[i : i + 2], 16) for i in (1, 3, 5)]) for c in YEAR_COLORS[low : low + 2])
    return "#" + "".join(f"{round(v):02X}" for v in a + (b - a) * (at - low))


def with_border(color: str | NodeColor, border: str) -> NodeColor:
    """A node colour ``color`` with a ``border`` of another colour.

    >>> with_border("#0072B2", "#111827")
    {'background': '#0072B2', 'border': '#111827'}
    """
    background = color if isinstance(color, str) else color["background"]
    return {"background": background, "border": border}
