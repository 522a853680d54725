"""Extraction, linking and salience figures on the in-domain gold annotation, end to end.

    .venv/bin/python pipelines/eval_indomain.py --split dev [--json] [--refine | --model in-domain]

Extracts and links the whole sample (``data/sample``), as a build does, then scores the
gold papers of the split (``pipelines/annotation/papers.jsonl``; gold in
``pipelines/annotation/gold/entities.jsonl``) with the shared scorers:

1. paper-level sets (``score.py``): per paper the gold mention surface texts with their
   labels, for all concepts and for specific ones only (``generic: false``); the
   predictions are all extracted mentions in both;
2. mention-level spans (``score.py``): exact, overlap and span-only;
3. cross-paper link recall (``link_recall.py``): papers that share a gold concept string
   form pairs, with a 95% interval from resampling the papers
   (``kg.evaluate.paper_bootstrap``), for all concepts and for specific ones;
4. salience: F1 of predicted salient entities against the gold ``salient`` concepts, a
   predicted entity matching a concept when the normalised surface texts (``score.py``'s)
   of their mentions in the paper meet, labels ignored: kg's salient entities
   (``kg.link.salience``), and in the same run two baselines: every extracted entity salient,
   and those named in the title or the abstract's first sentence.

By default the figures are those of the shipped pipeline, whose `kg_refine`
(``kg/extract/refine.py``) applies only the rules SciREX's annotators share. With
``--refine`` every figure is given three times, in the same run: without `kg_refine`
(``KG_REFINE=0``), as shipped, and with its in-domain conventions (``KG_REFINE=1``).
``--model`` scores another pipeline instead, as ``kg build --model`` takes it: ``in-domain``
is the shipped in-domain tier (its own NER model and the conventions).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.build import BuildSummary, extract_and_link, ingest
from kg.evaluate import link_pairs, paper_bootstrap
from kg.extract import assemble, extract_papers
from kg.link import describe, link
from kg.records import ExtractedPaper, Mention

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT / "pipelines" / "annotation"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
# papers annotated later, in one go, each scored once as a whole before any development on it
BATCHES = {name: ANNOTATION / name / "papers.jsonl" for name in ("batch2", "batch3")}
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9])")

Record = dict[str, Any]


def shared_norm_text() -> Callable[[str], str]:
    """The surface normalisation of the shared ``score.py``, so that salience matches as
    the set scores do."""
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    norm: Callable[[str], str] = module.norm_text
    return norm


def read_jsonl(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def write_jsonl(path: Path, records: Iterable[Record]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def load_gold(split: str) -> list[Record]:
    """The gold papers of ``split`` (``all``: every one; a batch of :data:`BATCHES`: its
    papers, whatever their split), each concept record given the mentions of its concept."""
    if split in BATCHES:
        ids = {p["id"] for p in read_jsonl(BATCHES[split])}
    else:
        papers = read_jsonl(ANNOTATION / "papers.jsonl")
        ids = {p["id"] for p in papers if p.get("entities") and split in ("all", p["split"])}
    gold = [g for g in read_jsonl(ANNOTATION / "gold" / "entities.jsonl") if g["id"] in ids]
    for g in gold:
        for c in g["concepts"]:
            c["mentions"] = [m for m in g["mentions"] if m["concept"] == c["concept"]]
    return gold


def specific(g: Record) -> list[Record]:
    return [c for c in g["concepts"] if not c["generic"]]


def set_gold(gold: list[Record], concepts: Callable[[Record], list[Record]]) -> list[Record]:
    """Paper-level gold for ``score.py``: each paper's distinct mention texts and labels."""
    out = []
    for g in gold:
        pairs = {(m["text"], m["label"]) for c in concepts(g) for m in c["mentions"]}
        out.append({"id": g["id"], "entities": [{"text": t, "type": lab} for t, lab in sorted(pairs)]})
    return out


