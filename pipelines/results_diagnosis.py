"""Where kg.results loses on a development set: each gold result's fate, and what breaks tuples.

    .venv/bin/python pipelines/results_diagnosis.py --set written36 --split all
    .venv/bin/python pipelines/results_diagnosis.py --set indomain --split dev --list

Runs the extraction as ``eval_results.py`` does and sorts the gold results, matched one to one
per paper as the shared scorer matches them (value and metric):

- found;
- a number word ("ten"), which the scorer cannot match;
- never spotted as a number (``kg.results.quantities.spot``);
- spotted, then dropped by the rules (no prediction has its value);
- kept with another measure (a prediction has its value, not its metric);

and counts the predictions with no gold result at their span (spurious) and, of the found
ones, those whose dataset or method breaks the tuple. ``--list`` prints each miss with its
sentence. Only development sets are read: the held-out ones (test, the b halves, the rounds
held out whole, ``eval_results.HELD_OUT``) are refused, so that nobody reads their errors.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from eval_results import ANNOTATION, HALVED, HELD_OUT, load_papers, shared_scorer

from kg.extract import extract_papers, load_pipeline
from kg.records import Paper
from kg.results import extract_results
from kg.results.quantities import Quantity, spot
from kg.results.text import sentences


def refused(name: str, split: str) -> bool:
    """Whether a set and split are held out.

    >>> refused("indomain", "test"), refused("written2", "b"), refused("written39", "all"), refused("written38", "all")
    (True, True, True, False)
    """
    # a set halved into a (development) and b (held out) by its split.json: its "all" holds b
    halved = name in HALVED and (HALVED[name] / "split.json").exists()
    return split in ("test", "b") or name in HELD_OUT or (split == "all" and halved)


def fate(scorer: Any, gold: dict[str, Any], preds: list[dict[str, Any]], spotted: list[Quantity]) -> str:
    """What became of one gold result that no prediction matched; ``spotted``: its field's numbers."""
    if scorer.number(gold["value"]) is None:
        return "number word"
    if not any(q.start <= gold["start"] < max(q.end, q.start + 1) for q in spotted):
        return "never spotted"
    if any(scorer.value_match(gold, p) for p in preds):
        return "kept with another measure"
    return "spotted, then dropped"


def sentence_of(text: str, spans: list[tuple[int, int]], at: int) -> str:
    return next((text[a:b] for a, b in spans if a <= at < b), "")


def diagnose(papers: list[Paper], gold: dict[str, list[dict[str, Any]]], listing: bool) -> Counter[str]:
    scorer = shared_scorer()
    counts: Counter[str] = Counter()
    for doc in extract_papers(papers, load_pipeline()):
        p = doc.paper
        preds = [r.to_dict() for r in extract_results(p.title, p.abstract, doc.mentions)]
        golds, used = gold.get(p.id, []), set()
        texts = {"title": p.title, "abstract": p.abstract}
        spotted = {field: spot(text) for field, text in texts.items()}
        for g in golds:
            j = next((j for j, y in enumerate(preds) if j not in used and scorer.vm_match(g, y)), None)
            if j is None:
                what = fate(scorer, g, preds, spotted[g["field"]])
                counts[what] += 1
                if listing:
                    text = texts[g["field"]]
                    print(
                        f"{what}: {g['value']} {g['metric']!r} | {sentence_of(text, sentences(text), g['start'])}"
                    )
                continue
            used.add(j)
            counts["found"] += 1
            if not scorer.tuple_match(g, preds[j]):
                dataset_ok = scorer.text_match(g.get("dataset"), preds[j].get("dataset"))
                counts["found, tuple broken by the " + ("method" if dataset_ok else "dataset")] += 1
        for y in preds:
            if not any(
                g["field"] == y["field"] and g["start"] < y["end"] and y["start"] < g["end"] for g in golds
            ):
                counts["predictions with no gold result at their span"] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["indomain", *HALVED], default="indomain")
    ap.add_argument("--split", choices=["train", "dev", "a", "all"], default="dev")
    ap.add_argument("--list", action="store_true", help="print each miss with its sentence")
    args = ap.parse_args()
    if refused(args.set, args.split):
        sys.exit(f"error: --set {args.set} --split {args.split} is held out and is not diagnosed")
    gold_file = HALVED.get(args.set, ANNOTATION) / "gold" / "results.jsonl"
    papers = load_papers(gold_file, args.split, args.set)
    gold = shared_scorer().load(str(gold_file))
    counts = diagnose(papers, gold, args.list)
    total = sum(v for k, v in counts.items() if not k.startswith(("found,", "predictions")))
    print(f"{args.set} {args.split}: {len(papers)} papers, {total} gold results")
    for k, v in counts.most_common():
        print(f"{v:6d}  {k}")


if __name__ == "__main__":
    main()
