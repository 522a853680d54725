"""Cross-file consistency of a new entity file with the earlier gold (gold/entities.jsonl).

usage: python consistency.py NEW.jsonl [EARLIER.jsonl]

Reports (1) concept strings with more than one label or `generic` value across both files,
(2) pairs of concept strings that differ only in case, hyphens, spaces or a plural ending, where
at least one string is in the new file. Exits 1 when any is found.
"""

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# batch3/gold/adjudication -> pipelines/annotation; otherwise the main checkout
ANN = (
    HERE.parents[2]
    if HERE.parent.name == "gold" and (HERE.parents[2] / "gold").is_dir()
    else Path("/work/main/pipelines/annotation")
)


def norm(s):
    s = re.sub(r"[\s\-‐–_]+", "", s.casefold())
    for suf in ("ies", "es", "s"):
        if s.endswith(suf) and len(s) > len(suf) + 2:
            return s[: -len(suf)] + ("y" if suf == "ies" else "")
    return s


def norm2(s):
    s = re.sub(r"[\s\-‐–_]+", "", s.casefold())
    return s[:-1] if s.endswith("s") else s


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main():
    new = Path(sys.argv[1])
    earlier = Path(sys.argv[2]) if len(sys.argv) > 2 else ANN / "gold" / "entities.jsonl"
    seen = defaultdict(lambda: defaultdict(set))  # concept -> attr -> {(value, source)}
    src = defaultdict(set)
    for name, path in (("gold", earlier), ("new", new)):
        for i, r in enumerate(load(path), 1):
            for c in r["concepts"]:
                seen[c["concept"]]["label"].add((c["label"], name if name == "gold" else f"new:P{i}"))
                seen[c["concept"]]["generic"].add((c["generic"], name if name == "gold" else f"new:P{i}"))
                src[c["concept"]].add(name)
    problems = 0
    for con, attrs in sorted(seen.items()):
        for attr, vals in attrs.items():
            if len({v for v, _ in vals}) > 1:
                by = defaultdict(set)
                for v, s in vals:
                    by[v].add(s)
                print(f"{attr} of {con!r}: " + "; ".join(f"{v}: {sorted(s)[:6]}" for v, s in by.items()))
                problems += 1
    for f in (norm, norm2):
        groups = defaultdict(set)
        for con in seen:
            groups[f(con)].add(con)
        for _key, cons in sorted(groups.items()):
            if len(cons) > 1 and any("new" in src[c] for c in cons):
                print(
                    f"near-duplicate strings ({f.__name__}): "
                    + ", ".join(f"{c!r} [{'/'.join(sorted(src[c]))}]" for c in sorted(cons))
                )
                problems += 1
    print(f"{problems} consistency problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
