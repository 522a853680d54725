"""Write ``gold/results.jsonl`` from annotator A's file and the adjudication decisions.

    .venv/bin/python pipelines/annotation/scirex/gold/adjudicate.py

A's results are the base (both annotators agree on every number but four); each decision
below names a result by paper position in ``papers.jsonl``, field and evidence start, and
gives the fields settled differently from A. A's one result B lacks is kept and B's three
results A lacks are dropped (fraction words, see ADJUDICATION.md), so nothing is taken from B
alone. Checks that every decided result exists.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCIREX = HERE.parent

# (paper position, field, start) -> fields that differ from A's result
DECISIONS: dict[tuple[int, str, int], dict[str, object]] = {
    # the paper's task named in the abstract applies to all its results (v1.2)
    (7, "abstract", 1553): {"task": "SRL"},
    (7, "abstract", 1582): {"task": "SRL"},
    **{(9, "abstract", s): {"task": "image classification"} for s in (948, 972, 1004, 1132)},
    **{(19, "abstract", s): {"task": "multi-person pose estimation"} for s in (603, 729, 788)},
    **{(43, "abstract", s): {"task": "object recognition"} for s in (8521, 8557, 8910, 9296, 9374, 9419)},
    (43, "abstract", 9767): {"task": "object recognition", "metric": "error rate"},
    (60, "abstract", 697): {"task": "textual question-answering"},
    # a measure's short form when the abstract defines one (v1.2), as A and B wrote for FID,
    # though both gave the long form here (found while developing on scirex-a)
    (45, "abstract", 775): {"metric": "IS"},
    # the dataset's shortest complete name as written
    (31, "abstract", 959): {"dataset": "BUCC"},
    # "% correct" names the measure accuracy (v1.2)
    (40, "abstract", 20738): {"metric": "accuracy"},
    (40, "abstract", 20749): {"metric": "accuracy"},
    # generic references are not method names (v1.1)
    (71, "abstract", 728): {"method": None},
    (77, "abstract", 181): {"method": None},
    **{(80, "abstract", s): {"method": None} for s in (901, 931, 959, 994, 1037)},
    **{(82, "abstract", s): {"method": None} for s in (904, 1158, 1196, 1218)},
}


def main() -> None:
    papers = [json.loads(line) for line in (SCIREX / "papers.jsonl").open(encoding="utf-8")]
    a = {d["id"]: d["results"] for d in map(json.loads, (SCIREX / "annotator_a" / "results.jsonl").open())}
    used: set[tuple[int, str, int]] = set()
    lines = []
    for n, paper in enumerate(papers):
        results = []
        for r in a[paper["id"]]:
            key = (n, r["field"], r["start"])
            if key in DECISIONS:
                used.add(key)
            results.append({**r, **DECISIONS.get(key, {})})
        lines.append(json.dumps({"id": paper["id"], "results": results}, ensure_ascii=False) + "\n")
    missing = set(DECISIONS) - used
    assert not missing, f"decisions name results A does not have: {sorted(missing)}"
    (HERE / "results.jsonl").write_text("".join(lines), encoding="utf-8")
    total = sum(len(json.loads(line)["results"]) for line in lines)
    print(f"{len(lines)} papers, {total} results, {len(DECISIONS)} results changed from A")


if __name__ == "__main__":
    main()
