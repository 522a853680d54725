"""The cost curve of a whole `kg build`: time and memory per stage at growing corpus sizes.

    .venv/bin/python pipelines/bench_build.py --sizes 1000 10000 100000 --workers 2

For each size a synthetic corpus is made from the sample (``pipelines/synth_corpus.py``),
then ``kg build`` runs on it in a fresh process with an empty output directory (no cache).
Printed per size and stage: wall time, abstracts/s, the process's peak RSS when the stage
ended, and the growth exponent of each stage's time between consecutive sizes,
``log(t2/t1) / log(n2/n1)`` (1.0 is linear). Extraction worker processes are not in the
parent's RSS; their peak is the "children" column.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("ingest", "extract", "link", "graph", "write", "export", "views")


def run(n: int, workers: int, work: Path) -> dict:
    corpus = work / f"synth{n}.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, "-m", "pipelines.synth_corpus", "--papers", str(n), "-o", str(corpus)],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = work / f"out{n}"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "--no-cache",
                    "--workers", str(workers), "--quiet"], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    summary = json.loads((out / "summary.json").read_text())
    summary["wall"] = time.perf_counter() - t
    summary["children_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=None, help="keep corpora and outputs here")
    args = ap.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    print(f"{'papers':>8} {'stage':8} {'seconds':>9} {'abstracts/s':>12} {'peak RSS MB':>12} {'exponent':>9}")
    for n in args.sizes:
        r = results[n] = run(n, args.workers, work)
        prev = max((m for m in results if m < n), default=None)
        for stage in (*STAGES, "total"):
            sec = sum(r["seconds"].values()) if stage == "total" else r["seconds"].get(stage, 0.0)
            rss = max(r["peak_rss_mb"].values()) if stage == "total" else r["peak_rss_mb"].get(stage, 0.0)
            exp = ""
            if prev is not None:
                p = results[prev]
                before = sum(p["seconds"].values()) if stage == "total" else p["seconds"].get(stage, 0.0)
                if before > 0 and sec > 0:
                    exp = f"{math.log(sec / before) / math.log(n / prev):.2f}"
            print(f"{n:8d} {stage:8} {sec:9.1f} {n / sec if sec else float('inf'):12.1f} {rss:12.0f} {exp:>9}")
        print(f"{n:8d} {'wall':8} {r['wall']:9.1f} {'':12} {r['children_rss_mb']:12.0f}  (children)")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
