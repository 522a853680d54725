"""``index.sqlite``: the answers of the query commands, ready to look up.

Reading ``graph.json`` back takes seconds at a few thousand papers and minutes at 100k; the
query commands (``kg entity``, ``kg related``, ``kg top``, ``kg trending``, ``kg path``,
``kg communities``) need a few rows of it each. ``kg build`` writes the graph a second time
as SQLite tables, indexed for those lookups, and :mod:`kg.graph.indexed` answers from them
exactly as :mod:`kg.graph.query` answers from the graph.

A table per kind of record, each with the columns that queries filter or sort on, and the
node's whole attributes as JSON (``attrs``), so a new attribute needs no new layout:

``papers``, ``entities``
    a node each; ``seq`` is its place in the graph, which breaks ties as the graph's order does.
``mentions``
    a paper–entity edge each (its mentions as JSON); ``seq`` is the edge's place among the
    bipartite graph's edges, which gives each node's neighbours in the graph's order;
    ``paper_rank`` the paper's place among the entity's papers as ``kg entity`` lists them.
``paper_links``, ``entity_links``
    each link twice, once from each end; an entity link's ``type_rank`` is its place among
    the links of its entity to entities of the other end's type (``kg entity``'s order).
``entity_years``
    the number of papers of each entity in each year (undated papers left out), ranked
    within the year as ``kg top --year`` ranks them (``year_rank``).
``community_members``, ``community_sizes``
    each entity's place in its community by PageRank, and each community's size.
``trend_split``, ``trends``
    ``kg trending``'s default split year (none when the papers cannot be split) and the
    entities whose share of papers grew across it, with their counts and growth.
``results``
    a reported result each, by the dataset, metric and task it names (:mod:`kg.graph.boards`).
``names``
    every name of every node (:func:`~kg.graph.query.name_ranks`), case-folded, with its rank.
``meta``
    the layout, and the size and modification time of the ``graph.json`` the index was made
    with: an index whose graph changed since is not used (:func:`stamp`).
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KGError
from ..perf import gc_paused
from ..schema import EntityAttrs, is_paper
from .boards import write_results
from .query import name_ranks, split_of

if TYPE_CHECKING:
    from .build import KnowledgeGraph

INDEX_FILE = "index.sqlite"
GRAPH_FILE = "graph.json"
LAYOUT = "6"

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE papers (
    key TEXT PRIMARY KEY, seq INTEGER, id TEXT, title TEXT, year INTEGER, attrs TEXT);
CREATE TABLE entities (
    key TEXT PRIMARY KEY, seq INTEGER, id TEXT, label TEXT, type TEXT, n_papers INTEGER,
    variant_of TEXT, community INTEGER, pagerank REAL, generic INTEGER, curated INTEGER, attrs TEXT);
CREATE TABLE mentions (
    paper TEXT, entity TEXT, seq INTEGER, count INTEGER, in_title INTEGER, mentions TEXT,
    role TEXT, salient INTEGER);
CREATE TABLE paper_links (a TEXT, b TEXT, weight REAL, shared TEXT);
CREATE TABLE entity_links (a TEXT, b TEXT, weight REAL, count INTEGER);
CREATE TABLE entity_years (entity TEXT, year INTEGER, count INTEGER);
CREATE TABLE names (name TEXT, kind TEXT, r0 INTEGER, r1 INTEGER, seq INTEGER, key TEXT);
"""
# made once the rows are in: building an index at the end is faster than keeping it up
_INDEXES = """
CREATE INDEX papers_year ON papers (year);
CREATE INDEX entities_top ON entities (n_papers DESC, curated DESC, label, seq);
CREATE INDEX entities_variant_of ON entities (variant_of);
CREATE INDEX mentions_entity ON mentions (entity, seq, paper);
CREATE INDEX mentions_entity_rank ON mentions (entity, paper_rank);
CREATE INDEX mentions_paper ON mentions (paper, seq, entity);
CREATE INDEX paper_links_a ON paper_links (a);
CREATE INDEX entity_links_a ON entity_links (a, type_rank);
CREATE INDEX entity_years_entity ON entity_years (entity);
CREATE INDEX entity_years_year ON entity_years (year, year_rank);
CREATE INDEX community_members_rank ON community_members (community, rank);
CREATE INDEX trends_growth ON trends (growth DESC, label, seq);
CREATE INDEX names_name ON names (name, kind);
"""


