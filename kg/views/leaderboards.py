"""The reported results on the site's pages: a dataset's or a metric's leaderboards, and the
results a paper reports.

A dataset's page ranks the absolute results reported on it, a table per metric (and unit),
in the metric's direction; a metric's page does the same with a table per dataset. Relative
results (changes and ratios) are listed apart, never ranked with the absolute ones. The
ranking is :func:`kg.results.leaderboard.leaderboard`'s. :class:`ResultIndex` hands each
page only the papers whose results name its entity, so that writing every page reads each
result a bounded number of times, where asking
:func:`kg.graph.boards.graph_leaderboard` for each page would read every paper's results
once a page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..graph import KnowledgeGraph
from ..graph.boards import proposed_system, wanted
from ..records import Result
from ..results.leaderboard import NO_DATASET, NO_METRIC, Board, PaperResults, Row, evidence, leaderboard
from ..schema import entity_node, node_id, paper_node
from .style import TYPE_STYLE
from .text import year_span

if TYPE_CHECKING:
    from .site import Ref, Segment, Site

# the side of a result that names an entity of each type with a leaderboard
SIDES = {"DATASET": "dataset", "METRIC": "metric"}
DIRECTIONS = {"higher": "higher is better", "lower": "lower is better"}
# units written against their number ("84.1%", "2.5x"); the others after a space
_UNSPACED = ("%", "x", "×")
# the colour that marks a value in its sentence
_VALUE_COLOR = TYPE_STYLE["METRIC"][0]


@dataclass
class ResultIndex:
    """The papers (node keys) whose results name each dataset or metric entity (node key),
    by entity or in words that are one of its names; and the entities' labels and metric
    directions (by entity id), which every leaderboard needs."""

    papers: dict[str, list[str]]
    labels: dict[str, str]
    directions: dict[str, str | None]

    @classmethod
    def of(cls, kg: KnowledgeGraph) -> ResultIndex:
        """The index of the results of ``kg``'s papers."""
        names: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        labels: dict[str, str] = {}
        directions: dict[str, str | None] = {}
        for key, a in kg.entities.nodes(data=True):
            labels[a["id"]] = a["label"]
            if a["type"] == "METRIC":
                directions[a["id"]] = a["direction"]
            if side := SIDES.get(a["type"]):
                for name in wanted(a).names:
                    names[side, name].append(key)
        found: defaultdict[str, dict[str, None]] = defaultdict(dict)  # a dict keeps papers in order
        for key, a in kg.papers.nodes(data=True):
            for r in a["results"]:
                for side in SIDES.values():
                    entity, words = r.get(f"{side}_entity"), r.get(side)
                    if entity:
                        found[entity_node(entity)][key] = None
                    elif words:
                        for e in names.get((side, words.strip().casefold()), ()):
                            found[e][key] = None
        return cls({e: list(papers) for e, papers in found.items()}, labels, directions)


@dataclass
class BoardRow:
    """A result as a page shows it: ``about`` names the metric (on a dataset's page) or the
    dataset (on a metric's page) of a relative result, which no table heading names."""

    rank: int | None
    method: str
    own: bool
    value: str
    approx: bool
    about: str
    paper: Ref
    year: str
    field: str
    evidence: list[Segment]


@dataclass
class Table:
    """The ranked absolute results in one unit, by one metric (a dataset's page) or on one
    dataset (a metric's page)."""

    heading: Ref
    unit: str
    direction: str
    rows: list[BoardRow]
    n_rows: int


@dataclass
class Boards:
    """The leaderboards of a dataset's or a metric's page."""

    tables: list[Table]
    relative: list[BoardRow]
    n_relative: int


def shown(value: str, unit: str) -> str:
    """A value with its unit, as the pages write it.

    >>> shown("84.1", "%"), shown("2.5", "x"), shown("2.3", "points"), shown("7", "")
    ('84.1%', '2.5x', '2.3 points', '7')
    """
    if not unit:
        return value
    return value + unit if unit in _UNSPACED else f"{value} {unit}"


def direction_text(direction: str | None) -> str:
    """What a table says of its ranking.

    >>> direction_text("lower"), direction_text(None)
    ('lower is better', 'direction unknown: listed by value, highest first, not ranked')
    """
    return DIRECTIONS.get(direction or "", "direction unknown: listed by value, highest first, not ranked")


