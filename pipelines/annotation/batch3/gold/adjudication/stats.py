"""Counts for ADJUDICATION.md: the gold table and the decisions by kind."""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from decisions import DROP, D  # noqa: E402
from diff import BATCH, differences, inputs  # noqa: E402


def main() -> None:
    with open(BATCH / "gold" / "entities.jsonl", encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    ms = [m for r in gold for m in r["mentions"]]
    cs = [c for r in gold for c in r["concepts"]]
    print("papers", len(gold))
    print("mentions", len(ms), Counter(m["field"] for m in ms))
    print("mentions by label", Counter(m["label"] for m in ms).most_common())
    print("concepts", len(cs), "distinct", len({c["concept"] for c in cs}))
    print("concepts by label", Counter(c["label"] for c in cs).most_common())
    print("roles", Counter(c["role"] for c in cs).most_common())
    g = sum(c["generic"] for c in cs)
    s = sum(c["salient"] for c in cs)
    print(
        f"generic {g} of {len(cs)} ({100 * g / len(cs):.1f}%), salient {s} of {len(cs)} ({100 * s / len(cs):.1f}%)"
    )

    papers, A, B = inputs()
    kinds = Counter()
    papers_with = 0
    for n, (_p, ra, rb) in enumerate(zip(papers, A, B, strict=False), 1):
        diffs = list(differences(ra, rb))
        papers_with += bool(diffs)
        kept_spans = []
        for k, kind, _info in diffs:
            d = D[n][k][0]
            if kind in ("onlyA", "onlyB") and d != DROP:
                kept_spans.append(k)
        for k, kind, _info in diffs:
            d = D[n][k][0]
            if kind == "attr":
                kinds[f"attr {k[2]} -> {d}"] += 1
            elif kind == "span":
                kinds[f"span -> {d if isinstance(d, str) else 'other'}"] += 1
            elif d == DROP:
                f, s, t = k
                overl = [o for o in kept_spans if o[0] == f and o[1] < s + len(t) and s < o[1] + len(o[2])]
                kinds[f"{kind} drop ({'gave way' if overl else 'outright'})"] += 1
            else:
                kinds[f"{kind} keep{' (changed)' if isinstance(d, tuple) else ''}"] += 1
    print("papers with differences", papers_with)
    for k, v in sorted(kinds.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
