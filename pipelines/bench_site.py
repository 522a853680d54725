"""Time the site's pages (``kg/views/site.py``): ms a page for entity pages and paper pages.

Reads a saved graph (``kg build``'s ``graph.json``, or a benchmark's), gives every paper
that mentions a dataset and a metric synthetic reported results where it has none (two
absolute, one relative, on its first dataset and metric), so that the leaderboards of
dataset and metric pages have rows to rank, then renders every page of the site once and
prints the CPU time per page of each kind (CPU time, not wall time: the shared machine's
other work does not count), and the wall time of the whole ``write_site`` into a temporary
folder.

    .venv/bin/python -m pipelines.bench_site --graph outputs/bench_maps/graph5000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.graph import KnowledgeGraph, load_graph
from kg.records import Result
from kg.schema import node_id, node_kind
from kg.views.render import environment, write_site
from kg.views.site import Site, entity_page, paper_page


def add_results(kg: KnowledgeGraph, seed: int = 0) -> int:
    """Give the papers without results synthetic ones; the number of papers given some."""
    g = kg.bipartite
    given = 0
    for n, (key, a) in enumerate(kg.papers.nodes(data=True)):
        if a.get("results"):
            continue
        by_type: dict[str, str] = {}
        for e in g[key]:
            by_type.setdefault(g.nodes[e]["type"], node_id(e))
        if "DATASET" not in by_type or "METRIC" not in by_type:
            continue
        dataset, metric = by_type["DATASET"], by_type["METRIC"]
        value = f"{50 + (n * 7919 + seed) % 500 / 10:.1f}"
        results = [
            Result(value, "%", "absolute", g.nodes["entity:" + metric]["label"], own=True,
                   metric_entity=metric, dataset_entity=dataset),
            Result(f"{value}1", "%", "absolute", "error rate", own=False, method="a baseline",
                   dataset_entity=dataset),
            Result("2.3", "points", "relative", None, metric_entity=metric, dataset_entity=dataset),
        ]  # fmt: skip
        a["results"] = [r.to_dict() for r in results]
        given += 1
    return given


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("outputs/bench_maps/graph5000"))
    parser.add_argument("--max-entity-pages", type=int, default=10_000)
    args = parser.parse_args(argv)
    kg = load_graph(args.graph)
    given = add_results(kg)
    t = time.perf_counter()
    site = Site.of(kg, args.max_entity_pages)
    print(f"Site.of: {time.perf_counter() - t:.2f} s; {given:,} papers given synthetic results")
    env = environment(root="../", find=True)
    templates = {kind: env.get_template(f"{kind}.html") for kind in ("entity", "paper")}
    seconds = {"entity": 0.0, "paper": 0.0}
    counts = {"entity": 0, "paper": 0}
    for key in site.pages:
        kind = node_kind(key)
        t = time.process_time()
        page = entity_page(site, key) if kind == "entity" else paper_page(site, key)
        templates[kind].render(page=page)
        seconds[kind] += time.process_time() - t
        counts[kind] += 1
    for kind in ("entity", "paper"):
        ms = 1000 * seconds[kind] / max(counts[kind], 1)
        print(f"{kind} pages: {counts[kind]:,}, {seconds[kind]:.1f} s CPU, {ms:.2f} ms CPU a page")
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        write_site(kg, out, site)
        total = time.perf_counter() - t
    print(
        f"write_site: {total:.1f} s for {len(site.pages):,} pages, {1000 * total / len(site.pages):.2f} ms a page"
    )


if __name__ == "__main__":
    main()
