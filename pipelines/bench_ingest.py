"""Time and memory of the ingest stage alone (read and merge), at growing corpus sizes.

    .venv/bin/python pipelines/bench_ingest.py --sizes 10000 100000

For each size a synthetic JSON Lines corpus is made from the sample
(``pipelines/synth_corpus.py``), then ``kg.build.ingest`` reads it in a fresh process.
Printed per size: wall time, papers, the peak RSS the ingest added to the process (over its
peak after the imports), the RSS still held once it returned (the merged papers), and the
growth exponent of the time and of the added peak between consecutive sizes,
``log(y2/y1) / log(n2/n1)`` (1.0 is linear). A streaming ingest holds each paper once, so
its added peak is close to what it holds at the end.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: the process's peak and current RSS are read around the ingest alone.
CHILD = """
import json, resource, sys, time
from kg.build import BuildSummary, ingest

def current_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
held_before = current_mb()
summary = BuildSummary()
t = time.perf_counter()
papers = ingest([sys.argv[1]], None, summary)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "papers": len(papers), "added_peak_mb": peak - before,
                  "held_mb": current_mb() - held_before}))
"""


def run(n: int, work: Path) -> dict:
    corpus = work / f"synth{n}.jsonl"
    if not corpus.exists():
        subprocess.run(
            [sys.executable, "-m", "pipelines.synth_corpus", "--papers", str(n), "-o", str(corpus)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus)], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def exponent(after: float, before: float, n: int, m: int) -> str:
    return f"{math.log(after / before) / math.log(n / m):.2f}" if after > 0 and before > 0 else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--dir", type=Path, default=None, help="keep the corpora here")
    args = ap.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict] = {}
    print(
        f"{'papers':>8} {'seconds':>8} {'added peak MB':>14} {'held MB':>8} {'exp time':>9} {'exp peak':>9}"
    )
    for n in args.sizes:
        r = results[n] = run(n, work)
        prev = max((m for m in results if m < n), default=None)
        exp_t = exp_m = ""
        if prev is not None:
            p = results[prev]
            exp_t = exponent(r["seconds"], p["seconds"], n, prev)
            exp_m = exponent(r["added_peak_mb"], p["added_peak_mb"], n, prev)
        print(
            f"{r['papers']:8d} {r['seconds']:8.1f} {r['added_peak_mb']:14.0f} {r['held_mb']:8.0f} "
            f"{exp_t:>9} {exp_m:>9}"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
