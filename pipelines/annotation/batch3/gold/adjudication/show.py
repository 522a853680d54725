"""Show one paper with both annotations, and look up concept strings in the earlier gold.
usage: python show.py N          (paper N of batch 3)
       python show.py -g STRING  (earlier-gold entries whose concept matches STRING, case-insensitive substring)
"""

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from diff import ANN, inputs


def gold():
    with open(ANN / "gold" / "entities.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


if sys.argv[1] == "-g":
    q = sys.argv[2].lower()
    cnt = Counter()
    texts = {}
    for r in gold():
        for c in r["concepts"]:
            if q in c["concept"].lower():
                cnt[(c["concept"], c["label"], c["generic"])] += 1
        for m in r["mentions"]:
            if q in m["concept"].lower():
                texts.setdefault(m["concept"], Counter())[m["text"]] += 1
    for k, v in sorted(cnt.items()):
        print(v, k, dict(texts.get(k[0], {}).most_common(6)))
    sys.exit()
papers, A, B = inputs()
for n in map(int, sys.argv[1:]):
    p, ra, rb = papers[n - 1], A[n - 1], B[n - 1]
    print(f"P{n} {p['id']}\nTITLE: {p['title']}\nABSTRACT: {p['abstract']}\n")
    for name, r in (("A", ra), ("B", rb)):
        print(f"--- {name} concepts")
        for c in r["concepts"]:
            ms = [m["text"] for m in r["mentions"] if m["concept"] == c["concept"]]
            print(
                f"  {c['concept']!r:45} {c['label']:7} gen={c['generic']!s:5} {c['role']:13} sal={c['salient']!s:5} {ms}"
            )
