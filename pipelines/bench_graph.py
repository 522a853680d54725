"""Time entity linking and graph building on synthetic corpora of growing size.

For each size, a corpus is made with ``pipelines/synth_corpus.py`` (unless it is already in
``--dir``), then a fresh process reads its mentions file and times ``kg.link.link`` (the
entity records) and ``kg.graph.build_graph``. Peak memory is the process's peak resident set
(``getrusage``), shown with what reading the corpus alone took, so the stages' own share is
the difference. The slope between two sizes is the growth exponent
``log(t2 / t1) / log(n2 / n1)``: 1 is linear.

    python -m pipelines.bench_graph --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import resource
import time
from pathlib import Path

from kg.graph import build_graph
from kg.link import link
from kg.models import ExtractedPaper
from pipelines import synth_corpus


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(mentions_path: Path, top_k: int) -> dict:
    """Read a mentions file, then link and build the graph, with times and peak memory."""
    with mentions_path.open(encoding="utf-8") as f:
        docs = [ExtractedPaper.from_json(json.loads(line)) for line in f]
    loaded_mb = peak_rss_mb()
    t0 = time.perf_counter()
    entities = link(docs)
    t1 = time.perf_counter()
    kg = build_graph(docs, entities, top_k=top_k)
    t2 = time.perf_counter()
    return {
        "papers": len(docs), "mentions": sum(len(d.mentions) for d in docs), "entities": len(entities),
        "paper_links": kg.papers.number_of_edges(), "entity_links": kg.entities.number_of_edges(),
        "link_s": t1 - t0, "graph_s": t2 - t1, "total_s": t2 - t0,
        "loaded_mb": loaded_mb, "peak_mb": peak_rss_mb(),
    }


def slope(n1: float, t1: float, n2: float, t2: float) -> float:
    """Growth exponent between two measurements.

    >>> slope(10, 1.0, 100, 10.0), slope(10, 1.0, 100, 100.0)
    (1.0, 2.0)
    """
    return math.log(t2 / t1) / math.log(n2 / n1)


def corpus(directory: Path, size: int, seed: int) -> Path:
    """The mentions file of the synthetic corpus of ``size`` papers, made if missing."""
    papers = directory / f"synth{size}.jsonl"
    mentions = papers.with_suffix(".mentions.jsonl")
    if not mentions.exists():
        synth_corpus.main(["--papers", str(size), "-o", str(papers), "--seed", str(seed)])
    return mentions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--dir", type=Path, default=Path("outputs/bench"), help="where corpora are kept")
    parser.add_argument("--top-k", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    results = []
    for size in args.sizes:
        path = corpus(args.dir, size, args.seed)
        # a process per size, so that each peak is its own
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            r = pool.apply(measure, (path, args.top_k))
        results.append(r)
        print(f"{r['papers']:>8} papers {r['mentions']:>8} mentions {r['entities']:>7} entities | "
              f"link {r['link_s']:6.1f} s  graph {r['graph_s']:6.1f} s  total {r['total_s']:6.1f} s | "
              f"peak {r['peak_mb']:7.0f} MiB (corpus alone {r['loaded_mb']:.0f}) | "
              f"{r['paper_links']} paper links, {r['entity_links']} entity links", flush=True)
    for a, b in zip(results, results[1:]):
        print(f"slope {a['papers']} -> {b['papers']}: "
              + ", ".join(f"{k[:-2]} {slope(a['papers'], a[k], b['papers'], b[k]):.2f}"
                          for k in ("link_s", "graph_s", "total_s")))


if __name__ == "__main__":
    main()
