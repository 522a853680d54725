"""Incremental builds: a first build, a rebuild of the unchanged corpus, and a rebuild after
adding 1% new papers, timed in the same run (ratios to the first build are what count).

    .venv/bin/python pipelines/bench_incremental.py --papers 20000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(corpus: Path, out: Path, workers: int) -> tuple[float, dict]:
    t = time.perf_counter()
    subprocess.run(
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
        check=True,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t, json.loads((out / "summary.json").read_text())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-incr-"))
    full, corpus, out = work / "full.jsonl", work / "corpus.jsonl", work / "out"
    extra = args.papers // 100
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.synth_corpus",
            "--papers",
            str(args.papers + extra),
            "-o",
            str(full),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    corpus.write_text("".join(lines[: args.papers]), encoding="utf-8")
    first, s1 = build(corpus, out, args.workers)
    unchanged, _ = build(corpus, out, args.workers)
    corpus.write_text("".join(lines), encoding="utf-8")
    grown, s3 = build(corpus, out, args.workers)
    ext = s1["seconds"]["extract"]
    print(f"first build of {args.papers} papers   {first:8.1f} s   (extraction {ext:.1f} s)")
    print(
        f"unchanged rebuild                 {unchanged:8.1f} s   {unchanged / first:6.1%} of the first build"
    )
    print(
        f"rebuild with {extra} new papers (1%)   {grown:8.1f} s   {grown / first:6.1%} of the first build; "
        f"extraction {s3['seconds']['extract']:.1f} s = {s3['seconds']['extract'] / ext:.1%} of the first "
        f"({s3['extraction']['extracted']} extracted, {s3['extraction']['cached']} from the cache)"
    )


if __name__ == "__main__":
    main()
