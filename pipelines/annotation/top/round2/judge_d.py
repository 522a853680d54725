"""Judge D's verdicts on round2 delta.jsonl (entries new to the top lists).

Run: python3 judge_d.py  -> writes judge_d.jsonl (one line per delta row, in order)
and prints ok counts per type.
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent

# (type, id) -> (ok, why); why is empty when ok.
VERDICTS = {
    ("METHOD", "autoencoder"): (False, "generic: architecture family, like Transformer"),
    ("METHOD", "contrastive-learning"): (False, "generic: learning paradigm"),
    ("METHOD", "chain-of-thought-prompting"): (True, ""),
    ("METHOD", "contrastive-loss"): (True, ""),
    ("METHOD", "convolution"): (True, ""),
    ("METHOD", "cross-attention"): (True, ""),
    ("METHOD", "distillation"): (True, ""),
    ("METHOD", "dual-encoders"): (True, ""),
    ("METHOD", "generalization-capabilities"): (False, "not an entity: property"),
    ("METHOD", "knowledge-distillation"): (False, "duplicate of distillation"),
    ("METHOD", "learning-algorithm"): (False, "generic: learning algorithm"),
    ("METHOD", "linear-models"): (False, "generic: model class"),
    ("METHOD", "position-encoding"): (False, "duplicate of positional encoding"),
    ("METHOD", "representational-capacity"): (False, "not an entity: property"),
    ("METRIC", "ndcg-at-10"): (True, ""),
    ("METRIC", "sd"): (False, "not a metric: fragment of SD-VAE/SD-Turbo (Stable Diffusion)"),
    ("METRIC", "sparse-rate-reduction"): (False, "wrong type: an objective, is a METHOD"),
    ("METRIC", "wer"): (True, ""),
    ("METRIC", "accuracy-costs"): (False, "not an entity: fragment"),
    ("METRIC", "balancing-effectiveness"): (False, "not an entity: fragment"),
    ("METRIC", "coding-rate"): (False, "wrong type: objective term, not a reported measure"),
    ("METRIC", "computation-complexity"): (False, "duplicate of computational complexity"),
    ("TASK", "language-understanding"): (
        False,
        "generic: field; merges sign language understanding",
    ),
    ("TASK", "model-compression"): (False, "generic: umbrella of techniques"),
    ("TASK", "node-classification"): (True, ""),
    ("TASK", "re-ranking"): (True, ""),
    ("TASK", "sentence-representations"): (False, "wrong type: representations, not a task"),
    ("TASK", "text-retrieval"): (True, ""),
    ("TASK", "video-regression-tasks"): (
        False,
        "generic: bare regression; label names a different thing",
    ),
    ("TASK", "visual-understanding"): (False, "generic: umbrella field"),
}


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "delta.jsonl").open()]
    out = []
    counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for row in rows:
        ok, why = VERDICTS[(row["type"], row["id"])]
        out.append({"type": row["type"], "id": row["id"], "ok": ok, "why": why})
        totals[row["type"]] += 1
        counts[row["type"]] += ok
    assert len(out) == len(VERDICTS)
    with (HERE / "judge_d.jsonl").open("w") as f:
        for rec in out:
            f.write(json.dumps(rec) + "\n")
    for t in totals:
        print(f"{t}: {counts[t]}/{totals[t]} ok")
    print(f"ALL: {sum(counts.values())}/{len(out)} ok")


if __name__ == "__main__":
    main()
