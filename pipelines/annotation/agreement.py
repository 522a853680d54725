"""Inter-annotator agreement on the in-domain entity annotation (GUIDELINES.md).

usage: python pipelines/annotation/agreement.py A.jsonl B.jsonl [--json]

Over the papers both annotators finished, it prints:

- mention agreement: F1 between the two annotators' mentions (one taken as reference; F1 is
  symmetric), exact span and label, exact span alone, and per label;
- concept agreement on the concepts both annotators listed for a paper (matched by a shared
  mention span): Cohen's kappa for the label, the role, ``generic`` and ``salient``;
- cross-paper identity: of the paper pairs that share a concept in one annotation, the share
  that share one in the other (each way, then their mean).
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

Record = Mapping[str, Any]


def read(path: Path) -> dict[str, Record]:
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def f1(a: set[Hashable], b: set[Hashable]) -> float:
    """
    >>> f1({1, 2}, {2, 3})
    0.5
    """
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float:
    """Cohen's kappa of two raters' labels for the same items.

    >>> kappa([("x", "x"), ("y", "y"), ("x", "y"), ("y", "y")])
    0.5
    """
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / n**2
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def spans(records: Iterable[Record], with_label: bool = True) -> set[tuple[Any, ...]]:
    return {
        (r["id"], m["field"], m["start"], m["end"], *([m["label"]] if with_label else []))
        for r in records
        for m in r["mentions"]
    }


def concept_pairs(a: Record, b: Record) -> list[tuple[Record, Record]]:
    """The concepts of one paper that the two annotators share a mention span for."""

    def by_span(r: Record) -> dict[tuple[str, int, int], str]:
        return {(m["field"], m["start"], m["end"]): m["concept"] for m in r["mentions"]}

    concepts_a = {c["concept"]: c for c in a["concepts"]}
    concepts_b = {c["concept"]: c for c in b["concepts"]}
    spans_b = by_span(b)
    matched = {(ca, spans_b[s]) for s, ca in by_span(a).items() if s in spans_b}
    return [(concepts_a[x], concepts_b[y]) for x, y in sorted(matched) if x in concepts_a and y in concepts_b]


def shared_pairs(records: Iterable[Record]) -> set[tuple[str, str]]:
    """Pairs of papers that name one concept (string) in common."""
    papers = defaultdict(set)
    for r in records:
        for c in {m["concept"] for m in r["mentions"]}:
            papers[c.casefold()].add(r["id"])
    return {pair for ids in papers.values() for pair in itertools.combinations(sorted(ids), 2)}


def agreement(a: Mapping[str, Record], b: Mapping[str, Record]) -> dict[str, Any]:
    ids = sorted(a.keys() & b.keys())
    ra, rb = [a[i] for i in ids], [b[i] for i in ids]
    out: dict[str, Any] = {
        "papers": len(ids),
        "mentions_a": len(spans(ra)),
        "mentions_b": len(spans(rb)),
        "exact_f1": f1(spans(ra), spans(rb)),
        "span_f1": f1(spans(ra, False), spans(rb, False)),
    }
    labels = sorted({s[-1] for s in spans(ra) | spans(rb)})
    out["per_label_f1"] = {
        lab: f1({s for s in spans(ra) if s[-1] == lab}, {s for s in spans(rb) if s[-1] == lab})
        for lab in labels
    }
    pairs = [p for x, y in zip(ra, rb, strict=True) for p in concept_pairs(x, y)]
    out["concepts_matched"] = len(pairs)
    out["kappa"] = {
        key: kappa([(x[key], y[key]) for x, y in pairs]) for key in ("label", "role", "generic", "salient")
    }
    pa, pb = shared_pairs(ra), shared_pairs(rb)
    out["identity"] = {
        "pairs_a": len(pa),
        "pairs_b": len(pb),
        "a_in_b": len(pa & pb) / len(pa) if pa else float("nan"),
        "b_in_a": len(pa & pb) / len(pb) if pb else float("nan"),
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = agreement(read(args.a), read(args.b))
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['papers']} papers; mentions {result['mentions_a']} (A) and {result['mentions_b']} (B)")
    print(f"mention F1: exact span+label {result['exact_f1']:.3f}, span only {result['span_f1']:.3f}")
    print("per label: " + ", ".join(f"{k} {v:.3f}" for k, v in result["per_label_f1"].items()))
    print(
        f"{result['concepts_matched']} concepts matched; kappa: "
        + ", ".join(f"{k} {v:.3f}" for k, v in result["kappa"].items())
    )
    ident = result["identity"]
    print(
        f"cross-paper identity: {ident['pairs_a']} pairs (A), {ident['pairs_b']} (B); "
        f"A's found in B {ident['a_in_b']:.3f}, B's in A {ident['b_in_a']:.3f}"
    )


if __name__ == "__main__":
    main()
