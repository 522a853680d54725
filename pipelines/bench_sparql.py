"""Benchmark (not a test): rdflib's memory store against Oxigraph on a synthetic graph.

Makes a KnowledgeGraph of ``--papers`` papers whose mentions draw entities from a Zipf
distribution (a few entities in many papers, most in few, as in real abstracts), exports it
as N-Triples, then times loading it and answering three saved queries in both engines, with
the ratio rdflib / Oxigraph. Oxigraph is used as ``kg sparql`` uses it: bulk-loaded into an
on-disk store beside the data. About 180 triples per paper, so the default makes ≥1M triples:

    .venv/bin/python pipelines/bench_sparql.py            # ~1.3M triples, a few GB of memory
    .venv/bin/python pipelines/bench_sparql.py --papers 200   # a quick check

(``kg`` must be importable: ``make dev`` installs it, or run with ``PYTHONPATH=.``.)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
from rdflib import Graph

from kg.graph import KnowledgeGraph
from kg.rdf import open_store, to_rdf, write_rdf
from kg.records import LABELS, Mention
from kg.resources import QUERIES
from kg.schema import entity_node, paper_node

BENCH_QUERIES = ("top_datasets.rq", "methods_with_dataset.rq", "entity_papers_by_year.rq")
# The most frequent entity of these types carries the name the saved queries ask about.
PLACEHOLDER_NAMES = {"DATASET": "ImageNet", "METHOD": "ResNet"}


def entity_names(n_entities: int) -> list[tuple[str, str]]:
    """(label, type) of each entity, by falling frequency; types take turns.

    >>> entity_names(7)[:3], entity_names(7)[5]
    ([('ResNet', 'METHOD'), ('Model 1', 'MODEL'), ('ImageNet', 'DATASET')], ('Method 5', 'METHOD'))
    """
    names = []
    for rank in range(n_entities):
        type_ = LABELS[rank % len(LABELS)]
        placeholder = PLACEHOLDER_NAMES.get(type_) if rank < len(LABELS) else None
        names.append((placeholder or f"{type_.title()} {rank}", type_))
    return names


def synthetic_kg(
    n_papers: int, n_entities: int, mentions_per_paper: float, zipf: float, seed: int = 0
) -> KnowledgeGraph:
    """Papers of one sentence per mention, each mention of a Zipf-drawn entity.

    >>> kg = synthetic_kg(3, 10, 4, 1.1)
    >>> sorted(a["kind"] for _, a in kg.bipartite.nodes(data=True)).count("paper")
    3
    """
    rng = np.random.default_rng(seed)
    names = entity_names(n_entities)
    weights = 1.0 / np.arange(1, n_entities + 1) ** zipf
    kg = KnowledgeGraph()
    years: dict[int, list[int]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    for i in range(n_papers):
        year = int(rng.integers(2012, 2025))
        drawn = rng.choice(
            n_entities, size=max(1, rng.poisson(mentions_per_paper)), p=weights / weights.sum()
        )
        abstract, mentions = "", defaultdict(list)
        for e in drawn.tolist():
            label, type_ = names[e]
            start = len(abstract) + len("We use ")
            abstract += f"We use {label}. "
            mentions[e].append(
                Mention(
                    "abstract",
                    start,
                    start + len(label),
                    label,
                    type_,
                    f"e{e}",
                    round(float(rng.uniform(0.5, 1.0)), 3),
                )
            )
        key = paper_node(f"p{i}")
        kg.bipartite.add_node(
            key,
            kind="paper",
            id=f"p{i}",
            title=f"Synthetic paper {i}",
            abstract=abstract.strip(),
            authors=[f"Author {i}"],
            year=year,
            date=None,
            url=None,
            source="synthetic",
            identifiers={},
            community=None,
        )
        for e, ms in mentions.items():
            kg.bipartite.add_edge(key, entity_node(f"e{e}"), count=len(ms), mentions=ms)
            years[e].append(year)
            counts[e] += len(ms)
    for e, seen in years.items():
        label, type_ = names[e]
        kg.bipartite.add_node(
            entity_node(f"e{e}"),
            kind="entity",
            id=f"e{e}",
            label=label,
            type=type_,
            aliases={label: counts[e]},
            n_papers=len(seen),
            first_year=min(seen),
            last_year=max(seen),
            variant_of=None,
            community=None,
            pagerank=None,
        )
    return kg


def timed(run: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=7000)
    parser.add_argument("--entities", type=int, default=20000)
    parser.add_argument("--mentions", type=float, default=8.0, help="mean mentions per paper")
    parser.add_argument("--zipf", type=float, default=1.1, help="Zipf exponent of entity frequency")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        data = Path(tmp) / "kg.nt"
        seconds, g = timed(
            lambda: to_rdf(synthetic_kg(args.papers, args.entities, args.mentions, args.zipf, args.seed))
        )
        write_rdf(g, data, "nt")
        print(
            f"{args.papers} papers, {len(g):,} triples, made in {seconds:.1f} s "
            f"({data.stat().st_size / 2**20:.0f} MiB of N-Triples)"
        )
        del g

        rows = []
        rdflib_load, memory = timed(lambda: Graph().parse(data, format="nt"))
        oxigraph_load, store = timed(lambda: open_store(data))
        rows.append(("load", rdflib_load, oxigraph_load, ""))
        for name in BENCH_QUERIES:
            text = (QUERIES / name).read_text(encoding="utf-8")
            rdflib_query, expected = timed(lambda text=text: list(memory.query(text)))
            oxigraph_query, got = timed(lambda text=text: list(store.query(text)))
            rows.append((name, rdflib_query, oxigraph_query, f"{len(expected)}/{len(got)} rows"))
        reopen, _ = timed(lambda: open_store(data))

    print(f"\n{'':28} {'rdflib':>10} {'Oxigraph':>10} {'ratio':>8}")
    for name, a, b, note in rows:
        print(f"{name:28} {a:>9.3f}s {b:>9.3f}s {a / b:>7.1f}x  {note}")
    print(f"{'reopen cached store':28} {'':>10} {reopen:>9.3f}s")


if __name__ == "__main__":
    main()
