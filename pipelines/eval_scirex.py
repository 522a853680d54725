"""Extraction and linking figures on one split of the SciREX abstracts, end to end.

    .venv/bin/python pipelines/eval_scirex.py --split test

Runs `kg extract` (the shipped pipeline, linking included) over the titles and abstracts
of the split's papers, then scores the output with the project's own scorer (the same
semantics as the shared ``score.py``) and measures cross-paper link recall on the gold
links restricted to the split's papers (the same computation as ``link_recall.py``). The
split comes from ``pipelines/ner/split.json``; ``test`` was never trained or tuned on.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCIREX = ROOT.parent / "shared" / "data" / "scirex"


def link_recall(links: dict, pred: dict[str, list[dict]]) -> dict:
    """Of paper pairs sharing a gold entity, the share whose overlapping predicted mentions
    carry one and the same entity id."""
    def ids_for(doc, spans):
        return {str(m["entity"]) for m in pred.get(doc, []) for f, s, e in spans
                if m.get("field", "abstract") == f and m["start"] < e and s < m["end"] and m.get("entity")}

    total = hit = found = 0
    for docs in links.values():
        per = {doc: ids_for(doc, spans) for doc, spans in docs.items()}
        for a, b in itertools.combinations(sorted(per), 2):
            total += 1
            found += bool(per[a] and per[b])
            hit += bool(per[a] & per[b])
    return {"pairs": total, "both_detected": found, "linked": hit, "recall": round(hit / total, 4) if total else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="test")
    ap.add_argument("--scirex", type=Path, default=SCIREX)
    ap.add_argument("--model", default=None, help="a saved pipeline to evaluate instead of the shipped one")
    args = ap.parse_args()

    ids = set(json.loads((ROOT / "pipelines" / "ner" / "split.json").read_text())[args.split])
    gold = [json.loads(line) for line in (args.scirex / "scirex_dev.gold.jsonl").open(encoding="utf-8")]
    gold = [g for g in gold if g["id"] in ids]
    links = json.loads((args.scirex / "scirex_dev.links.json").read_text())
    links = {e: {d: s for d, s in docs.items() if d in ids} for e, docs in links.items()}
    links = {e: docs for e, docs in links.items() if len(docs) > 1}

    with tempfile.TemporaryDirectory() as tmp:
        gold_file, inp, out = Path(tmp, "gold.jsonl"), Path(tmp, "in.jsonl"), Path(tmp, "out.jsonl")
        gold_file.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        inp.write_text("".join(json.dumps({"id": g["id"], "title": g["title"], "abstract": g["abstract"]}) + "\n"
                               for g in gold), encoding="utf-8")
        kg = [sys.executable, "-m", "kg.cli"]
        model = ["--model", args.model] if args.model else []
        subprocess.run([*kg, "extract", str(inp), "-o", str(out), "--quiet", *model], check=True)
        print(f"SciREX {args.split}: {len(gold)} papers (title + abstract)")
        subprocess.run([*kg, "eval", str(gold_file), "--pred", str(out)], check=True)
        pred = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            pred[str(d["id"])] = d["mentions"]
    print("link recall:", json.dumps(link_recall(links, pred)))


if __name__ == "__main__":
    main()
