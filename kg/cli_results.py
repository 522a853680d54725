"""`kg leaderboard`, and how the query commands show roles and reported results.

:func:`leaderboard` is registered on the `kg` app by :mod:`kg.cli`; the table makers here
also serve `kg entity` (each paper's role for the entity, a dataset's or metric's results)
and `kg related` (each shared entity's role on both sides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from .cli_options import GraphOpt, JsonOpt, limit_opt
from .results.leaderboard import NO_DATASET, NO_METRIC
from .results.quantities import hedge_mark
from .schema import entity_node
from .terminal import clean, err, out, print_json, table

if TYPE_CHECKING:
    from .graph import EntityPaper, RelatedPaper
    from .graph.indexed import Queries
    from .results.leaderboard import Board, BoardDataset, Leaderboard, Row

# what a role is shown as in a table: short, and "mentions" as nothing, the common case
ROLE_MARKS = {
    "proposes": "proposes",
    "evaluates_on": "evaluates on",
    "compares_with": "compares with",
    "uses": "uses",
}
# how a metric's direction is shown
DIRECTION_MARKS = {
    "higher": "higher is better",
    "lower": "lower is better",
    None: "direction unknown: not ranked",
}


def leaderboard(
    dataset: str | None = typer.Option(
        None, "--dataset", "-d", help="Dataset: entity id, name or alias. Without any option: the datasets."
    ),
    metric: str | None = typer.Option(
        None, "--metric", "-m", help="Only this metric: entity id, name or alias."
    ),
    task: str | None = typer.Option(None, "--task", "-t", help="Only results on this task."),
    n: int = limit_opt(20, "How many datasets, when listing them."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Methods ranked by the results papers report on a dataset, per metric.

    Each row has its paper, year and evidence; relative results (gains, speed-ups) are listed
    apart, never ranked. Without --dataset, --metric or --task: the datasets with results, most first."""
    from .graph.indexed import answer

    if dataset is None and metric is None and task is None:
        return _datasets(answer(graph, lambda q: q.board_datasets(n)), as_json)
    board = answer(graph, lambda q: q.leaderboard(dataset, metric, task))
    if as_json:
        return print_json(board)
    if not board.boards and not board.relative:  # a message, not empty tables; exit 0
        err.print(f"no results reported on {_asked(board)}")
        return
    for t in board_tables(board):
        out.print(t)


def _datasets(found: list[BoardDataset], as_json: bool) -> None:
    """Print the datasets a leaderboard can be asked for."""
    if as_json:
        return print_json(found)
    if not found:
        err.print("no results with a dataset in this build")
        return
    rows = [
        {"dataset": clean(d.label, one_line=True), "id": d.id or "", "results": d.results, "papers": d.papers}
        for d in found
    ]
    out.print(table("datasets with reported results", rows))


def _asked(board: Leaderboard) -> str:
    """What a leaderboard was asked for, in words.

    >>> from kg.results.leaderboard import Leaderboard
    >>> _asked(Leaderboard("ImageNet", "top-1 accuracy", None, [], []))
    'ImageNet by top-1 accuracy'
    """
    words = [board.dataset or "any dataset"]
    words += [f"by {board.metric}"] if board.metric else []
    words += [f"for {board.task}"] if board.task else []
    return " ".join(words)


def board_tables(board: Leaderboard) -> list[Table]:
    """The tables of a leaderboard: one per dataset, metric and unit, then the relative results."""
    tables = [
        table(
            _board_title(b),
            _rows(b.rows, ranked=True),
            ["rank", "method", "value", "paper", "year", "evidence"],
        )
        for b in board.boards
    ]
    if board.relative:
        columns = ["metric", "method", "change", "paper", "year", "evidence"]
        title = f"relative results on {_asked(board)} (changes and ratios, not ranked)"
        tables.append(table(title, _rows(board.relative, ranked=False), columns))
    return tables


