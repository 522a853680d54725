"""Result extraction figures: kg's pipeline, then `kg.results`, scored by the shared scorer.

    .venv/bin/python pipelines/eval_results.py --split dev
    .venv/bin/python pipelines/eval_results.py --set scirex --split a   # a | b | all
    .venv/bin/python pipelines/eval_results.py --set written --split a  # a | b | all
    .venv/bin/python pipelines/eval_results.py --set written2 --split a # a | b | all (written3, 4)
    .venv/bin/python pipelines/eval_results.py --set written6 --split all  # written5, 7-16 alike
    .venv/bin/python pipelines/eval_results.py --set held-out    # every round of HELD_OUT, pooled
    .venv/bin/python pipelines/eval_results.py --set developed   # every round developed on whole, pooled
    .venv/bin/python pipelines/eval_results.py --scirex          # after pipelines/scirex_results.py
    .venv/bin/python pipelines/eval_results.py --speed           # ms per abstract, all 488 papers

Runs the real extraction (`kg.extract.extract_papers`, the shipped spaCy pipeline) over
the titles and abstracts of the gold file's papers (for the in-domain gold, those of one
split of ``pipelines/annotation/papers.jsonl``; for ``--set scirex``, the 84 SciREX
abstracts of ``pipelines/annotation/scirex/`` against their adjudicated gold, halved by
``scirex/split.json`` into ``a`` for development and ``b`` held out; for ``--set written``,
the 40 abstracts written for development in ``pipelines/annotation/written/``, halved the
same way, and for ``--set written2``, ``written3`` and ``written4`` the 60 of each later
round in ``written2/`` to ``written4/``, halved alike; the rounds after them are whole sets,
scored with ``--split all``: held out whole, those of :data:`HELD_OUT` (from ``written25/``
on, the odd rounds, written in the style of real abstracts like the even ones from
``written24/``), developed on whole, every other one), then
`kg.results.extract_results` on each, writes the predictions as JSON Lines (``--out``,
else a temporary file) and prints the table of ``../shared/eval/score_results.py``. The
baseline of the same run pairs each number with the nearest metric word of the same field
(kg's curated list), and is scored the same way. Rules are written from train, dev, the a
halves and the rounds developed on only; test, the b halves and the :data:`HELD_OUT`
rounds are scored for reporting. ``--set held-out`` pools every round of :data:`HELD_OUT`
into one set, ``--set developed`` every round from ``written6/`` on developed on whole: one
table over all their papers, each paper counted once, as the scorer counts one round.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from kg.extract import extract_papers, load_pipeline
from kg.records import ExtractedPaper, Paper
from kg.results import extract_results
from kg.results.vocabulary import METRIC_WORDS

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT / "pipelines" / "annotation"
SCORER = ROOT.parent / "shared" / "eval" / "score_results.py"
SCIREX = ROOT.parent / "shared" / "data" / "scirex" / "scirex_dev.gold.jsonl"
SCIREX_SET = ANNOTATION / "scirex"
WRITTEN_SET = ANNOTATION / "written"
# the annotation sets halved into a (development) and b (held out)
HALVED = {
    "scirex": SCIREX_SET,
    "written": WRITTEN_SET,
    **{f"written{n}": ANNOTATION / f"written{n}" for n in range(2, 160)},
}

# the rounds held out whole: scored for reporting, never developed on or diagnosed; every
# other round from written6 on is developed on whole
HELD_OUT = tuple(
    f"written{n}"
    for n in (
        5,
        8,
        9,
        11,
        13,
        16,
        19,
        23,
        25,
        27,
        29,
        31,
        33,
        35,
        37,
        39,
        41,
        43,
        45,
        47,
        49,
        51,
        53,
        55,
        57,
        59,
        61,
        63,
        65,
        67,
        69,
        71,
        73,
        75,
        77,
        79,
        81,
        83,
        85,
        87,
        89,
        91,
        93,
        95,
        97,
        99,
        101,
        103,
        105,
        107,
        109,
        111,
        113,
        115,
        117,
        119,
        121,
        123,
        125,
        127,
        129,
        131,
        133,
        135,
        137,
        139,
        141,
        143,
        145,
        147,
        149,
        151,
        153,
        155,
        157,
        159,
    )
)

# the pooled sets: every round held out whole, every round from written6 on developed on whole
POOLED = {
    "held-out": HELD_OUT,
    "developed": tuple(n for n in HALVED if n[7:].isdigit() and int(n[7:]) >= 6 and n not in HELD_OUT),
}

_NUMBER = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?)(?![\w.]\w)\s?(%|x\b|×)?")
_METRIC = re.compile(
    r"(?i)(?<![\w-])(?:"
    + "|".join(map(re.escape, sorted(METRIC_WORDS, key=len, reverse=True)))
    + r")(?![\w-])"
)


def baseline(paper: Paper) -> list[dict[str, object]]:
    """Each number paired with the nearest metric word of its field (the floor to beat).

    >>> [(r["value"], r["metric"]) for r in baseline(Paper("p", "", "BLEU improves by 2.3 in 2019"))]
    [('2.3', 'BLEU'), ('2019', 'BLEU')]
    """
    out: list[dict[str, object]] = []
    for field in ("title", "abstract"):
        text = getattr(paper, field)
        metrics = list(_METRIC.finditer(text))
        for n in _NUMBER.finditer(text):
            if metrics:
                m = min(metrics, key=lambda m: min(abs(m.start() - n.end()), abs(n.start() - m.end())))
                unit = {"×": "x"}.get(n.group(2) or "", n.group(2) or "")
                out.append({"value": n.group(1), "unit": unit, "kind": "absolute", "metric": m.group(),
                            "dataset": None, "method": None, "own": True, "field": field,
                            "start": n.start(1), "end": n.end(1), "text": n.group(1)})  # fmt: skip
    return out


def load_papers(gold: Path, split: str | None, halved: str = "scirex") -> list[Paper]:
    """The papers of the gold file, from the annotation sets or SciREX, restricted to a split
    (``a`` and ``b`` are the halves of the set ``halved``, in its ``split.json``)."""
    ids = [json.loads(line)["id"] for line in gold.open(encoding="utf-8") if line.strip()]
    if split in ("a", "b"):
        halves = json.loads((HALVED[halved] / "split.json").read_text(encoding="utf-8"))
        ids = [i for i in ids if i in set(halves[f"{halved}-{split}"])]
    texts: dict[str, dict[str, str]] = {}
    for source in (
        ANNOTATION / "papers.jsonl",
        SCIREX,
        SCIREX_SET / "papers.jsonl",
        *(HALVED[name] / "papers.jsonl" for name in HALVED if name.startswith("written")),
    ):
        for line in source.open(encoding="utf-8"):
            d = json.loads(line)
            if split in (None, "a", "b", "all") or d.get("split", split) == split:
                texts[d["id"]] = d
    return [
        Paper(id=i, title=texts[i]["title"], abstract=texts[i]["abstract"] or "") for i in ids if i in texts
    ]


def write(path: Path, rows: list[tuple[str, list[dict[str, object]]]]) -> None:
    path.write_text("".join(json.dumps({"id": i, "results": r}) + "\n" for i, r in rows), encoding="utf-8")


def score(gold: Path, pred: Path, label: str, systems: bool = False) -> None:
    print(f"-- {label}")
    sys.stdout.flush()
    subprocess.run([sys.executable, str(SCORER), str(gold), str(pred)], check=True)
    print(bootstrap(gold, pred))
    if systems:
        print(named_systems(gold, pred))


def shared_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_results", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def named_systems(gold: Path, pred: Path) -> str:
    """Of the gold results that name a system and are found (value and metric, matched one to
    one as the scorer does), the share whose predicted system the scorer's text match accepts:
    what a leaderboard's method column gets right, which the tuple F1 does not show where both
    sides are the paper's own."""
    scorer = shared_scorer()
    g, p = scorer.load(gold), scorer.load(pred)
    named = right = 0
    for i, results in g.items():
        free = list(p.get(i, []))
        for r in results:
            found = next((x for x in free if scorer.vm_match(r, x)), None)
            if found is None:
                continue
            free.remove(found)
            if r.get("method"):
                named += 1
                right += scorer.text_match(r["method"], found.get("method"))
    share = right / named if named else 0.0
    return f"   systems named right: {right} of {named} found results whose gold names one ({share:.3f})"


