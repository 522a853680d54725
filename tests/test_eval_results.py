"""The result rounds pipelines/eval_results.py pools: held out whole, or developed on whole."""

import json
import subprocess
import sys
from pathlib import Path

from pipelines import eval_results

ROOT = Path(__file__).resolve().parent.parent


def test_the_pooled_sets_split_the_whole_rounds_and_have_their_gold() -> None:
    held, developed = eval_results.POOLED["held-out"], eval_results.POOLED["developed"]
    assert held == eval_results.HELD_OUT
    assert not set(held) & set(developed)
    whole = {n for n in eval_results.HALVED if n[7:].isdigit() and int(n[7:]) >= 5}
    assert set(held) | set(developed) == whole
    ids = [
        json.loads(line)["id"]
        for name in (*held, *developed)
        for line in (eval_results.ANNOTATION / name / "gold" / "results.jsonl").open(encoding="utf-8")
    ]
    assert len(ids) == len(set(ids))  # pooled, each paper is counted once


def test_a_pooled_set_has_no_halves() -> None:
    run = subprocess.run(
        [sys.executable, "pipelines/eval_results.py", "--set", "held-out", "--split", "b"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "--split b is not a split of --set held-out" in run.stderr
