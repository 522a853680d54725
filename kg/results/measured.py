"""A dataset named inside a measure's phrase: "ImageNet-1k accuracy", "POPE F1", "an average RULER
score" name a dataset and a measure (guidelines, section 8: the benchmark's name is the dataset,
not part of the metric)."""

from __future__ import annotations

import re
from functools import cache

from ..extract.gazetteer import fold_name, load_gazetteer
from .hits import AVERAGING
from .vocabulary import is_metric_word, singular

# a measure's phrase that starts with a name shaped as a dataset's: "ImageNet-1k accuracy"
_DATASET_METRIC = re.compile(r"^([A-Z][a-z]+[A-Z][\w.-]*|[A-Z]{2,}\w*-\d[\w.-]*)\s+(\S.*)$")
# ... or with a name in capitals and its named part, before a measure's word: "WMDP-Bio accuracy",
# "MMLU-Pro accuracy" (not a system's, "BERT-Large accuracy", which kg knows as one, nor a kind of
# one: "LLM-Based Machine Translation speed")
_PART_METRIC = re.compile(
    r"^([A-Z]{2,}\w*-(?!(?:Based|Free|Aware|Driven|Guided|Level|Scale|Style|Like|Only)\b)[A-Z][a-z]\w*)\s+(\S.*)$"
)
# words a measure's phrase may open with before a dataset's name: "an average RULER score"
_LEADING = frozenset({"average", "mean", "overall", "median", "zero-shot", "few-shot", "final"})


@cache  # one set per label asked for (MODEL, METHOD, DATASET), each built once
def known_names(label: str) -> frozenset[str]:
    """The folded names the gazetteer gives ``label``."""
    gazetteer = load_gazetteer()
    return frozenset(
        name for name, cid in gazetteer.alias_index().items() if gazetteer.concepts[cid].type == label
    )


def split_dataset(phrase: str) -> tuple[str, str] | None:
    """A dataset's name inside a measure's phrase, and the measure without it: a name shaped
    as a dataset's at its start ("ImageNet-1k accuracy"; "SummaC score" is one name), or a
    known dataset's before the measure ("POPE F1", "the MT-Bench score", "an average RULER
    score", "zero-shot ImageNet accuracy"; past other words only when written as a name:
    "the full-precision GSM8K accuracy").

    >>> split_dataset("POPE F1"), split_dataset("average RULER score"), split_dataset("top-1 accuracy")
    (('POPE', 'F1'), ('RULER', 'score'), None)
    >>> split_dataset("ImageNet-1k accuracy"), split_dataset("SummaC score"), split_dataset("ArcFace identity similarity")
    (('ImageNet-1k', 'accuracy'), None, None)
    >>> split_dataset("full-precision GSM8K accuracy"), split_dataset("held-out math accuracy")
    (('GSM8K', 'full-precision accuracy'), None)
    >>> split_dataset("WMDP-Bio accuracy")
    ('WMDP-Bio', 'accuracy')
    """
    shaped = _DATASET_METRIC.match(phrase)
    if shaped and singular(shaped.group(2).lower()) != "score" and not _system(shaped.group(1)):
        return shaped.group(1), shaped.group(2)
    part = _PART_METRIC.match(phrase)
    if part and is_metric_word(part.group(2).split()[-1]) and not _system(part.group(1)):
        return part.group(1), part.group(2)
    words = phrase.split()
    for i in range(min(len(words) - 1, 3)):
        for k in range(min(len(words) - 1 - i, 3), 0, -1):
            name = " ".join(words[i : i + k])
            # past a word outside the usual openers, only a name written as one ("full-precision GSM8K")
            if i and words[i - 1].lower() not in _LEADING and not re.search(r"[A-Z]", name):
                continue
            if fold_name(name) in known_names("DATASET"):  # averaging words dropped (guidelines §5)
                kept = [w for w in words[:i] if w.lower() not in AVERAGING]
                return name, " ".join(kept + words[i + k :])
    return None


def _system(name: str) -> bool:
    """Whether ``name`` is a method or model kg knows ("ArcFace identity similarity" is measured by one)."""
    folded = fold_name(name)
    return folded in known_names("METHOD") or folded in known_names("MODEL")