def gold_links(gold: list[Record], concepts: Callable[[Record], list[Record]]) -> Record:
    """``link_recall.py``'s gold: concept string → paper → ``[field, start, end]`` spans, for
    the concepts of more than one paper."""
    links: dict[str, dict[str, list[list[Any]]]] = defaultdict(dict)
    for g in gold:
        for c in concepts(g):
            links[c["concept"]][g["id"]] = [[m["field"], m["start"], m["end"]] for m in c["mentions"]]
    return {c: docs for c, docs in sorted(links.items()) if len(docs) > 1}


def run_script(name: str, *args: Path, as_json: bool = True) -> Any:
    flag = ["--json"] if as_json and name == "score.py" else []
    out = subprocess.run(
        [sys.executable, str(SHARED_EVAL / name), *map(str, args), *flag],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out) if as_json else out.rstrip()


def link_scores(links: Record, pred: dict[str, Record], tmp: Path, pred_file: Path) -> Record:
    """The shared link recall, with a 95% interval over papers and the papers counted."""
    links_file = tmp / "links.json"
    links_file.write_text(json.dumps(links), encoding="utf-8")
    shared = run_script("link_recall.py", links_file, pred_file)
    pairs = link_pairs(links, pred)
    # the interval is only meaningful for the pairs the shared scorer counted
    assert (len(pairs), sum(h for *_, h in pairs)) == (shared["pairs"], shared["linked"]), (
        "pairs differ from link_recall.py"
    )
    shared["papers"] = len({p for a, b, _ in pairs for p in (a, b)})
    shared["interval95"] = list(paper_bootstrap(pairs)) if pairs else None
    return shared


def in_lead(m: Mention, doc: ExtractedPaper) -> bool:
    """Whether a mention is in the title or the abstract's first sentence."""
    end = SENTENCE_END.search(doc.paper.abstract)
    return m.field == "title" or m.start < (end.end() if end else len(doc.paper.abstract))


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> Record:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_pred": n_pred, "n_gold": n_gold}


def salience(gold: list[Record], docs: dict[str, ExtractedPaper]) -> Record:
    """Salience P/R/F1 of kg and of the two baselines, micro-averaged over papers: a predicted
    entity is right when it matches a salient concept, a salient concept found when a
    predicted salient entity matches it."""
    norm = shared_norm_text()
    baselines: dict[str, Callable[[Mention, ExtractedPaper], bool]] = {
        "kg": lambda m, d: m.entity in d.salient,
        "all_extracted": lambda m, d: True,
        "title_or_first_sentence": in_lead,
    }
    out = {}
    for name, chosen in baselines.items():
        counts = [0, 0, 0, 0]  # right predicted, predicted, found gold, gold
        for g in gold:
            doc = docs[g["id"]]
            entities: dict[str, set[str]] = defaultdict(set)
            for m in doc.mentions:
                entities[m.entity or norm(m.text)].add(norm(m.text))
            picked = {e for m in doc.mentions if chosen(m, doc) for e in [m.entity or norm(m.text)]}
            salient = [{norm(m["text"]) for m in c["mentions"]} for c in g["concepts"] if c["salient"]]
            counts[0] += sum(any(entities[e] & s for s in salient) for e in picked)
            counts[1] += len(picked)
            counts[2] += sum(any(entities[e] & s for e in picked) for s in salient)
            counts[3] += len(salient)
        out[name] = prf(*counts)
    return out


TIERS = {False: "off", None: "shipped", True: "conventions"}
TIER_NOTES = {
    "off": " (without kg_refine)",
    "shipped": "",
    "conventions": " (kg_refine with the in-domain conventions)",
}


def refined_sample(refine: bool | None = True) -> list[ExtractedPaper]:
    """The sample extracted and linked, as a build would, by the pipeline with `kg_refine`
    at tier ``refine`` (``kg.extract.assemble``: True, the in-domain conventions too; False,
    without it)."""
    papers = ingest([ROOT / "data" / "sample"], None, BuildSummary())
    docs = list(extract_papers(papers, assemble(refine=refine)))
    describe(docs, link(docs))
    return docs