def bootstrap(gold: Path, pred: Path, resamples: int = 2000) -> str:
    """95% percentile intervals of both F1s when the papers are a sample: papers drawn with
    replacement, each paper's hits, predictions and gold results moving together."""
    scorer = shared_scorer()
    g, p = scorer.load(gold), scorer.load(pred)
    out = []
    for name, match in (("value+metric", scorer.vm_match), ("tuple", scorer.tuple_match)):
        counts = np.array(
            [(scorer.greedy(g[i], p.get(i, []), match), len(p.get(i, [])), len(g[i])) for i in g]
        )
        draws = np.random.default_rng(0).multinomial(len(g), np.full(len(g), 1 / len(g)), size=resamples)
        hits, n_pred, n_gold = (draws @ counts).T
        f1 = np.where(n_pred + n_gold > 0, 2 * hits / np.maximum(n_pred + n_gold, 1), 0.0)
        lo, hi = np.percentile(f1, [2.5, 97.5])
        out.append(f"{name} F1 95% interval [{lo:.3f}, {hi:.3f}]")
    return "   " + "; ".join(out) + " (papers resampled)"


def speed(repeats: int) -> None:
    """Time `extract_results` alone over the mentions of all papers of papers.jsonl."""
    papers = [
        Paper(id=d["id"], title=d["title"], abstract=d["abstract"])
        for d in map(json.loads, (ANNOTATION / "papers.jsonl").open())
    ]
    docs = list(extract_papers(papers, load_pipeline()))
    t = time.perf_counter()
    for _ in range(repeats):
        for d in docs:
            extract_results(d.paper.title, d.paper.abstract, d.mentions)
    dt = (time.perf_counter() - t) / repeats
    print(
        f"extract_results: {len(docs)} papers, {dt * 1000 / len(docs):.3f} ms per paper (mean of {repeats} runs)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--set",
        choices=["indomain", *HALVED, *POOLED],
        default="indomain",
        help="the in-domain annotation (splits train, dev, test), the SciREX one, a written one (a, b, all) "
        "or all the rounds held out whole (held-out) or developed on whole (developed), pooled",
    )
    ap.add_argument("--split", choices=["train", "dev", "test", "a", "b", "all"], default=None)
    ap.add_argument("--gold", type=Path, default=None, help="gold file (default: the set's adjudicated one)")
    ap.add_argument(
        "--scirex", action="store_true", help="score on pipelines/scirex_results.jsonl (all its papers)"
    )
    ap.add_argument("--out", type=Path, default=None, help="where to write the predictions")
    ap.add_argument("--speed", type=int, metavar="RUNS", default=0, help="only time extract_results")
    args = ap.parse_args()
    if args.speed:
        return speed(args.speed)
    split = args.split or ("all" if args.set in POOLED else "a" if args.set in HALVED else "dev")
    if (split in ("a", "b", "all")) != (args.set in HALVED or args.set in POOLED) or (
        args.set in POOLED and split != "all"
    ):
        ap.error(f"--split {split} is not a split of --set {args.set}")
    if args.set in POOLED:  # one gold file of every round of the pool
        with tempfile.TemporaryDirectory() as tmp:
            pooled = Path(tmp, "pooled.jsonl")
            pooled.write_text(
                "".join(
                    (ANNOTATION / name / "gold" / "results.jsonl").read_text(encoding="utf-8")
                    for name in POOLED[args.set]
                ),
                encoding="utf-8",
            )
            print(f"{args.set}: {len(POOLED[args.set])} rounds pooled ({', '.join(POOLED[args.set])})")
            return evaluate(args, pooled, split)
    default = HALVED.get(args.set, ANNOTATION) / "gold" / "results.jsonl"
    gold = ROOT / "pipelines" / "scirex_results.jsonl" if args.scirex else args.gold or default
    return evaluate(args, gold, split)


