"""Hostile text against prose: what an abstract built to be slow costs kg's extraction.

    .venv/bin/python pipelines/bench_hostile.py                 # every pattern, 4,000 and 16,000 characters
    .venv/bin/python pipelines/bench_hostile.py --chars 8000 --model in-domain

Each pattern is repeated to the length asked for and run as one abstract through the shipped
pipeline (``kg.extract``) and the result rules (``kg.results``), and so is prose of the same
length ("It reaches 84.1% top-1 accuracy on ImageNet." repeated), in the same process, so the
figures are ratios on a shared, noisy machine: ``x prose`` is a pattern's time over the
prose's, ``growth`` its time at four times the length over its time at the length (4 where
the cost grows linearly, 16 where it grows with the square). Patterns are the ones that once
cost time in the square of their length, and their neighbours (``docs/benchmarks.md``).
"""

from __future__ import annotations

import argparse
import time

from spacy.language import Language

from kg.extract import extract_papers, load_pipeline
from kg.records import Paper
from kg.results import extract_results

PROSE = "It reaches 84.1% top-1 accuracy on ImageNet. "
PATTERNS = {
    "a run without spaces": "(",
    "metric definitions": "Fréchet Inception Distance (FID) ",
    "slashed numbers": "84.1/85.2/",
    "percentages": "50% ",
    "bracketed numbers": "(84.1) ",
    "from-to chain": "from 1% to ",
    "versus chain": "84.1 vs. ",
    "margins": "improves BLEU by 2.3 points and ",
    "names in a list": "ResNet-50, ",
    "nested abbreviations": "Large Language Model (LLM (",
    "spaced brackets": "( ",
    "line breaks": "a\n",
}


def timed(nlp: Language, text: str) -> float:
    """Seconds to extract one abstract's mentions and results."""
    started = time.perf_counter()
    doc = next(iter(extract_papers([Paper("x", "", text)], nlp)))
    extract_results("", text, doc.mentions)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--chars", type=int, default=4000, help="the shorter length (the longer is four times it)"
    )
    ap.add_argument("--model", default=None, help="the pipeline, as `kg build --model` takes it")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    timed(nlp, PROSE)  # loads the model's weights before anything is timed
    lengths = (args.chars, 4 * args.chars)
    prose = [timed(nlp, (PROSE * (n // len(PROSE) + 1))[:n]) for n in lengths]
    print(f"prose: {prose[0]:.2f} s at {lengths[0]:,} characters, {prose[1]:.2f} s at {lengths[1]:,}")
    print(f"{'pattern':24s} {'s':>7s} {'x prose':>8s} {'growth':>7s}")
    for name, unit in PATTERNS.items():
        short, long = (timed(nlp, (unit * (n // len(unit) + 1))[:n]) for n in lengths)
        print(f"{name:24s} {long:7.2f} {long / prose[1]:8.1f} {long / max(short, 1e-9):7.1f}")


if __name__ == "__main__":
    main()
