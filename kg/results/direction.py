"""Whether higher or lower values of a metric are better: a curated property of metrics.

Leaderboards rank by it (error rate and FID are lower-better, accuracy and BLEU higher-better).
The curated metrics of ``kg/data/gazetteers/metrics.jsonl`` have their direction in
``kg/data/results/directions.tsv``; any other metric takes it from the words of its name
("validation loss", "inference latency" are lower-better; "retrieval accuracy" higher-better),
and a name that says neither has none: kg does not guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..resources import data_path

DIRECTIONS = data_path("results", "directions.tsv")
_LOWER = re.compile(
    r"\b(?:error|errors|loss|perplexity|latency|distance|divergence|time|runtime|memory|costs?|overhead"
    r"|complexity|penalty|penalties|drop|degradation|footprint|consumption|bpp|bits[- ]per[- ]pixel"
    r"|wer|cer|[rg]?fid|fvd|kid|mse|mae|rmse|regret|violations?)\b",
    re.I,
)
_HIGHER = re.compile(
    r"\b(?:accuracy|score|f1|precision|recall|bleu|rouge|auc|map|ap|success rate|reward|throughput"
    r"|speed-?up|win rate|correlation|pass@\d+|exact match|iou|psnr|ssim|mrr|ndcg|hits|hit rate|reciprocal rank|elo)\b",
    re.I,
)


@lru_cache(maxsize=1)
def curated_directions(path: Path = DIRECTIONS) -> dict[str, str]:
    """Curated metric id → ``"higher"`` or ``"lower"``."""
    with open(path, encoding="utf-8") as f:
        rows = (line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#"))
        return dict(rows)


def metric_direction(entity_id: str, name: str) -> str | None:
    """Which values of the metric ``entity_id`` (named ``name``) are better, if known.

    >>> metric_direction("fid", "FID"), metric_direction("bleu", "BLEU")
    ('lower', 'higher')
    >>> metric_direction("validation-loss", "validation loss"), metric_direction("retrieval-accuracy", "retrieval accuracy")
    ('lower', 'higher')
    >>> metric_direction("rfid", "rFID"), metric_direction("mrr-10", "MRR@10"), metric_direction("", "nDCG@10")
    ('lower', 'higher', 'higher')
    >>> metric_direction("novelty", "novelty") is None
    True
    """
    curated = curated_directions().get(entity_id)
    if curated is not None:
        return curated
    # "error" before "accuracy": a name with both ("accuracy error") states an error
    if _LOWER.search(name):
        return "lower"
    if _HIGHER.search(name):
        return "higher"
    return None
