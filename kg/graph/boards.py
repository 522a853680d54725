"""Leaderboards of a built graph: its papers' reported results (the paper nodes' ``results``)
ranked by :func:`kg.results.leaderboard.leaderboard`, from the graph or from its query index.

The index (:mod:`kg.graph.index`) holds a row per result in table ``results``, with the
dataset, metric and task it names (entity id, or its words where no entity was linked), so a
leaderboard reads only the rows of its dataset.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import KGError
from ..records import Result
from ..results.leaderboard import BoardDataset, Leaderboard, PaperResults, Wanted, board_datasets, leaderboard
from ..schema import EntityAttrs, entity_node, is_paper, node_id
from .query import variants_of

if TYPE_CHECKING:
    from .build import KnowledgeGraph

# the kinds of entity a paper proposes that name its own results
_SYSTEMS = ("METHOD", "MODEL")

RESULTS_TABLE = """
CREATE TABLE results (
    paper TEXT, seq INTEGER, dataset TEXT, dataset_words TEXT, metric TEXT, metric_words TEXT,
    task TEXT, task_words TEXT, proposes TEXT, result TEXT);
"""
RESULTS_INDEXES = """
CREATE INDEX results_dataset ON results (dataset);
CREATE INDEX results_dataset_words ON results (dataset_words);
CREATE INDEX results_metric ON results (metric);
CREATE INDEX results_metric_words ON results (metric_words);
"""


def wanted(a: EntityAttrs, variants: Iterable[str] = ()) -> Wanted:
    """The entity of node attributes ``a`` as a leaderboard asks for it: by id or the ids of
    its ``variants``, or by its label, id or aliases where a result names it in words only."""
    names = (a["id"], a["label"], *a["aliases"])
    return Wanted(a["id"], a["label"], frozenset(n.strip().casefold() for n in names), frozenset(variants))


def asked_for(
    names: Iterable[str | None],
    resolve: Callable[[str], str],
    attrs: Callable[[str], Any],
    variants: Callable[[str], list[str]],
) -> tuple[list[Wanted | None], KGError | None]:
    """What a leaderboard is asked for by ``names`` (dataset, metric, task; None: any): the
    entity each resolves to (by ``resolve`` to a node key, whose ``attrs`` and ``variants``
    are read), or a name no entity has, in words, as a board heads a dataset a result names
    ("ImageNet-256"), with the error that resolving it raised."""
    out: list[Wanted | None] = []
    missed = None
    for name in names:
        if not name:
            out.append(None)
            continue
        try:
            a = attrs(resolve(name))
        except KGError as e:
            missed = e
            out.append(Wanted("", name.strip(), frozenset({name.strip().casefold()})))
            continue
        out.append(wanted(a, variants(a["id"])))
    return out, missed


def _found(board: Leaderboard, missed: KGError | None) -> Leaderboard:
    """``board``, or the error of a name no entity has when no result names it either."""
    if missed is not None and not board.boards and not board.relative:
        raise missed
    return board


def proposed_system(kg: KnowledgeGraph, paper: str) -> str | None:
    """The label of the specific method or model ``paper`` (a node key) proposes, the most
    mentioned of them if several; None if it proposes none ("deep representations", a generic
    entity, names no system)."""
    g = kg.bipartite
    proposed = [
        (-e["count"], o["label"])
        for other, e in g[paper].items()
        if e.get("role") == "proposes"
        for o in [g.nodes[other]]
        if o["type"] in _SYSTEMS and not o.get("generic", False)
    ]
    return min(proposed)[1] if proposed else None


def graph_leaderboard(
    kg: KnowledgeGraph,
    resolve: Callable[[str], str],
    dataset: str | None,
    metric: str | None = None,
    task: str | None = None,
) -> Leaderboard:
    """The leaderboard of the entities named ``dataset``, ``metric`` and ``task`` (each
    resolved by ``resolve`` to an entity's node key; None: any), from the graph."""
    nodes = kg.bipartite.nodes
    variants = variants_of(kg)
    chosen, missed = asked_for(
        (dataset, metric, task),
        resolve,
        nodes.__getitem__,
        lambda i: [node_id(v) for v in variants[entity_node(i)]],
    )
    papers = (
        PaperResults(
            a["id"],
            a["title"],
            a["year"],
            a.get("abstract") or "",
            [Result.from_dict(r) for r in a["results"]],
            proposed_system(kg, key),
        )
        for key, a in nodes(data=True)
        if is_paper(key) and a.get("results")
    )
    entities = [(node_id(k), a) for k, a in kg.entities.nodes(data=True)]
    labels = {eid: a["label"] for eid, a in entities}
    directions = {eid: a.get("direction") for eid, a in entities if a["type"] == "METRIC"}
    return _found(leaderboard(papers, *_three(chosen), labels=labels, directions=directions), missed)


def graph_board_datasets(kg: KnowledgeGraph, n: int | None = None) -> list[BoardDataset]:
    """The datasets the graph's papers report results on, most results first
    (:func:`~kg.results.leaderboard.board_datasets`)."""
    found = [
        (a["id"], r.get("dataset_entity"), r.get("dataset") or "")
        for key, a in kg.bipartite.nodes(data=True)
        if is_paper(key)
        for r in a.get("results") or ()
        if r.get("dataset") or r.get("dataset_entity")
    ]
    labels = {node_id(k): a["label"] for k, a in kg.entities.nodes(data=True) if a["type"] == "DATASET"}
    return board_datasets(found, labels, n)


def result_rows(kg: KnowledgeGraph) -> Iterator[tuple[object, ...]]:
    """The rows of the index's ``results`` table: one per result of each paper."""
    for key, a in kg.bipartite.nodes(data=True):
        if not is_paper(key) or not a.get("results"):
            continue
        proposes = proposed_system(kg, key)
        for seq, r in enumerate(a["results"]):
            yield (
                key, seq, r.get("dataset_entity"), _words(r.get("dataset")), r.get("metric_entity"),
                _words(r.get("metric")), r.get("task_entity"), _words(r.get("task")), proposes, json.dumps(r),
            )  # fmt: skip


def write_results(con: sqlite3.Connection, kg: KnowledgeGraph) -> None:
    """Add the ``results`` table of ``kg`` to an index being written."""
    con.executescript(RESULTS_TABLE)
    con.executemany("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", result_rows(kg))
    con.executescript(RESULTS_INDEXES)


def _three(chosen: list[Wanted | None]) -> tuple[Wanted | None, Wanted | None, Wanted | None]:
    dataset, metric, task = chosen
    return dataset, metric, task


def _words(text: str | None) -> str | None:
    return text.strip().casefold() if text else None


def index_leaderboard(
    con: sqlite3.Connection,
    attrs: Callable[[str], Any],
    resolve: Callable[[str], str],
    dataset: str | None,
    metric: str | None = None,
    task: str | None = None,
) -> Leaderboard:
    """:func:`graph_leaderboard` from an open index: ``attrs`` gives a node's attributes by
    key, ``resolve`` a name's entity key."""
    chosen, missed = asked_for(
        (dataset, metric, task),
        resolve,
        attrs,
        lambda i: [v for (v,) in con.execute("SELECT id FROM entities WHERE variant_of = ?", (i,))],
    )
    first = next((w for w in chosen if w is not None), None)
    column = "dataset" if chosen[0] else "metric" if chosen[1] else "task"
    if first is None:
        rows = con.execute("SELECT paper, proposes, result FROM results ORDER BY paper, seq").fetchall()
    else:
        asked, names = [first.id, *sorted(first.variants)], sorted(first.names)
        rows = con.execute(
            f"SELECT paper, proposes, result FROM results WHERE {column} IN ({', '.join('?' * len(asked))})"
            f" OR ({column} IS NULL AND {column}_words IN ({', '.join('?' * len(names))}))"
            " ORDER BY paper, seq",
            [*asked, *names],
        ).fetchall()
    by_paper: dict[str, list[tuple[str | None, dict[str, Any]]]] = {}
    for paper, proposes, result in rows:
        by_paper.setdefault(paper, []).append((proposes, json.loads(result)))
    papers = [_paper_results(attrs(key), found) for key, found in by_paper.items()]
    ids = {
        r[k]
        for _, found in by_paper.items()
        for _, r in found
        for k in ("method_entity", "metric_entity", "dataset_entity")
    }
    entities = [a for a in (attrs(f"entity:{i}") for i in ids if i) if a is not None]
    board = leaderboard(
        papers,
        *_three(chosen),
        labels={a["id"]: a["label"] for a in entities},
        directions={a["id"]: a.get("direction") for a in entities if a["type"] == "METRIC"},
    )
    return _found(board, missed)


def _paper_results(a: Mapping[str, Any], found: Iterable[tuple[str | None, dict[str, Any]]]) -> PaperResults:
    found = list(found)
    return PaperResults(
        a["id"], a["title"], a["year"], a.get("abstract") or "",
        [Result.from_dict(r) for _, r in found], found[0][0] if found else None,
    )  # fmt: skip


def index_board_datasets(con: sqlite3.Connection, n: int | None = None) -> list[BoardDataset]:
    """:func:`graph_board_datasets` from an open index."""
    rows = con.execute(
        "SELECT p.id, r.dataset, json_extract(r.result, '$.dataset') FROM results r"
        " JOIN papers p ON p.key = r.paper"
        " WHERE r.dataset IS NOT NULL OR r.dataset_words IS NOT NULL ORDER BY r.paper, r.seq"
    )
    found = [(paper, entity, text or "") for paper, entity, text in rows]
    labels = dict(con.execute("SELECT id, label FROM entities WHERE type = 'DATASET'"))
    return board_datasets(found, labels, n)
