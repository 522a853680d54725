"""Extraction speed: the kg pipeline against spaCy's blank English tokenizer, same texts, same run.

    .venv/bin/python pipelines/bench_extract.py --abstracts 20000

Replicates the sample corpus to N abstracts and prints abstracts/s and words/s for the
tokenizer alone, for `extract_papers` in one process and with ``--workers`` processes,
and each one's ratio to the tokenizer (the machine is shared and noisy: compare ratios);
also the one process with thinc's default BLIS gemm in place of numpy's, and the ratio.
Then `kg.link.describe.describe` (mention roles, salience and results: what `kg extract`
adds after linking) over the one-process extraction's papers, linked first (untimed):
abstracts/s of extraction with and without it, and the ratio of the two times.
"""

from __future__ import annotations

import argparse
import itertools
import time
from dataclasses import replace
from pathlib import Path

import spacy
from thinc.api import NumpyOps

from kg.extract import assemble, extract_papers, load_pipeline
from kg.ingest import merge_duplicates, read_papers
from kg.link import link
from kg.link.describe import describe
from kg.records import ExtractedPaper

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int):
    papers, _ = merge_duplicates(read_papers([ROOT / "data" / "sample"]))
    return [replace(p, id=f"{p.id}#{i}") for i, p in zip(range(n), itertools.cycle(papers))]


def timed(label: str, fn, papers, words: int, base: float | None = None) -> float:
    t = time.perf_counter()
    fn(papers)
    dt = time.perf_counter() - t
    ratio = f"  {dt / base:6.1f}x tokenizer time" if base else ""
    print(f"{label:28s} {len(papers) / dt:9.1f} abstracts/s {words / dt:11.0f} words/s{ratio}")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--abstracts", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()

    papers = corpus(args.abstracts)
    blank = spacy.blank("en")
    nlp = load_pipeline()
    texts = [t for p in papers for t in (p.title, p.abstract)]
    words = sum(len(d) for d in blank.tokenizer.pipe(texts))
    print(f"{len(papers)} abstracts, {words} words; pipeline: {nlp.pipe_names}")

    base = timed("blank tokenizer", lambda ps: [len(d) for d in blank.tokenizer.pipe(texts)], papers, words)
    docs: list[ExtractedPaper] = []
    extract = timed(
        "kg extract, 1 process",
        lambda ps: docs.extend(extract_papers(ps, nlp, batch_size=args.batch_size)),
        papers,
        words,
        base,
    )
    blis = assemble()  # a pipeline of its own: load_pipeline() returns the one loaded before
    for _, pipe in blis.pipeline:  # thinc's default gemm, as kg.extract loaded models before
        for layer in pipe.model.walk() if hasattr(pipe, "model") else ():
            layer.ops = NumpyOps(use_blis=True)
    with_blis = timed(
        "kg extract, BLIS gemm", lambda ps: sum(1 for _ in extract_papers(ps, blis)), papers, words, base
    )
    print(f"{'':28s} numpy BLAS gemm (kg's): {with_blis / extract:.2f}x faster than BLIS")
    entities = link(docs)
    described = timed("describe (roles + results)", lambda ps: describe(docs, entities), papers, words)
    n = len(papers)
    print(
        f"{'extract + describe, 1 proc':28s} {n / (extract + described):9.1f} abstracts/s"
        f"  (extract alone {n / extract:.1f} abstracts/s; with describe {(extract + described) / extract:.3f}x its time)"
    )
    timed(
        f"kg extract, {args.workers} processes",
        lambda ps: sum(1 for _ in extract_papers(ps, nlp, workers=args.workers, batch_size=args.batch_size)),
        papers,
        words,
        base,
    )


if __name__ == "__main__":
    main()
