"""Where linking's time goes, step by step, on the mentions of builds of growing size.

    python pipelines/bench_build.py --sizes 10000 100000 --dir bench
    python -m pipelines.bench_link bench/out10000/mentions.jsonl bench/out100000/mentions.jsonl

Each mentions file (``kg build`` writes one into its output directory) is linked in a fresh
process, after a warm-up on its first 50 papers so that loading the gazetteer is not counted.
The entity ids the build gave are cleared first, as the extraction leaves most of them (only
spans the gazetteer matched carry an id then, and linking finds those again by name). Printed
per file: the whole of ``kg.link.link`` and each of its steps, functions and methods of the
``kg.link`` modules (a step's time includes the steps it calls), then, for consecutive
files, the ratio of each step's time and its growth exponent ``log(t2 / t1) / log(n2 / n1)``
over the number of papers (1 is linear).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import itertools
import json
import multiprocessing
import sys
import time
from collections import defaultdict
from pathlib import Path

from pipelines.bench_graph import slope

# each step as "module:name" or "module:Class.method", in kg.link
STEPS = (
    "resolver:Resolver.doc_keys",
    "passes:broader_referents",
    "passes:bare_head_referents",
    "passes:family_referents",
    "entities:assign_ids",
    "entities:preferred_label",
    "entities:papers_and_years",
    "entities:tie_variants",
)


def time_step(step: str, times: dict[str, float]) -> None:
    """Add the time of every call of ``step`` to ``times[step]``: the step is replaced where it
    is defined and in every ``kg.link`` module that imported it."""
    module, _, name = step.partition(":")
    owner: object = importlib.import_module(f"kg.link.{module}")
    *path, attr = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    f = getattr(owner, attr)

    @functools.wraps(f)
    def timed(*args: object, **kwargs: object) -> object:
        t = time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            times[step] += time.perf_counter() - t

    setattr(owner, attr, timed)
    for other in [m for n, m in sys.modules.items() if n.startswith("kg.link")]:
        if getattr(other, attr, None) is f:
            setattr(other, attr, timed)


def measure(path: Path) -> dict[str, float]:
    import kg.link as L
    from kg.records import ExtractedPaper

    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for m in d["mentions"]:
                m["entity"] = ""
            docs.append(ExtractedPaper.from_json(d))
    L.link(docs[:50])
    times: dict[str, float] = defaultdict(float)
    for step in STEPS:
        time_step(step, times)
    t = time.perf_counter()
    L.link(docs)
    return {
        "papers": len(docs),
        "mentions": sum(len(d.mentions) for d in docs),
        "link": time.perf_counter() - t,
        **{s: times[s] for s in STEPS},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mentions", type=Path, nargs="+", help="mentions.jsonl files, smallest corpus first")
    args = ap.parse_args()
    ctx = multiprocessing.get_context("spawn")  # a fresh process for each file
    results = []
    for path in args.mentions:
        with ctx.Pool(1) as pool:
            r = pool.apply(measure, (path,))
        results.append(r)
        print(f"{path}: {r['papers']} papers, {r['mentions']} mentions")
        for step in ("link", *STEPS):
            print(f"  {step:34s} {r[step]:8.2f} s")
    for a, b in itertools.pairwise(results):
        print(f"{a['papers']} → {b['papers']} papers:")
        for step in ("link", *STEPS):
            if a[step] > 0 and b[step] > 0:
                exp = slope(a["papers"], a[step], b["papers"], b[step])
                print(f"  {step:34s} x{b[step] / a[step]:6.1f}  exponent {exp:5.2f}")


if __name__ == "__main__":
    main()
