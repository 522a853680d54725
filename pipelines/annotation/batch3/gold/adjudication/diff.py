"""List the differences between annotator A's and B's entity annotations of batch 3.

usage: python diff.py [PAPER_NO ...]      (paper numbers 1-60 in papers.jsonl order)

Per paper: mentions only one annotator has (onlyA / onlyB), shared spans with a different label
or concept (span), and differing attributes (label, generic, role, salient) of concept strings
both list (attr). Concepts paired only through a shared span with different strings are shown
as 'pair' lines (information; settled with the span decision).
`differences()` is imported by build.py: every key it yields must have a decision.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# run from /tmp/s24/adj3 or from pipelines/annotation/batch3/gold/adjudication
if HERE.parent.name == "gold" and (HERE.parent.parent / "papers.jsonl").exists():
    BATCH = HERE.parent.parent  # batch3/gold/adjudication
    ANN = BATCH.parent
else:
    ANN = Path(os.environ.get("ANN_DIR", "/work/main/pipelines/annotation"))
    BATCH = ANN / "batch3"
ATTRS = ("label", "generic", "role", "salient")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def inputs():
    papers = load(BATCH / "papers.jsonl")
    a = load(BATCH / "annotator_a" / "entities.jsonl")
    b = load(BATCH / "annotator_b" / "entities.jsonl")
    assert [p["id"] for p in papers] == [r["id"] for r in a] == [r["id"] for r in b]
    return papers, a, b


def mkey(m):
    return (m["field"], m["start"], m["text"])


def differences(ra, rb):
    """Yield (key, kind, info) for every difference of one paper."""
    ma = {mkey(m): m for m in ra["mentions"]}
    mb = {mkey(m): m for m in rb["mentions"]}
    for k in sorted(ma.keys() | mb.keys(), key=lambda k: (k[0] != "title", k[1])):
        x, y = ma.get(k), mb.get(k)
        if x and not y:
            yield k, "onlyA", (x, None)
        elif y and not x:
            yield k, "onlyB", (None, y)
        elif (x["label"], x["concept"]) != (y["label"], y["concept"]):
            yield k, "span", (x, y)
    ca = {c["concept"]: c for c in ra["concepts"]}
    cb = {c["concept"]: c for c in rb["concepts"]}
    for name in [c for c in ca if c in cb]:
        for attr in ATTRS:
            if ca[name][attr] != cb[name][attr]:
                yield ("c", name, attr), "attr", (ca[name][attr], cb[name][attr])


def paired(ra, rb):
    """Concept pairs (A string, B string) that share a mention span but differ as strings."""
    ma = {mkey(m): m["concept"] for m in ra["mentions"]}
    mb = {mkey(m): m["concept"] for m in rb["mentions"]}
    return sorted({(ma[k], mb[k]) for k in ma.keys() & mb.keys() if ma[k] != mb[k]})


def context(text, start, end, width=60):
    s = text[max(0, start - width) : start]
    e = text[end : end + width]
    return f"...{s}[[{text[start:end]}]]{e}...".replace("\n", " ")


def fmt_m(m):
    return f"{m['label']}:{m['concept']}" if m else "-"


def main():
    papers, A, B = inputs()
    want = {int(x) for x in sys.argv[1:]}
    total = {}
    for n, (p, ra, rb) in enumerate(zip(papers, A, B, strict=False), 1):
        diffs = list(differences(ra, rb))
        for _, kind, _ in diffs:
            total[kind] = total.get(kind, 0) + 1
        if want and n not in want:
            continue
        if not diffs:
            continue
        print(f"\n=== P{n} {p['id']}  {p['title']}")
        for key, kind, info in diffs:
            if kind == "attr":
                print(f"  attr  {key[1]!r}.{key[2]}: A={info[0]!r} B={info[1]!r}")
            else:
                x, y = info
                f, s, t = key
                m = x or y
                print(f"  {kind:5} {f[0]}:{s} {t!r}  A={fmt_m(x)}  B={fmt_m(y)}")
                print(f"        {context(p[f], m['start'], m['end'])}")
        ca = {c["concept"]: c for c in ra["concepts"]}
        cb = {c["concept"]: c for c in rb["concepts"]}
        for x, y in paired(ra, rb):
            cx, cy = ca.get(x), cb.get(y)
            print(
                f"  pair  A {x!r} {[cx[k] for k in ATTRS] if cx else ''} ~ B {y!r} {[cy[k] for k in ATTRS] if cy else ''}"
            )
    print("\ntotal differences:", total, file=sys.stderr)


if __name__ == "__main__":
    main()
