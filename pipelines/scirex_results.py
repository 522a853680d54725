"""SciREX's result tuples as result gold: the scores its papers state in title or abstract.

    .venv/bin/python pipelines/scirex_results.py      # writes pipelines/scirex_results.jsonl

SciREX documents carry ``n_ary_relations`` from Papers with Code: (Method, Material = the
dataset, Metric, Task, score). A tuple becomes a gold result (the format of
``pipelines/annotation/gold/results.jsonl``) when its score appears as a number in the
document's title or abstract (``scirex_dev.gold.jsonl``), at each place it appears; the
metric's underscores become spaces ("Mean_IoU" → "Mean IoU"). Every document is listed,
those without such a tuple with ``"results": []``. Papers with Code lists leaderboard
entries only, so a paper's other results (speed-ups, gains over baselines) are absent:
precision scored against this file is a lower bound.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCIREX = ROOT.parent / "shared" / "data" / "scirex"
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def number(text: str) -> float | None:
    """The first number of ``text``, without thousands commas.

    >>> number("71.8%"), number("190k"), number("n/a")
    (71.8, 190.0, None)
    """
    m = _NUMBER.search(text)
    return float(m.group().replace(",", "")) if m else None


def readable(name: str) -> str:
    """A Papers with Code name as words: "Mean_IoU" → "Mean IoU", "Frame__fps_" → "Frame (fps)".

    >>> readable("Mean_IoU"), readable("Frame__fps_"), readable("")
    ('Mean IoU', 'Frame (fps)', '')
    """
    name = re.sub(r"__(\w+?)_$", r" (\1)", name)
    return name.replace("_", " ").strip()


def results(relations: list[dict[str, Any]], title: str, abstract: str) -> Iterator[dict[str, Any]]:
    """The gold results of one document: each tuple at each place its score is written.

    >>> rel = [{"Method": "FRRN", "Material": "Cityscapes", "Metric": "Mean_IoU", "Task": "Semantic_Segmentation", "score": "71.8%"}]
    >>> [(r["value"], r["unit"], r["metric"], r["start"]) for r in results(rel, "FRRN", "It reaches 71.8% mIoU.")]
    [('71.8', '%', 'Mean IoU', 11)]
    """
    seen = set()
    for rel in relations:
        score = number(str(rel.get("score", "")))
        if score is None:
            continue
        for field, text in (("title", title), ("abstract", abstract)):
            for m in _NUMBER.finditer(text or ""):
                key = (field, m.start(), rel.get("Metric"), rel.get("Material"), rel.get("Method"))
                if float(m.group().replace(",", "")) != score or key in seen:
                    continue
                seen.add(key)
                yield {
                    "value": m.group(), "unit": "%" if text[m.end() : m.end() + 1] == "%" else "",
                    "kind": "absolute", "metric": readable(rel.get("Metric") or ""),
                    "dataset": readable(rel.get("Material") or "") or None, "task": readable(rel.get("Task") or "") or None,
                    "method": readable(rel.get("Method") or "") or None, "own": True, "approx": False,
                    "field": field, "start": m.start(), "end": m.end(), "text": m.group(),
                }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scirex", type=Path, default=SCIREX)
    ap.add_argument("--out", type=Path, default=ROOT / "pipelines" / "scirex_results.jsonl")
    args = ap.parse_args()
    texts = {
        d["id"]: d for d in map(json.loads, (args.scirex / "scirex_dev.gold.jsonl").open(encoding="utf-8"))
    }
    lines, n_results, n_papers = [], 0, 0
    for line in (args.scirex / "scirex_dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        paper = texts.get(doc["doc_id"])
        if paper is None:
            continue
        found = list(results(doc.get("n_ary_relations") or [], paper["title"], paper["abstract"]))
        n_results, n_papers = n_results + len(found), n_papers + bool(found)
        lines.append(json.dumps({"id": doc["doc_id"], "results": found}) + "\n")
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} documents, {n_papers} with results, {n_results} results -> {args.out}")


if __name__ == "__main__":
    main()
