import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluate import read_records, report, score

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


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


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared reference scorer is not beside the project")
def test_same_figures_as_the_reference_scorer(tmp_path):
    gold = {"1": {"id": "1", "title": "t", "abstract": "a", "mentions": [
        {"field": "abstract", "start": s, "end": s + 5, "label": lab}
        for s, lab in zip(range(0, 400, 10), ["Method", "Task", "Dataset", "Metric"] * 10)]}}
    pred = _perturbed(gold)
    (tmp_path / "g.jsonl").write_text(json.dumps(gold["1"]) + "\n")
    (tmp_path / "p.jsonl").write_text(json.dumps(pred["1"]) + "\n")
    ref = json.loads(subprocess.run([sys.executable, str(SHARED_SCORER), str(tmp_path / "g.jsonl"),
                                     str(tmp_path / "p.jsonl"), "--json"], capture_output=True, text=True,
                                    check=True).stdout)
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
