"""The SciREX abstracts annotated for results: a second development set for kg/results.

    .venv/bin/python pipelines/annotation/scirex/choose.py   # writes scirex/papers.jsonl

Every SciREX train or dev paper (``pipelines/ner/split.json``) whose abstract holds a digit,
fixed before anyone annotated. SciREX's test split is left out, as it is for every other
figure. These 2015-2018 abstracts are older than the sample corpus, so they develop the
result rules on text unlike the in-domain train split they were written from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLD = ROOT.parent / "shared" / "data" / "scirex" / "scirex_dev.gold.jsonl"


def main() -> None:
    split = json.loads((ROOT / "pipelines" / "ner" / "split.json").read_text())
    ids = set(split["train"]) | set(split["dev"])
    with open(GOLD, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    chosen = [d for d in docs if d["id"] in ids and re.search(r"\d", d["abstract"])]
    with open(HERE / "papers.jsonl", "w", encoding="utf-8") as f:
        for d in sorted(chosen, key=lambda d: d["id"]):
            row = {"id": d["id"], "title": d["title"], "abstract": d["abstract"], "split": "dev"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} papers")


if __name__ == "__main__":
    main()