@functools.cache
def _encoder() -> json.JSONEncoder:
    from .files import _encoder  # here: kg.graph.files imports networkx, which takes a while

    return _encoder


def _dumps(value: object) -> str:
    """``value`` as JSON, as ``graph.json`` holds it."""
    return _encoder().encode(value)


def stamp(graph_file: Path) -> dict[str, str]:
    """What the index records of the graph file it was made with, to tell that it still is."""
    st = graph_file.stat()
    return {"layout": LAYOUT, "graph_size": str(st.st_size), "graph_mtime_ns": str(st.st_mtime_ns)}


@gc_paused()
def write_index(kg: KnowledgeGraph, directory: str | Path) -> Path:
    """Write ``index.sqlite`` of ``kg`` into ``directory``, beside the ``graph.json`` that
    :func:`~kg.graph.files.save_graph` wrote of it there; its path."""
    directory = Path(directory)
    path, partial = directory / INDEX_FILE, directory / f".{INDEX_FILE}.partial"
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        # a file no one reads until it is whole: no journal, no syncs but the final rename's
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(_TABLES)
        _fill(con, kg)
        write_results(con, kg)
        _rank(con)
        con.executemany("INSERT INTO meta VALUES (?, ?)", stamp(directory / GRAPH_FILE).items())
        con.executescript(_INDEXES)
        con.commit()
    finally:
        con.close()
    os.replace(partial, path)
    return path


def _fill(con: sqlite3.Connection, kg: KnowledgeGraph) -> None:
    dumps = _dumps
    g = kg.bipartite
    con.executemany(
        "INSERT INTO papers VALUES (?, ?, ?, ?, ?, ?)",
        (
            (key, seq, a["id"], a["title"], a["year"], dumps(a))
            for seq, (key, a) in enumerate(g.nodes(data=True))
            if is_paper(key)
        ),
    )
    con.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (key, seq, a["id"], a["label"], a["type"], a["n_papers"], *_entity_columns(a), dumps(a))
            for seq, (key, a) in enumerate(kg.entities.nodes(data=True))
        ),
    )
    con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _mention_rows(kg))
    con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)", _name_rows(kg))
    con.executemany(
        "INSERT INTO paper_links VALUES (?, ?, ?, ?)",
        (
            (a, b, d["weight"], dumps(d["shared"]))
            for u, v, d in kg.papers.edges(data=True)
            for a, b in ((u, v), (v, u))
        ),
    )
    con.executemany(
        "INSERT INTO entity_links VALUES (?, ?, ?, ?)",
        (
            (a, b, d["weight"], d["count"])
            for u, v, d in kg.entities.edges(data=True)
            for a, b in ((u, v), (v, u))
        ),
    )
    years: Counter[tuple[str, int]] = Counter()
    for u, v in g.edges():
        paper, entity = (u, v) if is_paper(u) else (v, u)
        if (year := g.nodes[paper]["year"]) is not None:
            years[entity, year] += 1
    con.executemany("INSERT INTO entity_years VALUES (?, ?, ?)", ((e, y, n) for (e, y), n in years.items()))


