"""A finished build in Python: its graphs, its records and the questions the CLI asks.

For notebooks and scripts. ``kg.load(directory)`` reads what ``kg build`` wrote there; every
query method answers exactly as the CLI command of the same name (which asks the same
:class:`~kg.graph.indexed.Queries`), as dataclasses rather than tables: from the build's query
index (``index.sqlite``) when it has one, so that a question needs no graph in memory; the
graphs are read on first use.

>>> import kg
>>> build = kg.load("outputs/")                         # doctest: +SKIP
>>> build.entity("ImageNet").n_papers                   # doctest: +SKIP
21
>>> [r.title for r in build.related("Pointer Networks", n=2)]  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import Errors, KGError
from .graph import Community, EntityCount, EntityInfo, KnowledgeGraph, Node, RelatedPaper, Trend, load_graph
from .graph.indexed import GraphQueries, Queries, open_index
from .records import Entity, ExtractedPaper
from .results.leaderboard import BoardDataset, Leaderboard


@dataclass
class Build:
    """The outputs of one ``kg build``, read lazily from ``directory``."""

    directory: Path
    queries: Queries = field(repr=False)

    @cached_property
    def graph(self) -> KnowledgeGraph:
        """The three graphs (see :mod:`kg.schema`), read from ``graph.json``."""
        if isinstance(self.queries, GraphQueries):
            return self.queries.kg
        return load_graph(self.directory)

    @property
    def bipartite(self) -> nx.Graph:
        """Papers and entities, joined by mentions (see :mod:`kg.schema`)."""
        return self.graph.bipartite

    @property
    def paper_graph(self) -> nx.Graph:
        """Papers joined to their most related papers."""
        return self.graph.papers

    @property
    def entity_graph(self) -> nx.Graph:
        """Entities joined by co-occurrence (NPMI)."""
        return self.graph.entities

    @cached_property
    def papers(self) -> list[ExtractedPaper]:
        """Every paper with its mentions, as ``mentions.jsonl`` holds them."""
        return [ExtractedPaper.from_json(d) for d in self._lines("mentions.jsonl")]

    @cached_property
    def entities(self) -> dict[str, Entity]:
        """Every canonical entity by id, as ``entities.jsonl`` holds them."""
        return {d["id"]: Entity(**d) for d in self._lines("entities.jsonl")}

    def related(self, paper: str, n: int = 10) -> list[RelatedPaper]:
        """The papers most related to ``paper`` (an id or a title), as ``kg related``."""
        return self.queries.related(paper, n)

    def entity(self, name: str, n: int = 10) -> EntityInfo:
        """What the graph knows of an entity (id, name or alias), as ``kg entity``."""
        return self.queries.entity_info(name, n)

    def path(self, a: str, b: str, include_generic: bool = False) -> list[Node]:
        """The shortest path between two papers or entities, as ``kg path``; through generic
        entities (``deep learning``) only with ``include_generic``."""
        return self.queries.shortest_path(a, b, include_generic)

    def top(
        self, type: str | None = None, n: int = 20, year: int | None = None, include_generic: bool = False
    ) -> list[EntityCount]:
        """The entities in the most papers, as ``kg top``; generic ones (``deep learning``)
        only with ``include_generic``."""
        return self.queries.top_entities(type, year, n, include_generic)

    def trending(
        self, n: int = 20, split_year: int | None = None, include_generic: bool = False
    ) -> list[Trend]:
        """The entities whose share of papers grew the most, as ``kg trending``."""
        return self.queries.trending(n, split_year, include_generic)

    def leaderboard(
        self, dataset: str | None, metric: str | None = None, task: str | None = None
    ) -> Leaderboard:
        """The reported results on ``dataset`` (and ``metric``, ``task``), ranked in the
        metric's direction, as ``kg leaderboard``."""
        return self.queries.leaderboard(dataset, metric, task)

    def board_datasets(self, n: int | None = None) -> list[BoardDataset]:
        """The datasets papers report results on, most results first (what a leaderboard can
        be asked for), as ``kg leaderboard`` without options."""
        return self.queries.board_datasets(n)

    def communities(self, n_top: int = 5, min_size: int = 1) -> list[Community]:
        """The communities of entities of at least ``min_size``, largest first, as
        ``kg communities`` (which shows those of two or more)."""
        return self.queries.communities(n_top, min_size)

    def _lines(self, name: str) -> Iterator[dict[str, Any]]:
        path = self.directory / name
        if not path.is_file():
            raise KGError(Errors.E030.format(path=self.directory))
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def load(directory: str | Path = "outputs") -> Build:
    """Read the build in ``directory`` (what ``kg build -o directory`` wrote).

    Raises
    ------
    KGError
        E030 when ``directory`` holds no build, E034 when its graph cannot be read.
    """
    directory = Path(directory)
    index = open_index(directory)
    return Build(directory, index if index is not None else GraphQueries(load_graph(directory)))
