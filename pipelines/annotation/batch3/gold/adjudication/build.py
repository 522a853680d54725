"""Build batch3/gold/entities.jsonl from the two annotations and decisions.py.

usage: python build.py [--dry-run]

Agreed mentions are kept; every difference diff.py lists must have a decision (the build refuses to
write while any is undecided, or while a decision matches no difference). Concept attributes come
from the annotator(s) listing the concept string, the decision where both list it and differ, then
ATTRS; the label must equal the majority label of the concept's mentions.
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from decisions import ATTRS, DROP, KEEP, RENAME, D  # noqa: E402
from diff import ATTRS as ATTR_NAMES  # noqa: E402
from diff import BATCH, differences, inputs, mkey  # noqa: E402

OUT = BATCH / "gold" / "entities.jsonl"


def main():
    papers, A, B = inputs()
    problems, lines, tally = [], [], Counter()
    for n, (p, ra, rb) in enumerate(zip(papers, A, B, strict=False), 1):
        dec = D.get(n, {})
        diffs = {k: (kind, info) for k, kind, info in differences(ra, rb)}
        for k in diffs.keys() - dec.keys():
            problems.append(f"P{n}: undecided {diffs[k][0]} {k}")
        for k in dec.keys() - diffs.keys():
            problems.append(f"P{n}: decision for no difference {k}")
        ma = {mkey(m): m for m in ra["mentions"]}
        mb = {mkey(m): m for m in rb["mentions"]}
        ca = {c["concept"]: c for c in ra["concepts"]}
        cb = {c["concept"]: c for c in rb["concepts"]}
        mentions = []
        for k in sorted(ma.keys() | mb.keys(), key=lambda k: (k[0] != "title", k[1], -len(k[2]))):
            if k not in diffs:
                mentions.append(dict(ma[k]))
                tally["agreed"] += 1
                continue
            kind, (x, y) = diffs[k]
            d = dec.get(k, (None,))[0]
            if d is None:
                continue
            if kind in ("onlyA", "onlyB"):
                m = x or y
                if d == DROP:
                    tally[f"{kind} drop"] += 1
                    continue
                if d == KEEP:
                    mentions.append(dict(m))
                    tally[f"{kind} keep"] += 1
                elif isinstance(d, tuple):
                    mentions.append({**m, "label": d[0], "concept": d[1]})
                    tally[f"{kind} keep (changed)"] += 1
                else:
                    problems.append(f"P{n}: bad decision {d!r} for {kind} {k}")
            else:  # span
                if d in ("A", "B"):
                    mentions.append(dict(x if d == "A" else y))
                    tally[f"span {d}"] += 1
                elif isinstance(d, tuple):
                    mentions.append({**x, "label": d[0], "concept": d[1]})
                    tally["span other"] += 1
                else:
                    problems.append(f"P{n}: bad decision {d!r} for span {k}")
        for m in mentions:
            m["concept"] = RENAME.get(n, {}).get(m["concept"], m["concept"])
            if p[m["field"]][m["start"] : m["end"]] != m["text"]:
                problems.append(f"P{n}: offsets of {m['text']!r}")
        mentions.sort(key=lambda m: (m["field"] != "title", m["start"]))
        for i, m in enumerate(mentions):
            for o in mentions[i + 1 :]:
                if o["field"] == m["field"] and o["start"] < m["end"] and m["start"] < o["end"]:
                    problems.append(f"P{n}: overlap {m['text']!r} / {o['text']!r}")
        renamed_from = {v: k for k, v in RENAME.get(n, {}).items()}
        concepts = []
        for con in dict.fromkeys(m["concept"] for m in mentions):
            src = renamed_from.get(con, con)
            xa, xb = ca.get(src), cb.get(src)
            entry = {"concept": con}
            for attr in ATTR_NAMES:
                override = ATTRS.get(n, {}).get(con, {})
                if attr in override:
                    entry[attr] = override[attr]
                    continue
                if xa and xb and xa[attr] != xb[attr]:
                    d = dec.get(("c", src, attr), (None,))[0]
                    if d not in ("A", "B"):
                        problems.append(f"P{n}: attribute {attr} of {con!r} undecided")
                        continue
                    entry[attr] = (xa if d == "A" else xb)[attr]
                elif xa or xb:
                    entry[attr] = (xa or xb)[attr]
                else:
                    problems.append(f"P{n}: no source for {attr} of {con!r}")
            labels = Counter(m["label"] for m in mentions if m["concept"] == con)
            top = labels.most_common(1)[0][0]
            if entry.get("label") != top:
                problems.append(f"P{n}: {con!r} label {entry.get('label')} vs mentions {dict(labels)}")
            concepts.append({k: entry.get(k) for k in ("concept", "label", "generic", "role", "salient")})
        lines.append(
            json.dumps({"id": p["id"], "mentions": mentions, "concepts": concepts}, ensure_ascii=False)
        )
    for k, v in sorted(tally.items()):
        print(f"{k}: {v}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems: nothing written")
        sys.exit(1)
    if "--dry-run" in sys.argv:
        print("dry run: nothing written")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({len(lines)} papers)")


if __name__ == "__main__":
    main()
