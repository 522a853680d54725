"""What one sentence of an abstract says about the results of the others: the dataset the
paper says it is evaluated on, for the scores of the sentence after it, and, in a paper that
introduces a benchmark, whose levels its numbers are."""

from __future__ import annotations

import re

from ..records import Result
from .places import Name, datasets, is_efficiency
from .text import Sentence

__all__ = ["benchmark_levels", "evaluated_on", "on_dataset"]

_EVALUATE = re.compile(r"(?i)\bevaluat(?:e|es|ed|ing)\b")


def evaluated_on(s: Sentence) -> Name | None:
    """The one dataset a sentence says the paper is evaluated on, which the scores of the
    sentence after it are on when they name none: "We evaluate on the LibriSpeech test-clean
    subset." (not the data it is trained on, nor one of several).

    >>> t = "We train on 50K hours of audiobooks and evaluate on the LibriSpeech test-clean subset."
    >>> evaluated_on(Sentence.of(t, ("LibriSpeech test-clean", "DATASET"))).text
    'LibriSpeech test-clean'
    """
    verb = _EVALUATE.search(s.text, s.lo, s.hi)
    # "on the LIBERO and RoboMimic suites and on eight real-world tasks": no one dataset
    if verb is None or re.search(r"\band\b", s.text[verb.end() : s.hi]):
        return None
    named = [n for a, _, n in datasets(s) if a >= verb.end()]
    # "fMRI data recorded while ...": data described, not named
    return named[0] if len(named) == 1 and not named[0].text.endswith(" data") else None


def on_dataset(found: list[Result], dataset: Name) -> None:
    """Put the scores that name no dataset on ``dataset``."""
    for r in found:
        if r.dataset is None and not is_efficiency(r.metric):
            r.dataset, r.dataset_entity = dataset.text, dataset.entity


def benchmark_levels(found: list[Result], name: str | None, benchmark: str) -> None:
    """Give the levels a benchmark paper reports to the systems it evaluates, not to itself
    ("The strongest system, GPT-4o, satisfies all constraints in only 41.2%"); its changes
    stay its own ("fine-tuning on our data improves a 7B model by 9.4 points"). Results on
    no other dataset are on the benchmark."""
    for r in found:
        if r.dataset is None:
            r.dataset = benchmark
        if r.own and r.kind == "absolute":
            r.own = False
            if r.method == name:  # the benchmark's own name is no system
                r.method = r.method_entity = None
