"""The query commands' answers from ``index.sqlite`` (:mod:`kg.graph.index`), the same as
:mod:`kg.graph.query` gives from the graph, in milliseconds at any corpus size.

:func:`answer` asks the index of a build when it is there and made with the build's current
``graph.json``, and the graph itself otherwise (a build of an earlier kg, a graph edited since);
both stand behind :class:`Queries`.
"""

from __future__ import annotations

import difflib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..errors import Errors, KGError
from ..records import Mention
from ..results.leaderboard import BoardDataset, Leaderboard
from ..schema import NodeKind, entity_node, node_kind
from . import query as q
from .boards import graph_board_datasets, graph_leaderboard, index_board_datasets, index_leaderboard
from .evidence import mention_evidence
from .index import GRAPH_FILE, INDEX_FILE, stamp

if TYPE_CHECKING:
    from .build import KnowledgeGraph

T = TypeVar("T")
log = logging.getLogger("kg")
# host parameters in one statement: well under SQLite's limit (32,766 since 3.32)
_BATCH = 500


class Queries(Protocol):
    """The questions the query commands ask, of the graph or of its index."""

    def resolve(self, name: str, kind: NodeKind | None = "entity") -> str: ...
    def node(self, key: str) -> q.Node: ...
    def related(self, paper: str, n: int = 10) -> list[q.RelatedPaper]: ...
    def entity_info(self, name: str, n: int = 10) -> q.EntityInfo: ...
    def shortest_path(self, a: str, b: str, include_generic: bool = False) -> list[q.Node]: ...
    def top_entities(
        self, type: str | None = None, year: int | None = None, n: int = 20, include_generic: bool = False
    ) -> list[q.EntityCount]: ...
    def trend_split(self, split_year: int | None = None) -> q.TrendSplit: ...
    def trending(
        self, n: int = 20, split_year: int | None = None, include_generic: bool = False
    ) -> list[q.Trend]: ...
    def communities(self, n_top: int = 5, min_size: int = 1) -> list[q.Community]: ...
    def leaderboard(
        self, dataset: str | None, metric: str | None = None, task: str | None = None
    ) -> Leaderboard: ...
    def board_datasets(self, n: int | None = None) -> list[BoardDataset]: ...


@dataclass
class GraphQueries:
    """:class:`Queries` answered by :mod:`kg.graph.query` from a loaded graph."""

    kg: KnowledgeGraph

    def resolve(self, name: str, kind: NodeKind | None = "entity") -> str:
        return q.resolve(self.kg, name, kind)

    def node(self, key: str) -> q.Node:
        a = self.kg.bipartite.nodes[key]
        return q.Node(key, a["kind"], a["id"], q.node_label(a))

    def related(self, paper: str, n: int = 10) -> list[q.RelatedPaper]:
        return q.related(self.kg, paper, n)

    def entity_info(self, name: str, n: int = 10) -> q.EntityInfo:
        return q.entity_info(self.kg, name, n)

    def shortest_path(self, a: str, b: str, include_generic: bool = False) -> list[q.Node]:
        return q.shortest_path(self.kg, a, b, include_generic)

    def top_entities(
        self, type: str | None = None, year: int | None = None, n: int = 20, include_generic: bool = False
    ) -> list[q.EntityCount]:
        return q.top_entities(self.kg, type, year, n, include_generic)

    def trend_split(self, split_year: int | None = None) -> q.TrendSplit:
        return q.trend_split(self.kg, split_year)

    def trending(
        self, n: int = 20, split_year: int | None = None, include_generic: bool = False
    ) -> list[q.Trend]:
        return q.trending(self.kg, n, split_year, include_generic)

    def leaderboard(
        self, dataset: str | None, metric: str | None = None, task: str | None = None
    ) -> Leaderboard:
        return graph_leaderboard(self.kg, self.resolve, dataset, metric, task)

    def board_datasets(self, n: int | None = None) -> list[BoardDataset]:
        return graph_board_datasets(self.kg, n)

    def communities(self, n_top: int = 5, min_size: int = 1) -> list[q.Community]:
        return [c for c in q.communities(self.kg, n_top) if c.size >= min_size]


def open_index(directory: str | Path) -> IndexQueries | None:
    """The index of the build in ``directory``; None when it has none, or one made with
    another ``graph.json`` than the one there now, or one SQLite cannot read."""
    directory = Path(directory)
    path = directory / INDEX_FILE
    if not path.is_file():
        return None
    con = None
    try:
        # immutable: a build never changes an index once written (the next one writes anew)
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        recorded = dict(con.execute("SELECT key, value FROM meta").fetchall())
        if recorded == stamp(directory / GRAPH_FILE):
            return IndexQueries(con)
    except (sqlite3.Error, OSError) as e:
        log.warning("not using the query index %s: %s", path, e)
    if con is not None:
        con.close()
    return None


