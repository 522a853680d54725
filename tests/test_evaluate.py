import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluate import link_pairs, paper_bootstrap, read_records, report, score

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
SHARED_LINK_SCORER = SHARED_SCORER.with_name("link_recall.py")


def _perturbed(gold: dict, seed: int = 0) -> dict:
    """Predictions that are right, shifted, relabelled or missing, in known proportions."""
    rng = random.Random(seed)
    pred = {}
    for pid, g in gold.items():
        ms = []
        for m in g["mentions"]:
            r = rng.random()
            m = dict(m, label=m["label"].upper())
            if r < 0.5:
                ms.append(m)
            elif r < 0.7:
                ms.append(dict(m, end=m["end"] + 1))
            elif r < 0.8:
                ms.append(dict(m, label="MODEL" if m["label"] != "Method" else "TASK"))
        pred[pid] = {"id": pid, "mentions": ms}
    return pred


@pytest.mark.skipif(
    not SHARED_SCORER.exists(), reason="the shared reference scorer is not beside the project"
)
def test_same_figures_as_the_reference_scorer(tmp_path):
    gold = {
        "1": {
            "id": "1",
            "title": "t",
            "abstract": "a",
            "mentions": [
                {"field": "abstract", "start": s, "end": s + 5, "label": lab}
                for s, lab in zip(
                    range(0, 400, 10), ["Method", "Task", "Dataset", "Metric"] * 10, strict=True
                )
            ],
        }
    }
    pred = _perturbed(gold)
    (tmp_path / "g.jsonl").write_text(json.dumps(gold["1"]) + "\n")
    (tmp_path / "p.jsonl").write_text(json.dumps(pred["1"]) + "\n")
    ref = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(SHARED_SCORER),
                str(tmp_path / "g.jsonl"),
                str(tmp_path / "p.jsonl"),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ours = {r["label"]: r for r in report(score(gold, pred))}
    for label, r in ref.items():
        if label.startswith("_"):
            continue
        for kind, ref_kind in [("exact", "exact"), ("overlap", "overlap"), ("span", "span_only")]:
            assert ours[label.upper()][kind]["f"] == pytest.approx(r[ref_kind][2], abs=1e-4), (label, kind)


def test_read_records_names_file_and_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": 1}\n{oops\n')
    with pytest.raises(KGError, match=r"bad.jsonl:2: invalid JSON"):
        read_records(p)


def _link_fixture(seed: int = 0) -> tuple[dict, dict]:
    """Gold links over 12 papers and predictions that name each gold span with the right id,
    a wrong one, several, or miss it, at random."""
    rng = random.Random(seed)
    links, pred = {}, {f"p{i}": {"id": f"p{i}", "mentions": []} for i in range(12)}
    for e in range(6):
        papers = rng.sample(sorted(pred), rng.randint(2, 6))
        links[f"E{e}"] = {}
        for paper in papers:
            start = 100 * e + rng.randint(0, 5)
            field = rng.choice(["title", "abstract"])
            links[f"E{e}"][paper] = [[field, start, start + 6]]
            ids = rng.choice([[f"e{e}"], [f"x{e}"], [f"e{e}", "other"], []])
            pred[paper]["mentions"] += [
                {"field": field, "start": start + 2, "end": start + 9, "entity": i} for i in ids
            ]
    return links, pred


@pytest.mark.skipif(
    not SHARED_LINK_SCORER.exists(), reason="the shared link scorer is not beside the project"
)
@pytest.mark.parametrize("seed", range(3))
def test_link_pairs_count_what_the_shared_link_scorer_counts(tmp_path, seed):
    links, pred = _link_fixture(seed)
    (tmp_path / "links.json").write_text(json.dumps(links))
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pred.values()))
    ref = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(SHARED_LINK_SCORER),
                str(tmp_path / "links.json"),
                str(tmp_path / "pred.jsonl"),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    pairs = link_pairs(links, pred)
    assert 0 < ref["linked"] < ref["pairs"]
    assert (len(pairs), sum(hit for *_, hit in pairs)) == (ref["pairs"], ref["linked"])


def test_link_pairs_need_the_same_id_on_the_gold_spans():
    links = {"LRA": {"a": [["abstract", 10, 26]], "b": [["title", 0, 3]]}}
    pred = {
        "a": {
            "mentions": [
                {"field": "abstract", "start": 10, "end": 26, "entity": "lra"},
                {"field": "abstract", "start": 40, "end": 43, "entity": "bleu"},
            ]
        },
        "b": {
            "mentions": [
                {"field": "abstract", "start": 0, "end": 3, "entity": "lra"},
                {"field": "title", "start": 0, "end": 3, "entity": "bleu"},
            ]
        },
    }
    assert link_pairs(links, pred) == [("a", "b", False)]  # "lra" of b is in the abstract, not the title
    pred["b"]["mentions"][1]["entity"] = "lra"
    assert link_pairs(links, pred) == [("a", "b", True)]


def test_paper_bootstrap_moves_a_papers_pairs_together():
    # one paper behind every miss: resampling papers, not pairs, widens the interval
    pairs = [(f"p{i}", f"p{j}", True) for i in range(6) for j in range(i + 1, 6)]
    pairs += [("bad", f"p{i}", False) for i in range(6)]
    lo, hi = paper_bootstrap(pairs, seed=1)
    assert lo < 15 / 21 < hi == 1.0  # drawn without "bad", every pair is linked
    assert paper_bootstrap(pairs, seed=1) == (lo, hi)  # seeded
    narrow = paper_bootstrap(pairs, level=0.5, seed=1)
    assert lo <= narrow[0] <= narrow[1] <= hi