def evaluate(args: argparse.Namespace, gold: Path, split: str) -> None:
    """Extract the results of ``gold``'s papers of ``split`` and print both tables."""
    papers = load_papers(gold, None if args.scirex else split, args.set)
    docs: list[ExtractedPaper] = list(extract_papers(papers, load_pipeline()))
    preds = [
        (d.paper.id, [r.to_dict() for r in extract_results(d.paper.title, d.paper.abstract, d.mentions)])
        for d in docs
    ]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp, "results.jsonl")
        gold_here = Path(tmp, "gold.jsonl")  # the scorer reads every gold line: keep the split's
        ids = {p.id for p in papers}
        gold_here.write_text(
            "".join(line for line in gold.open(encoding="utf-8") if json.loads(line)["id"] in ids)
        )
        write(out, preds)
        write(Path(tmp, "baseline.jsonl"), [(p.id, baseline(p)) for p in papers])
        print(
            f"{'SciREX' if args.scirex else f'{args.set} {split}'}: {len(papers)} papers, {sum(len(r) for _, r in preds)} results predicted"
        )
        score(gold_here, out, "kg.results", systems=True)
        score(gold_here, Path(tmp, "baseline.jsonl"), "baseline: each number with the nearest metric word")


if __name__ == "__main__":
    main()
