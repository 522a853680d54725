"""Leaderboards from reported results: which method reaches what on a dataset, by a metric.

A leaderboard is asked for a dataset, a metric, a task or several of them, each an entity
(:class:`Wanted`). Of the results the papers report (:class:`kg.records.Result`), those on the
dataset, with the metric and on the task asked for are kept. *Absolute* results, a level
reached, are ranked by value within each dataset, metric and unit, in the metric's direction (higher
or lower is better: :mod:`kg.results.direction`); a metric whose direction is unknown is
listed by value, higher first, without ranks, as kg does not guess it. *Relative* results,
changes and ratios ("+2.3 points", "2.5x faster"), say nothing of a level: they are listed
apart, never ranked with the absolute ones. Pure functions: records in, rows out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..graph.evidence import sentence_around
from ..records import Result
from .direction import metric_direction
from .quantities import number


@dataclass
class PaperResults:
    """A paper's reported results, with what a leaderboard shows of the paper; ``proposes``
    is the label of what the paper proposes, which names its own results that name no method."""

    id: str
    title: str
    year: int | None
    abstract: str
    results: list[Result]
    proposes: str | None = None


@dataclass(frozen=True)
class Wanted:
    """An entity a leaderboard is asked for: its id, its label, its names (label, id and
    aliases), which a result's words may give where no entity was linked, and the ids of its
    variants ("ImageNet-1K" of ImageNet), whose results it includes; an id of ``""`` asks for
    words only (a dataset a result names that no entity is)."""

    id: str
    label: str
    names: frozenset[str] = frozenset()
    variants: frozenset[str] = frozenset()

    def matches(self, entity: str | None, words: str | None) -> bool:
        """Whether a result's entity id, or failing one its words, name this entity.

        >>> w = Wanted("imagenet", "ImageNet", frozenset({"imagenet", "ilsvrc"}), frozenset({"imagenet-1k"}))
        >>> w.matches("imagenet", None), w.matches(None, "ILSVRC"), w.matches("imagenet-1k", "ImageNet")
        (True, True, True)
        >>> w.matches("imagenet-21k", "ImageNet")
        False
        """
        if entity is not None:
            return entity == self.id or entity in self.variants
        return words is not None and words.strip().casefold() in self.names


@dataclass
class Row:
    """A result as a leaderboard shows it; ``rank`` is None where it is not ranked.
    ``evidence`` is the sentence that states it, the value at ``evidence[start:end]``."""

    rank: int | None
    method: str
    own: bool
    value: str
    unit: str
    number: float | None
    approx: bool
    kind: str
    dataset: str | None  # None where the result names none
    metric: str | None
    paper: str
    title: str
    year: int | None
    evidence: str
    field: str
    start: int
    end: int


@dataclass
class Board:
    """The absolute results on one dataset by one metric in one unit, best first where
    ``direction`` is known."""

    dataset: str | None  # None: results that name no dataset
    metric: str | None
    metric_id: str | None
    unit: str
    direction: str | None  # "higher" or "lower" is better; None: unknown, not ranked
    rows: list[Row] = field(default_factory=list)


@dataclass
class Leaderboard:
    """What :func:`leaderboard` finds for a dataset, metric and task."""

    dataset: str | None
    metric: str | None
    task: str | None
    boards: list[Board]  # absolute results, a ranking per dataset, metric and unit, largest first
    relative: list[Row]  # changes and ratios, by metric, newest paper first; never ranked


@dataclass
class BoardDataset:
    """A dataset some papers report results on: what a leaderboard can be asked for."""

    id: str | None  # the entity id; None where no entity was linked and the text names it
    label: str
    results: int
    papers: int


def board_datasets(
    found: Iterable[tuple[str, str | None, str]], labels: Mapping[str, str], n: int | None = None
) -> list[BoardDataset]:
    """The datasets of ``found`` (paper, dataset entity id or None, dataset as written), most
    results first: one per entity (labelled from ``labels``, which names written in words join
    when they are an entity's label, case aside), else one per name in words.

    >>> found = [("p1", "imagenet", "ImageNet-1k"), ("p2", None, "imagenet"), ("p2", None, "our set")]
    >>> [(d.label, d.results, d.papers) for d in board_datasets(found, {"imagenet": "ImageNet"})]
    [('ImageNet', 2, 2), ('our set', 1, 1)]
    """
    by_label = {label.casefold(): entity for entity, label in sorted(labels.items())}
    counts: dict[tuple[str | None, str], tuple[int, set[str], str]] = {}
    for paper, named, written in found:
        text = written.strip()
        entity = named or by_label.get(text.casefold())
        key = (entity, "" if entity else text.casefold())
        n_results, papers, label = counts.get(key, (0, set(), text))
        papers.add(paper)
        counts[key] = (n_results + 1, papers, min(label, text))
    rows = [
        BoardDataset(entity, labels.get(entity, label) if entity else label, k, len(papers))
        for (entity, _), (k, papers, label) in counts.items()
    ]
    rows.sort(key=lambda d: (-d.results, -d.papers, d.label.casefold(), d.id or ""))
    return rows[:n] if n is not None else rows


# how a table names what a result leaves unnamed
NO_DATASET, NO_METRIC = "(no dataset named)", "(no metric named)"


def evidence(title: str, abstract: str, r: Result, limit: int = 200) -> tuple[str, int, int]:
    """The sentence of the title or abstract that states ``r``, with its value's offsets in it;
    one over ``limit`` characters is cut to about that around the value.

    >>> r = Result("84.1", "%", "absolute", "accuracy", field="abstract", start=37, end=41, text="84.1")
    >>> evidence("T", "We propose a model. It reaches top-1 84.1% on ImageNet. More.", r)
    ('It reaches top-1 84.1% on ImageNet.', 17, 21)
    >>> evidence("T", "We propose a model. It reaches top-1 84.1% on ImageNet. More.", r, limit=20)
    ('…top-1 84.1% on…', 7, 11)
    """
    text = title if r.field == "title" else abstract
    lo, hi, before, after = sentence_around(text, r.start, r.end, limit)
    return before + text[lo:hi] + after, r.start - lo + len(before), r.end - lo + len(before)


def leaderboard(
    papers: Iterable[PaperResults],
    dataset: Wanted | None,
    metric: Wanted | None = None,
    task: Wanted | None = None,
    labels: Mapping[str, str] | None = None,
    directions: Mapping[str, str | None] | None = None,
) -> Leaderboard:
    """The results of ``papers`` on ``dataset``, with ``metric`` and on ``task`` (None: any):
    the absolute ones ranked per dataset, metric and unit, the relative ones apart.

    ``labels`` names entity ids (a method's, a metric's); ``directions`` gives a metric
    entity's direction, which a metric without one takes from its name.

    >>> from kg.records import Result
    >>> def r(value, metric, method, kind="absolute", unit="%"):
    ...     return Result(value, unit, kind, metric, "ImageNet", method=method, text=value)
    >>> p = PaperResults("p1", "T", 2024, "", [r("84.1", "top-1 accuracy", "ViT"), r("85.3", "top-1 accuracy", "Ours"),
    ...     r("12.1", "error rate", "ResNet"), r("2.3", "top-1 accuracy", "Ours", "relative", "points")])
    >>> board = leaderboard([p], Wanted("imagenet", "ImageNet", frozenset({"imagenet"})))
    >>> [(b.metric, b.direction, [(x.rank, x.method, x.value) for x in b.rows]) for b in board.boards]  # doctest: +NORMALIZE_WHITESPACE
    [('top-1 accuracy', 'higher', [(1, 'Ours', '85.3'), (2, 'ViT', '84.1')]), ('error rate', 'lower', [(1, 'ResNet', '12.1')])]
    >>> [(x.rank, x.value, x.unit) for x in board.relative]
    [(None, '2.3', 'points')]
    """
    labels, directions = labels or {}, directions or {}
    groups, ids, relative = _collected(papers, dataset, metric, task, labels)
    boards = [
        _ranked(Board(d, name, ids[key], unit, _direction(ids[key], name or "", directions)), rows)
        for key, rows in groups.items()
        for d, name, unit in [key]
    ]
    boards.sort(
        key=lambda b: (-len(b.rows), (b.dataset or "").casefold(), (b.metric or "").casefold(), b.unit)
    )
    relative.sort(
        key=lambda x: (
            (x.dataset or "").casefold(),
            (x.metric or "").casefold(),
            -(x.year or 0),
            x.paper,
            x.start,
        )
    )
    dataset_label, metric_label, task_label = (w.label if w else None for w in (dataset, metric, task))
    return Leaderboard(dataset_label, metric_label, task_label, boards, relative)


_Key = tuple[str | None, str | None, str]


def _collected(
    papers: Iterable[PaperResults],
    dataset: Wanted | None,
    metric: Wanted | None,
    task: Wanted | None,
    labels: Mapping[str, str],
) -> tuple[dict[_Key, list[Row]], dict[_Key, str | None], list[Row]]:
    """The rows of the results asked for: the absolute ones by dataset, metric and unit, with
    each group's metric entity, and the relative ones apart."""
    groups: dict[_Key, list[Row]] = defaultdict(list)
    ids: dict[_Key, str | None] = {}
    relative: list[Row] = []
    for p in papers:
        stated: set[tuple[object, ...]] = set()
        for r in p.results:
            if not _selected(r, dataset, metric, task):
                continue
            row = _row(p, r, labels, dataset, metric)
            # a result the title and the abstract both state ("62% on AIME 2024", "62.0%") is one row
            said = (
                row.method,
                row.dataset,
                row.metric,
                r.unit,
                r.kind,
                row.value if row.number is None else row.number,
            )
            if said in stated:
                continue
            stated.add(said)
            if r.kind != "absolute":
                relative.append(row)
                continue
            key = (row.dataset, row.metric, r.unit)
            groups[key].append(row)
            ids[key] = r.metric_entity
    return groups, ids, relative


def _selected(r: Result, dataset: Wanted | None, metric: Wanted | None, task: Wanted | None) -> bool:
    return (
        (dataset is None or dataset.matches(r.dataset_entity, r.dataset))
        and (metric is None or metric.matches(r.metric_entity, r.metric))
        and (task is None or task.matches(r.task_entity, r.task))
    )


def _row(
    p: PaperResults, r: Result, labels: Mapping[str, str], dataset: Wanted | None, metric: Wanted | None
) -> Row:
    """``r`` as a row, its dataset and metric named as asked for, or by their entities' labels,
    or in the abstract's words."""
    method = _named(r.method_entity, r.method, labels)
    if not method:
        method = (p.proposes or "this paper's method") if r.own else "a baseline"
    name = metric.label if metric else _named(r.metric_entity, r.metric, labels)
    # a variant's results keep its name, a table of their own ("ImageNet-1K" of ImageNet), and
    # a dataset asked for in words only is named as the result names it
    on: str | None = _named(r.dataset_entity, r.dataset, labels)
    if dataset is not None and dataset.id and r.dataset_entity in (None, dataset.id):
        on = dataset.label
    sentence, start, end = evidence(p.title, p.abstract, r)
    return Row(
        None, method, r.own, r.value, r.unit, number(r.value), r.approx, r.kind, on, name,
        p.id, p.title, p.year, sentence, r.field, start, end,
    )  # fmt: skip


def _named(entity: str | None, words: str | None, labels: Mapping[str, str]) -> str | None:
    return (labels.get(entity) if entity else None) or words


def _direction(metric_id: str | None, name: str, directions: Mapping[str, str | None]) -> str | None:
    if metric_id is not None and directions.get(metric_id):
        return directions[metric_id]
    return metric_direction(metric_id or "", name)


def _ranked(board: Board, rows: list[Row]) -> Board:
    """``board`` with ``rows`` best first and ranked (ties share a rank), when its direction is
    known; values that are no single number (ranges) follow, unranked."""
    lower = board.direction == "lower"
    numbered = sorted(
        (x for x in rows if x.number is not None),
        key=lambda x: (x.number if lower else -(x.number or 0.0), -(x.year or 0), x.paper, x.start),
    )
    if board.direction is not None:
        for place, x in enumerate(numbered):
            before = numbered[place - 1] if place else None
            x.rank = before.rank if before is not None and before.number == x.number else place + 1
    board.rows = numbered + [x for x in rows if x.number is None]
    return board
