"""Extraction and linking figures on one split of the SciREX abstracts, end to end.

    .venv/bin/python pipelines/eval_scirex.py --split test

Runs `kg extract` (the shipped pipeline, linking included) over the titles and abstracts
of the split's papers, then scores the output with the project's own scorer (the same
semantics as the shared ``score.py``) and measures cross-paper link recall with the shared
``link_recall.py`` on the gold links restricted to the split's papers, with a 95%
interval from resampling the papers (``kg.evaluate.paper_bootstrap``): a split holds few
linked pairs, and a paper behind several of them moves them together. The split comes
from ``pipelines/ner/split.json``; ``test`` was never trained or tuned on. ``--refine``
chooses the tier of `kg_refine` (``kg/extract/refine.py``): ``off`` (``KG_REFINE=0``),
``shipped`` (the default) or ``conventions`` (``KG_REFINE=1``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.evaluate import link_pairs, paper_bootstrap, read_records

ROOT = Path(__file__).resolve().parents[1]
SCIREX = ROOT.parent / "shared" / "data" / "scirex"
REFINE = {"off": {"KG_REFINE": "0"}, "shipped": {}, "conventions": {"KG_REFINE": "1"}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="test")
    ap.add_argument("--scirex", type=Path, default=SCIREX)
    ap.add_argument("--model", default=None, help="a saved pipeline to evaluate instead of the shipped one")
    ap.add_argument("--refine", choices=sorted(REFINE), default="shipped", help="the tier of kg_refine")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "KG_REFINE"} | REFINE[args.refine]

    ids = set(json.loads((ROOT / "pipelines" / "ner" / "split.json").read_text())[args.split])
    gold = [json.loads(line) for line in (args.scirex / "scirex_dev.gold.jsonl").open(encoding="utf-8")]
    gold = [g for g in gold if g["id"] in ids]
    links = json.loads((args.scirex / "scirex_dev.links.json").read_text())
    links = {e: {d: s for d, s in docs.items() if d in ids} for e, docs in links.items()}
    links = {e: docs for e, docs in links.items() if len(docs) > 1}

    with tempfile.TemporaryDirectory() as tmp:
        gold_file, inp, out = Path(tmp, "gold.jsonl"), Path(tmp, "in.jsonl"), Path(tmp, "out.jsonl")
        gold_file.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        inp.write_text(
            "".join(
                json.dumps({"id": g["id"], "title": g["title"], "abstract": g["abstract"]}) + "\n"
                for g in gold
            ),
            encoding="utf-8",
        )
        kg = [sys.executable, "-m", "kg.cli"]
        model = ["--model", args.model] if args.model else []
        subprocess.run([*kg, "extract", str(inp), "-o", str(out), "--quiet", *model], check=True, env=env)
        print(f"SciREX {args.split}: {len(gold)} papers (title + abstract), kg_refine {args.refine}")
        subprocess.run([*kg, "eval", str(gold_file), "--pred", str(out)], check=True)
        links_file = Path(tmp, "links.json")
        links_file.write_text(json.dumps(links), encoding="utf-8")
        recall = subprocess.run(
            [
                sys.executable,
                str(args.scirex.parent.parent / "eval" / "link_recall.py"),
                str(links_file),
                str(out),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        print("link recall:", recall.stdout.strip())
        pairs = link_pairs(links, read_records(out))
        shared = json.loads(recall.stdout)
        # the interval is only meaningful for the pairs the shared scorer counted
        assert (len(pairs), sum(h for *_, h in pairs)) == (shared["pairs"], shared["linked"]), (
            "pairs differ from link_recall.py"
        )
        if pairs:
            lo, hi = paper_bootstrap(pairs)
            print(
                f"link recall 95% interval over papers (2,000 resamples): {lo:.2f}-{hi:.2f}"
                f" ({len({p for a, b, _ in pairs for p in (a, b)})} papers in {len(pairs)} pairs)"
            )


if __name__ == "__main__":
    main()
