"""Judge B's verdicts on round-1 top entities (TOP_GUIDELINES v1.0).

Run from anywhere: writes judge_b.jsonl next to this script, one line per sheet row, in
sheet order, and prints ok counts per type.

Rule of thumb used for noisy alias sets: a row is ok when its label is a specific, rightly
typed entity and at least one displayed context uses it in that sense; it is false when no
context does (the corpus entity is something else), or when an alias names a DIFFERENT
specific entity (a merge), or when it repeats a higher-ranked row of the same type.
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (type, id) -> why; every row not listed here is ok.
FALSE: dict[tuple[str, str], str] = {
    ("METHOD", "attention-mechanism"): "generic: attention family; merges model classes",
    ("METHOD", "decoder"): "generic: component type (like encoder)",
    ("METHOD", "encoder-decoder"): "generic: architecture family",
    ("METHOD", "visual-representations"): "not an entity: learned representations, not a method",
    ("METHOD", "embedding"): "generic: plain word embedding",
    ("METHOD", "feature-representations"): "not an entity: representations",
    ("METHOD", "latent-representations"): "not an entity: representations",
    ("METHOD", "autoregressive-model"): "generic: model family",
    ("METHOD", "classifier"): "generic: any classifier",
    ("METHOD", "deep-models"): "generic: deep models",
    ("METHOD", "model-architecture"): "not an entity: generic process word",
    ("METHOD", "vision-models"): "generic: class of models",
    ("METHOD", "state-space-models"): "generic: architecture family (like Transformer)",
    ("METHOD", "deep-convolutional-networks"): "generic: architecture family",
    ("METHOD", "global-representation"): "not an entity: representations",
    ("METHOD", "graph-representation-learning"): "generic: learning paradigm (GUIDELINES s7)",
    ("METHOD", "neural-architectures"): "generic: neural architectures",
    ("METHOD", "neural-models"): "generic: neural models",
    ("METHOD", "vector-representations"): "not an entity: representations",
    ("METHOD", "visual-encoders"): "generic: component type (encoder)",
    ("METHOD", "transformer-layers"): "generic: component (Transformer layers)",
    ("MODEL", "mae"): "duplicate of Masked Autoencoder",
    ("MODEL", "mpnn"): "generic: MPNNs is a GNN family (METHOD), not one model",
    ("MODEL", "fourier"): "not an entity: plain word (Fourier features/embedding)",
    ("MODEL", "perceiver"): "fragment: contexts are Uni-Perceiver v2, not Perceiver",
    ("DATASET", "vqa"): "wrong type: used as the task (VQA benchmarks), is a TASK",
    ("DATASET", "visual-genome"): "merges Visual Genome with ARO's Visual Genome Attribution",
    ("DATASET", "fmri-data"): "generic: unnamed data modality",
    ("DATASET", "bandwidth"): "not an entity: title word",
    ("DATASET", "clevr"): "fragment: contexts are CLEVR-CoGenT / CLEVR-SYN",
    ("DATASET", "coco-2015-competitions"): "not one benchmark: several COCO 2015 challenge tracks",
    ("DATASET", "caltech-101"): "fragment: context is Caltech-101 Silhouettes, a different dataset",
    ("DATASET", "deepimpact"): "wrong type: retrieval model/method, not a dataset",
    ("METRIC", "computational-cost"): "generic: unspecified cost, not one measure",
    ("METRIC", "robustness"): "not an entity: quality word",
    ("METRIC", "efficiency"): "not an entity: quality word",
    ("METRIC", "convergence"): "not an entity: property, not a measure",
    ("METRIC", "computational-complexity"): "generic: complexity (umbrella of time/memory)",
    ("METRIC", "precision"): "wrong sense: numeric bit precision, not the precision metric",
    ("METRIC", "computational-efficiency"): "not an entity: quality word",
    ("METRIC", "reconstruction-quality"): "not an entity: quality word",
    ("METRIC", "representation-quality"): "not an entity: quality word",
    ("METRIC", "computational"): "fragment: adjective",
    ("METRIC", "generation-quality"): "not an entity: quality word",
    ("METRIC", "inference-costs"): "generic: unspecified cost, not one measure",
    ("METRIC", "memory-efficiency"): "not an entity: quality word",
    ("METRIC", "representation-capacity"): "not an entity: property",
    ("METRIC", "training-cost"): "generic: unspecified cost, not one measure",
    ("METRIC", "generalization"): "not an entity: property",
    ("METRIC", "generalization-ability"): "not an entity: property (duplicate of generalization)",
    ("METRIC", "memory-consumption"): "duplicate of memory footprint",
    ("METRIC", "model-complexity"): "generic: vague property, not one measure",
    ("METRIC", "similarity-metric"): "generic: any similarity score; aliases include tasks",
    ("TASK", "downstream-tasks"): "generic: downstream tasks",
    ("TASK", "fast-inference"): "not an entity: inference is a process, not a task",
    ("TASK", "text-generation"): "merges handwritten text generation (an image task)",
    ("TASK", "image-compression"): "contexts are MLLM token compression, not image compression",
    ("TASK", "image-representation"): "not a task: representations",
    ("TASK", "single-image-training-datasets"): "not an entity: fragment; alias 'training'",
    ("TASK", "vision-language-tasks"): "generic: umbrella; merges 'language'",
    ("TASK", "data-compression"): "generic: field (umbrella of compression tasks)",
    ("TASK", "next-token-prediction"): "wrong type: METHOD (training objective, GUIDELINES s7)",
    ("TASK", "sequence-modeling"): "generic: umbrella of sequence tasks",
    ("TASK", "dense-retrieval"): "wrong type: METHOD (a way of retrieving)",
    ("TASK", "dense-prediction"): "contexts are bare 'prediction', not dense prediction",
    ("TASK", "self-supervised-problems"): "not an entity: fragment",
    ("TASK", "alternating-optimization"): "wrong type/not a task: optimization technique",
    ("TASK", "cognitive-neuroscience"): "generic: field, not an ML task",
    ("TASK", "generative-modeling"): "generic: field",
    ("TASK", "multi-modal-understanding"): "generic: umbrella capability (like reasoning)",
    ("TASK", "visual-encoding"): "not an entity: process",
    ("TASK", "visual-representation-learning"): "generic: learning paradigm (METHOD, GUIDELINES s7)",
    ("TASK", "image-understanding"): "generic: umbrella capability",
    ("TASK", "masked-image-modeling"): "wrong type: METHOD (pre-training objective)",
    ("TASK", "retrieval"): "generic: field (information retrieval)",
    ("TASK", "downstream-applications"): "generic: downstream applications",
}


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "sheet.jsonl").open()]
    keys = {(r["type"], r["id"]) for r in rows}
    unknown = set(FALSE) - keys
    assert not unknown, f"verdicts for rows not on the sheet: {unknown}"
    out, ok = [], Counter()
    for r in rows:
        why = FALSE.get((r["type"], r["id"]), "")
        out.append({"type": r["type"], "id": r["id"], "ok": not why, "why": why})
        ok[r["type"]] += not why
    with (HERE / "judge_b.jsonl").open("w") as f:
        for v in out:
            f.write(json.dumps(v) + "\n")
    total = Counter(r["type"] for r in rows)
    for t in total:
        print(f"{t}: {ok[t]}/{total[t]} ok")
    print(f"all: {sum(ok.values())}/{len(rows)} ok")


if __name__ == "__main__":
    main()
