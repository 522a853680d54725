"""Time the query commands answered from the query index (``index.sqlite``) against the graph
reloaded from ``graph.json``, as they were answered before the index, on synthetic corpora.

For each size, a corpus is made with ``pipelines/synth_corpus.py`` (unless it is already in
``--dir``); a process links it, builds the graph and writes ``graph.json`` and the index,
timing both writes. A fresh process then loads the graph once (``kg.graph.load_graph``, its
schema check timed on its own) and asks every query of the graph and of the index, in the
same process: the graph's cost of a command is the load plus its query, as each command paid
it; the index's is opening the index and its query (the best of three). Every answer of the
index is checked to be the graph's. Last, each command runs as a user runs it (``kg ... -g``,
a new process: Python's start and kg's imports included), answered by the index.

    python -m pipelines.bench_query --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipelines.bench_graph import corpus

REPEATS = 3


def build(mentions_path: Path, out: Path, top_k: int) -> dict[str, Any]:
    """Link the corpus, build its graph, write ``graph.json`` and the index into ``out``; the
    times of the writes, the sizes of the files and the arguments of the queries."""
    import json

    from kg.graph import build_graph, save_graph
    from kg.graph.index import write_index
    from kg.link import describe, link
    from kg.records import ExtractedPaper

    with mentions_path.open(encoding="utf-8") as f:
        docs = [ExtractedPaper.from_json(json.loads(line)) for line in f]
    entities = link(docs)
    describe(docs, entities)
    kg = build_graph(docs, entities, top_k=top_k)
    t = time.perf_counter()
    save_graph(kg, out)
    save_s = time.perf_counter() - t
    t = time.perf_counter()
    write_index(kg, out)
    index_s = time.perf_counter() - t
    ranked = sorted(kg.entities.nodes(data=True), key=lambda na: (-na[1]["n_papers"], na[0]))
    middle = ranked[len(ranked) // 20][1]["label"]
    paper = max(kg.papers.degree, key=lambda kd: (kd[1], kd[0]))[0]
    years = sorted(a["year"] for _, a in kg.papers.nodes(data=True) if a["year"] is not None)
    return {
        "papers": len(docs),
        "save_s": save_s,
        "index_s": index_s,
        "graph_mb": (out / "graph.json").stat().st_size / 2**20,
        "index_mb": (out / "index.sqlite").stat().st_size / 2**20,
        "args": {
            "entity": ranked[0][1]["label"],
            "middle": middle,
            "rare": next(a["label"] for _, a in reversed(ranked) if a["n_papers"]),
            "paper": paper.partition(":")[2],
            "year": years[len(years) // 2] if years else 2020,
        },
    }


def queries(a: dict[str, Any]) -> dict[str, tuple[list[str], Callable[[Any], object]]]:
    """Each command: its arguments on the command line, and the same question of a
    :class:`~kg.graph.indexed.Queries`."""
    return {
        "entity": (["entity", a["entity"]], lambda q: q.entity_info(a["entity"], 10)),
        "entity (rank 5%)": (["entity", a["middle"]], lambda q: q.entity_info(a["middle"], 10)),
        "related": (["related", a["paper"]], lambda q: q.related(a["paper"], 10)),
        "top": (["top"], lambda q: q.top_entities(None, None, 20)),
        "top --year": (["top", "--year", str(a["year"])], lambda q: q.top_entities(None, a["year"], 20)),
        "trending": (["trending"], lambda q: (q.trend_split(None), q.trending(20, None))),
        "path": (["path", a["rare"], a["middle"]], lambda q: q.shortest_path(a["rare"], a["middle"])),
        "communities": (["communities"], lambda q: q.communities(5, 2)),
    }


def compare(out: Path, args: dict[str, Any]) -> dict[str, Any]:
    """Load the graph once, then time each query of the graph and of the index."""
    from kg.graph import load_graph
    from kg.graph.check import check_graph
    from kg.graph.indexed import GraphQueries, open_index

    t = time.perf_counter()
    kg = load_graph(out)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    check_graph(kg, out / "graph.json")
    check_s = time.perf_counter() - t
    graph = GraphQueries(kg)
    rows = {}
    for name, (_, ask) in queries(args).items():
        t = time.perf_counter()
        expected = ask(graph)
        graph_s = time.perf_counter() - t
        times = []
        for _ in range(REPEATS):
            t = time.perf_counter()
            index = open_index(out)
            assert index is not None, "no index, or one of another graph"
            got = ask(index)
            index.close()
            times.append(time.perf_counter() - t)
        assert got == expected, f"{name}: the index answers otherwise than the graph"
        rows[name] = {"graph_s": graph_s, "index_s": min(times)}
    return {"load_s": load_s, "check_s": check_s, "queries": rows}


def cli_seconds(out: Path, command: list[str]) -> float:
    """Wall time of ``kg COMMAND -g out --json`` in a new process (the median of three)."""
    kg = str(Path(sys.executable).with_name("kg"))
    times = []
    for _ in range(REPEATS):
        t = time.perf_counter()
        subprocess.run([kg, *command, "-g", str(out), "--json"], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--dir", type=Path, default=Path("outputs/bench"), help="where corpora and builds are kept"
    )
    parser.add_argument("--top-k", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    spawn = multiprocessing.get_context("spawn")
    for size in args.sizes:
        out = args.dir / f"query{size}"
        out.mkdir(parents=True, exist_ok=True)
        with spawn.Pool(1) as pool:  # a process per step, so each starts with nothing loaded
            built = pool.apply(build, (corpus(args.dir, size, args.seed), out, args.top_k))
        with spawn.Pool(1) as pool:
            r = pool.apply(compare, (out, built["args"]))
        print(
            f"{built['papers']:,} papers: graph.json {built['graph_mb']:.0f} MiB written in "
            f"{built['save_s']:.1f} s; index.sqlite {built['index_mb']:.0f} MiB written in {built['index_s']:.1f} s"
        )
        print(
            f"{built['papers']:,} papers: load_graph {r['load_s']:.2f} s, of which the schema check "
            f"{r['check_s']:.2f} s ({r['check_s'] / r['load_s']:.0%})"
        )
        print(
            f"{'papers':>8} {'command':17} {'reload+query s':>14} {'query s':>8} {'index s':>8} {'ratio':>7} {'kg CLI s':>9}"
        )
        for name, (command, _) in queries(built["args"]).items():
            q = r["queries"][name]
            before = r["load_s"] + q["graph_s"]
            print(
                f"{built['papers']:8d} {name:17} {before:14.2f} {q['graph_s']:8.3f} {q['index_s']:8.4f} "
                f"{before / q['index_s']:7.0f} {cli_seconds(out, command):9.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
