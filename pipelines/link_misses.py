"""The gold cross-paper pairs that linking misses, each with what kg predicted on both
sides, classified; and how many gold concepts each predicted entity merges.

    .venv/bin/python pipelines/link_misses.py --split train [--cache /tmp/kg_sample.jsonl] [--list]

Extracts the whole sample (``data/sample``) as ``pipelines/eval_indomain.py`` does, links it
(all papers together: the corpus-wide passes read the whole corpus) and, for the gold
concepts of the split that more than one paper names, takes the paper pairs the shared
``link_recall.py`` counts. A missed pair is:

- ``extraction``: on one side no predicted mention overlaps the gold mentions at all;
- ``span/label``: both sides found, but some predicted mention differs from the gold one in
  span or label (the mention was found, as something else);
- ``linking``: both sides found with the gold spans and labels, under different ids.

Recall is given over every pair (what ``eval_indomain.py`` reports) and, as extra lines,
over the pairs whose mentions were extracted on both sides, and over those extracted with
the gold spans and labels on both sides (linking alone). Precision of linking: the
predicted entities whose mentions (in the split's papers) overlap mentions of two gold
concepts or more, and the pairs of gold concepts so merged.

``--cache`` keeps the unlinked extraction in a JSONL file, read back when it exists: linking
can then be rerun after a change to ``kg/link`` without extracting again (extraction,
and so the cache, depend on the gazetteer and the pipeline; delete it after changing them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipelines"))

from eval_indomain import load_gold  # noqa: E402

from kg.build import BuildSummary, extract_stream, ingest  # noqa: E402
from kg.evaluate import paper_bootstrap  # noqa: E402
from kg.link import link  # noqa: E402
from kg.records import ExtractedPaper, Mention  # noqa: E402

Record = dict[str, Any]


def sample_docs(cache: Path | None) -> list[ExtractedPaper]:
    """The sample, extracted and not yet linked (from ``cache`` when it exists)."""
    if cache and cache.exists():
        return [ExtractedPaper.from_json(json.loads(line)) for line in cache.open(encoding="utf-8")]
    docs = list(extract_stream(ingest([ROOT / "data" / "sample"], None, BuildSummary())))
    if cache:
        cache.write_text("".join(json.dumps(d.to_json()) + "\n" for d in docs), encoding="utf-8")
    return docs


def overlapping(doc: ExtractedPaper, spans: Sequence[Record]) -> list[Mention]:
    """The predicted mentions that overlap one of the gold mentions ``spans``, as the shared
    scorer matches them."""
    return [
        m
        for m in doc.mentions
        if m.entity
        and any(m.field == g["field"] and m.start < g["end"] and g["start"] < m.end for g in spans)
    ]


def exact(found: Sequence[Mention], spans: Sequence[Record]) -> bool:
    """Whether every predicted mention found has a gold mention of its span and label."""
    gold = {(g["field"], g["start"], g["end"], g["label"]) for g in spans}
    return all((m.field, m.start, m.end, m.label) in gold for m in found)


def side(doc: ExtractedPaper, spans: Sequence[Record]) -> Record:
    found = overlapping(doc, spans)
    return {
        "paper": doc.paper.id,
        "gold": sorted({f"{g['text']}/{g['label']}" for g in spans}),
        "pred": sorted({f"{m.text}/{m.label} -> {m.entity}" for m in found}),
        "ids": {m.entity for m in found},
        "exact": exact(found, spans),
    }


def pairs(gold: list[Record], docs: dict[str, ExtractedPaper]) -> list[Record]:
    """Every gold pair, with both sides and its class (``hit`` when linked)."""
    by_concept: dict[str, dict[str, list[Record]]] = defaultdict(dict)
    for g in gold:
        for c in g["concepts"]:
            by_concept[c["concept"]][g["id"]] = c["mentions"]
    out = []
    for concept, papers in sorted(by_concept.items()):
        sides = {p: side(docs[p], spans) for p, spans in papers.items()}
        for a, b in combinations(sorted(sides), 2):
            sa, sb = sides[a], sides[b]
            if sa["ids"] & sb["ids"]:
                kind = "hit"
            elif not (sa["ids"] and sb["ids"]):
                kind = "extraction"
            elif not (sa["exact"] and sb["exact"]):
                kind = "span/label"
            else:
                kind = "linking"
            out.append({"concept": concept, "kind": kind, "a": sa, "b": sb})
    return out


def false_merges(gold: list[Record], docs: dict[str, ExtractedPaper]) -> tuple[int, int, list[str]]:
    """Predicted entities whose mentions in the split overlap two gold concepts or more,
    the pairs of gold concepts they merge, and a line for each such entity."""
    concepts: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        for m in docs[g["id"]].mentions:
            for s in g["mentions"]:
                if m.entity and m.field == s["field"] and m.start < s["end"] and s["start"] < m.end:
                    concepts[m.entity].add(s["concept"])
    merged = {e: sorted(cs) for e, cs in sorted(concepts.items()) if len(cs) > 1}
    n_pairs = sum(len(cs) * (len(cs) - 1) // 2 for cs in merged.values())
    return len(merged), n_pairs, [f"  {e}: {' | '.join(cs)}" for e, cs in merged.items()]


def recall_line(name: str, rows: list[Record]) -> str:
    hits = [(r["a"]["paper"], r["b"]["paper"], r["kind"] == "hit") for r in rows]
    n = sum(h for *_, h in hits)
    lo, hi = paper_bootstrap(hits) if hits else (float("nan"), float("nan"))
    return f"{name}: {n / len(hits) if hits else 0:.3f} ({lo:.2f}-{hi:.2f}), {n} of {len(hits)} pairs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--cache", type=Path, help="JSONL file of the unlinked extraction, reused if present")
    ap.add_argument("--list", action="store_true", help="list every missed pair and every false merge")
    args = ap.parse_args()
    docs = sample_docs(args.cache)
    link(docs)
    by_id = {d.paper.id: d for d in docs}
    gold = load_gold(args.split)
    rows = pairs(gold, by_id)
    kinds = Counter(r["kind"] for r in rows)
    print(f"split {args.split}: {len(gold)} papers, {len(rows)} gold pairs; {dict(sorted(kinds.items()))}")
    print(recall_line("link recall, all pairs", rows))
    print(
        recall_line(
            "link recall, pairs extracted on both sides", [r for r in rows if r["kind"] != "extraction"]
        )
    )
    exact_rows = [r for r in rows if all(s["ids"] and s["exact"] for s in (r["a"], r["b"]))]
    print(
        recall_line("link recall, pairs extracted with the gold spans and labels on both sides", exact_rows)
    )
    n_ent, n_pairs, lines = false_merges(gold, by_id)
    print(
        f"false merges: {n_ent} predicted entities merge two gold concepts or more ({n_pairs} concept pairs)"
    )
    if args.list:
        print(*lines, sep="\n")
        for r in rows:
            if r["kind"] != "hit":
                print(f"\n[{r['kind']}] {r['concept']}")
                for s in (r["a"], r["b"]):
                    print(f"  {s['paper']}  gold {s['gold']}  pred {s['pred']}")


if __name__ == "__main__":
    main()