def marked(text: str, start: int, end: int) -> list[Segment]:
    """The sentence ``text`` with the value ``text[start:end]`` marked."""
    return [
        {"text": text[:start], "href": None, "color": None},
        {"text": text[start:end], "href": None, "color": _VALUE_COLOR},
        {"text": text[end:], "href": None, "color": None},
    ]


def _paper_results(kg: KnowledgeGraph, key: str) -> PaperResults:
    a = kg.bipartite.nodes[key]
    results = [Result.from_dict(r) for r in a["results"]]
    return PaperResults(
        a["id"], a["title"], a["year"], a["abstract"] or "", results, proposed_system(kg, key)
    )


def _board_row(site: Site, row: Row, about: str) -> BoardRow:
    return BoardRow(
        row.rank,
        row.method,
        row.own,
        shown(row.value, row.unit),
        row.approx,
        about,
        site.ref(paper_node(row.paper)),
        year_span(row.year, row.year),
        row.field,
        marked(row.evidence, row.start, row.end),
    )


def _heading(site: Site, board: Board, side: str) -> Ref:
    """A table's heading: the metric of a dataset's page, linked to its page; the dataset of
    a metric's page."""
    if side == "metric":
        return {"label": board.dataset or NO_DATASET, "href": None}
    if board.metric_id and (key := entity_node(board.metric_id)) in site.kg.bipartite:
        return site.ref(key)
    return {"label": board.metric or NO_METRIC, "href": None}


def entity_boards(site: Site, key: str, max_rows: int = 50) -> Boards | None:
    """The leaderboards of the dataset or metric entity ``key``, at most ``max_rows`` rows a
    table and relative results; None for an entity of another type or without results."""
    a = site.kg.bipartite.nodes[key]
    side = SIDES.get(a["type"])
    variants = site.variants.get(key, []) if side else []  # a variant's results in tables of their own
    papers = list(dict.fromkeys(p for k in (key, *variants) for p in site.results.papers.get(k, [])))
    if not side or not papers:
        return None
    asked = wanted(a, [node_id(v) for v in variants])
    board = leaderboard(
        (_paper_results(site.kg, p) for p in papers),
        asked if side == "dataset" else None,
        asked if side == "metric" else None,
        labels=site.results.labels,
        directions=site.results.directions,
    )
    if not board.boards and not board.relative:
        return None
    other = "metric" if side == "dataset" else "dataset"
    tables = [
        Table(
            _heading(site, b, side),
            b.unit,
            direction_text(b.direction),
            [_board_row(site, row, "") for row in b.rows[:max_rows]],
            len(b.rows),
        )
        for b in board.boards
    ]
    unnamed = NO_METRIC if other == "metric" else NO_DATASET
    relative = [_board_row(site, row, getattr(row, other) or unnamed) for row in board.relative[:max_rows]]
    return Boards(tables, relative, len(board.relative))


@dataclass
class PaperResult:
    """A result a paper reports, as its page shows it: what it measures, on what and by
    which system, each linked to its entity's page where it names a linked entity."""

    value: str
    kind: str
    approx: bool
    metric: Ref | None
    dataset: Ref | None
    method: Ref
    own: bool
    field: str
    evidence: list[Segment]


def _named(site: Site, entity: str | None, words: str | None) -> Ref | None:
    """A result's entity as a link, or its words where it names no entity of the graph."""
    if entity and (key := entity_node(entity)) in site.kg.bipartite:
        return site.ref(key)
    return {"label": words, "href": None} if words else None


def paper_results(site: Site, key: str) -> list[PaperResult]:
    """The results paper ``key`` reports, in the order of the text; a result that names no
    method is its own method's (:func:`kg.graph.boards.proposed_system`) or a baseline's."""
    a = site.kg.bipartite.nodes[key]
    results = sorted((Result.from_dict(r) for r in a["results"]), key=lambda r: (r.field != "title", r.start))
    proposed = proposed_system(site.kg, key) if results else None
    out = []
    for r in results:
        sentence, start, end = evidence(a["title"], a["abstract"] or "", r)
        fallback = (proposed or "this paper's method") if r.own else "a baseline"
        out.append(
            PaperResult(
                shown(r.value, r.unit),
                r.kind,
                r.approx,
                _named(site, r.metric_entity, r.metric),
                _named(site, r.dataset_entity, r.dataset),
                _named(site, r.method_entity, r.method) or {"label": fallback, "href": None},
                r.own,
                r.field,
                marked(sentence, start, end),
            )
        )
    return out