def evaluate(split: str, as_json: bool, refine: bool | None = None, model: str | None = None) -> Record:
    """Every figure for the gold papers of ``split``; the scorers' tables as they print
    them unless ``as_json``; ``refine``: the tier of `kg_refine` (None: as shipped);
    ``model``: the pipeline, as ``kg build --model`` takes it (None: the shipped one)."""
    gold = load_gold(split)
    sample = [ROOT / "data" / "sample"]
    docs = refined_sample(refine) if refine is not None else extract_and_link(sample, model=model)[0]
    by_id = {d.paper.id: d for d in docs}
    pred = {g["id"]: dict(by_id[g["id"]].to_json()) for g in gold}
    variants = {"all": lambda g: g["concepts"], "specific": specific}
    result: Record = {
        "split": split,
        "papers": len(gold),
        "corpus_papers": len(docs),
        "refine": TIERS[refine],
        "model": model,
    }
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pred_file = write_jsonl(tmp / "pred.jsonl", pred.values())
        score = {
            name: run_script(
                "score.py", write_jsonl(tmp / f"{name}.jsonl", records), pred_file, as_json=as_json
            )
            for name, records in [
                *((f"sets_{v}", set_gold(gold, f)) for v, f in variants.items()),
                ("mentions", gold),
            ]
        }
        result |= score
        result["links"] = {
            v: link_scores(gold_links(gold, f), pred, tmp, pred_file) for v, f in variants.items()
        }
    result["salience"] = salience(gold, by_id)
    return result


def print_text(r: Record) -> None:
    model = f" (--model {r['model']})" if r["model"] else ""
    print(f"in-domain gold, split {r['split']}: {r['papers']} papers{TIER_NOTES[r['refine']]}{model}")
    print(f"(kg corpus: the {r['corpus_papers']} papers of data/sample, extracted and linked together)\n")
    print("paper-level sets, all concepts (score.py):", r["sets_all"], sep="\n")
    print("\npaper-level sets, specific concepts only (generic: false):", r["sets_specific"], sep="\n")
    print("\nmention-level (score.py):", r["mentions"], sep="\n")
    print("\ncross-paper link recall (link_recall.py; 95% interval over papers, 2,000 resamples):")
    for variant, s in r["links"].items():
        lo, hi = s["interval95"] or (float("nan"),) * 2
        print(
            f"  {variant:9s} recall {s['recall']:.3f} ({lo:.2f}-{hi:.2f}): {s['linked']} of {s['pairs']} pairs"
            f" linked, {s['both_detected']} detected in both, {s['papers']} papers"
        )
    print("\nsalience (paper level; kg, then two baselines):")
    for name, s in r["salience"].items():
        print(
            f"  {name:24s} P{s['p']:.2f} R{s['r']:.2f} F{s['f']:.3f}"
            f"   n_pred {s['n_pred']:5d}  n_gold {s['n_gold']:5d}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "test", "all", *BATCHES], default="dev")
    ap.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    ap.add_argument(
        "--refine",
        action="store_true",
        help="every figure also without kg_refine and with its in-domain conventions, in the same run",
    )
    ap.add_argument("--model", help="the pipeline to score, as `kg build --model` takes it ('in-domain')")
    args = ap.parse_args()
    if args.refine and args.model:
        ap.error("--refine compares tiers of the shipped pipeline: give it or --model, not both")
    tiers = list(TIERS) if args.refine else [None]
    results = [evaluate(args.split, args.json, refine, args.model) for refine in tiers]
    if args.json:
        print(
            json.dumps(
                results[-1] | {"without_refine": results[0], "shipped": results[1]}
                if args.refine
                else results[0]
            )
        )
    else:
        for i, result in enumerate(results):
            print("\n" + "=" * 100 + "\n" if i else "", end="")
            print_text(result)


if __name__ == "__main__":
    main()