# Each query's order, ranked once here so that a query reads its first rows off an index
# instead of sorting every row it could show (30k papers of an entity at 100k papers):
# the orders of kg.graph.query, ties broken by the graph's order (seq) as its stable sorts do.
_RANKS = """
CREATE TABLE ranked AS SELECT m.*, ROW_NUMBER() OVER (
    PARTITION BY m.entity ORDER BY m.in_title DESC, m.count DESC, COALESCE(p.year, 0) DESC, p.title, m.seq
) AS paper_rank FROM mentions m JOIN papers p ON p.key = m.paper;
DROP TABLE mentions;
ALTER TABLE ranked RENAME TO mentions;
CREATE TABLE ranked AS SELECT l.*, ROW_NUMBER() OVER (
    PARTITION BY l.a, o.type ORDER BY o.generic, l.weight DESC, l.count DESC, l.b
) AS type_rank FROM entity_links l JOIN entities o ON o.key = l.b;
DROP TABLE entity_links;
ALTER TABLE ranked RENAME TO entity_links;
CREATE TABLE ranked AS SELECT y.*, ROW_NUMBER() OVER (
    PARTITION BY y.year ORDER BY y.count DESC, e.curated DESC, e.label, e.seq
) AS year_rank FROM entity_years y JOIN entities e ON e.key = y.entity;
DROP TABLE entity_years;
ALTER TABLE ranked RENAME TO entity_years;
CREATE TABLE community_members AS SELECT community, key, label, ROW_NUMBER() OVER (
    PARTITION BY community ORDER BY pagerank DESC, label, seq
) AS rank FROM entities;
CREATE TABLE community_sizes AS SELECT community, COUNT(*) AS size FROM entities GROUP BY community;
"""
# kg trending's answer at its default split year (the median year), which changes only with
# the papers: the entities whose share of the dated papers grew, and by how much
_TRENDS = """
CREATE TABLE trends AS SELECT *, after * 1.0 / :after - before * 1.0 / :before AS growth FROM (
    SELECT e.key, e.seq, e.id, e.label, e.type, e.generic, e.curated,
        SUM(CASE WHEN y.year < :year THEN y.count ELSE 0 END) AS before,
        SUM(CASE WHEN y.year >= :year THEN y.count ELSE 0 END) AS after
    FROM entity_years y JOIN entities e ON e.key = y.entity GROUP BY e.key
) WHERE growth > 0
"""


def _rank(con: sqlite3.Connection) -> None:
    con.executescript(_RANKS)
    try:
        split = split_of([y for (y,) in con.execute("SELECT year FROM papers")])
    except KGError:  # no year to split at: kg trending says so, from the papers' years
        split = None
    con.execute("CREATE TABLE trend_split (year INTEGER)")
    if split is None:
        con.execute(_TRENDS.replace(":year", "NULL"), {"before": 1, "after": 1})
        return
    con.execute("INSERT INTO trend_split VALUES (?)", (split.year,))
    con.execute(_TRENDS, {"year": split.year, "before": split.before, "after": split.after})


def _entity_columns(a: EntityAttrs) -> tuple[str | None, int | None, float, bool, bool]:
    return a["variant_of"], a["community"], a["pagerank"], a.get("generic", False), a.get("curated", False)


def _mention_rows(kg: KnowledgeGraph) -> Iterator[tuple[str, str, int, int, bool, str, str | None, bool]]:
    for seq, (u, v, d) in enumerate(kg.bipartite.edges(data=True)):
        paper, entity = (u, v) if is_paper(u) else (v, u)
        in_title = any(m.field == "title" for m in d["mentions"])
        mentions = _dumps(d["mentions"])
        yield paper, entity, seq, d["count"], in_title, mentions, d.get("role"), d.get("salient", False)


def _name_rows(kg: KnowledgeGraph) -> Iterable[tuple[str, str, int, int, int, str]]:
    ranked = (
        (name.casefold(), a["kind"], r0, r1, key)
        for key, a in kg.bipartite.nodes(data=True)
        for (r0, r1), name in name_ranks(a)
    )
    return ((name, kind, r0, r1, seq, key) for seq, (name, kind, r0, r1, key) in enumerate(ranked))