def _board_title(b: Board) -> str:
    """
    >>> from kg.results.leaderboard import Board
    >>> _board_title(Board("ImageNet", "FID", "fid", "", "lower")), _board_title(Board(None, "FID", "fid", "", "lower"))
    ('ImageNet · FID (lower is better)', '(no dataset named) · FID (lower is better)')
    """
    unit = f", in {b.unit}" if b.unit else ""
    return f"{b.dataset or NO_DATASET} · {b.metric or NO_METRIC}{unit} ({DIRECTION_MARKS[b.direction]})"


def _rows(rows: Sequence[Row], ranked: bool) -> list[dict[str, object]]:
    return [
        {
            "rank": "" if x.rank is None else x.rank,
            "metric": x.metric or NO_METRIC,
            "method": x.method + ("" if x.own else " (baseline)"),
            "value": _value(x),
            "change": _value(x),
            "paper": clean(x.title, one_line=True),
            "year": x.year,
            "evidence": clean(x.evidence, one_line=True),
        }
        for x in rows
    ]


def _value(x: Row) -> str:
    """A result's value as shown: marked with the bound its text's hedge sets (``~`` for an
    approximation, ``≤`` for "up to", ``<`` for "less than"...); a range shows as written.

    >>> from dataclasses import replace
    >>> from kg.results.leaderboard import Row
    >>> row = Row(None, "m", True, "2.5", "x", 2.5, True, "relative", "d", "speed", "p", "t", 2024, "up to 2.5x faster", "abstract", 6, 9)
    >>> _value(row), _value(replace(row, evidence="about 2.5x", start=6)), _value(replace(row, value="2-3"))
    ('≤2.5x', '~2.5x', '2-3x')
    """
    unit = x.unit if x.unit in ("%", "x") or not x.unit else f" {x.unit}"
    ranged = re.fullmatch(r"[^-]+-[^-]+", x.value.lstrip("-"))
    mark = hedge_mark(x.evidence, x.start) if x.approx and not ranged else ""
    return mark + x.value + unit


def role_mark(role: str | None, salient: bool = False) -> str:
    """A paper's role for an entity as a table shows it, ``*`` marking a salient entity.

    >>> role_mark("evaluates_on", True), role_mark("mentions"), role_mark(None)
    ('evaluates on *', '', '')
    """
    shown = ROLE_MARKS.get(role or "", "")
    return f"{shown} *" if salient and shown else "*" if salient else shown


def entity_paper_rows(papers: Sequence[EntityPaper]) -> list[dict[str, object]]:
    """The rows of `kg entity`'s table of papers: id, title, year and the paper's role."""
    return [
        {
            "id": p.id,
            "title": clean(p.title, one_line=True),
            "year": p.year,
            "role": role_mark(p.role, p.salient),
        }
        for p in papers
    ]


def related_rows(rows: Sequence[RelatedPaper]) -> list[dict[str, object]]:
    """The rows of `kg related`'s table, each shared entity with its roles on both sides
    (``here/there``) where either paper does more than mention it."""

    def shared(r: RelatedPaper) -> str:
        named = []
        for label, (here, there) in zip(r.shared, r.roles or [(None, None)] * len(r.shared), strict=True):
            marks = (role_mark(here) or "-", role_mark(there) or "-")
            named.append(label if marks == ("-", "-") else f"{label} ({marks[0]}/{marks[1]})")
        return ", ".join(named)

    return [
        {
            "id": r.id,
            "title": clean(r.title, one_line=True),
            "year": r.year,
            "weight": r.weight,
            "shared": shared(r),
        }
        for r in rows
    ]


def entity_results(q: Queries, entity_id: str, entity_type: str) -> Leaderboard | None:
    """The results reported on a dataset, or by a metric; None for other entities."""
    if entity_type == "DATASET":
        return q.leaderboard(entity_node(entity_id))
    if entity_type == "METRIC":
        return q.leaderboard(None, entity_node(entity_id))
    return None
