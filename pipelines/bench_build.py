"""The cost curve of a whole `kg build`: time and memory per stage at growing corpus sizes.

    .venv/bin/python pipelines/bench_build.py --sizes 1000 10000 100000 --workers 2

For each size a synthetic corpus is made from the sample (``pipelines/synth_corpus.py``),
then ``kg build`` runs on it in a fresh process with an empty output directory: the cold
build, which extracts every paper and fills the cache. Then ``--rebuilds`` more builds run,
each in a fresh process, from that cache (the previous ``summary.json`` removed, so nothing
counts as up to date): they repeat every stage but extraction. A stage's time is the
median of the cold build and the rebuilds (extraction: the cold build's); the "runs" column
lists them all, the cold build first. One run of a few seconds moves by 10-20% on a shared
2-core machine, enough to move a growth exponent over a 10x step by 0.05 either way.

Printed per size and stage: wall time, abstracts/s, the process's peak RSS when the stage
ended (the largest of the runs), and the growth exponent of each stage's time between
consecutive sizes, ``log(t2/t1) / log(n2/n1)`` (1.0 is linear). Extraction worker
processes are not in the parent's RSS; their peak is the "children" column. The build
process's own CPU time is shown as user and system seconds (medians too), with the
exponent of the user time: the system time is mostly the kernel handing the process fresh
memory, which costs more per page on some virtual machines as the process grows (``kg
build`` records both in ``summary.json``).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("ingest", "extract", "link", "graph", "write", "export", "views")


def run(n: int, workers: int, work: Path, rebuilds: int) -> list[dict]:
    """The summaries of the cold build of ``n`` papers and of its rebuilds from the cache."""
    corpus = work / f"synth{n}.jsonl"
    if not corpus.exists():
        subprocess.run(
            [sys.executable, "-m", "pipelines.synth_corpus", "--papers", str(n), "-o", str(corpus)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    out = work / f"out{n}"
    shutil.rmtree(out, ignore_errors=True)
    summaries = []
    for _ in range(1 + rebuilds):
        (out / "summary.json").unlink(missing_ok=True)
        t = time.perf_counter()
        build = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                str(corpus),
                "-o",
                str(out),
                "--workers",
                str(workers),
                "--quiet",
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        if build.returncode != 0:
            sys.exit(f"kg build of {n} papers failed (exit {build.returncode}):\n{build.stderr[-5000:]}")
        summary = json.loads((out / "summary.json").read_text())
        summary["wall"] = time.perf_counter() - t
        summaries.append(summary)
    return summaries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rebuilds", type=int, default=2, help="builds from the cache after the cold one")
    ap.add_argument("--dir", type=Path, default=None, help="keep corpora and outputs here")
    args = ap.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict] = {}
    print(
        f"{'papers':>8} {'stage':8} {'seconds':>9} {'abstracts/s':>12} {'peak RSS MB':>12} {'exponent':>9}"
        f" {'user s':>8} {'system s':>9} {'(user)':>7}  runs (s)"
    )

    def of(r: dict, key: str, stage: str, part: int | None = None) -> float:
        values = [v if part is None else v[part] for s, v in r.get(key, {}).items() if stage in (s, "total")]
        return max(values, default=0.0) if key == "peak_rss_mb" else sum(values)

    def exponent(before: float, after: float, n0: int, n1: int) -> str:
        return f"{math.log(after / before) / math.log(n1 / n0):.2f}" if before > 0 and after > 0 else ""

    for n in args.sizes:
        runs = run(n, args.workers, work, args.rebuilds)
        # rebuilds do not extract: extraction, and the end-to-end total, are the cold build's
        r = results[n] = {}
        for stage in (*STAGES, "total"):
            sample = runs[:1] if stage in ("extract", "total") else runs
            r[stage] = {
                "seconds": [of(s, "seconds", stage) for s in sample],
                "user": statistics.median(of(s, "cpu_seconds", stage, 0) for s in sample),
                "system": statistics.median(of(s, "cpu_seconds", stage, 1) for s in sample),
                "rss": max(of(s, "peak_rss_mb", stage) for s in sample),
            }
            r[stage]["median"] = statistics.median(r[stage]["seconds"])
        prev = max((m for m in results if m < n), default=None)
        for stage in (*STAGES, "total"):
            x = r[stage]
            sec = x["median"]
            exp = exp_user = ""
            if prev is not None:
                p = results[prev][stage]
                exp, exp_user = exponent(p["median"], sec, prev, n), exponent(p["user"], x["user"], prev, n)
            print(
                f"{n:8d} {stage:8} {sec:9.1f} {n / sec if sec else float('inf'):12.1f} {x['rss']:12.0f} {exp:>9}"
                f" {x['user']:8.1f} {x['system']:9.1f} {exp_user:>7}  {' '.join(f'{t:.1f}' for t in x['seconds'])}"
            )
        children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest so far
        print(f"{n:8d} {'wall':8} {runs[0]['wall']:9.1f} {'':12} {children_mb:12.0f}  (children)")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
