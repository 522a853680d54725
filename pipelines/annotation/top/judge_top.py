"""The expert check of #19: of the top 40 entities per type of a build, the share that are
specific and rightly typed, judged by two people apart and adjudicated.

    .venv/bin/python pipelines/annotation/top/judge_top.py sheet OUT -o sheet.jsonl
    .venv/bin/python pipelines/annotation/top/judge_top.py score sheet.jsonl JUDGE_A JUDGE_B [--gold GOLD]

``sheet`` runs ``kg top --type T -n 40 --json -g OUT`` for each type (what a user sees) and
writes one line per entity with its label, type, paper count, aliases and two sentences that
mention it, for the judges. A judge's file has one line per sheet line:
``{"type": ..., "id": ..., "ok": true|false, "why": "..."}`` following ``TOP_GUIDELINES.md``.
``score`` prints each judge's share per type, their agreement (Cohen's kappa), and with
``--gold`` the adjudicated share per type and overall.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

LABELS = ("METHOD", "MODEL", "DATASET", "METRIC", "TASK")
KG = Path(sys.executable).with_name("kg")


def contexts(out: Path) -> dict[str, list[str]]:
    """Entity id → the sentences of its first mentions (at most two)."""
    found: dict[str, list[str]] = defaultdict(list)
    with open(out / "mentions.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for m in d["mentions"]:
                if len(found[m["entity"]]) >= 2:
                    continue
                text = d["title"] if m["field"] == "title" else d["paper"]["abstract"]
                starts = [0, *(s.end() for s in re.finditer(r"[.!?]\s+", text[: m["start"]]))]
                end = re.search(r"[.!?](\s|$)", text[m["end"] :])
                stop = m["end"] + end.end() if end else len(text)
                found[m["entity"]].append(text[starts[-1] : stop].strip())
    return found


def sheet(out: Path) -> list[dict[str, Any]]:
    """The entities to judge: the top 40 of each type as `kg top` lists them."""
    with open(out / "entities.jsonl", encoding="utf-8") as f:
        entities = {e["id"]: e for e in map(json.loads, f)}
    seen = contexts(out)
    rows = []
    for label in LABELS:
        cmd = [str(KG), "top", "--type", label, "-n", "40", "--json", "-g", str(out)]
        top = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        for rank, t in enumerate(top, 1):
            e = entities.get(t["id"], {})
            aliases = sorted(e.get("aliases", {}).items(), key=lambda a: -a[1])[:6]
            rows.append(
                {"type": label, "rank": rank, "id": t["id"], "label": t["label"], "papers": t["count"],
                 "aliases": [a for a, _ in aliases], "contexts": seen.get(t["id"], [])}
            )  # fmt: skip
    return rows


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two judges' yes/no answers.

    >>> kappa([True, True, False, False], [True, True, False, True])
    0.5
    """
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def judged(path: Path) -> dict[tuple[str, str], bool]:
    with open(path, encoding="utf-8") as f:
        return {(j["type"], j["id"]): bool(j["ok"]) for j in map(json.loads, f)}


def shares(rows: list[dict[str, Any]], verdicts: dict[tuple[str, str], bool]) -> dict[str, float]:
    ok, n = Counter[str](), Counter[str]()
    for r in rows:
        n[r["type"]] += 1
        ok[r["type"]] += verdicts[(r["type"], r["id"])]
    out = {t: ok[t] / n[t] for t in LABELS if n[t]}
    out["ALL"] = sum(ok.values()) / sum(n.values())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("out", type=Path)
    s.add_argument("-o", "--output", type=Path, required=True)
    c = sub.add_parser("score")
    c.add_argument("sheet", type=Path)
    c.add_argument("judges", type=Path, nargs=2)
    c.add_argument("--gold", type=Path)
    args = ap.parse_args()
    if args.cmd == "sheet":
        rows = sheet(args.out)
        args.output.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        print(f"{len(rows)} entities to judge", file=sys.stderr)
        return
    with open(args.sheet, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    a, b = (judged(p) for p in args.judges)
    keys = [(r["type"], r["id"]) for r in rows]
    print("judge  " + "  ".join(f"{t:>7}" for t in (*LABELS, "ALL")))
    for name, v in (("A", a), ("B", b), *((("gold", judged(args.gold)),) if args.gold else ())):
        sh = shares(rows, v)
        print(f"{name:6} " + "  ".join(f"{sh.get(t, float('nan')):7.3f}" for t in (*LABELS, "ALL")))
    print(
        f"agreement: {sum(a[k] == b[k] for k in keys)}/{len(keys)}, kappa {kappa([a[k] for k in keys], [b[k] for k in keys]):.3f}"
    )


if __name__ == "__main__":
    main()
