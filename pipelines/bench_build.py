"""The cost curve of a whole `kg build`: time and memory per stage at growing corpus sizes.

    .venv/bin/python pipelines/bench_build.py --sizes 1000 10000 100000 --workers 2

For each size a synthetic corpus is made from the sample (``pipelines/synth_corpus.py``),
then ``kg build`` runs on it in a fresh process with an empty output directory (no cache).
Printed per size and stage: wall time, abstracts/s, the process's peak RSS when the stage
ended, and the growth exponent of each stage's time between consecutive sizes,
``log(t2/t1) / log(n2/n1)`` (1.0 is linear). Extraction worker processes are not in the
parent's RSS; their peak is the "children" column. The build process's own CPU time is
shown as user and system seconds, with the exponent of the user time: the system time is
mostly the kernel handing the process fresh memory, which costs more per page on some
virtual machines as the process grows (``kg build`` records both in ``summary.json``).
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
    build = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "--no-cache",
                            "--workers", str(workers), "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    if build.returncode != 0:
        sys.exit(f"kg build of {n} papers failed (exit {build.returncode}):\n{build.stderr[-5000:]}")
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
    print(f"{'papers':>8} {'stage':8} {'seconds':>9} {'abstracts/s':>12} {'peak RSS MB':>12} {'exponent':>9}"
          f" {'user s':>8} {'system s':>9} {'(user)':>7}")

    def of(r: dict, key: str, stage: str, part: int | None = None) -> float:
        values = [v if part is None else v[part] for s, v in r.get(key, {}).items() if stage in (s, "total")]
        return max(values, default=0.0) if key == "peak_rss_mb" else sum(values)

    def exponent(before: float, after: float, n0: int, n1: int) -> str:
        return f"{math.log(after / before) / math.log(n1 / n0):.2f}" if before > 0 and after > 0 else ""

    for n in args.sizes:
        r = results[n] = run(n, args.workers, work)
        prev = max((m for m in results if m < n), default=None)
        for stage in (*STAGES, "total"):
            sec, rss = of(r, "seconds", stage), of(r, "peak_rss_mb", stage)
            user, system = of(r, "cpu_seconds", stage, 0), of(r, "cpu_seconds", stage, 1)
            exp = exp_user = ""
            if prev is not None:
                p = results[prev]
                exp = exponent(of(p, "seconds", stage), sec, prev, n)
                exp_user = exponent(of(p, "cpu_seconds", stage, 0), user, prev, n)
            print(f"{n:8d} {stage:8} {sec:9.1f} {n / sec if sec else float('inf'):12.1f} {rss:12.0f} {exp:>9}"
                  f" {user:8.1f} {system:9.1f} {exp_user:>7}")
        print(f"{n:8d} {'wall':8} {r['wall']:9.1f} {'':12} {r['children_rss_mb']:12.0f}  (children)")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
