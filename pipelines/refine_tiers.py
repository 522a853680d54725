"""What each tier of `kg_refine` does to SciREX and to the in-domain gold, side by side.

    .venv/bin/python pipelines/refine_tiers.py [--splits train dev] [--resamples 2000]

Three pipelines extract the same papers: without `kg_refine` (``KG_REFINE=0``), with the
rules SciREX's annotators share (the default) and with the in-domain conventions too
(``KG_REFINE=1``). It prints, per split, SciREX mention-level exact and overlap F1 and
in-domain paper-level set exact P/R/F1 (all concepts), with the shared ``score.py``; and for
SciREX the change each tier makes, with a 95% interval from resampling the papers (paired:
the same resampled papers score both pipelines). Only ``train`` and ``dev`` are offered: the
test splits are for reporting, not choosing. SciREX ``train`` is what the NER was trained on,
so the statistical model reproduces its gold nearly verbatim and any post-processing looks
worse there than on unseen papers; ``dev`` is the held-out check.

With ``--ablate`` it prints instead, for the conventions tier, what each word list costs or
gains: the same four figures (SciREX exact/overlap F1, in-domain set exact P/F1) with that
list emptied, the statistical model and gazetteers run once and `kg_refine` rerun per list.
With ``--timing N`` it prints the time `kg_refine` takes over N sample abstracts as a share of
the pipeline's time without it, measured in the same run (a share holds on a busy machine,
where abstracts/s do not).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import itertools
import json
import os
import random
import time
from pathlib import Path
from typing import Any

from kg.extract import assemble, extract_papers
from kg.ingest import merge_duplicates, read_papers
from kg.records import Paper

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIERS: dict[str, bool | None] = {"off": False, "shared (default)": None, "conventions": True}

Record = dict[str, Any]


def shared_score() -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def scirex(split: str) -> list[Record]:
    ids = set(json.loads((ROOT / "pipelines" / "ner" / "split.json").read_text())[split])
    return [g for g in read_jsonl(SHARED / "data" / "scirex" / "scirex_dev.gold.jsonl") if g["id"] in ids]


def indomain(split: str) -> list[Record]:
    papers = {p["id"]: p for p in read_jsonl(ROOT / "pipelines" / "annotation" / "papers.jsonl")}
    return [
        {
            "id": g["id"],
            "title": papers[g["id"]]["title"],
            "abstract": papers[g["id"]]["abstract"],
            "entities": [{"text": m["text"], "type": m["label"]} for m in g["mentions"]],
        }
        for g in read_jsonl(ROOT / "pipelines" / "annotation" / "gold" / "entities.jsonl")
        if papers[g["id"]].get("entities") and papers[g["id"]]["split"] == split
    ]


def predict(gold: list[Record], refine: bool | None) -> dict[str, Record]:
    """Each gold paper's mentions as `kg extract` writes them, by the tier's pipeline."""
    papers = [Paper(id=g["id"], title=g["title"], abstract=g["abstract"] or "") for g in gold]
    return {d.paper.id: dict(d.to_json()) for d in extract_papers(papers, assemble(refine=refine))}


def totals(counts: dict[str, list[int]]) -> list[int]:
    return [sum(c[i] for c in counts.values()) for i in range(5)]


def f1(rows: list[list[int]], k: int) -> float:
    """Micro F1 of the ``k``-th true-positive count over per-paper count rows."""
    tp, n_pred, n_gold = (sum(r[i] for r in rows) for i in (k, 3, 4))
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def paired_interval(
    a: list[list[int]], b: list[list[int]], k: int, resamples: int, seed: int = 0
) -> tuple[float, float]:
    """95% interval of F1(b) - F1(a) over papers resampled with replacement, both at once."""
    rnd = random.Random(seed)
    diffs = []
    for _ in range(resamples):
        idx = [rnd.randrange(len(a)) for _ in a]
        diffs.append(f1([b[i] for i in idx], k) - f1([a[i] for i in idx], k))
    diffs.sort()
    return diffs[int(0.025 * resamples)], diffs[int(0.975 * resamples) - 1]


def scirex_rows(score: Any, gold: list[Record], pred: dict[str, Record]) -> list[list[int]]:
    """Per paper: exact and overlap true positives, (span-only), predicted, gold."""
    return [totals(score.score_mentions({g["id"]: g}, {g["id"]: pred[g["id"]]})) for g in gold]


def report_scirex(score: Any, split: str, resamples: int) -> None:
    gold = scirex(split)
    rows = {name: scirex_rows(score, gold, predict(gold, r)) for name, r in TIERS.items()}
    print(f"\nSciREX {split} ({len(gold)} papers): mention-level F1, change vs off with 95% interval")
    base = rows["off"]
    for name, r in rows.items():
        cells = []
        for k, kind in ((0, "exact"), (1, "overlap")):
            cell = f"{kind} {f1(r, k):.3f}"
            if r is not base:
                lo, hi = paired_interval(base, r, k, resamples)
                cell += f" ({f1(r, k) - f1(base, k):+.3f}, {lo:+.3f}..{hi:+.3f})"
            cells.append(cell)
        print(f"  {name:18s} " + "   ".join(cells))


def report_indomain(score: Any, split: str) -> None:
    gold = indomain(split)
    sets = {g["id"]: {"entities": g["entities"]} for g in gold}
    print(f"\nin-domain {split} ({len(gold)} papers): paper-level sets, all concepts, exact")
    for name, r in TIERS.items():
        pred = predict(gold, r)
        p, rec, f = score.prf(*(totals(score.score_sets(sets, pred))[i] for i in (0, 3, 4)))
        print(f"  {name:18s} P {p:.3f}  R {rec:.3f}  F1 {f:.3f}")


def ablation(score: Any, splits: list[str]) -> None:
    """The four figures per split for the conventions tier with each word list emptied."""
    nlp = assemble(refine=False)
    refiner = assemble(refine=True).get_pipe("kg_refine")
    abbreviations = nlp.get_pipe("kg_abbreviations")
    sets = {f"SciREX {s}": scirex(s) for s in splits} | {f"in-domain {s}": indomain(s) for s in splits}
    before = [n for n in nlp.pipe_names if n not in ("kg_abbreviations", "doc_cleaner")]
    with nlp.select_pipes(enable=before):
        docs = {
            k: list(nlp.pipe(g.get(f) or "" for g in gold for f in ("title", "abstract")))
            for k, gold in sets.items()
        }
    base = refiner.lexicon

    def figures(lexicon: Any, refine: bool = True) -> str:
        refiner.lexicon = lexicon
        cells = []
        for name, gold in sets.items():
            pred = {}
            for n, g in enumerate(gold):
                fields = [
                    abbreviations(refiner(d.copy()) if refine else d.copy())
                    for d in docs[name][2 * n : 2 * n + 2]
                ]
                pred[g["id"]] = {
                    "mentions": [
                        {
                            "field": f,
                            "start": e.start_char,
                            "end": e.end_char,
                            "text": e.text,
                            "label": e.label_,
                        }
                        for f, doc in zip(("title", "abstract"), fields, strict=True)
                        for e in doc.ents
                    ]
                }
            if name.startswith("SciREX"):
                t = totals(score.score_mentions({g["id"]: g for g in gold}, pred))
                cells.append(f"{f1([t], 0):.3f}/{f1([t], 1):.3f}")
            else:
                t = totals(score.score_sets({g["id"]: {"entities": g["entities"]} for g in gold}, pred))
                cells.append(f"{score.prf(t[0], t[3], t[4])[0]:.3f}/{score.prf(t[0], t[3], t[4])[2]:.3f}")
        return "  ".join(f"{c:>13s}" for c in cells)

    print(f"{'':32s}" + "  ".join(f"{k:>13s}" for k in sets))
    print(f"{'(SciREX exact/overlap F1; in-domain P/F1)':32s}")
    print(f"{'off':32s}" + figures(base, refine=False))
    print(f"{'conventions':32s}" + figures(base))
    for f in dataclasses.fields(base):
        print(f"{'  without ' + f.name:32s}" + figures(dataclasses.replace(base, **{f.name: frozenset()})))


def timing(n: int) -> None:
    """`kg_refine`'s time over ``n`` sample abstracts, per tier, against the rest of the pipeline."""
    papers, _ = merge_duplicates(read_papers([ROOT / "data" / "sample"]))
    texts = [p.abstract or "" for p in itertools.islice(itertools.cycle(papers), n)]
    nlp = assemble(refine=False)
    t = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    total = time.perf_counter() - t
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p not in ("kg_abbreviations", "doc_cleaner")]):
        docs = list(nlp.pipe(texts))
    print(f"pipeline without kg_refine: {total:.1f}s for {n} abstracts ({n / total:.1f} abstracts/s here)")
    refiner = assemble(refine=True).get_pipe("kg_refine")
    for name, conventions in (("shared (default)", False), ("conventions", True)):
        refiner.conventions = conventions
        copies = [d.copy() for d in docs]
        t = time.perf_counter()
        for d in copies:
            refiner(d)
        spent = time.perf_counter() - t
        print(f"  kg_refine, {name:18s} {spent:.2f}s: {100 * spent / total:.1f}% of that time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--splits", nargs="+", choices=["train", "dev"], default=["train", "dev"])
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--ablate", action="store_true", help="what each word list of the conventions tier does")
    ap.add_argument("--timing", type=int, metavar="N", help="kg_refine's share of the time over N abstracts")
    args = ap.parse_args()
    os.environ.pop("KG_REFINE", None)  # the default tier is the shipped one, whatever the shell says
    if args.timing:
        timing(args.timing)
        return
    score = shared_score()
    if args.ablate:
        ablation(score, args.splits)
        return
    for split in args.splits:
        report_scirex(score, split, args.resamples)
        report_indomain(score, split)


if __name__ == "__main__":
    main()
