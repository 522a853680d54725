"""Score a trained pipeline on the dev and test titles and abstracts with the official scorer.

Predictions are written in the ``kg extract`` format (one line per paper with ``field``,
``start``, ``end``, ``text`` and ``label`` mentions, offsets into the field strings) and
scored by ``score.py``; the figures go to ``metrics.json`` with the pipeline's speed on
the sample corpus.

usage: python scripts/evaluate.py MODEL CORPUS_DIR SCORER SAMPLE_DIR METRICS_JSON
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
import typer
from spacy.language import Language

from kg.ingest import read_papers
from kg.io import write_json, write_jsonl

FIELDS = ("title", "abstract")
KINDS = ("exact", "overlap")


def predict(nlp: Language, records: list[dict]) -> Iterator[dict]:
    """One ``kg extract``-style line per record: the entities of its title and abstract."""
    texts = ((r[f], (r["id"], f)) for r in records for f in FIELDS)
    mentions: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for doc, (pid, field) in nlp.pipe(texts, as_tuples=True):
        mentions[pid].extend(
            {"field": field, "start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_}
            for e in doc.ents
        )
    return ({"id": pid, "mentions": m} for pid, m in mentions.items())


def score(scorer: Path, gold: Path, pred: Path) -> dict:
    """``score.py --json`` figures, keeping exact and overlap P/R/F1 and counts per label."""
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        label: {
            **{k: dict(zip("prf", (round(x, 4) for x in row[k]), strict=False)) for k in KINDS},
            "n_gold": row["n_gold"],
            "n_pred": row["n_pred"],
        }
        for label, row in json.loads(out).items()
        if not label.startswith("_")
    }


def table(name: str, result: dict) -> str:
    """The figures of one split as an aligned text table.

    >>> print(table("dev", {"ALL": {"exact": {"p": 0.5, "r": 0.25, "f": 1 / 3},
    ...       "overlap": {"p": 1.0, "r": 0.5, "f": 2 / 3}, "n_gold": 4, "n_pred": 2}}))
    dev        exact P    R    F1   | overlap P    R    F1   | n_gold
    ALL        0.500 0.250 0.333 | 1.000 0.500 0.667 |      4
    """
    rows = [f"{name:10s} exact P    R    F1   | overlap P    R    F1   | n_gold"]
    for label, r in result.items():
        cells = " | ".join(" ".join(f"{r[k][x]:.3f}" for x in "prf") for k in KINDS)
        rows.append(f"{label:10s} {cells} | {r['n_gold']:6d}")
    return "\n".join(rows)


def abstracts_per_second(nlp: Language, texts: Iterable[str], repeats: int = 3) -> float:
    """Papers (title + abstract) per second in one process, best of ``repeats`` passes."""
    texts = list(texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, time.perf_counter() - start)
    return round(len(texts) / 2 / best, 1)


def main(model: Path, corpus: Path, scorer: Path, sample: Path, metrics: Path) -> None:
    nlp = spacy.load(model)
    figures: dict = {}
    for name in ("dev", "test"):
        gold = corpus / f"{name}.gold.jsonl"
        records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        pred = corpus / f"{name}.pred.jsonl"
        write_jsonl(pred, predict(nlp, records))
        figures[name] = score(scorer, gold, pred)
        typer.echo(table(name, figures[name]) + "\n")
    papers = list(read_papers([sample]))
    figures["speed"] = {
        "abstracts_per_s": abstracts_per_second(nlp, (t for p in papers for t in (p.title, p.abstract))),
        "papers": len(papers),
    }
    typer.echo(f"speed: {figures['speed']['abstracts_per_s']} abstracts/s over {len(papers)} sample papers")
    write_json(metrics, figures)


if __name__ == "__main__":
    typer.run(main)
