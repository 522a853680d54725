"""Precision and recall of kg's ``generic`` judgement (``kg/link/specificity.py``) against the
``generic`` flags of the in-domain gold concepts.

    .venv/bin/python pipelines/eval_specificity.py --split dev [--refine]

Extracts and links the whole sample (``data/sample``), as a build does, judges every entity,
and scores the gold concepts of the split's papers (``pipelines/annotation/papers.jsonl``)
that some extracted entity of the same paper matches (their normalised surface texts meet, as
in ``eval_indomain.py``'s salience): a concept is predicted generic when a matching entity
is. ``generic`` is the positive class. Two baselines in the same run: the umbrella-term list
alone, and document frequency alone (the spread cue at its full score, 2% of papers). The
weights, the threshold and the class words were set on ``train``.

The gold marks phrases that are no entity (``performance``, ``downstream tasks``, §1) by not
annotating them, so they never appear as gold generic concepts. Two more shares say what the
judgement does with them and what it costs: of the extracted entities of a paper that match
no gold concept of it (non-entities, with some real entities the gold misses), the share
judged generic; of the matched gold specific concepts, the share judged generic.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from eval_indomain import ROOT, load_gold, refined_sample, shared_norm_text

from kg.build import extract_and_link
from kg.link import link
from kg.link.specificity import GENERIC_TYPES, Specificity, specificity
from kg.records import Entity, ExtractedPaper

Record = dict[str, Any]
Judge = Callable[[Mapping[str, Entity], int], dict[str, Specificity]]


def baselines() -> dict[str, Judge]:
    """The method and its two single-cue baselines."""

    def listed_only(es: Mapping[str, Entity], n: int) -> dict[str, Specificity]:
        return {k: Specificity(v.score, "listed" in v.cues, v.cues) for k, v in specificity(es, n).items()}

    def frequency_only(es: Mapping[str, Entity], n: int) -> dict[str, Specificity]:
        return {
            k: Specificity(v.score, es[k].type in GENERIC_TYPES and len(es[k].papers) >= 0.02 * n, v.cues)
            for k, v in specificity(es, n).items()
        }

    return {
        "kg specificity": specificity,
        "umbrella list only": listed_only,
        "document frequency only": frequency_only,
    }


def score(gold: list[Record], docs: dict[str, ExtractedPaper], judged: Mapping[str, Specificity]) -> Record:
    """P/R/F1 of ``generic`` over the gold concepts that an extracted entity matches; the
    share of gold specific concepts judged generic (the precision cost); and the share of
    non-entities judged generic: extracted entities of a paper that match no gold concept
    of it, which the gold leaves unannotated as not entities (§1) or misses."""
    norm = shared_norm_text()
    counts: Counter[tuple[bool, bool]] = Counter()
    unmatched = 0
    non_entities: Counter[bool] = Counter()
    for g in gold:
        texts: dict[str, set[str]] = defaultdict(set)
        for m in docs[g["id"]].mentions:
            texts[m.entity].add(norm(m.text))
        annotated: set[str] = set()
        for c in g["concepts"]:
            surfaces = {norm(m["text"]) for m in c["mentions"]}
            annotated |= surfaces
            hits = [e for e, ts in texts.items() if ts & surfaces]
            if not hits:
                unmatched += 1
                continue
            counts[c["generic"], any(judged[e].generic for e in hits)] += 1
        non_entities.update(judged[e].generic for e, ts in texts.items() if not ts & annotated)
    tp, fp, fn, tn = counts[True, True], counts[False, True], counts[True, False], counts[False, False]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    n_non = sum(non_entities.values())
    return {
        "p": round(p, 3),
        "r": round(r, 3),
        "f": round(f, 3),
        "matched": sum(counts.values()),
        "gold_generic": tp + fn,
        "unmatched": unmatched,
        "specific_as_generic": round(fp / (fp + tn), 3) if fp + tn else 0.0,
        "gold_specific": fp + tn,
        "non_entities_generic": round(non_entities[True] / n_non, 3) if n_non else 0.0,
        "non_entities": n_non,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    ap.add_argument("--refine", action="store_true", help="extract with kg_refine")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = load_gold(args.split)
    docs = refined_sample() if args.refine else extract_and_link([ROOT / "data" / "sample"])[0]
    entities = link(docs)
    by_id = {d.paper.id: d for d in docs}
    result = {name: score(gold, by_id, judge(entities, len(docs))) for name, judge in baselines().items()}
    if args.json:
        print(json.dumps({"split": args.split, "refine": args.refine, **result}))
        return
    print(f"generic judgement, in-domain gold, split {args.split}{' (kg_refine on)' if args.refine else ''}")
    for name, s in result.items():
        print(
            f"  {name:24s} P{s['p']:.3f} R{s['r']:.3f} F{s['f']:.3f}   concepts matched {s['matched']},"
            f" of them generic {s['gold_generic']}; unmatched {s['unmatched']}"
        )
        print(
            f"  {'':24s} specific judged generic {s['specific_as_generic']:.3f} of {s['gold_specific']};"
            f" non-entities judged generic {s['non_entities_generic']:.3f} of {s['non_entities']}"
        )


if __name__ == "__main__":
    main()
