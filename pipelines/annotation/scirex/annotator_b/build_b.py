"""Build annotator_b/results.jsonl from the hand-written annotations in ann_*.py.

Each annotation names a context substring `ctx` that must occur exactly once in the field,
and the value text `text` inside it; offsets are computed here, never by hand.
"""

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE.parent / "papers.jsonl"


def load_ann():
    ann = {}
    for f in sorted(HERE.glob("ann_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, v in mod.ANN.items():
            assert k not in ann, k
            ann[k] = v
    return ann


def build(r, paper):
    field = r.get("field", "abstract")
    src = paper[field]
    ctx, text = r["ctx"], r["text"]
    n = src.count(ctx)
    assert n == 1, f"{paper['id']}: ctx {ctx!r} occurs {n} times"
    assert ctx.count(text) >= 1, (ctx, text)
    off = r.get("nth", 0)
    i = -1
    for _ in range(off + 1):
        i = ctx.find(text, i + 1)
    assert i >= 0, (ctx, text)
    start = src.find(ctx) + i
    end = start + len(text)
    assert src[start:end] == text
    out = {"value": r.get("value", text), "unit": r.get("unit", ""), "kind": r["kind"], "metric": r["metric"]}
    for k in ("dataset", "task", "method"):
        out[k] = r.get(k)
    out["own"] = r.get("own", True)
    out["approx"] = r.get("approx", False)
    out.update(field=field, start=start, end=end, text=text)
    return out


def main():
    ann = load_ann()
    with open(PAPERS, encoding="utf-8") as f:
        papers = [json.loads(line) for line in f]
    done = 0
    lines = []
    for i, p in enumerate(papers):
        if i not in ann:
            break
        lines.append(
            json.dumps({"id": p["id"], "results": [build(r, p) for r in ann[i]]}, ensure_ascii=False)
        )
        done += 1
    (HERE / "results.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    n = sum(len(ann[i]) for i in range(done))
    print(f"{done} papers, {n} results", file=sys.stderr)


if __name__ == "__main__":
    main()
