"""Compute spent in accelerator hours: "Selection of the full pool takes under 9 GPU hours" is the
selection's compute (guidelines, section 5: a unit outside the list leaves the measure to be
named; the adjudicated rounds name it `selection compute`, `training compute`, `fine-tuning
compute`), and "The full search costs about 120 GPU-hours" its cost.
"""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence

# the unit right after the number: "9 GPU hours", "3,200 A100 GPU hours", "6 GPU-days"
_ACCELERATOR_TIME = re.compile(r"\s*(?:[A-Z]\d{2,3}\s+)?(?:GPU|TPU)[\s-]?(?:hours?|days?)\b")
_PROCESS = (
    r"(pre-?training|fine-?tuning|training|selection|search|distillation|inference|annotation|labell?ing)\b"
)
# the process the compute is spent on: "6 GPU-days of distillation"
_OF_PROCESS = re.compile(r"\s+of\s+(?:\w+\s+)?" + _PROCESS, re.IGNORECASE)
_IN_SENTENCE = re.compile(r"\b" + _PROCESS, re.IGNORECASE)
_COSTS = re.compile(r"(?i)\bcosts?\s+(?:\w+\s+)?\Z")


def spent_compute(s: Sentence, q: Quantity) -> MetricHit | None:
    """The compute a number of accelerator hours or days measures, named by the process it is
    spent on (after the unit, else the last named before the number in the sentence), else None.

    >>> from kg.results.quantities import spot
    >>> t = "Selection takes under 9 GPU hours, compared with more than 120 GPU hours for LESS"
    >>> [spent_compute(Sentence.of(t), q).name for q in spot(t)]
    ['selection compute', 'selection compute']
    >>> t = "It needs 6 GPU-days of distillation; the full search costs about 120 GPU-hours; 3 days"
    >>> [h and h.name for h in (spent_compute(Sentence.of(t), q) for q in spot(t))]
    ['distillation compute', 'search cost', None]
    """
    unit = _ACCELERATOR_TIME.match(s.text, q.tail, s.hi)
    if unit is None:
        return None
    named = list(_IN_SENTENCE.finditer(s.text, s.lo, q.lead))
    process = _OF_PROCESS.match(s.text, unit.end(), s.hi) or (named[-1] if named else None)
    measure = "cost" if _COSTS.search(s.text, max(s.lo, q.lead - 30), q.lead) else "compute"
    if process is None:
        return MetricHit(measure)
    name = (
        process.group(1).lower().replace("pretraining", "pre-training").replace("finetuning", "fine-tuning")
    )
    return MetricHit(f"{name} {measure}")
