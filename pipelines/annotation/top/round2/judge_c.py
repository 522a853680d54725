"""Judge C's verdicts on the round-2 delta sheet (entries new to the top lists).

Rerun: python3 judge_c.py  (writes judge_c.jsonl beside this script, in sheet order)
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (type, id) -> (ok, why); why is empty when ok.
VERDICTS = {
    ("METHOD", "autoencoder"): (True, ""),
    ("METHOD", "contrastive-learning"): (False, "generic: learning paradigm"),
    ("METHOD", "chain-of-thought-prompting"): (True, ""),
    ("METHOD", "contrastive-loss"): (True, ""),
    ("METHOD", "convolution"): (True, ""),
    ("METHOD", "cross-attention"): (True, ""),
    ("METHOD", "distillation"): (True, ""),
    ("METHOD", "dual-encoders"): (True, ""),
    ("METHOD", "generalization-capabilities"): (False, "not an entity: property"),
    ("METHOD", "knowledge-distillation"): (False, "duplicate of distillation"),
    ("METHOD", "learning-algorithm"): (False, "generic: any learning algorithm"),
    ("METHOD", "linear-models"): (False, "generic: model class"),
    ("METHOD", "position-encoding"): (False, "duplicate of positional encoding"),
    ("METHOD", "representational-capacity"): (False, "not an entity: property"),
    ("METRIC", "ndcg-at-10"): (True, ""),
    ("METRIC", "sd"): (False, "wrong type: Stable Diffusion (SD-VAE, SD-Turbo), a MODEL"),
    ("METRIC", "sparse-rate-reduction"): (False, "wrong type: optimisation objective (METHOD)"),
    ("METRIC", "wer"): (True, ""),
    ("METRIC", "accuracy-costs"): (False, "fragment: not a metric"),
    ("METRIC", "balancing-effectiveness"): (False, "fragment: not a metric"),
    ("METRIC", "coding-rate"): (False, "wrong type: objective term, not a reported measure"),
    ("METRIC", "computation-complexity"): (False, "duplicate of computational complexity"),
    ("TASK", "language-understanding"): (False, "merges NLU with sign language understanding; broad"),
    ("TASK", "model-compression"): (False, "generic: umbrella of techniques, not a task"),
    ("TASK", "node-classification"): (True, ""),
    ("TASK", "re-ranking"): (True, ""),
    ("TASK", "sentence-representations"): (False, "wrong type: representations, not a task"),
    ("TASK", "text-retrieval"): (True, ""),
    ("TASK", "video-regression-tasks"): (
        False,
        "misnamed: bare regression shown as video regression; generic",
    ),
    ("TASK", "visual-understanding"): (
        False,
        "generic: umbrella capability; merges human visual understanding",
    ),
}


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "delta.jsonl").read_text().splitlines() if line.strip()]
    keys = [(r["type"], r["id"]) for r in rows]
    assert set(keys) == set(VERDICTS) and len(keys) == len(VERDICTS), "verdicts must cover the sheet exactly"
    with (HERE / "judge_c.jsonl").open("w") as out:
        for key in keys:
            ok, why = VERDICTS[key]
            out.write(json.dumps({"type": key[0], "id": key[1], "ok": ok, "why": why}) + "\n")
    counts: dict[str, list[int]] = {}
    for key in keys:
        c = counts.setdefault(key[0], [0, 0])
        c[0] += VERDICTS[key][0]
        c[1] += 1
    for typ, (n_ok, n) in counts.items():
        print(f"{typ}: {n_ok}/{n} ok")
    print(f"ALL: {sum(c[0] for c in counts.values())}/{len(keys)} ok")


if __name__ == "__main__":
    main()