def answer(directory: str | Path, ask: Callable[[Queries], T]) -> T:
    """What ``ask`` gets from the build in ``directory``: from its index when it can, else
    from its graph, loaded (E030, E034 from :func:`~kg.graph.files.load_graph`)."""
    index = open_index(directory)
    if index is not None:
        try:
            return ask(index)
        except sqlite3.Error as e:  # a damaged file: the graph still answers
            log.warning("the query index of %s failed (%s); reading the graph instead", directory, e)
        finally:
            index.close()
    return ask(GraphQueries(_load_graph(directory)))


def _load_graph(directory: str | Path) -> KnowledgeGraph:
    from .files import load_graph  # here: the modules that read graphs take seconds to import

    return load_graph(directory)


class IndexQueries:
    """:class:`Queries` answered from an open ``index.sqlite``."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def close(self) -> None:
        self.con.close()

    def _rows(self, sql: str, *args: object) -> list[Any]:
        return self.con.execute(sql, args).fetchall()

    def _attrs(self, key: str) -> Any:
        table = "papers" if node_kind(key) == "paper" else "entities"
        rows = self._rows(f"SELECT attrs FROM {table} WHERE key = ?", key)
        return json.loads(rows[0][0]) if rows else None

    def _exists(self, key: str) -> bool:
        return any(self._rows(f"SELECT 1 FROM {t} WHERE key = ?", key) for t in ("papers", "entities"))

    def _winner(self, name: str, kind: NodeKind | None) -> str | None:
        rows = self._rows(
            "SELECT key FROM names WHERE name = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY r0, r1, seq LIMIT 1",
            name,
            kind,
        )
        return rows[0][0] if rows else None

    def resolve(self, name: str, kind: NodeKind | None = "entity") -> str:
        name = name.strip()
        if self._exists(name) and kind in (None, node_kind(name)):
            return name
        key = self._winner(name.casefold(), kind)
        if key is not None:
            return key
        names = [
            n for (n,) in self._rows("SELECT DISTINCT name FROM names WHERE ?1 IS NULL OR kind = ?1", kind)
        ]
        close = difflib.get_close_matches(name.casefold(), names, n=5, cutoff=0.6)
        shown = list(dict.fromkeys(self.node(self._winner(c, kind) or "").label for c in close))
        hint = f"; did you mean {', '.join(map(repr, shown))}?" if shown else ""
        raise KGError(Errors.E031.format(kind=kind or "entity or paper", name=name, suggestions=hint))

    def node(self, key: str) -> q.Node:
        a = self._attrs(key)
        return q.Node(key, a["kind"], a["id"], q.node_label(a))

    def related(self, paper: str, n: int = 10) -> list[q.RelatedPaper]:
        key = self.resolve(paper, "paper")
        rows = self._rows(
            "SELECT p.id, p.title, p.year, l.weight, l.shared FROM paper_links l JOIN papers p ON p.key = l.b"
            " WHERE l.a = ? ORDER BY l.weight DESC, l.b LIMIT ?",
            key,
            n,
        )
        shared = [json.loads(r[4]) for r in rows]
        label = dict(
            self._many("SELECT id, label FROM entities WHERE id IN ({})", {e for s in shared for e in s})
        )
        role = {
            (p, e): r
            for p, e, r in self._many(
                "SELECT paper, entity, role FROM mentions WHERE paper IN ({})",
                {key, *(f"paper:{r[0]}" for r in rows)},
            )
        }
        return [
            q.RelatedPaper(
                i,
                t,
                y,
                w,
                [label[e] for e in s],
                [(role.get((key, f"entity:{e}")), role.get((f"paper:{i}", f"entity:{e}"))) for e in s],
            )
            for (i, t, y, w, _), s in zip(rows, shared, strict=True)
        ]

    def _many(self, sql: str, values: Iterable[object]) -> Iterator[Any]:
        """The rows of ``sql``, whose ``IN ({})`` is given ``values``, a batch at a time."""
        values = list(values)
        for start in range(0, len(values), _BATCH):
            batch = values[start : start + _BATCH]
            yield from self.con.execute(sql.format(", ".join("?" * len(batch))), batch)

    def entity_info(self, name: str, n: int = 10) -> q.EntityInfo:
        key = self.resolve(name, "entity")
        a = self._attrs(key)
        years = self._rows("SELECT year, count FROM entity_years WHERE entity = ? ORDER BY year", key)
        parent = self._attrs(entity_node(a["variant_of"])) if a["variant_of"] else None
        variants = self._rows("SELECT label FROM entities WHERE variant_of = ?", a["id"])
        family = self._family(key)
        # an entity's papers are its edges, one each; a family's may repeat
        count = "COUNT(*)" if len(family) == 1 else "COUNT(DISTINCT paper)"
        (with_variants,) = self._rows(
            f"SELECT {count} FROM mentions WHERE entity IN ({', '.join('?' * len(family))})", *family
        )[0]
        return q.EntityInfo(
            id=a["id"],
            label=a["label"],
            type=a["type"],
            type_counts=dict(a["type_counts"]),
            aliases=dict(sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0]))),
            n_papers=a["n_papers"],
            n_papers_with_variants=with_variants,
            papers_by_year=dict(years),
            cooccurring=self._cooccurring(key, n),
            variant_of=parent["label"] if parent else None,
            variants=sorted(label for (label,) in variants),
            community=a["community"],
            pagerank=a["pagerank"],
            curated=a.get("curated", False),
            generic=a.get("generic", False),
            papers=self._entity_papers(key, n),
        )

    def _family(self, key: str) -> list[str]:
        """As :func:`~kg.graph.query.family`: ``key`` and its variants at any depth."""
        family, todo = {key}, [key]
        while todo:
            for (v,) in self._rows(
                "SELECT key FROM entities WHERE variant_of = ?", todo.pop()[len("entity:") :]
            ):
                if v not in family:
                    family.add(v)
                    todo.append(v)
        return sorted(family)

    def _cooccurring(self, key: str, n: int) -> dict[str, list[q.Cooccurrence]]:
        rows = self._rows(
            "SELECT o.id, o.label, o.type, l.weight, l.count, o.generic FROM entity_links l"
            " JOIN entities o ON o.key = l.b"
            " WHERE l.a = ? AND l.type_rank <= ? ORDER BY o.generic, l.weight DESC, l.count DESC, l.b",
            key,
            n,
        )
        return q.first_of_each_type(
            (
                q.Cooccurrence(i, label, type_, npmi, count, bool(g))
                for i, label, type_, npmi, count, g in rows
            ),
            n,
        )

    def _entity_papers(self, key: str, n: int | None) -> list[q.EntityPaper]:
        """As :func:`~kg.graph.query.entity_papers`."""
        rows = self._rows(
            "SELECT paper, count, mentions, role, salient FROM mentions WHERE entity = ? ORDER BY paper_rank LIMIT ?",
            key,
            -1 if n is None else n,
        )
        out = []
        for paper, count, mentions, role, salient in rows:
            a = self._attrs(paper)
            found = mention_evidence(a, [Mention.from_dict(m) for m in json.loads(mentions)])
            out.append(q.EntityPaper(a["id"], a["title"], a["year"], count, found, role, bool(salient)))
        return out

    def shortest_path(self, a: str, b: str, include_generic: bool = False) -> list[q.Node]:
        source, target = self.resolve(a, None), self.resolve(b, None)
        ends = frozenset((source, target))
        path = _bidirectional_path(lambda keys: self._neighbours(keys, ends, include_generic), source, target)
        if path is None:
            raise KGError(Errors.E032.format(a=a, b=b))
        return [self.node(key) for key in path]

    def _neighbours(
        self, keys: Sequence[str], ends: frozenset[str], include_generic: bool
    ) -> dict[str, list[str]]:
        """Each of ``keys``' neighbours in the bipartite graph, in the graph's order; a
        generic entity only when ``include_generic`` or it is one of the path's ``ends``."""
        out: dict[str, list[str]] = {k: [] for k in keys}
        papers = [k for k in keys if node_kind(k) == "paper"]
        entities = [k for k in keys if node_kind(k) == "entity"]
        for sql, group in (
            (
                "SELECT m.paper, m.entity, e.generic FROM mentions m JOIN entities e ON e.key = m.entity"
                " WHERE m.paper IN ({}) ORDER BY m.paper, m.seq",
                papers,
            ),
            ("SELECT entity, paper, 0 FROM mentions WHERE entity IN ({}) ORDER BY entity, seq", entities),
        ):
            for k, other, generic in self._many(sql, group):
                if include_generic or not generic or other in ends:
                    out[k].append(other)
        return out

    def top_entities(
        self, type: str | None = None, year: int | None = None, n: int = 20, include_generic: bool = False
    ) -> list[q.EntityCount]:
        type = q.label_type(type)
        if year is None:
            sql = (
                "SELECT id, label, type, n_papers FROM entities WHERE (?1 IS NULL OR type = ?1) AND n_papers != 0"
                " AND (?4 OR NOT generic) ORDER BY n_papers DESC, curated DESC, label, seq LIMIT ?3"
            )
        else:
            sql = (
                "SELECT e.id, e.label, e.type, y.count FROM entity_years y JOIN entities e ON e.key = y.entity"
                " WHERE (?1 IS NULL OR e.type = ?1) AND y.year = ?2 AND y.count != 0 AND (?4 OR NOT e.generic)"
                " ORDER BY y.year_rank LIMIT ?3"
            )
        return [q.EntityCount(*r) for r in self._rows(sql, type, year, n, include_generic)]

    def trend_split(self, split_year: int | None = None) -> q.TrendSplit:
        years = self._rows("SELECT year, COUNT(*) FROM papers GROUP BY year")
        return q.split_of([y for y, count in years for _ in range(count)], split_year)

    def trending(
        self, n: int = 20, split_year: int | None = None, include_generic: bool = False
    ) -> list[q.Trend]:
        split = self.trend_split(split_year)
        if self._rows("SELECT 1 FROM trend_split WHERE year = ?", split.year):  # ranked when written
            counts = self._rows(
                "SELECT id, label, type, before, after, curated FROM trends WHERE ? OR NOT generic"
                " ORDER BY growth DESC, curated DESC, label, seq LIMIT ?",
                include_generic,
                n,
            )
            return q.top_trends(counts, split, n)
        counts = self._rows(
            "SELECT e.id, e.label, e.type, SUM(CASE WHEN y.year < ?1 THEN y.count ELSE 0 END),"
            " SUM(CASE WHEN y.year >= ?1 THEN y.count ELSE 0 END), e.curated"
            " FROM entity_years y JOIN entities e ON e.key = y.entity WHERE ?2 OR NOT e.generic"
            " GROUP BY e.key ORDER BY e.seq",
            split.year,
            include_generic,
        )
        return q.top_trends(counts, split, n)

    def leaderboard(
        self, dataset: str | None, metric: str | None = None, task: str | None = None
    ) -> Leaderboard:
        return index_leaderboard(self.con, self._attrs, self.resolve, dataset, metric, task)

    def board_datasets(self, n: int | None = None) -> list[BoardDataset]:
        return index_board_datasets(self.con, n)

    def communities(self, n_top: int = 5, min_size: int = 1) -> list[q.Community]:
        members: dict[tuple[int, int], list[str]] = {}
        for community, size, label in self._rows(
            "SELECT s.community, s.size, m.label FROM community_sizes s JOIN community_members m"
            " ON m.community = s.community AND m.rank <= ? WHERE s.size >= ? ORDER BY s.community, m.rank",
            n_top,
            min_size,
        ):
            members.setdefault((community, size), []).append(label)
        return [q.Community(c, size, top, " / ".join(top)) for (c, size), top in members.items()]


def _bidirectional_path(
    neighbours: Callable[[Sequence[str]], dict[str, list[str]]], source: str, target: str
) -> list[str] | None:
    """The path ``nx.shortest_path`` finds from ``source`` to ``target`` in an unweighted
    graph (its bidirectional search, step for step, so the same path of the shortest ones),
    asking ``neighbours`` only for the nodes each step reaches; None when there is none."""
    if source == target:
        return [source]
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    forward, reverse = [source], [target]
    meet = None
    while forward and reverse and meet is None:
        grow_forward = len(forward) <= len(reverse)
        level = forward if grow_forward else reverse
        seen, other = (pred, succ) if grow_forward else (succ, pred)
        adjacency, fringe = neighbours(level), []
        for v in level:
            for w in adjacency[v]:
                if w not in seen:
                    fringe.append(w)
                    seen[w] = v
                if w in other:
                    meet = w
                    break
            if meet is not None:
                break
        forward, reverse = (fringe, reverse) if grow_forward else (forward, fringe)
    if meet is None:
        return None
    path: list[str] = []
    step: str | None = meet
    while step is not None:
        path.append(step)
        step = pred[step]
    path.reverse()
    step = succ[meet]
    while step is not None:
        path.append(step)
        step = succ[step]
    return path
