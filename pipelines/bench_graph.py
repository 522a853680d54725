"""Time entity linking, graph building and graph saving on synthetic corpora of growing size.

For each size, a corpus is made with ``pipelines/synth_corpus.py`` (unless it is already in
``--dir``), then a fresh process reads its mentions file and times the stages ``link``
(``kg.link.link``, the entity records), ``graph`` (``kg.graph.build_graph``) and ``save``
(``kg.graph.save_graph``: graph.json and graph.graphml, into ``--dir``). Peak memory is the
process's peak resident set (``getrusage``) when each stage ended, shown with what reading
the corpus alone took, so a stage's own share is the rise. Each stage shows its wall time
and its CPU time: on a machine shared with other work the CPU time varies less. The growth
exponent of a stage between two sizes is ``log(t2 / t1) / log(n2 / n1)`` (1 is linear), of
the wall and of the CPU time.

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

from kg.graph import build_graph, save_graph
from kg.link import link
from kg.records import ExtractedPaper
from pipelines import synth_corpus


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


STAGES = ("link", "graph", "save")


def measure(mentions_path: Path, top_k: int, out: Path) -> dict:
    """Read a mentions file, then link, build the graph and save it into ``out``, with each
    stage's time and the peak memory when it ended."""
    with mentions_path.open(encoding="utf-8") as f:
        docs = [ExtractedPaper.from_json(json.loads(line)) for line in f]
    r = {"seconds": {}, "cpu": {}, "peak_mb": {}, "loaded_mb": peak_rss_mb()}

    def timed(stage, run, *args, **kwargs):
        t, cpu = time.perf_counter(), time.process_time()
        result = run(*args, **kwargs)
        r["seconds"][stage], r["cpu"][stage] = time.perf_counter() - t, time.process_time() - cpu
        r["peak_mb"][stage] = peak_rss_mb()
        return result

    entities = timed("link", link, docs)
    kg = timed("graph", build_graph, docs, entities, top_k=top_k)
    timed("save", save_graph, kg, out)
    for key in ("seconds", "cpu"):
        r[key]["total"] = sum(r[key].values())
    r["peak_mb"]["total"] = peak_rss_mb()
    r.update(
        papers=len(docs),
        mentions=sum(len(d.mentions) for d in docs),
        entities=len(entities),
        paper_links=kg.papers.number_of_edges(),
        entity_links=kg.entities.number_of_edges(),
        isolated_papers=sum(1 for _, d in kg.papers.degree if d == 0),
    )
    return r


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
    parser.add_argument(
        "--dir", type=Path, default=Path("outputs/bench"), help="where corpora and saved graphs are kept"
    )
    parser.add_argument("--top-k", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    results = []
    print(
        f"{'papers':>8} {'stage':6} {'seconds':>8} {'CPU s':>8} {'peak RSS MiB':>13} {'exponent':>9} {'(CPU)':>6}"
    )
    for size in args.sizes:
        path = corpus(args.dir, size, args.seed)
        # a process per size, so that each peak is its own
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            r = pool.apply(measure, (path, args.top_k, args.dir / f"graph{size}"))
        prev = results[-1] if results else None
        results.append(r)
        print(f"{r['papers']:8d} {'corpus':6} {'':8} {'':8} {r['loaded_mb']:13.0f}")
        for stage in (*STAGES, "total"):
            exponents = [
                f"{slope(prev['papers'], prev[key][stage], r['papers'], r[key][stage]):.2f}" if prev else ""
                for key in ("seconds", "cpu")
            ]
            print(
                f"{r['papers']:8d} {stage:6} {r['seconds'][stage]:8.1f} {r['cpu'][stage]:8.1f} "
                f"{r['peak_mb'][stage]:13.0f} {exponents[0]:>9} {exponents[1]:>6}"
            )
        print(
            f"{r['papers']:8d} papers, {r['mentions']} mentions, {r['entities']} entities, "
            f"{r['paper_links']} paper links ({r['isolated_papers']} papers without), "
            f"{r['entity_links']} entity links",
            flush=True,
        )


if __name__ == "__main__":
    main()
